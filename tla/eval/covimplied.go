package eval

import "github.com/wspcycle/wspcycle/tla/ast"

// A PROPERTY []P whose P is a state predicate is checked by TLC as an
// invariant (an Action whose predicate is P, declared by no name), and
// reported with the invariants: headed "<Action" and P's range ">", then
// P's tree, counted once per state checked (Examples' Prisoners' Safety ==
// [](Done => ...): "<Action line 170, col 6 to line 170, col 67 of module
// Prisoners>").

// covImplied records root, the tree of P, for the invariant about to be
// added to the Spec's.
func (b *builder) covImplied(root *CovNode, p ast.Expr) {
	if root == nil {
		return
	}
	n := len(b.sp.Invariants)
	for len(b.covInv) < n {
		b.covInv = append(b.covInv, nil)
	}
	for len(b.covImpliedBy) < n {
		b.covImpliedBy = append(b.covImpliedBy, nil)
	}
	b.covInv = append(b.covInv[:n], root)
	b.covImpliedBy = append(b.covImpliedBy[:n], p)
}
