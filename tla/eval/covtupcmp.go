package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// The cost of a tuple compared with a value that is not one. TLC's
// TupleValue keeps the CostModel node of the <<...>> that built it, and
// its equals and compareTo, given a value that is no tuple (a model
// value, a string, a record), first turn the tuple into a function
// (TupleValue.toFcnRcd), which costs the tuple's length on that node.
// Sets built by {e : x \in S} and {a, b} are SetEnumValues that TLC holds
// unnormalized, one element per binding or per argument, duplicates
// kept, and such a set asks each of its elements in turn whether it
// equals the value it is asked about (ValueVec.search over an unsorted
// vector), until one does:
//
//   - S \cup T with S a non-empty one (SetEnumValue.cup) asks S, for each
//     element of T (normalized), whether it is a member: each element of T
//     that is no tuple costs the length of each tuple of S on its node,
//     up to an element of S that equals it. The union is a new unsorted
//     SetEnumValue: S's elements, then T's that S lacks. An empty S gives
//     T itself.
//   - e \in S and e \notin S ask S's elements the same about e.
//
// kvstore's TypeOK, args \in {<<k>> : k \in Keys} \cup {<<k, v>> : k \in
// Keys, v \in Vals} \cup {NIL}: the second \cup compares each of the 3 +
// 9 tuples with NIL in every state, and args \in ... once more where args
// is NIL, so <<k>> costs 1 × (7923 + 3) over 2641 states. The cost makes
// the tuple's node differ from its operands', which TLC then lists.
//
// Here the sets of such an expression (a \cup of set maps and set
// enumerations, or one of them alone, as the right operand of \in) are
// followed through TLC's vector while they are evaluated: each part of
// the vector pushes what it holds on k.covTup (a set map whose body is a
// tuple: the body's node, the tuple's length and the number of bindings;
// a tuple argument of {a, b}: its node and value; anything else: its
// values, which cost nothing), each \cup takes its operands' and pushes
// its own, and \in takes its element's and its set's. Not modelled: a set
// enumeration mixing tuple constructors with other elements, a \cup with
// another kind of operand (a variable's set, a lazy set), a sort of a
// vector that mixes tuples with other values (an enumeration of the
// union), and tuples kept in states (x = NIL with x a tuple an action
// built costs on that action's <<...>>).

// covTup marks a node of such an expression.
type covTup struct {
	kind uint8
	// push: the parent takes the entry this node leaves on k.covTup.
	push bool
	// body, ln: a set map whose body is a tuple (ln its length), whose
	// node is body (found once the set map is compiled); a tuple argument
	// of a set enumeration (tupElem) has ln too.
	body ast.Expr
	ln   int64
	// tuples: a set enumeration whose arguments are all tuples, each
	// pushing its value (tupElem).
	tuples []ast.Expr
}

const (
	tupSeg  uint8 = iota + 1 // a set map or a set enumeration
	tupCup                   // S \cup T
	tupIn                    // e \in S, e \notin S
	tupElem                  // a tuple argument of a set enumeration, or the e of \in
)

// covTupEnt is what a node leaves on k.covTup: the parts of a vector, or
// a value (tupElem).
type covTupEnt struct {
	parts []covTupPart
	val   value.Value
}

// covTupPart is a run of a vector's elements: cnt tuples of length ln
// built by node (the distinct ones: set), or, node nil, values that cost
// nothing when compared (set).
type covTupPart struct {
	node    *CovNode
	ln, cnt int64
	set     value.Value
}

// tupPlan reports whether e is such an expression and whether a tuple is
// built in it.
func tupPlan(e ast.Expr) (ok, tuples bool) {
	switch e := ast.Unparen(e).(type) {
	case *ast.SetMap:
		_, t := ast.Unparen(e.Elem).(*ast.Tuple)
		return true, t
	case *ast.SetEnum:
		n := 0
		for _, x := range e.Elems {
			if _, t := ast.Unparen(x).(*ast.Tuple); t {
				n++
			}
		}
		return n == 0 || n == len(e.Elems), n > 0
	case *ast.Binary:
		if e.Op != token.CUP {
			return false, false
		}
		ok1, t1 := tupPlan(e.X)
		ok2, t2 := tupPlan(e.Y)
		return ok1 && ok2, t1 || t2
	}
	return false, false
}

// covTupMark marks e's node under n (the \cup or \in of the plan), and
// the nodes of e's operands, before they are compiled.
func covTupMark(n *CovNode, e ast.Expr) {
	e = ast.Unparen(e)
	m := n.child(e, e, e)
	switch e := e.(type) {
	case *ast.SetMap:
		t := &covTup{kind: tupSeg, push: true}
		if tu, ok := ast.Unparen(e.Elem).(*ast.Tuple); ok {
			t.body, t.ln = ast.Unparen(e.Elem), int64(len(tu.Elems))
		}
		m.tup = t
	case *ast.SetEnum:
		t := &covTup{kind: tupSeg, push: true}
		for _, x := range e.Elems {
			if tu, ok := ast.Unparen(x).(*ast.Tuple); ok {
				x = ast.Unparen(x)
				t.tuples = append(t.tuples, x)
				m.child(x, x, x).tup = &covTup{kind: tupElem, push: true, ln: int64(len(tu.Elems))}
			}
		}
		m.tup = t
	case *ast.Binary:
		m.tup = &covTup{kind: tupCup, push: true}
		covPreMake(m, e.X, e.Y)
		covTupMark(m, e.X)
		covTupMark(m, e.Y)
	}
}

// covTupCompile marks the plan rooted at the binary expression b (node
// n): a \cup of sets that build tuples, or the \in of one.
func covTupCompile(n *CovNode, b *ast.Binary) {
	if n.tup != nil {
		return // marked by its parent
	}
	switch b.Op {
	case token.CUP:
		if ok, t := tupPlan(b); ok && t {
			n.tup = &covTup{kind: tupCup}
			covPreMake(n, b.X, b.Y)
			covTupMark(n, b.X)
			covTupMark(n, b.Y)
		}
	case token.IN, token.NOTIN:
		if ok, t := tupPlan(b.Y); ok && t {
			n.tup = &covTup{kind: tupIn}
			covTupMark(n, b.Y)
		}
	}
}

// covTupElemWrap pushes the value of the element of a marked \in (its
// left operand's closure x).
func covTupElemWrap(x cx) cx {
	fn := x.fn
	x.fn = func(k *ctx) (value.Value, error) {
		v, err := fn(k)
		if err == nil {
			k.covTup = append(k.covTup, covTupEnt{val: v})
		}
		return v, err
	}
	return x
}

// covTupWrap adds to x, the closure of the marked node n of e, what its
// mark asks for.
func covTupWrap(x cx, n *CovNode, e ast.Expr, o *covOrigins) cx {
	t := n.tup
	if t == nil {
		return x
	}
	fn := x.fn
	x.fn = func(k *ctx) (value.Value, error) {
		base := len(k.covTup)
		var before int64
		var body *CovNode
		if t.body != nil {
			body = n.byKey[t.body]
			if body != nil {
				before = body.Count()
			}
		}
		v, err := fn(k)
		ents := k.covTup[base:]
		k.covTup = k.covTup[:base]
		if err != nil || k.covMute != 0 {
			return v, err
		}
		var out *covTupEnt
		switch t.kind {
		case tupElem:
			out = &covTupEnt{val: v}
		case tupSeg:
			out = covTupSegment(t, n, body, before, v, ents)
		case tupCup:
			if len(ents) == 2 && ents[0].parts != nil && ents[1].parts != nil {
				out = covTupUnion(ents[0], ents[1], o)
			}
		case tupIn:
			if len(ents) == 2 && ents[1].parts != nil {
				covTupScan(ents[1].parts, ents[0].val, o)
			}
		}
		if t.push && out != nil {
			k.covTup = append(k.covTup, *out)
		}
		return v, err
	}
	return x
}

// covTupSegment is the vector of a set map or set enumeration whose value
// is v: the bindings of a tuple body (counted on its node since before),
// the tuple arguments (their values in ents), or v's values.
func covTupSegment(t *covTup, n, body *CovNode, before int64, v value.Value, ents []covTupEnt) *covTupEnt {
	s, ok := v.(*value.SetV)
	if !ok {
		return nil
	}
	switch {
	case t.body != nil:
		if body == nil {
			return nil
		}
		return &covTupEnt{parts: []covTupPart{{node: body, ln: t.ln, cnt: body.Count() - before, set: s}}}
	case len(t.tuples) > 0:
		if len(ents) != len(t.tuples) {
			return nil
		}
		parts := make([]covTupPart, len(ents))
		for i, en := range ents {
			m := n.byKey[t.tuples[i]]
			if m == nil || en.val == nil {
				return nil
			}
			parts[i] = covTupPart{node: m, ln: m.tup.ln, cnt: 1, set: value.Set(en.val)}
		}
		return &covTupEnt{parts: parts}
	}
	return &covTupEnt{parts: []covTupPart{{set: s}}}
}

// covTupUnion is TLC's S.cup(T) for the vectors s and t: the comparisons
// it makes cost, and the union's vector is returned.
func covTupUnion(s, t covTupEnt, o *covOrigins) *covTupEnt {
	if covTupEmpty(s.parts) {
		return &t
	}
	sv := covTupValues(s.parts)
	out := append([]covTupPart(nil), s.parts...)
	var seen []value.Value
	for _, p := range t.parts {
		set, ok := p.set.(*value.SetV)
		if !ok {
			return nil
		}
		var added []value.Value
		for _, y := range set.Elems() {
			if covTupHas(seen, y) {
				continue
			}
			seen = append(seen, y)
			covTupScan(s.parts, y, o)
			if !covTupIn(sv, y) {
				added = append(added, y)
			}
		}
		if len(added) == 0 {
			continue
		}
		q := covTupPart{node: p.node, ln: p.ln, cnt: int64(len(added)), set: value.Set(added...)}
		if p.node == nil {
			q.ln, q.cnt = 0, 0
		}
		out = append(out, q)
	}
	return &covTupEnt{parts: out}
}

// covTupScan costs what asking the vector parts whether one of them
// equals y costs: each tuple before the first element equal to y its
// length, when y is no tuple.
func covTupScan(parts []covTupPart, y value.Value, o *covOrigins) {
	if y == nil || covTupLike(y) {
		return
	}
	for _, p := range parts {
		if p.node != nil {
			o.charge(p.node, p.ln*p.cnt)
			continue
		}
		if covTupIn(p.set, y) {
			return
		}
	}
}

// covTupLike reports whether TLC's toTuple of v is a tuple (a function
// over 1..n, <<>> included), which a tuple compares with as a tuple.
func covTupLike(v value.Value) bool {
	f, ok := v.(*value.FcnV)
	return ok && f.IsTuple()
}

// covTupEmpty reports whether the vector has no element.
func covTupEmpty(parts []covTupPart) bool {
	for _, p := range parts {
		if p.node != nil && p.cnt > 0 {
			return false
		}
		if p.node == nil {
			if s, ok := p.set.(*value.SetV); !ok || s.Len() > 0 {
				return false
			}
		}
	}
	return true
}

// covTupValues is the set of the vector's values.
func covTupValues(parts []covTupPart) value.Value {
	var all []value.Value
	for _, p := range parts {
		if s, ok := p.set.(*value.SetV); ok {
			all = append(all, s.Elems()...)
		}
	}
	return value.Set(all...)
}

// covTupIn reports whether y is in the set s.
func covTupIn(s, y value.Value) bool {
	set, ok := s.(*value.SetV)
	return ok && set.Contains(y)
}

// covTupHas reports whether y is among vs.
func covTupHas(vs []value.Value, y value.Value) bool {
	for _, v := range vs {
		if value.Compare(v, y) == 0 {
			return true
		}
	}
	return false
}
