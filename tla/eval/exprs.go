package eval

import (
	"sort"
	"strings"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/span"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

func deps(xs ...cx) uint8 {
	var d uint8
	for _, x := range xs {
		d |= x.dep
	}
	return d
}

func evalBool(k *ctx, x cx) (bool, error) {
	v, err := x.fn(k)
	if err != nil {
		return false, err
	}
	b, ok := v.(value.BoolV)
	if !ok {
		// TLC's wording depends on where the value is (tlcwording.go).
		ee := errorf(x.pos, "A non-boolean expression (%s) was used as a condition; its value is %s.", v.Kind(), v)
		ee.Cause = notBool{v}
		return false, ee
	}
	return bool(b), nil
}

func evalInt(k *ctx, x cx) (int64, error) {
	v, err := x.fn(k)
	if err != nil {
		return 0, err
	}
	return asInt(v, x.pos)
}

// asInt is the check of evalInt, small enough to be inlined into evalInt
// and evalInt2; the error is built out of line.
func asInt(v value.Value, pos token.Pos) (int64, error) {
	if n, ok := v.(value.IntV); ok {
		return int64(n), nil
	}
	return 0, notA(pos, "An integer", v)
}

func evalSet(k *ctx, x cx) (value.SetValue, error) {
	v, err := x.fn(k)
	if err != nil {
		return nil, err
	}
	return asSet(v, x.pos)
}

// asSet is asInt for sets.
func asSet(v value.Value, pos token.Pos) (value.SetValue, error) {
	if s, ok := v.(value.SetValue); ok {
		return s, nil
	}
	return nil, notA(pos, "A set", v)
}

//go:noinline
func notA(pos token.Pos, what string, v value.Value) error {
	ee := errorf(pos, "%s was expected, but the value is %s", what, v)
	ee.Cause = wrongKind{v}
	return ee
}

// evalElems evaluates a set and enumerates it in TLC's order.
func evalElems(k *ctx, x cx) ([]value.Value, error) {
	s, err := evalSet(k, x)
	if err != nil {
		return nil, err
	}
	return setElems(s, x.pos)
}

// setElems enumerates s, the value of the expression at pos.
func setElems(s value.SetValue, pos token.Pos) ([]value.Value, error) {
	e, err := s.Enum()
	if err != nil {
		return nil, enumFailed(pos, err, s)
	}
	return e.Elems(), nil
}

// eval2 evaluates x then y; an error of x stops before y is evaluated.
// The two-operand helpers below are plain calls, so compiled operators
// share them without an extra closure or indirect call.
func eval2(k *ctx, x, y cx) (a, b value.Value, err error) {
	if a, err = x.fn(k); err != nil {
		return nil, nil, err
	}
	if b, err = y.fn(k); err != nil {
		return nil, nil, err
	}
	return a, b, nil
}

// evalInt2 is eval2 for two integers.
func evalInt2(k *ctx, x, y cx) (a, b int64, err error) {
	v, err := x.fn(k)
	if err == nil {
		a, err = asInt(v, x.pos)
	}
	if err == nil {
		v, err = y.fn(k)
	}
	if err == nil {
		b, err = asInt(v, y.pos)
	}
	return a, b, err
}

// evalInt2Which is evalInt2 that also tells which operand (1 or 2) was
// not an integer, 0 when neither was found to be (an evaluation error):
// TLC's words name the operand, which the position of the error cannot
// tell when both operands have the same one (the parameters of a LAMBDA
// applied by SortSeq are both at the application: hunt4's SortSeqArg).
func evalInt2Which(k *ctx, x, y cx) (a, b int64, which int, err error) {
	v, err := x.fn(k)
	if err != nil {
		return 0, 0, 0, err
	}
	if a, err = asInt(v, x.pos); err != nil {
		return 0, 0, 1, err
	}
	if v, err = y.fn(k); err != nil {
		return 0, 0, 0, err
	}
	if b, err = asInt(v, y.pos); err != nil {
		return 0, 0, 2, err
	}
	return a, b, 0, nil
}

// evalSet2 is eval2 for two sets.
func evalSet2(k *ctx, x, y cx) (a, b value.SetValue, err error) {
	v, err := x.fn(k)
	if err == nil {
		a, err = asSet(v, x.pos)
	}
	if err == nil {
		v, err = y.fn(k)
	}
	if err == nil {
		b, err = asSet(v, y.pos)
	}
	return a, b, err
}

// evalSetOperand evaluates an operand of a lazy set constructor (Seq(S),
// [a : S], [S -> T], S \X T), which TLC does not require to be a set
// until a member is checked against it (value.NonSetV).
func evalSetOperand(k *ctx, x cx) (value.SetValue, error) {
	v, err := x.fn(k)
	if err != nil {
		return nil, err
	}
	return value.SetOperand(v), nil
}

// evalSetOperands is evalSetOperand for each of xs in order.
func evalSetOperands(k *ctx, xs []cx) ([]value.SetValue, error) {
	ss := make([]value.SetValue, len(xs))
	for i, x := range xs {
		s, err := evalSetOperand(k, x)
		if err != nil {
			return nil, err
		}
		ss[i] = s
	}
	return ss, nil
}

// evalAll evaluates xs in order into a new slice, stopping at the first
// error.
func evalAll(k *ctx, xs []cx) ([]value.Value, error) {
	vs := make([]value.Value, len(xs))
	for i, x := range xs {
		v, err := x.fn(k)
		if err != nil {
			return nil, err
		}
		vs[i] = v
	}
	return vs, nil
}

// evalSets is evalAll for operands that must be sets.
func evalSets(k *ctx, xs []cx) ([]value.SetValue, error) {
	ss := make([]value.SetValue, len(xs))
	for i, x := range xs {
		s, err := evalSet(k, x)
		if err != nil {
			return nil, err
		}
		ss[i] = s
	}
	return ss, nil
}

// evalSeq evaluates the sequence argument of the built-in op.
func evalSeq(k *ctx, x cx, op string, pos token.Pos) (*value.FcnV, error) {
	v, err := x.fn(k)
	if err != nil {
		return nil, err
	}
	return seqArg(v, op, pos)
}

func evalFcn(k *ctx, x cx) (*value.FcnV, error) {
	v, err := x.fn(k)
	if err != nil {
		return nil, err
	}
	f, ok := v.(*value.FcnV)
	if !ok {
		return nil, notA(x.pos, "A function", v)
	}
	return f, nil
}

// ---- junctions

func (c *compiler) junction(e *ast.Junction, en cenv) cx {
	items := make([]cx, len(e.Items))
	for i, it := range e.Items {
		items[i] = c.expr(it, en)
	}
	return c.junctionOf(e.Op == token.AND, items, nil)
}

// junctionOf is the conjunction or disjunction of items; bins, when not
// nil, are the P /\ Q or P \/ Q they come from (the links of a chain,
// innermost first), which TLC's message for an operand that is not a
// boolean names (tlcwording.go).
func (c *compiler) junctionOf(and bool, items []cx, bins []*ast.Binary) cx {
	d := deps(items...)
	if and {
		return cx{fn: func(k *ctx) (value.Value, error) {
			for i, it := range items {
				b, err := evalBool(k, it)
				if err != nil {
					return value.False, junctionNotBool(err, bins, and, items, i)
				}
				if !b {
					return value.False, nil
				}
			}
			return value.True, nil
		}, dep: d}
	}
	return cx{fn: func(k *ctx) (value.Value, error) {
		for i, it := range items {
			b, err := evalBool(k, it)
			if err != nil {
				return value.True, junctionNotBool(err, bins, and, items, i)
			}
			if b {
				return value.True, nil
			}
		}
		return value.False, nil
	}, dep: d}
}

// ---- IF and CASE

func (c *compiler) ifExpr(e *ast.If, en cenv) cx {
	cond, th, el := c.expr(e.Cond, en), c.expr(e.Then, en), c.expr(e.Else, en)
	return cx{fn: func(k *ctx) (value.Value, error) {
		b, err := evalBool(k, cond)
		if err != nil {
			return nil, ifNotBool(err, e, cond)
		}
		if b {
			return th.fn(k)
		}
		return el.fn(k)
	}, dep: deps(cond, th, el)}
}

func (c *compiler) caseExpr(e *ast.Case, en cenv) cx {
	conds := make([]cx, len(e.Arms))
	vals := make([]cx, len(e.Arms))
	for i, a := range e.Arms {
		restore := c.covArm(e, i)
		conds[i], vals[i] = c.expr(a.Cond, en), c.expr(a.Value, en)
		restore()
	}
	var other *cx
	d := deps(conds...) | deps(vals...)
	if e.Other != nil {
		restore := c.covArm(e, -1)
		o := c.expr(e.Other, en)
		restore()
		other = &o
		d |= o.dep
	}
	pos := e.Pos()
	return cx{fn: func(k *ctx) (value.Value, error) {
		for i, cond := range conds {
			b, err := evalBool(k, cond)
			if err != nil {
				return nil, c.caseNotBool(err, e.Arms[i].Cond, cond)
			}
			if b {
				return vals[i].fn(k)
			}
		}
		if other != nil {
			return other.fn(k)
		}
		// The CASE's range (TLC rev cc6b616: CCaseNone).
		return nil, &Error{Pos: pos, Expr: e, Msg: "Attempted to evaluate a CASE with no conditions true."}
	}, dep: d}
}

// ---- binders

// binder is one compiled "x, y \in S" or "<<x, y>> \in S".
type binder struct {
	set   cx
	slots []int
	tuple bool
	pos   token.Pos
	// cov: under coverage, the node of the set constructor, whose
	// enumerations cost there; covPre: its evaluation already cost one
	// enumeration (covEnum), which forAllTLC's count replaces.
	cov    *CovNode
	covPre bool
	// covChoose: the binder of a CHOOSE, whose enumerator TLC does not
	// run ahead of the element it returns (covStopped).
	covChoose bool
	// covArg: the set is an operator's argument, a set constructor
	// evaluated once per application (covArgSet): each enumeration
	// costs what it fetched, there being no evaluation's cost to correct.
	covArg bool
	// covOrig: under coverage, the set is a name bound to a value (a
	// quantifier's variable, a parameter), which may be a set whose
	// constructor's node was noted (covElemsStore): each enumeration
	// costs there what it fetched.
	covOrig *covOrigins
	// covVarOrig: under coverage, the set reads a variable whose value's
	// node its read costs a whole enumeration on (originEnum): a loop that
	// stops corrects that to what it fetched (covVarStopped).
	covVarOrig *covOrigins
	// covNote, under coverage, notes each value bound with the node
	// that built it (covsubsetbind.go).
	covNote func(value.Value) value.Value
	// expr is the set's expression and name its range, which TLC's
	// error for a bound it cannot enumerate names (boundNotEnumerable).
	expr ast.Expr
	name string
	// kind is how TLC binds a tuple binder to an element of the wrong
	// shape (tlcwording_tuple.go); owner is the construct binding it.
	kind  tupleBind
	owner ast.Expr
}

// bounds compiles binders and returns the environment that sees them. Each
// set is compiled in the scope of the binders before it (TLA+ allows
// \E x \in S, y \in f(x) : ...).
func (c *compiler) bounds(bs []*ast.Bound, en cenv) ([]binder, cenv) {
	var out []binder
	for _, b := range bs {
		set := c.boundSet(b, en)
		var name string
		if b.Set != nil {
			name = c.nodeName(b.Set, span.Module(b.Set.Pos().Filename))
		}
		if b.Tuple {
			bd := binder{set: set, tuple: true, pos: b.Pos(), expr: b.Set, name: name}
			for _, n := range b.Names {
				slot := c.newSlot()
				bd.slots = append(bd.slots, slot)
				en.sc = &scope{name: n.Name, kind: bSlot, slot: slot, parent: en.sc}
			}
			out = append(out, bd)
			continue
		}
		slots := make([]int, len(b.Names))
		for i := range b.Names {
			slots[i] = c.newSlot()
		}
		node := c.covBoundNode(b.Set)
		arg := false
		if node == nil {
			node = c.covArgSet(b.Set, en)
			arg = node != nil
		}
		orig := c.covBoundOrigin(b.Set, en, node)
		varOrig := c.covVarOrigin(b.Set)
		for i, n := range b.Names {
			if i == 1 && c.cov != nil {
				set = covMuted(set) // TLC evaluates x, y \in S's S once (coverage.go)
			}
			out = append(out, binder{set: set, slots: slots[i : i+1], pos: b.Pos(), cov: node, covPre: i == 0 && !arg, covArg: arg && len(b.Names) == 1, expr: b.Set, name: name})
			if len(b.Names) == 1 {
				out[len(out)-1].covOrig = orig
				out[len(out)-1].covVarOrig = varOrig
			} else if orig != nil && c.substOverrideSet(b.Set, en) {
				// Each name's enumerator of the LazyValue's set costs
				// on its constructor (covsubstov.go).
				out[len(out)-1].covOrig = orig
			}
			en.sc = &scope{name: n.Name, kind: bSlot, slot: slots[i], parent: en.sc}
		}
	}
	return out, en
}

// bindSlot binds the variable of a binder that is not a tuple.
func (b *binder) bindSlot(k *ctx, v value.Value) { k.env[b.slots[0]] = v }

// firstInInterval is firstWhere over an interval, walked without building
// it (\E d \in 1..n : P, CHOOSE i \in 0..n : P).
func firstInInterval(k *ctx, iv *value.IntervalV, b *binder, body cx, want bool) (value.Value, bool, error) {
	n, err := iv.EnumLen()
	if err != nil {
		return nil, false, wrap(b.set.pos, err)
	}
	for i := range n {
		v := value.Int(iv.Lo + i)
		k.env[b.slots[0]] = v
		r, err := evalBool(k, body)
		if err != nil {
			return nil, false, err
		}
		if r == want {
			return v, true, nil
		}
	}
	return nil, false, nil
}

// bind assigns v to the binder's slots, destructuring a tuple binder.
func (b *binder) bind(k *ctx, v value.Value) error {
	if !b.tuple {
		if b.covNote != nil {
			v = b.covNote(v)
		}
		k.env[b.slots[0]] = v
		return nil
	}
	f, ok := v.(*value.FcnV)
	if !ok || !f.IsTuple() || f.Len() != len(b.slots) {
		if ok && f.IsTuple() && f.Len() > len(b.slots) && b.kind == bindPrefix {
			// TLC's SetPredValue and FcnLambdaValue read the first
			// elements of a longer tuple and say nothing.
			for i, s := range b.slots {
				k.env[s] = f.At(i)
			}
			return nil
		}
		return b.mismatch(v)
	}
	for i, s := range b.slots {
		k.env[s] = f.At(i)
	}
	return nil
}

func binderDeps(bs []binder) uint8 {
	var d uint8
	for _, b := range bs {
		d |= b.set.dep
	}
	return d
}

// bodyDep is the dependency of an expression under binders: reading the
// binders' own slots does not make the whole depend on the environment, but
// we cannot tell them apart cheaply, so any env read counts.
func bodyDep(bs []binder, body ...cx) uint8 { return binderDeps(bs) | deps(body...) }

// boundValues returns the values the binders hold now, one a binder (a
// tuple for a tuple binder): the point of the domain being visited.
func boundValues(k *ctx, bs []binder) []value.Value {
	out := make([]value.Value, 0, len(bs))
	for _, b := range bs {
		if b.tuple {
			t := make([]value.Value, len(b.slots))
			for i, s := range b.slots {
				t[i] = k.env[s]
			}
			out = append(out, value.TupleOf(t))
		} else {
			out = append(out, k.env[b.slots[0]])
		}
	}
	return out
}

// forAll calls f for every combination of the binders' values, in TLC's
// order, stopping when f says so.
func forAll(k *ctx, bs []binder, f func() (stop bool, err error)) (bool, error) {
	return forAllLazy(k, bs, false, f)
}

// forAllLazy is forAll enumerating SUBSET lazily when lazy (a quantifier).
func forAllLazy(k *ctx, bs []binder, lazy bool, f func() (stop bool, err error)) (bool, error) {
	if len(bs) == 0 {
		return f()
	}
	s, err := evalSet(k, bs[0].set)
	if err != nil {
		return false, err
	}
	if iv, ok := s.(*value.IntervalV); ok && !bs[0].tuple {
		n, err := iv.EnumLen()
		if err != nil {
			return false, wrap(bs[0].set.pos, err)
		}
		for i := range n {
			bs[0].bindSlot(k, value.Int(iv.Lo+i))
			stop, err := forAllLazy(k, bs[1:], lazy, f)
			if err != nil || stop {
				return stop, err
			}
		}
		return false, nil
	}
	elems, err := prepareSet(s, bs[0].set.pos, lazy)
	if err != nil {
		return false, err
	}
	cur := elems.Cursor()
	i := 0
	for v, ok := cur.Next(); ok; v, ok = cur.Next() {
		if err := bs[0].bind(k, v); err != nil {
			return false, err
		}
		stop, err := forAllLazy(k, bs[1:], lazy, f)
		if err != nil || stop {
			if stop && (bs[0].covArg || bs[0].covOrig != nil) {
				bs[0].covArgFetched(k, s, i)
			}
			if stop {
				bs[0].covVarStopped(k, s, i)
			}
			return stop, err
		}
		i++
	}
	if bs[0].covArg || bs[0].covOrig != nil {
		bs[0].covArgFetched(k, s, -1)
	}
	return false, nil
}

// firstWhere binds b to the elements of its set in TLC's order and returns
// the first one for which body is want (found false when there is none):
// the loop of a one-binder \E, \A and CHOOSE.
func firstWhere(k *ctx, b *binder, body cx, want bool) (v value.Value, found bool, err error) {
	s, err := evalSet(k, b.set)
	if err != nil {
		return nil, false, err
	}
	if iv, ok := s.(*value.IntervalV); ok && !b.tuple {
		return firstInInterval(k, iv, b, body, want)
	}
	elems, err := prepareSet(s, b.set.pos, true)
	if err != nil {
		return nil, false, err
	}
	cur := elems.Cursor()
	i := 0
	for v, ok := cur.Next(); ok; v, ok = cur.Next() {
		if err := b.bind(k, v); err != nil {
			return nil, false, err
		}
		r, err := evalBool(k, body)
		if err != nil {
			return nil, false, err
		}
		if r == want {
			b.covStopped(k, s, i)
			b.covVarStopped(k, s, i)
			if b.covArg || b.covOrig != nil {
				b.covArgFetched(k, s, i)
			}
			return v, true, nil
		}
		i++
	}
	if b.covArg || b.covOrig != nil {
		b.covArgFetched(k, s, -1)
	}
	return nil, false, nil
}

func (c *compiler) quant(e *ast.Quant, en cenv) cx {
	if hasUnbounded(e.Bounds) && (e.Op == token.EXISTS || e.Op == token.FORALL) {
		// Its level is its body's (SANY's): \A i : <>P is a temporal
		// formula, which TLC's liveness checker refuses, not a state
		// predicate. The body is compiled on the side for it.
		_, ben := c.bounds(e.Bounds, en)
		prime, temporal, _ := c.trial(e.Body, ben)
		c.sawPrime, c.temporal = c.sawPrime || prime, c.temporal || temporal
		return c.unboundedQuant(e)
	}
	bs, ben := c.boundsNoted(e.Bounds, en)
	body := c.expr(e.Body, ben)
	d := bodyDep(bs, body)
	exists := e.Op == token.EXISTS
	if e.Op != token.EXISTS && e.Op != token.FORALL {
		c.temporal = true
		return c.unsupported(e.Pos(), "temporal quantifier")
	}
	if len(bs) == 1 {
		b := bs[0]
		return cx{fn: func(k *ctx) (value.Value, error) {
			_, found, err := firstWhere(k, &b, body, exists)
			if err != nil {
				return nil, boundNotEnumerable(quantBoundError(quantBodyNotBool(err, e, body), bs, e.Bounds), bs)
			}
			return value.Bool(found == exists), nil
		}, dep: d}
	}
	return cx{fn: func(k *ctx) (value.Value, error) {
		found, err := forAllTLC(k, bs, true, func() (bool, error) {
			r, err := evalBool(k, body)
			return r == exists, err
		})
		if err != nil {
			return nil, boundNotEnumerable(quantBoundError(quantBodyNotBool(err, e, body), bs, e.Bounds), bs)
		}
		if found {
			return value.Bool(exists), nil
		}
		return value.Bool(!exists), nil
	}, dep: d}
}

// quantBoundError is TLC's error for a bound of \A or \E that is not a
// set: "TLC encountered a non-enumerable quantifier bound\n3." and the
// bound expression (TLC rev cc6b616: E32, \A n \in 3; E33, \E n \in
// "a"); err unchanged otherwise.
func quantBoundError(err error, bs []binder, bounds []*ast.Bound) error {
	for _, b := range bs {
		v, ok := notAt(err, b.set)
		if !ok {
			continue
		}
		if _, isSet := v.(value.SetValue); isSet {
			return err
		}
		for _, bd := range bounds {
			if set := ast.Unparen(bd.Set); set.Pos() == b.set.pos {
				return &Error{Pos: set.Pos(), Expr: set, Msg: "TLC encountered a non-enumerable quantifier bound\n" + v.String() + "."}
			}
		}
	}
	return err
}

func (c *compiler) choose(e *ast.Choose, en cenv) cx {
	if hasUnbounded([]*ast.Bound{e.Bound}) {
		return unboundedErr("CHOOSE", e, e.Pos())
	}
	bs, ben := c.boundsNoted([]*ast.Bound{e.Bound}, en)
	setTupleBind(bs, bindChoose, e)
	body := c.expr(e.Body, ben)
	pos := e.Pos()
	b := bs[0]
	b.covChoose = true
	if len(bs) != 1 {
		return c.unsupported(pos, "CHOOSE with several bound identifiers (use CHOOSE <<x, y>> \\in S)")
	}
	return cx{fn: func(k *ctx) (value.Value, error) {
		v, found, err := firstWhere(k, &b, body, true)
		if err != nil {
			return nil, chooseNotEnumerable(err, b.set.pos, e)
		}
		if found {
			return v, nil
		}
		return nil, &Error{Pos: pos, Expr: e, Msg: "Attempted to compute the value of an expression of form\nCHOOSE x \\in S: P, but no element of S satisfied P."}
	}, dep: bodyDep(bs, body)}
}

// ---- sets

func (c *compiler) setEnum(e *ast.SetEnum, en cenv) cx {
	elems := make([]cx, len(e.Elems))
	c.covElemsStore(e)
	for i, x := range e.Elems {
		elems[i] = c.expr(x, en)
	}
	return cx{fn: func(k *ctx) (value.Value, error) {
		vs, err := evalAll(k, elems)
		if err != nil {
			return nil, err
		}
		// Kept as written when its elements cannot be sorted, as TLC
		// keeps it until it needs their order (value.MixedSetV).
		s := value.NewSetTLC(vs, e)
		if m, ok := s.(*value.MixedSetV); ok {
			m.Inner = innerSources(m, vs, e.Elems)
		}
		return s, nil
	}, dep: deps(elems...)}
}

// setCompare is the cause of the error of a set enumeration {a, b, ...}
// whose elements TLC cannot compare: TLC builds the SetEnumValue, with
// its node, and fails in its compareTo when it normalises it, printing
// "TLC was unable to fingerprint." with the node (TLC rev cc6b616:
// UNat1, UNION {{1}, Nat}).
// inner is the element, itself a set enumeration, whose compareTo raised
// the error: TLC names its node too, after the outer set's (UNat2,
// UNION {Nat, {1}}: {1}.compareTo(Nat)); nil when there is none.
//
// union is the UNION of the set, when it is met through one
// (unionUnsorted).
type setCompare struct{ e, inner, union ast.Expr }

func (setCompare) Error() string { return "elements TLC cannot compare" }

func (c *compiler) setFilter(e *ast.SetFilter, en cenv) cx {
	bs, ben := c.boundsNoted([]*ast.Bound{e.Bound}, en)
	setTupleBind(bs, bindPrefix, e)
	pred := c.expr(e.Pred, ben)
	if len(bs) != 1 {
		return c.unsupported(e.Pos(), "set filter with several bound identifiers")
	}
	b := bs[0]
	// TLC prints a SetPredValue with its predicate's node:
	// {y \in Nat : <expression line 4, col 26 to line 4, col 30 of module M> }
	// (TLC rev cc6b616: LPredNatInit).
	predAt := c.nodeName(e.Pred, span.Module(e.Pred.Pos().Filename))
	text := "{" + exprString(e.Bound.Names[0], nil) + " \\in ... : <expression " + predAt + "> }"
	covering := c.covOn
	return cx{fn: func(k *ctx) (value.Value, error) {
		s, err := evalSet(k, b.set)
		if err != nil {
			return nil, err
		}
		// A constant set is folded into its elements (compiler.fold),
		// its lazy value kept: the filter walks that, in TLC's order.
		ws := s
		if b.set.lazy != nil {
			ws = b.set.lazy
		}
		if walk := baseWalk(ws, covering); walk != nil && !b.tuple {
			// TLC's SetPredValue: lazy, its base walked only when the
			// filter is enumerated.
			f := lazyFilter(k, s, b, pred, text)
			f.Walk, f.PredAt = walk, predAt
			return f, nil
		}
		if _, err := s.Size(); err != nil && !b.tuple && !isMixed(s) {
			// An infinite base ({n \in Nat : n > 0}): TLC keeps the set
			// lazy and answers \in without enumerating.
			f := lazyFilter(k, s, b, pred, text)
			f.PredAt = predAt
			return f, nil
		}
		// The set evaluated once (TLC evaluates it once, and counts that).
		elems, err := setElems(s, b.set.pos)
		if err != nil {
			return nil, err
		}
		out := make([]value.Value, 0, len(elems))
		for _, v := range elems {
			if err := b.bind(k, v); err != nil {
				return nil, err
			}
			r, err := evalBool(k, pred)
			if err != nil {
				return nil, filterNotBool(err, e, pred)
			}
			if r {
				out = append(out, v)
				// TLC builds the kept elements in a ValueVec,
				// bounded by -maxSetSize.
				if err := value.CheckBuilt(len(out)); err != nil {
					return nil, err
				}
			}
		}
		return value.SetFromSorted(out), nil
	}, dep: bodyDep(bs, pred)}
}

// baseWalk is, for a set TLC's SetPredValue keeps lazy and walks element
// by element when enumerated (a function set, a record set, SUBSET S), a
// walk over its elements; nil for any other set, which a filter builds at
// once as TLC does for an enumerated set or an interval. Under coverage
// only a set too large to build is walked (the costs of a filter built at
// once are those covfilter.go counts). (A record set's NonSetV operand,
// which enumProduct treats specially, makes Size fail otherwise: not
// walked.)
func baseWalk(s value.SetValue, covering bool) func(func(value.Value) (bool, error)) error {
	big := func(n int64, err error) bool {
		return value.TooLarge(err) || err == nil && (!covering || n > value.MaxEnum())
	}
	switch s := s.(type) {
	case *value.FcnSetV:
		if big(s.Size()) {
			return func(f func(value.Value) (bool, error)) error { return value.EachFcn(s, f) }
		}
	case *value.RcdSetV:
		if big(s.Size()) {
			return func(f func(value.Value) (bool, error)) error { return value.EachRcd(s, f) }
		}
	case *value.SubsetV:
		if big(s.Size()) {
			return subsetWalk(s)
		}
	}
	return nil
}

// lazyFilter is {x \in s : pred} as a value.FilterV: pred is evaluated in
// a context of its own, a copy of k (the bound names around the filter
// keep their values), one element at a time.
func lazyFilter(k *ctx, s value.SetValue, b binder, pred cx, text string) *value.FilterV {
	own := &ctx{
		s:         k.s,
		t:         k.keepT(),
		env:       append([]value.Value(nil), k.env...),
		prog:      k.prog,
		recActive: make([]int, len(k.recActive)),
		// What TLCGet("level") and Trace read, as in k.
		phase: k.phase, levelAs: k.levelAs, level: k.level, succ: k.succ, from: k.from,
	}
	text = strings.Replace(text, "...", s.String(), 1)
	return &value.FilterV{Base: s, Text: text, Pred: func(v value.Value) (bool, error) {
		if err := b.bind(own, v); err != nil {
			return false, err
		}
		return evalBool(own, pred)
	}}
}

func (c *compiler) setMap(e *ast.SetMap, en cenv) cx {
	bs, ben := c.boundsNoted(e.Bounds, en)
	elem := c.expr(e.Elem, ben)
	pos := e.Pos()
	return cx{fn: func(k *ctx) (value.Value, error) {
		var out []value.Value
		_, err := forAllTLC(k, bs, false, func() (bool, error) {
			v, err := elem.fn(k)
			if err != nil {
				return true, err
			}
			out = append(out, v)
			// TLC's SetOfAllValue adds every image to one ValueVec,
			// duplicates too, bounded by -maxSetSize.
			if err := value.CheckBuilt(len(out)); err != nil {
				return true, err
			}
			return false, k.grow(1, pos)
		})
		if err != nil {
			return nil, boundNotEnumerable(err, bs)
		}
		// Kept as built when its elements cannot be sorted, as TLC's
		// SetEnumValue (value.MixedSetV).
		return value.NewSetTLC(out, nil), nil
	}, dep: bodyDep(bs, elem)}
}

// ---- tuples, functions, records

func (c *compiler) tuple(e *ast.Tuple, en cenv) cx {
	elems := make([]cx, len(e.Elems))
	for i, x := range e.Elems {
		elems[i] = c.expr(x, en)
	}
	if len(elems) == 0 {
		return konst(value.EmptyTuple, e.Pos())
	}
	return cx{fn: func(k *ctx) (value.Value, error) {
		vs, err := evalAll(k, elems)
		if err != nil {
			return nil, err
		}
		t := value.TupleOf(vs)
		value.NoteSource(t, e)
		return t, nil
	}, dep: deps(elems...)}
}

func (c *compiler) funcCons(e *ast.FuncCons, en cenv) cx {
	bs, ben := c.bounds(e.Bounds, en)
	setTupleBind(bs, bindPrefix, e)
	body := c.expr(e.Body, ben)
	if n := c.covHere(e); n != nil && n.lazyBody {
		body = covMuted(body) // counted where TLC evaluates it (covsubstfcn.go)
		if n.domOnly && len(bs) == 1 {
			// Applied at a point by covCountedApp, which evaluates
			// the body there: not built.
			set := bs[0].set
			return cx{fn: func(k *ctx) (value.Value, error) { return evalSet(k, set) }, dep: bodyDep(bs, body)}
		}
	}
	if p := c.keepCons[e]; p != nil {
		p.bs, p.body = bs, body
	}
	return c.funcConsBuilt(e, bs, body)
}

// funcConsBuilt builds the function [bs |-> body] that e writes, from its
// compiled binders and body (which recPointBody also keeps, to evaluate
// the body at one point).
func (c *compiler) funcConsBuilt(e *ast.FuncCons, bs []binder, body cx) cx {
	bodyText := c.lazyFcnText(e)
	if len(bs) == 1 {
		b := bs[0]
		return cx{fn: func(k *ctx) (value.Value, error) {
			s, err := evalSet(k, b.set)
			if err != nil {
				return nil, err
			}
			dom, err := s.Enum()
			if err != nil {
				if lazyDomain(s) {
					return lazyFcn(k, e, bodyText, bs, []value.SetValue{s}, body), nil
				}
				return nil, wrap(b.set.pos, err)
			}
			elems := dom.Elems()
			vals := make([]value.Value, len(elems))
			for i, v := range elems {
				if err := b.bind(k, v); err != nil {
					return nil, err
				}
				if vals[i], err = body.fn(k); err != nil {
					return nil, err
				}
			}
			// TLC's FcnRcdValue, also over 1..n (tlcwording_apply.go),
			// whose domain is an interval only when the set is one.
			if _, iv := s.(*value.IntervalV); iv {
				return value.FcnOfTuple(value.FcnOn(dom, vals)), nil
			}
			return value.FcnOverSet(value.FcnOn(dom, vals)), nil
		}, dep: bodyDep(bs, body)}
	}
	// Several binders: the domain is a set of tuples, enumerated in
	// lexicographic order, which is TLC's order of such tuples.
	pos := e.Pos()
	return cx{fn: func(k *ctx) (value.Value, error) {
		var keys, vals []value.Value
		_, err := forAll(k, bs, func() (bool, error) {
			key := boundValues(k, bs)
			v, err := body.fn(k)
			if err != nil {
				return true, err
			}
			keys = append(keys, value.TupleOf(key))
			vals = append(vals, v)
			return false, k.grow(len(key)+2, pos)
		})
		if err != nil {
			// A domain that cannot be enumerated: TLC's lazy function.
			if sets, lazy := lazySets(k, bs); lazy {
				return lazyFcn(k, e, bodyText, bs, sets, body), nil
			}
			return nil, err
		}
		return value.FcnFromPairs(keys, vals), nil
	}, dep: bodyDep(bs, body)}
}

// exprs compiles each of xs in en (the arguments of an application).
func (c *compiler) exprs(xs []ast.Expr, en cenv) []cx {
	out := make([]cx, len(xs))
	for i, x := range xs {
		out[i] = c.expr(x, en)
	}
	return out
}

func (c *compiler) funcApp(e *ast.FuncApp, en cenv) cx {
	args := c.covFcnArgs(e, en) // covtuplearg.go
	general := c.funcAppOf(e, en, args)
	if x, ok := c.pointApp(e, en, args, general); ok {
		return x
	}
	if x, ok := c.lambdaPoint(e, en, args, general); ok {
		return x
	}
	if x, ok := c.lambdaChoice(e, en, args, general); ok {
		return x
	}
	return general
}

// funcAppOf compiles e, f[args], its arguments compiled.
func (c *compiler) funcAppOf(e *ast.FuncApp, en cenv, args []cx) cx {
	// A recursive function applied directly is evaluated at that argument
	// only, as TLC does, instead of being tabulated.
	if id, ok := e.Fn.(*ast.Ident); ok {
		if r := c.recFor(id.Name, en); r != nil {
			c.covModuleFcn(r, id)
			c.covLinkFcn(r, id)
			return c.covRecUse(c.recApply(r, args, e.Pos()), id.Name, en) // covrecarg.go
		}
	}
	if len(args) == 1 {
		if x, ok := c.applyAtPoint(e.Fn, en, args[0], e.Pos()); ok {
			return x
		}
	}
	if c.cov != nil {
		a := tupleOfArgs(args)
		if len(args) == 1 {
			a = args[0]
		}
		if x, ok := c.covLazyApp(e, en, a); ok {
			return x // covfcnapp.go
		}
		if x, ok := c.covLazyArgApp(e, en, a); ok {
			return x // covlazyarg.go
		}
	}
	applied := len(args) == 1 && c.substFcnName(e.Fn, en)
	if applied {
		c.covFcnUse = covFcnApplyUse
	}
	fn := c.expr(e.Fn, en)
	c.covFcnUse = covFcnOther
	if fn.lazy != nil {
		// A constant set applied: TLC's error names the class of the
		// set as written (SUBSET S), not of its enumeration.
		fn = konst(fn.lazy, fn.pos)
	}
	pos := e.Pos()
	lam := c.lambdaApplied(e.Fn, en, fn.dep)
	if applied {
		return c.covFcnApply(e, fn, args[0], lam)
	}
	if c.cov != nil {
		fn = covAppliedFn(fn)
	}
	if len(args) == 1 {
		a := args[0]
		// f[x] is the hottest operator of most specs: its two operands are
		// evaluated here rather than by eval2, whose call cost 4% on
		// BenchmarkPoolNext.
		return cx{fn: func(k *ctx) (value.Value, error) {
			f, err := fn.fn(k)
			if err != nil {
				return nil, err
			}
			x, err := a.fn(k)
			if err != nil {
				return nil, err
			}
			v, err := apply(f, x, pos)
			if err != nil {
				return nil, withExpr(applyError(err, lam, f, x), e, pos)
			}
			return v, nil
		}, dep: deps(fn, a)}
	}
	return cx{fn: func(k *ctx) (value.Value, error) {
		f, err := fn.fn(k)
		if err != nil {
			return nil, err
		}
		vs, err := evalAll(k, args)
		if err != nil {
			return nil, err
		}
		x := value.TupleOf(vs)
		v, err := apply(f, x, pos)
		if err != nil {
			return nil, withExpr(applyError(err, lam, f, x), e, pos)
		}
		return v, nil
	}, dep: deps(fn) | deps(args...)}
}

// TLC's words for a key of the wrong kind applied to a TupleValue or a
// RecordValue (or EXCEPT'd in one), without a position (TLC rev cc6b616:
// E38, E39, E28).
const (
	tupleNonInt  = "Attempted to access tuple at a non integral index: "
	recordNonStr = "Attempted to access record by a non-string argument: "
)

func apply(f, x value.Value, pos token.Pos) (value.Value, error) {
	fv, ok := f.(*value.FcnV)
	if lf, lazy := f.(*value.LazyFcnV); lazy {
		v, err := applyLazy(lf, x)
		if err != nil {
			return nil, wrap(pos, err)
		}
		return v, nil
	}
	if !ok {
		// TLC: "A non-function (an integer) was applied as a function."
		return nil, errorf(pos, "A non-function (%s) was applied as a function.", nonFcnImage(f))
	}
	v, ok := fv.Apply(x)
	if !ok {
		_, isInt := x.(value.IntV)
		var ee *Error
		switch msg := keyKindError(fv, x); {
		case isInt && fv.IsTuple() && !fv.HeldAsFunction():
			// TLC's TupleValue: "Attempted to access index 3 of tuple ...".
			ee = errorf(pos, "Attempted to access index %s of tuple\n%s\nwhich is out of bounds.", x, f)
		case msg != "":
			// A key of a kind TLC cannot compare with the domain's
			// (E38: TupleValue.apply, E39: RecordValue.apply).
			ee = errorf(pos, "%s", msg)
		}
		if ee != nil {
			ee.Cause = valueMethodError{fv, ee.Msg}
			return nil, ee
		}
		ee = errorf(pos, "Attempted to apply function:\n%s\nto argument %s, which is not in the domain of the function.", f, x)
		ee.Cause = valueMethodError{fv, ee.Msg}
		return nil, ee
	}
	return v, nil
}

// withArticle names a kind of value as TLC's messages do: "an integer".
func withArticle(k value.Kind) string {
	switch k {
	case value.KindInt:
		return "an integer"
	case value.KindModel:
		return "a model value"
	}
	return "a " + k.String()
}

func (c *compiler) funcSet(e *ast.FuncSet, en cenv) cx {
	dom, rng := c.expr(e.Dom, en), c.expr(e.Rng, en)
	return cx{fn: func(k *ctx) (value.Value, error) {
		d, err := evalSetOperand(k, dom)
		if err != nil {
			return nil, err
		}
		r, err := evalSetOperand(k, rng)
		if err != nil {
			return nil, err
		}
		return &value.FcnSetV{Dom: d, Rng: r, Src: e}, nil
	}, dep: deps(dom, rng)}
}

// sortedFields orders record fields by their names' order (the canonical
// key order: the spec's order of strings, TLC's RecordValue.normalize) and
// reports a duplicate.
func (c *compiler) sortedFields(fs []*ast.Field) ([]*ast.Field, bool) {
	out := append([]*ast.Field(nil), fs...)
	strs := c.strs()
	sort.SliceStable(out, func(i, j int) bool {
		return value.Compare(strs.Str(out[i].Name.Name), strs.Str(out[j].Name.Name)) < 0
	})
	for i := 1; i < len(out); i++ {
		if out[i].Name.Name == out[i-1].Name.Name {
			c.errorf(out[i].Name.Pos(), "field %s appears twice", out[i].Name.Name)
			return out, false
		}
	}
	return out, true
}

func (c *compiler) record(e *ast.Record, en cenv) cx {
	fs, ok := c.sortedFields(e.Fields)
	if !ok {
		return c.fail(e.Pos(), "malformed record")
	}
	keys := make([]value.Value, len(fs))
	vals := make([]cx, len(fs))
	c.covFieldPairs(e.Fields)
	for i, f := range fs {
		keys[i] = c.strs().Str(f.Name.Name)
		restore := c.covPair(f, f.Name, f.Value)
		vals[i] = c.expr(f.Value, en)
		restore()
	}
	dom := value.SetFromSorted(keys)
	if order := writtenOrder(e.Fields, fs); order != nil {
		// TLC evaluates the fields as written (Tool's record constructor,
		// sorting the record only when it normalizes it): a RandomElement
		// in each draws in that order, and the first field in error is
		// the one reported. The record prints its fields as written until
		// normalized: in an ALIAS, where TLC prints it so (an IF choosing
		// between records), it is built so (value.RecordWritten);
		// elsewhere it is built sorted, which costs nothing more.
		var pos []int32
		if c.inAlias {
			pos = make([]int32, len(order))
			for j, i := range order {
				pos[j] = int32(i)
			}
		}
		return cx{fn: func(k *ctx) (value.Value, error) {
			vs := make([]value.Value, len(vals))
			for _, i := range order {
				v, err := vals[i].fn(k)
				if err != nil {
					return nil, err
				}
				vs[i] = v
			}
			if pos != nil {
				return value.RecordWritten(dom, vs, pos), nil
			}
			return value.FcnOn(dom, vs), nil
		}, dep: deps(vals...)}
	}
	return cx{fn: func(k *ctx) (value.Value, error) {
		vs, err := evalAll(k, vals)
		if err != nil {
			return nil, err
		}
		r := value.FcnOn(dom, vs)
		value.NoteSource(r, e)
		return r, nil
	}, dep: deps(vals...)}
}

// writtenOrder is, for each field of written in turn, its index in
// sorted (the same fields in the record's order); nil when the two
// orders are the same.
func writtenOrder(written, sorted []*ast.Field) []int {
	at := make(map[*ast.Field]int, len(sorted))
	for i, f := range sorted {
		at[f] = i
	}
	order := make([]int, len(written))
	same := true
	for j, f := range written {
		order[j] = at[f]
		same = same && order[j] == j
	}
	if same {
		return nil
	}
	return order
}

func (c *compiler) recordSet(e *ast.RecordSet, en cenv) cx {
	fs, ok := c.sortedFields(e.Fields)
	if !ok {
		return c.fail(e.Pos(), "malformed record set")
	}
	keys := make([]value.Value, len(fs))
	sets := make([]cx, len(fs))
	c.covFieldPairs(e.Fields)
	for i, f := range fs {
		keys[i] = c.strs().Str(f.Name.Name)
		sets[i] = c.covField(f, func() cx { return c.expr(f.Value, en) })
	}
	return cx{fn: func(k *ctx) (value.Value, error) {
		ss, err := evalSetOperands(k, sets)
		if err != nil {
			return nil, err
		}
		return &value.RcdSetV{Keys: keys, Sets: ss, Src: e}, nil
	}, dep: deps(sets...)}
}

func (c *compiler) dot(e *ast.Dot, en cenv) cx {
	x := c.expr(e.X, en)
	key := c.strs().Str(e.Field.Name)
	pos := e.Field.Pos()
	return cx{fn: func(k *ctx) (value.Value, error) {
		v, err := x.fn(k)
		if err != nil {
			return nil, err
		}
		r, err := field(v, key, pos)
		if err != nil {
			return nil, withExpr(err, e, pos)
		}
		return r, nil
	}, dep: x.dep}
}

// field is r.name, key being the string name.
func field(v, key value.Value, pos token.Pos) (value.Value, error) {
	if f, ok := v.(*value.FcnV); ok {
		if r, ok := f.Apply(key); ok {
			return r, nil
		}
	}
	if lf, ok := v.(*value.LazyFcnV); ok && lf.Err != "" {
		// TLC's record selection makes the function one of pairs
		// (FcnLambdaValue.toFcnRcd), which enumerates its domain.
		return nil, errorf(pos, "%s", lf.Err)
	}
	// TLC: Attempted to select nonexistent field "b" from the record [a |-> 1].
	name, _ := value.AsString(key)
	f, ok := v.(*value.FcnV)
	switch {
	case !ok:
		// TLC rev cc6b616 (NCase: x.a with x = 0).
		return nil, errorf(pos, "Attempted to select field %q from a non-record value %s", name, v)
	case f.IsTuple() || intDomain(f):
		// TLC turns a tuple into a function of 1..n and applies it
		// (WTupField, WFcnField).
		return nil, errorf(pos, "Attempted to apply function with integer domain to the non-integer argument %q", name)
	}
	return nil, errorf(pos, "Attempted to select nonexistent field %q from the record\n%s", name, v)
}

// ---- EXCEPT

type exceptStep struct {
	field value.Value // the key of a .field step
	index []cx
	pos   token.Pos
}

type exceptUpdate struct {
	path  []exceptStep
	val   cx
	atSlt int
	// missing is called when the path leads outside the function's
	// domain (TLC's warning 2144, warnexcept.go); nil: nothing to do.
	missing func()
}

func (c *compiler) except(e *ast.Except, en cenv) cx {
	fcnExcept := c.substFcnName(e.Fn, en)
	if fcnExcept {
		c.covFcnUse = covFcnExceptUse
	}
	fn := c.expr(e.Fn, en)
	c.covFcnUse = covFcnOther
	d := fn.dep
	ups := make([]exceptUpdate, len(e.Updates))
	for i, u := range e.Updates {
		var path []exceptStep
		restore, covSeq := c.covExceptPair(u)
		restoreSeq := covSeq()
		for _, st := range u.Path {
			if st.Field != nil {
				path = append(path, exceptStep{field: c.strs().Str(st.Field.Name), pos: st.Field.Pos()})
				continue
			}
			var idx []cx
			for _, a := range st.Index {
				x := c.expr(a, en)
				d |= x.dep
				idx = append(idx, x)
			}
			path = append(path, exceptStep{index: idx, pos: u.Bang})
		}
		restoreSeq()
		slot := c.newSlot()
		ue := en
		ue.at = slot
		c.readSlot(slot)
		c.covOriginStore(c.cov, u.Value) // covnested.go
		val := c.expr(u.Value, ue)
		restore()
		d |= val.dep
		ups[i] = exceptUpdate{path: path, val: val, atSlt: slot, missing: c.exceptMissing(e)}
	}
	into := func(k *ctx, slot **value.FcnV) (value.Value, error) {
		if fcnExcept {
			k.covFcn = nil
		}
		v, err := fn.fn(k)
		if err != nil {
			return nil, err
		}
		if fcnExcept {
			covFcnExcept(k, ups) // covsubstfcn.go
		}
		for i := range ups {
			if v, err = exceptAt(k, v, &ups[i], 0, slot); err != nil {
				return nil, err
			}
		}
		return v, nil
	}
	return cx{fn: func(k *ctx) (value.Value, error) { return into(k, nil) }, into: into, dep: d}
}

// exceptAt replaces the value at u.path[i:] inside v. A path through a key
// outside the domain leaves the function unchanged, as in TLC. When slot
// is not nil, the new function at the top of the path (i == 0) is built in
// *slot (value.FcnV.WithInto), which is set to it.
func exceptAt(k *ctx, v value.Value, u *exceptUpdate, i int, slot **value.FcnV) (value.Value, error) {
	if i == len(u.path) {
		k.env[u.atSlt] = v
		return u.val.fn(k)
	}
	st := &u.path[i]
	f, ok := v.(*value.FcnV)
	if lf, lazy := v.(*value.LazyFcnV); lazy {
		return exceptLazy(k, lf, u, i)
	}
	if !ok {
		// TLC's words, without a position (TLC rev cc6b616, WExcept:
		// [0 EXCEPT ![1] = 2]), raised by the value's takeExcept: a
		// set the replay built names its node (FInitExcept: [{1}
		// EXCEPT ![1] = 0]).
		ee := errorf(st.pos, "Attempted to apply EXCEPT construct to the value %s.", v)
		ee.Cause = valueMethodError{v, ee.Msg}
		return nil, ee
	}
	key, err := st.key(k)
	if err != nil {
		return nil, err
	}
	j := f.Index(key)
	if msg := ""; j < 0 {
		if msg = keyKindError(f, key); msg != "" {
			// A key TLC cannot compare with the domain's (E28:
			// RecordValue.select of a key that is not a string).
			ee := errorf(st.pos, "%s", msg)
			ee.Cause = valueMethodError{f, ee.Msg}
			return nil, ee
		}
	}
	if j < 0 {
		if u.missing != nil {
			u.missing()
		}
		return f, nil
	}
	nv, err := exceptAt(k, f.At(j), u, i+1, nil)
	if err != nil {
		return nil, err
	}
	if slot != nil {
		*slot = f.WithInto(*slot, j, nv)
		return *slot, nil
	}
	return f.With(j, nv), nil
}

// key is the key this step of an EXCEPT path updates: the field of !.h,
// the index of ![e], the tuple of ![e1, e2].
func (st *exceptStep) key(k *ctx) (value.Value, error) {
	if st.index == nil {
		return st.field, nil
	}
	if len(st.index) == 1 {
		return st.index[0].fn(k)
	}
	vs, err := evalAll(k, st.index)
	if err != nil {
		return nil, err
	}
	return value.TupleOf(vs), nil
}
