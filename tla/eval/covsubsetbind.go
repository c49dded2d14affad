package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// The subsets a binder takes from SUBSET T keep SUBSET T's node: TLC's
// SubsetValue enumerators build each subset as a SetEnumValue with the
// SubsetValue's CostModel, so each later enumeration of a subset, by
// whatever expression, costs there (each element and the end). As
// covSubsetOf does for x \in SUBSET T of an action, a binder over SUBSET T
// (\E S \in SUBSET T, \A, CHOOSE, a set map or filter) notes each subset
// it binds (covOrigins.note), for the expressions that find a set's node
// where TLC enumerates it: MissionariesAndCannibals' \E S \in SUBSET
// who_is_on_bank[bank_of_boat] : Move(S, bank_of_boat), whose
// who_is_on_bank[OtherBank(b)] \cup S enumerates S (CovSubsetBind).

// covSubsetNote is, under coverage, what notes the values a binder over
// the set e takes when e is SUBSET T with a node under the current one;
// nil otherwise.
func (c *compiler) covSubsetNote(e ast.Expr) func(value.Value) value.Value {
	if c.cov == nil || e == nil {
		return nil
	}
	u, ok := covUnwrap(e).(*ast.Unary)
	if !ok || u.Op != token.SUBSET {
		return nil
	}
	n := c.cov.byKey[u]
	if n == nil {
		return nil
	}
	o := c.origins
	return func(v value.Value) value.Value { return o.note(v, n) }
}

// covOriginEnumBound marks the node of e, under n, when e names a value
// bound by an operator's parameter or a quantifier and the construct of n
// enumerates it whole (\subseteq's left operand, x of x \in SUBSET T): a
// set noted with a node (a subset a binder took, one a \cup passed on or
// a \ or \cap kept) costs there each element and the end
// (MissionariesAndCannibals' IsSafe(S) == S \subseteq Cannibals \/ ...,
// applied to a bank that is a subset S itself). Binders' sets are not
// marked: they cost what their loops fetch (covBoundOrigin).
func (c *compiler) covOriginEnumBound(n *CovNode, e ast.Expr, en cenv) {
	if n == nil {
		return
	}
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return
	}
	if b := en.sc.lookup(id.Name); b == nil || (b.kind != bArg && b.kind != bSlot) {
		return
	}
	n.child(id, id, id).originEnum = true
}

// covSubseteq marks the operands of X \subseteq Y (node n) when X reads a
// value whose node may have been noted: a variable, a value inside a
// function or record, a name bound by a parameter or a quantifier. TLC's
// isSubsetEq enumerates X's value up to its first element not in Y's, or
// to its end, each fetch costing on the node X's value keeps
// (covSubseteqRight); without a node for Y, X's whole enumeration is
// costed (covOriginEnum).
func (c *compiler) covSubseteq(n *CovNode, x, y ast.Expr, en cenv) {
	if n == nil {
		return
	}
	x, y = ast.Unparen(x), ast.Unparen(y)
	if !covKind(y) {
		c.covOriginEnum(n, x, en)
		c.covOriginEnumBound(n, x, en)
		return
	}
	before := len(n.Children)
	c.covOriginEnum(n, x, en)
	c.covOriginEnumBound(n, x, en)
	if len(n.Children) == before && !n.byKey[x].isOriginEnum() {
		return
	}
	l := n.byKey[x]
	l.originEnum = false
	l.seqLeft = true
	n.child(y, y, y).seqRight = true
}

func (n *CovNode) isOriginEnum() bool { return n != nil && n.originEnum }

// covSubseqLeft notes the value of \subseteq's left operand for its right
// one.
func covSubseqLeft(x cx, n *CovNode) cx {
	if !n.seqLeft {
		return x
	}
	fn := x.fn
	x.fn = func(k *ctx) (value.Value, error) {
		v, err := fn(k)
		k.covSubLeft = v
		return v, err
	}
	x.into = nil
	return x
}

// covSubseteqRight costs, after \subseteq's right operand (node n) is
// evaluated, what TLC's isSubsetEq fetched from the left operand's value
// on the node that value was noted with.
func covSubseteqRight(x cx, n *CovNode, o *covOrigins) cx {
	if !n.seqRight {
		return x
	}
	fn := x.fn
	x.fn = func(k *ctx) (value.Value, error) {
		left := k.covSubLeft
		k.covSubLeft = nil
		v, err := fn(k)
		if err != nil || k.covMute != 0 || left == nil {
			return v, err
		}
		m := o.of(left)
		r, ok := v.(value.SetValue)
		if m == nil || !ok {
			return v, err
		}
		elems := left.(*value.SetV).Elems()
		fetched := int64(len(elems)) + 1
		for i, e := range elems {
			in, err := r.Member(e)
			if err != nil {
				return v, nil // the \subseteq fails and says so
			}
			if !in {
				fetched = int64(i) + 1
				break
			}
		}
		o.charge(m, fetched)
		return v, err
	}
	x.into = nil
	return x
}

// covCupPassOn marks the \cup of node n to pass on the node of its right
// operand's value when its left operand is empty, wherever the \cup is:
// TLC's union is then that value itself, which keeps its CostModel
// (covCupRight), so that a later enumeration of the union, through a LET
// or a parameter (MissionariesAndCannibals' newOtherBank ==
// who_is_on_bank[OtherBank(b)] \cup S, then IsSafe(newOtherBank)), costs
// there.
func covCupPassOn(n *CovNode) {
	if n != nil {
		n.cupPass = true
	}
}

// boundsNoted is bounds for the constructs whose variables take their
// values from their sets' enumerators (quantifiers, CHOOSE, set maps and
// filters, an action's \E and \A), each binder over SUBSET T noting the
// subsets it binds. A function's binders are not: TLC applies a function,
// a recursive one above all, to the arguments it is given, which no
// enumerator built (Tokens' S[D \in SUBSET DOMAIN f]).
func (c *compiler) boundsNoted(bs []*ast.Bound, en cenv) ([]binder, cenv) {
	out, ben := c.bounds(bs, en)
	for i := range out {
		if !out[i].tuple {
			out[i].covNote = c.covSubsetNote(out[i].expr)
		}
	}
	return out, ben
}
