package eval

import (
	"runtime"
	"sync"
	"sync/atomic"
	"weak"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// UNION S of a set S whose elements TLC keeps lazy: MCMajority's
// BoundedSeq(S) == UNION {[1 .. n -> S] : n \in 0 .. bound}. TLC's
// UnionValue.union combines S's elements into one enumerated set only
// when they all are enumerated sets; a set of functions [D -> R] among
// them keeps the union lazy (a UnionValue with S's CostModel node), and
// the costs come from how the lazy values are then used:
//
//   - S, a set map or enumeration, is sorted the first time it is
//     enumerated (SetEnumValue's Enumerator normalizes it: ValueVec.sort
//     of value.ReplaySort). Each comparison e.compareTo(o) turns e, a
//     [D -> R], into an enumerated set it keeps (convertAndCache), and o
//     into one it does not keep (toSetEnum): each such conversion costs,
//     on [D -> R]'s node, the enumeration of its functions (|D| each, 1
//     for the one function of an empty domain) plus their number, and
//     the steps of its range's enumerators on the range's node.
//   - Enumerating UNION S (x \in UNION S in the initial predicate or an
//     action) enumerates S (each element and the end on S's node), then
//     each element: a kept conversion as an enumerated set (each function
//     and the end), one never converted with [D -> R]'s own enumerator.
//     UnionValue's Enumerator counts each value on S's node, and, moving
//     to the next element by a recursive call that counts too, counts
//     once more at each move (covUnionCount).
//   - x \in UNION S enumerates S up to the first element holding x (or to
//     its end), each fetched on S's node; [D -> R].member costs nothing.
//
// The probe CovUnionFcn (model/testdata) isolates it; the set's elements
// are collected, in the order TLC builds them, while UNION S is
// evaluated, and the value UNION S yields is noted with them
// (covLazyUnions), for the member step or the \in that uses it.

// covLazyUnion is what TLC's lazy UNION S holds: S's node and elements.
type covLazyUnion struct {
	mu    sync.Mutex
	outer *CovNode
	o     *covOrigins
	elems []covBuilt // in the order TLC built them
	// sorted: the indices of elems that S's sort kept, in order; kept:
	// whether elems[i] holds its conversion (an enumerated set).
	sorted []int
	kept   []bool
	done   bool
}

// covBuilt is an element of S and the node that built it; rng is the
// node of the range of a [D -> R] when a set constructor builds it.
type covBuilt struct {
	v      value.Value
	n, rng *CovNode
}

// covLazyUnions maps the sets UNION S yielded (weak.Pointer[value.SetV])
// to their covLazyUnion; an entry goes when its set is collected.
// covLUNoted is set once one is noted: until then no \in looks a set up.
var (
	covLazyUnions sync.Map
	covLUNoted    atomic.Bool
)

// covLUMark marks, for UNION S (node n) with S a set map or a set
// enumeration of [D -> R]s and set constructors, S's node and its
// elements' (before they are compiled): the elements are collected as
// they are built, and UNION S's value noted (covLUWrap).
func (c *compiler) covLUMark(n *CovNode, e ast.Expr) {
	u, ok := e.(*ast.Unary)
	if !ok || u.Op != token.UNION {
		return
	}
	s := covUnwrap(u.X)
	var elems []ast.Expr
	switch s := s.(type) {
	case *ast.SetMap:
		elems = []ast.Expr{s.Elem}
	case *ast.SetEnum:
		elems = s.Elems
	default:
		return
	}
	lazy := false
	for _, el := range elems {
		switch covUnwrap(el).(type) {
		case *ast.FuncSet:
			lazy = true
		case *ast.SetEnum, *ast.SetMap:
		default:
			return // an element whose value's node is not its own
		}
	}
	if !lazy {
		return
	}
	m := n.child(s, s, s)
	n.luOuter = m
	for _, el := range elems {
		el = covUnwrap(el)
		m.child(el, el, el).luElem = true
	}
}

// covLUElemCompiled is called when the element node n is compiled: the
// element, and each expression holding it, is evaluated each time (not
// folded), as TLC builds S's lazy values anew each time, so that each
// evaluation of UNION S collects them.
func (c *compiler) covLUElemCompiled(n *CovNode) {
	if n.luElem {
		c.covArgConst++
	}
}

// covLUCollect wraps the element x (node n, whose expression is e) of a
// marked UNION's set: each value built is collected for the UNION being
// evaluated.
func covLUCollect(x cx, n *CovNode, e ast.Expr) cx {
	if !n.luElem {
		return x
	}
	var rng *CovNode
	if fs, ok := e.(*ast.FuncSet); ok {
		if r := ast.Unparen(fs.Rng); setConstructor(r) {
			rng = n.byKey[r]
		}
	}
	fn := x.fn
	x.fn = func(k *ctx) (value.Value, error) {
		v, err := fn(k)
		if err == nil && k.covBuilt != nil {
			*k.covBuilt = append(*k.covBuilt, covBuilt{v: v, n: n, rng: rng})
		}
		return v, err
	}
	x.into = nil
	return x
}

// covLUWrap wraps UNION S (node n, marked by covLUMark): it collects S's
// elements while S is built and notes the set it yields with them when
// TLC keeps the union lazy (some element a [D -> R], the others
// enumerated sets).
func covLUWrap(x cx, n *CovNode, o *covOrigins) cx {
	if n.luOuter == nil {
		return x
	}
	fn := x.fn
	x.fn = func(k *ctx) (value.Value, error) {
		saved := k.covBuilt
		var built []covBuilt
		k.covBuilt = &built
		v, err := fn(k)
		k.covBuilt = saved
		if err != nil || k.covMute != 0 {
			return v, err
		}
		return covLUNote(v, n.luOuter, built, o), nil
	}
	x.into = nil
	return x
}

// covLUNote notes the set v, UNION S, with S's node and elements when TLC
// keeps it lazy: a copy of its own, as covOrigins.note gives.
func covLUNote(v value.Value, outer *CovNode, built []covBuilt, o *covOrigins) value.Value {
	s, ok := v.(*value.SetV)
	if !ok || len(built) == 0 {
		return v
	}
	lazy := false
	for _, b := range built {
		switch b.v.(type) {
		case *value.FcnSetV:
			lazy = true
		case *value.SetV:
		default:
			return v
		}
	}
	if !lazy {
		return v
	}
	cp := new(value.SetV)
	if s.Len() > 0 {
		cp = value.SetFromSorted(s.Elems())
	}
	key := weak.Make(cp)
	covLUNoted.Store(true)
	covLazyUnions.Store(key, &covLazyUnion{outer: outer, o: o, elems: built})
	runtime.AddCleanup(cp, func(key weak.Pointer[value.SetV]) { covLazyUnions.Delete(key) }, key)
	return cp
}

// covLUOf is the lazy UNION the set v was noted with, nil if none.
func covLUOf(v value.Value) *covLazyUnion {
	s, ok := v.(*value.SetV)
	if !ok || !covLUNoted.Load() {
		return nil
	}
	if u, ok := covLazyUnions.Load(weak.Make(s)); ok {
		return u.(*covLazyUnion)
	}
	return nil
}

// covLUEnumerated costs an enumeration of the set s, when it is a lazy
// UNION's, as TLC's UnionValue Enumerator does; it reports whether it
// was one.
func covLUEnumerated(s value.Value) bool {
	u := covLUOf(s)
	if u == nil {
		return false
	}
	u.mu.Lock()
	defer u.mu.Unlock()
	u.normalize()
	u.o.charge(u.outer, int64(len(u.sorted))+1)
	sizes := make([]int64, 0, len(u.sorted))
	for _, i := range u.sorted {
		b := u.elems[i]
		size, ok := covBuiltSize(b.v)
		if !ok {
			return true
		}
		sizes = append(sizes, size)
		if u.kept[i] {
			u.o.charge(b.n, size+1)
			continue
		}
		d, r, _ := fcnSetShape(b.v.(*value.FcnSetV))
		u.o.charge(b.n, fcnEnumCost(d, r))
		if b.rng != nil {
			u.o.charge(b.rng, odometerSteps(d, r))
		}
	}
	u.o.charge(u.outer, covUnionCount(sizes))
	return true
}

// covLUMember costs x \in s, when s is a lazy UNION's set, as TLC's
// UnionValue.member does: S enumerated up to the first element holding
// x.
func covLUMember(s value.Value, x value.Value) {
	u := covLUOf(s)
	if u == nil {
		return
	}
	u.mu.Lock()
	defer u.mu.Unlock()
	u.normalize()
	for j, i := range u.sorted {
		in, err := u.elems[i].v.(value.SetValue).Member(x)
		if err != nil {
			return
		}
		if in {
			u.o.charge(u.outer, int64(j)+1)
			return
		}
	}
	u.o.charge(u.outer, int64(len(u.sorted))+1)
}

// normalize replays, once, the sort of S with what its comparisons cost.
func (u *covLazyUnion) normalize() {
	if u.done {
		return
	}
	u.done = true
	u.kept = make([]bool, len(u.elems))
	for i, b := range u.elems {
		_, lazy := b.v.(*value.FcnSetV)
		u.kept[i] = !lazy
	}
	u.sorted, _ = value.ReplaySort(len(u.elems), func(i, j int) (int, error) {
		if !u.kept[i] {
			u.convert(i)
			u.kept[i] = true
		}
		if !u.kept[j] {
			u.convert(j)
		}
		return value.Compare(u.elems[i].v, u.elems[j].v), nil
	})
}

// convert costs the conversion of the [D -> R] elems[i] to an enumerated
// set (SetOfFcnsValue.toSetEnum): its enumeration and its size.
func (u *covLazyUnion) convert(i int) {
	b := u.elems[i]
	d, r, ok := fcnSetShape(b.v.(*value.FcnSetV))
	if !ok {
		return
	}
	u.o.charge(b.n, fcnEnumCost(d, r)+fcnCount(d, r))
	if b.rng != nil {
		u.o.charge(b.rng, odometerSteps(d, r))
	}
}

// fcnEnumCost is what TLC's enumerator of a [D -> R] with |D| = d and
// |R| = r costs on its node: d for each function, 1 for the one function
// of an empty domain, nothing when there is none.
func fcnEnumCost(d, r int64) int64 {
	switch {
	case d == 0:
		return 1
	case r == 0:
		return 0
	}
	return fcnCount(d, r) * d
}

// covBuiltSize is the number of elements of an element of S.
func covBuiltSize(v value.Value) (int64, bool) {
	if f, ok := v.(*value.FcnSetV); ok {
		d, r, ok := fcnSetShape(f)
		return fcnCount(d, r), ok
	}
	s, ok := v.(value.SetValue)
	if !ok {
		return 0, false
	}
	n, err := s.Size()
	return int64(n), err == nil
}

// covUnionCount is what TLC's UnionValue Enumerator counts on its node
// while enumerating the union of sets of the given sizes to its end: one
// for each value, and one more for each move to a next set, which
// nextElement makes by calling itself (both calls count; the outer one
// also when the inner found nothing more).
func covUnionCount(sizes []int64) int64 {
	var count int64
	cur, pos := 0, int64(0)
	var next func() bool
	next = func() bool {
		if cur >= len(sizes) {
			return false
		}
		got := true
		if pos < sizes[cur] {
			pos++
		} else {
			cur++
			if cur >= len(sizes) {
				return false
			}
			pos = 0
			got = next()
		}
		count++
		return got
	}
	for next() {
	}
	return count
}
