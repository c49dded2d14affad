package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// A binder's set L \ R (or L \cap R) that a quantifier, set map or set
// filter enumerates: TLC's SetEnumValue.diff (and .cap) keeps the left
// operand's CostModel, so enumerating the result costs, each element and
// the end, on the node that built L: L's set constructor, or the body of
// the definition the cfg replaces L's name by (Examples' Echo:
// \A n \in Node \ {initiator} with Node <- N1 costs 3:9 on N1's set).

// covDiffEnum marks the binder's set e (under n) when it is such a
// difference or intersection.
func covDiffEnum(n *CovNode, e ast.Expr) {
	b, ok := ast.Unparen(e).(*ast.Binary)
	if !ok || (b.Op != token.SETMINUS && b.Op != token.CAP) {
		return
	}
	n.child(b, b, b).diffEnum = true
}

// covDiffEnumWrap is x, the binder's set b (node n, diffEnum), costing
// each evaluation's enumeration on the node of b's left operand's set,
// when it is one TLC keeps.
func (c *compiler) covDiffEnumWrap(x cx, n *CovNode, b *ast.Binary) cx {
	l := ast.Unparen(b.X)
	var m *CovNode
	if setConstructor(l) {
		m = n.byKey[l]
	} else {
		m = covOverrideBody(n, l)
	}
	if m == nil {
		return x
	}
	o := c.origins
	fn := x.fn
	x.fn = func(k *ctx) (value.Value, error) {
		v, err := fn(k)
		if err == nil && k.covMute == 0 {
			if s, ok := v.(*value.SetV); ok {
				o.charge(m, int64(s.Len())+1)
			}
		}
		return v, err
	}
	x.into = nil
	return x
}
