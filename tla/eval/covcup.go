package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TLC evaluates S \cup T by asking S's value to add T's (Tool.evalAppl,
// Reducible.cup): when S is a set TLC holds enumerated (a SetEnumValue or
// an interval), an empty S gives T's value as it is and a non-empty one
// enumerates T when T is enumerated too, each element and the end costing
// on the node that built T; otherwise (or when S is another kind of set
// and T enumerated: T.cup(S)) the union is a lazy SetCupValue, enumerated
// later or never. So the cost of a \cup falls on its right operand only,
// and only when the left is a non-empty enumerated set: {x} \cup {7}
// costs 2 on {7} and nothing on {x}; s \cup {x} nothing while s = {}
// (model/testdata/CovSets.tla).

// covCup marks the operands of X \cup Y (node n) when Y builds an
// enumerated set ({a, b}, {e : x \in S}), directly or as the body of a
// LET definition: X's value is noted for Y, which costs when X's value is
// a non-empty enumerated set.
func (c *compiler) covCup(n *CovNode, x, y ast.Expr, en cenv) {
	x, y = ast.Unparen(x), ast.Unparen(y)
	target := c.cupTarget(n, y, en)
	if target == nil && covKind(y) && !setConstructor(y) {
		// A value built elsewhere: a variable's, a function's value
		// (f[x] \ S), a name bound to a set, whose node, if any, was
		// noted with the value (covorigin.go, covnested.go).
		target = n.child(y, y, y)
		target.cupVar = true
	}
	if target == nil {
		return
	}
	if _, ok := x.(*ast.At); ok {
		// @ \cup {v} in an EXCEPT: @ has no node of its own, the \cup's
		// compilation notes its value (binary, cupAt).
		n.cupAt = true
		target.cupRight = true
		return
	}
	if !covKind(x) {
		return
	}
	n.child(x, x, x).cupLeft = true
	target.cupRight = true
}

// namesLazySet reports whether e names a definition without parameters
// whose body is a lazy set (covLazyFilter's named case).
func (c *compiler) namesLazySet(e ast.Expr, en cenv) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || en.sc.lookup(id.Name) != nil {
		return false
	}
	x, ok := c.lookupName(id.Name, en)
	if !ok || x.kind != eDef {
		return false
	}
	d, ok := x.node.(*ast.OpDef)
	return ok && len(d.Params) == 0 && lazySet(ast.Unparen(d.Body))
}

// cupTarget is the node that built the set y denotes, when TLC holds it
// enumerated: y itself ({a, b}, {e : x \in S}), or the body of the LET
// definition y names.
func (c *compiler) cupTarget(n *CovNode, y ast.Expr, en cenv) *CovNode {
	enumerated := func(e ast.Expr) bool {
		switch e := e.(type) {
		case *ast.SetEnum, *ast.SetMap:
			return true
		case *ast.SetFilter:
			// A filter of an enumerated set is one too (Tool's
			// OPCODE_sso filters a Reducible set at once).
			return e.Bound != nil && e.Bound.Set != nil && !lazySet(ast.Unparen(e.Bound.Set)) && !c.namesLazySet(e.Bound.Set, en)
		}
		return false
	}
	if id, ok := y.(*ast.Ident); ok {
		b := en.sc.lookup(id.Name)
		if b == nil || b.kind != bLetOp || len(b.op.Params) > 0 {
			return nil
		}
		body := ast.Unparen(b.op.Body)
		if b.covAtUse {
			// An action's LET: each use evaluates the body under its own
			// node (covlet.go), whose set then keeps that body's node.
			if enumerated(body) {
				return n.child(y, y, y).child(body, body, body)
			}
			return nil
		}
		if b.cov == nil {
			return nil
		}
		if m, ok := b.cov.byKey[body]; ok && enumerated(body) {
			return m
		}
		return nil
	}
	if enumerated(y) {
		return n.child(y, y, y)
	}
	return nil
}

// covCupLeft notes the value of a \cup's left operand for its right one.
func covCupLeft(x cx) cx {
	fn := x.fn
	x.fn = func(k *ctx) (value.Value, error) {
		v, err := fn(k)
		k.covLeft = v
		return v, err
	}
	return x
}

// covCupRight costs the set the right operand of a \cup built (node n)
// its size plus one when the left operand's value, noted just before, is
// a non-empty enumerated set.
//
// With an empty enumerated left operand TLC's union is the right operand's
// value itself, which keeps the node that built it: k.covPass says which
// (covorigin.go). A right operand that reads a variable (n.cupVar) costs
// on the node its value was noted with, if any.
func covCupRight(x cx, n *CovNode, o *covOrigins) cx {
	fn := x.fn
	x.fn = func(k *ctx) (value.Value, error) {
		left := k.covLeft
		k.covLeft = nil
		v, err := fn(k)
		if err != nil || k.covMute != 0 {
			return v, err
		}
		target := n
		if n.cupVar {
			target = o.of(v)
		}
		if cupEmpty(left) {
			k.covPass = target
			return v, err
		}
		if target == nil || !cupAdds(left) {
			return v, err
		}
		if s, ok := v.(value.SetValue); ok {
			if size, err := s.Size(); err == nil {
				o.charge(target, int64(size)+1)
			}
		}
		return v, err
	}
	return x
}

// cupEmpty reports whether the left operand's value l is an empty
// enumerated set (TLC's union is then the right operand's value).
func cupEmpty(l value.Value) bool {
	switch l := l.(type) {
	case *value.SetV:
		return l.Len() == 0
	case *value.IntervalV:
		n, err := l.Size()
		return err == nil && n == 0
	}
	return false
}

// cupAdds reports whether TLC's \cup with the left operand's value l
// enumerates the right one: l is a non-empty SetEnumValue or interval.
func cupAdds(l value.Value) bool {
	switch l := l.(type) {
	case *value.SetV:
		return l.Len() > 0
	case *value.IntervalV:
		n, err := l.Size()
		return err == nil && n > 0
	}
	return false
}
