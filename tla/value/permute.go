package value

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// Perm is a permutation of model values, one element of the group a cfg
// SYMMETRY names (TLC's MVPerm). Only the model values it moves are
// stored: a model value not among them maps to itself.
type Perm struct {
	from, to []*MV // from[i] |-> to[i], sorted by from's name
	// onto: p is one-to-one (to is a rearrangement of from), as
	// permutations are; TLC accepts any function of model values.
	onto bool
}

// NewPerm builds the permutation mapping from[i] to to[i]. As TLC's
// MVPerm.put, a pair mapping a value to itself is left out, and of two
// pairs for the same value the first wins.
func NewPerm(from, to []*MV) *Perm {
	m := make(map[*MV]*MV, len(from))
	for i, f := range from {
		if _, dup := m[f]; dup || f == to[i] {
			continue
		}
		m[f] = to[i]
	}
	return permOf(m)
}

func permOf(m map[*MV]*MV) *Perm {
	p := &Perm{from: make([]*MV, 0, len(m)), to: make([]*MV, 0, len(m))}
	for f := range m {
		p.from = append(p.from, f)
	}
	sort.Slice(p.from, func(i, j int) bool { return p.from[i].name < p.from[j].name })
	moved := make(map[*MV]bool, len(m))
	for _, f := range p.from {
		p.to = append(p.to, m[f])
		moved[f] = true
	}
	p.onto = true
	for _, t := range p.to {
		if !moved[t] {
			p.onto = false
		}
		delete(moved, t)
	}
	return p
}

// Size is the number of model values p moves (0: the identity).
func (p *Perm) Size() int { return len(p.from) }

// applyInverse is p^-1(m), for a one-to-one p.
func (p *Perm) applyInverse(m *MV) *MV {
	for i, t := range p.to {
		if t == m {
			return p.from[i]
		}
	}
	return m
}

// Moved returns the model values p moves; callers must not modify it.
func (p *Perm) Moved() []*MV { return p.from }

// Apply is p(m).
func (p *Perm) Apply(m *MV) *MV {
	for i, f := range p.from {
		if f == m {
			return p.to[i]
		}
	}
	return m
}

// Then is q after p (x |-> q(p(x))), computed as TLC's MVPerm.compose:
// pairs that come back to themselves are dropped.
func (p *Perm) Then(q *Perm) *Perm {
	m := make(map[*MV]*MV, len(p.from)+len(q.from))
	for i, f := range p.from {
		if r := q.Apply(p.to[i]); r != f {
			m[f] = r
		}
	}
	for i, f := range q.from {
		if _, moved := m[f]; !moved && p.Apply(f) == f {
			m[f] = q.to[i]
		}
	}
	return permOf(m)
}

// key identifies a permutation by its pairs.
func (p *Perm) key() string {
	var b strings.Builder
	for i, f := range p.from {
		fmt.Fprintf(&b, "%s>%s;", f.name, p.to[i].name)
	}
	return b.String()
}

// String prints p as TLC prints an MVPerm: [a -> b, b -> a].
func (p *Perm) String() string {
	parts := make([]string, len(p.from))
	for i, f := range p.from {
		parts[i] = f.name + " -> " + p.to[i].name
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// PermGroup closes the permutations gens under composition, as TLC's
// MVPerms.permutationSubgroup does: the identity and repeated permutations
// are left out, and every composition of a generator with a permutation
// found so far is added until no new one appears. The result is the group
// the generators generate, less its identity (which a symmetry reduction
// always tries first, as the state itself).
func PermGroup(gens []*Perm) []*Perm {
	seen := map[string]bool{}
	var out []*Perm
	add := func(p *Perm) {
		if p.Size() == 0 {
			return
		}
		if k := p.key(); !seen[k] {
			seen[k] = true
			out = append(out, p)
		}
	}
	for _, g := range gens {
		add(g)
	}
	base := out[:len(out):len(out)]
	for lo, hi := 0, len(out); lo < hi; lo, hi = hi, len(out) {
		for _, g := range base {
			for j := lo; j < hi; j++ {
				add(g.Then(out[j]))
			}
		}
	}
	return out
}

// Permute returns v with every model value m in it replaced by p(m), at
// any depth (in sets, in functions' domains and values, records, tuples),
// re-normalised: a set's elements and a function's domain are sorted again,
// so that the result is the canonical form of the permuted value. It
// returns v itself when p changes nothing in it. A symbolic set that p
// cannot reach into without enumerating (a filter of an infinite set) is an
// error.
func Permute(v Value, p *Perm) (Value, error) {
	switch x := v.(type) {
	case *MV:
		return p.Apply(x), nil
	case IntV, BoolV, *StrV:
		return v, nil
	case *SetV:
		elems, changed, err := permuteAll(x.elems, p)
		if err != nil || !changed {
			return v, err
		}
		return sortedSet(elems), nil
	case *FcnV:
		vals, vchanged, err := permuteAll(x.vals, p)
		if err != nil {
			return nil, err
		}
		if x.dom == nil {
			if !vchanged {
				return v, nil
			}
			return &FcnV{vals: vals}, nil
		}
		keys, kchanged, err := permuteAll(x.dom.elems, p)
		if err != nil {
			return nil, err
		}
		switch {
		case kchanged:
			if !vchanged {
				vals = append([]Value(nil), x.vals...)
			}
			return permutedFcn(x.dom, keys, vals), nil
		case vchanged:
			return FcnOn(x.dom, vals), nil
		}
		return v, nil
	case *IntervalV, NatV, IntSetV, StringSetV:
		return v, nil
	case *SubsetV:
		b, err := permuteSet(x.Base, p)
		if err != nil || b == x.Base {
			return v, err
		}
		return &SubsetV{Base: b}, nil
	case *SeqSetV:
		b, err := permuteSet(x.Base, p)
		if err != nil || b == x.Base {
			return v, err
		}
		return &SeqSetV{Base: b}, nil
	case *FcnSetV:
		d, err := permuteSet(x.Dom, p)
		if err != nil {
			return nil, err
		}
		r, err := permuteSet(x.Rng, p)
		if err != nil || (d == x.Dom && r == x.Rng) {
			return v, err
		}
		return &FcnSetV{Dom: d, Rng: r}, nil
	case *RcdSetV:
		sets, changed, err := permuteSets(x.Sets, p)
		if err != nil || !changed {
			return v, err
		}
		return &RcdSetV{Keys: x.Keys, Sets: sets}, nil
	case *ProductV:
		sets, changed, err := permuteSets(x.Sets, p)
		if err != nil || !changed {
			return v, err
		}
		return &ProductV{Sets: sets}, nil
	case *CupV, *CapV, *DiffV:
		a, b := binaryOperands(x)
		pa, err := permuteSet(a, p)
		if err != nil {
			return nil, err
		}
		pb, err := permuteSet(b, p)
		if err != nil || (pa == a && pb == b) {
			return v, err
		}
		switch x.(type) {
		case *CupV:
			return &CupV{A: pa, B: pb}, nil
		case *CapV:
			return &CapV{A: pa, B: pb}, nil
		}
		return &DiffV{A: pa, B: pb}, nil
	case SetValue:
		// A filter: permute its enumeration, when it has one.
		e, err := x.Enum()
		if err != nil {
			return nil, fmt.Errorf("cannot apply the SYMMETRY permutation %s to %s: %v", p, v, err)
		}
		return Permute(e, p)
	}
	return nil, fmt.Errorf("cannot apply the SYMMETRY permutation %s to the %s %s", p, v.Kind(), v)
}

// sortedSet is NewSet (the elements sorted by Compare, duplicates
// removed; the slice is taken over), sorting without reflection: permuting
// the states of a symmetric model sorts a set per permutation.
func sortedSet(elems []Value) *SetV {
	slices.SortFunc(elems, Compare)
	out := elems[:0]
	for i, e := range elems {
		if i == 0 || Compare(out[len(out)-1], e) != 0 {
			out = append(out, e)
		}
	}
	return SetFromSorted(out)
}

// permutedFcn is the function mapping keys[i] to vals[i], where keys are
// the keys of a function on dom after a permutation (the slices are taken
// over). A permutation usually maps a domain onto itself (the processes
// of [p \in Proc |-> ...]): then the result shares dom, which also makes
// comparing it with other functions on dom cheaper.
func permutedFcn(dom *SetV, keys, vals []Value) Value {
	idx := make([]int, len(keys))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return Compare(keys[a], keys[b]) })
	same := true
	for i, j := range idx {
		if keys[j] != dom.elems[i] && Compare(keys[j], dom.elems[i]) != 0 {
			same = false
			break
		}
	}
	if !same {
		return FcnFromPairs(keys, vals)
	}
	out := make([]Value, len(vals))
	for i, j := range idx {
		out[i] = vals[j]
	}
	return FcnOn(dom, out)
}

func binaryOperands(v Value) (a, b SetValue) {
	switch x := v.(type) {
	case *CupV:
		return x.A, x.B
	case *CapV:
		return x.A, x.B
	case *DiffV:
		return x.A, x.B
	}
	return nil, nil
}

// permuteAll permutes each of vs; the result is a new slice only when some
// element changed.
func permuteAll(vs []Value, p *Perm) (out []Value, changed bool, err error) {
	for i, e := range vs {
		pe, err := Permute(e, p)
		if err != nil {
			return nil, false, err
		}
		if pe != e && out == nil {
			out = make([]Value, len(vs))
			copy(out, vs[:i])
		}
		if out != nil {
			out[i] = pe
		}
	}
	if out == nil {
		return vs, false, nil
	}
	return out, true, nil
}

func permuteSet(s SetValue, p *Perm) (SetValue, error) {
	v, err := Permute(s, p)
	if err != nil {
		return nil, err
	}
	return v.(SetValue), nil
}

func permuteSets(sets []SetValue, p *Perm) ([]SetValue, bool, error) {
	var out []SetValue
	for i, s := range sets {
		ps, err := permuteSet(s, p)
		if err != nil {
			return nil, false, err
		}
		if ps != s && out == nil {
			out = append([]SetValue(nil), sets...)
		}
		if out != nil {
			out[i] = ps
		}
	}
	if out == nil {
		return sets, false, nil
	}
	return out, true, nil
}

// ComparePermuted is Compare(Permute(v, p), w), returning the permuted
// value too unless it is greater than w (then nil: a symmetry reduction
// drops the permutation). For two sets of the same size it sorts the
// permuted elements only as far as the first that differs from w's (a
// heap), so that rejecting a permutation, the common case, costs less than
// permuting: Compare orders sets of one size by their sorted elements.
func ComparePermuted(v Value, p *Perm, w Value) (int, Value, error) {
	sv, ok1 := v.(*SetV)
	sw, ok2 := w.(*SetV)
	if !ok1 || !ok2 || !p.onto || len(sv.elems) != len(sw.elems) || len(sv.elems) < 4 {
		if p.onto {
			switch c := comparePerm(v, p, w); {
			case c > 0:
				return 1, nil, nil
			case c == 0:
				return 0, w, nil
			}
			pv, err := Permute(v, p)
			return -1, pv, err
		}
		pv, err := Permute(v, p)
		if err != nil {
			return 0, nil, err
		}
		c := Compare(pv, w)
		if c > 0 {
			return c, nil, nil
		}
		return c, pv, nil
	}
	// A heap of v's elements ordered as their permutations are: the
	// permuted set's elements come out in its sorted order, built only
	// when it turns out smaller than w.
	elems := append([]Value(nil), sv.elems...)
	n := len(elems)
	for i := n/2 - 1; i >= 0; i-- {
		siftDown(elems, i, n, p)
	}
	for i := 0; i < n; i++ {
		// Pop the least of elems[:n-i] into elems[n-i-1].
		e := elems[0]
		last := n - i - 1
		elems[0], elems[last] = elems[last], e
		siftDown(elems, 0, last, p)
		// p is one-to-one: the permuted elements are distinct.
		switch c := comparePerm(e, p, sw.elems[i]); {
		case c > 0:
			return 1, nil, nil
		case c < 0:
			pv, err := Permute(v, p)
			return -1, pv, err
		}
	}
	return 0, w, nil
}

// siftDown restores the min-heap order of h[:n] below i, for the order
// of the elements' permutations by p.
func siftDown(h []Value, i, n int, p *Perm) {
	for {
		l := 2*i + 1
		if l >= n {
			return
		}
		m := l
		if r := l + 1; r < n && comparePerm2(h[r], h[l], p) < 0 {
			m = r
		}
		if comparePerm2(h[m], h[i], p) >= 0 {
			return
		}
		h[i], h[m] = h[m], h[i]
		i = m
	}
}

// comparePerm is Compare(Permute(x, p), y) without building the permuted
// value when x is a model value, a scalar, or a function whose keys p
// leaves alone (a record, a tuple: the elements of a set of messages).
func comparePerm(x Value, p *Perm, y Value) int {
	switch a := x.(type) {
	case *MV:
		return Compare(p.Apply(a), y)
	case IntV, BoolV, *StrV:
		return Compare(x, y)
	case *FcnV:
		if b, ok := y.(*FcnV); ok && keysFixed(a, p) {
			return compareFcnValues(a, b, func(x, y Value) int { return comparePerm(x, p, y) })
		}
		if b, ok := y.(*FcnV); ok {
			if c, ok := compareMovedKeys(a, p, b); ok {
				return c
			}
		}
	}
	px, err := Permute(x, p)
	if err != nil {
		return Compare(x, y) // not reached for the values of a state
	}
	return Compare(px, y)
}

// compareMovedKeys is Compare(Permute(a, p), b) for a function whose keys
// p moves, when p maps a's domain onto b's (a function on the processes
// compared with another): then the keys are equal one by one, and the
// value of the permuted function at b's key k is p(a[p^-1(k)]). ok is
// false in the other cases.
func compareMovedKeys(a *FcnV, p *Perm, b *FcnV) (c int, ok bool) {
	if !p.onto || a.dom == nil || b.dom == nil || len(a.vals) != len(b.vals) {
		return 0, false
	}
	idx := make([]int, 0, 16)
	for _, k := range b.dom.elems {
		switch x := k.(type) {
		case *MV:
			k = p.applyInverse(x)
		case *StrV, IntV, BoolV:
		default:
			return 0, false
		}
		i := a.Index(k)
		if i < 0 {
			return 0, false
		}
		idx = append(idx, i)
	}
	for j, i := range idx {
		if c := comparePerm(a.vals[i], p, b.vals[j]); c != 0 {
			return c, true
		}
	}
	return 0, true
}

// comparePerm2 is Compare(Permute(x, p), Permute(y, p)), building neither
// when comparePerm would not.
func comparePerm2(x, y Value, p *Perm) int {
	if a, ok := x.(*MV); ok {
		return comparePerm(y, p, p.Apply(a)) * -1
	}
	switch x.(type) {
	case IntV, BoolV, *StrV:
		return -comparePerm(y, p, x)
	case *FcnV:
		a := x.(*FcnV)
		if b, ok := y.(*FcnV); ok && keysFixed(a, p) && keysFixed(b, p) {
			return compareFcnValues(a, b, func(x, y Value) int { return comparePerm2(x, y, p) })
		}
	}
	px, err := Permute(x, p)
	if err != nil {
		return Compare(x, y)
	}
	return comparePerm(y, p, px) * -1
}

// keysFixed reports whether p leaves every key of f as it is: f is a
// tuple, or its keys are scalars and model values p does not move. The
// keys are sorted by Compare, which puts model values first and functions
// and sets last, so a record (string keys) is told in constant time.
func keysFixed(f *FcnV, p *Perm) bool {
	if f.dom == nil {
		return true
	}
	ks := f.dom.elems
	if k := ks[len(ks)-1].Kind(); k == KindFcn || k == KindSet {
		return false
	}
	for _, k := range ks {
		m, ok := k.(*MV)
		if !ok {
			break
		}
		if p.Apply(m) != m {
			return false
		}
	}
	return true
}

// compareFcnValues is compareFcn for two functions whose keys no
// permutation moves, their values compared by cmp: the order of the
// permuted functions without building them.
func compareFcnValues(a, b *FcnV, cmp func(x, y Value) int) int {
	if c := cmpInt(int64(len(a.vals)), int64(len(b.vals))); c != 0 {
		return c
	}
	sameDom := a.dom == b.dom
	for i := range a.vals {
		if !sameDom {
			if c := Compare(a.Key(i), b.Key(i)); c != 0 {
				return c
			}
		}
		if c := cmp(a.vals[i], b.vals[i]); c != 0 {
			return c
		}
	}
	return 0
}
