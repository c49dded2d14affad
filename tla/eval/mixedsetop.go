package eval

import (
	"errors"
	"github.com/wspcycle/wspcycle/tla/ast"

	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// isMixed reports whether s is an enumerated set TLC keeps as written
// because its elements cannot be sorted (value.MixedSetV).
func isMixed(s value.SetValue) bool {
	_, ok := s.(*value.MixedSetV)
	return ok
}

// asWritten is s's elements as TLC's SetEnumValue holds them before it
// normalises it: a MixedSetV's as written, a SetV's sorted, any other
// set's enumeration (which fails as TLC's elements() fails).
func asWritten(s value.SetValue) ([]value.Value, error) {
	switch t := s.(type) {
	case *value.MixedSetV:
		return t.Written(), nil
	case *value.SetV:
		return t.Elems(), nil
	}
	e, err := s.Enum()
	if err != nil {
		return nil, err
	}
	return e.Elems(), nil
}

// memberTLC is x \in s as TLC's member: the linear search of an
// enumerated set, any other set's own Member.
func memberTLC(s value.SetValue, x value.Value) (bool, error) {
	if in, ok, err := value.MemberAsWritten(s, x); ok {
		return in, err
	}
	return s.Member(x)
}

// mixedSetOp is a \cup b, a \cap b or a \ b when the result's elements
// cannot all be sorted, as TLC's SetEnumValue computes them without
// sorting a: cup enumerates b (sorting it) and adds each element a's
// linear search does not find; cap and diff keep a's elements, in order,
// that b holds (does not hold). An element TLC cannot compare while it
// searches is the error of the set searched, naming its node.
func mixedSetOp(op token.Kind, a, b value.SetValue) (value.Value, error) {
	v, err := mixedSetOp1(op, a, b)
	if err != nil {
		switch a.(type) {
		case *value.SetV, *value.MixedSetV:
			// Raised inside a's method, which names a's node.
			err = value.InMethod(a, err)
		}
	}
	return v, err
}

func mixedSetOp1(op token.Kind, a, b value.SetValue) (value.Value, error) {
	ae, err := asWritten(a)
	if err != nil {
		return nil, err
	}
	var out []value.Value
	if op == token.CUP {
		if len(ae) == 0 {
			return b, nil
		}
		be, err := b.Enum()
		if err != nil && !isMixed(b) {
			// Not enumerable (Nat): TLC's cup stays lazy, as setOp's.
			return &value.CupV{A: a, B: b}, nil
		}
		if err != nil {
			return nil, err
		}
		out = append(out, ae...)
		for _, e := range be.Elems() {
			in, err := memberTLC(a, e)
			if err != nil {
				return nil, err
			}
			if !in {
				out = append(out, e)
			}
		}
		return value.NewSetTLC(out, nil), nil
	}
	keep := op == token.CAP
	for _, e := range ae {
		in, err := memberTLC(b, e)
		if err != nil {
			return nil, err
		}
		if in == keep {
			out = append(out, e)
		}
	}
	return value.NewSetTLC(out, nil), nil
}

// unionAsGathered is UNION of sets whose elements (all, in order) cannot
// be sorted, as TLC's UnionValue gathers them: each element is looked for
// among those gathered before it (by their equals, which names the
// gathered element's node when the replay built it: FInitUnion, UNION
// {{<<1>>}, {[a |-> 1]}}), and the union is kept as gathered
// (value.MixedSetV).
func unionAsGathered(all []value.Value, pos token.Pos) (value.Value, error) {
	var out []value.Value
	for _, v := range all {
		found := false
		for _, o := range out {
			eq, err := value.EqualChecked(o, v)
			if err != nil {
				return nil, wrap(pos, value.InMethod(o, err))
			}
			if eq {
				found = true
				break
			}
		}
		if !found {
			out = append(out, v)
		}
	}
	return value.NewSetTLC(out, nil), nil
}

// unionOperand is the sets UNION S gathers: S's elements, as written when
// TLC cannot sort them (its UnionValue enumerates S without sorting it).
func unionOperand(k *ctx, x cx) ([]value.Value, *value.MixedSetV, error) {
	s, err := evalSet(k, x)
	if err != nil {
		return nil, nil, err
	}
	if m, ok := s.(*value.MixedSetV); ok {
		return m.Written(), m, nil
	}
	vs, err := setElems(s, x.pos)
	return vs, nil, err
}

// innerSources are the nodes of the elements of m (written as elems, of
// values vs) whose own methods failed in m's sort, when they are
// constructors TLC's values know the node of (value.MixedSetV.Inner).
func innerSources(m *value.MixedSetV, vs []value.Value, elems []ast.Expr) []any {
	var out []any
	for _, f := range m.Failed() {
		for i, v := range vs {
			if v == f && i < len(elems) && sourced(ast.Unparen(elems[i])) {
				out = append(out, ast.Unparen(elems[i]))
				break
			}
		}
	}
	return out
}

// sizeFailsInMethod reports whether v is a lazy set whose size fails in
// the method of a set inside it that knows its node (SUBSET {1, "a"}):
// built again each time, as a set TLC cannot sort, so that the replay
// names that set.
func sizeFailsInMethod(v value.Value) bool {
	s, ok := v.(value.SetValue)
	if !ok {
		return false
	}
	switch x := s.(type) {
	case *value.SetV, *value.IntervalV:
		return false
	case *value.FilterV:
		if x.Walk != nil {
			// Its size walks its base: asked only when TLC enumerates it.
			return sizeFailsInMethod(x.Base)
		}
	}
	_, err := s.Size()
	var me *value.MethodError
	return errors.As(err, &me)
}

// walksBase reports whether v is a set filter that walks its base when
// enumerated (value.FilterV's Walk): its size and elements are computed
// only where TLC enumerates it, never ahead of time (a filter of billions
// of functions may only ever be asked membership).
func walksBase(v value.Value) bool {
	f, ok := v.(*value.FilterV)
	return ok && f.Walk != nil
}
