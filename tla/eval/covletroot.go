package eval

import "github.com/wspcycle/wspcycle/tla/ast"

// A LET definition whose body is itself a LET, in a LET at the root of a
// tree (an invariant's body: Examples' Prisoners' CountInvariant ==
// LET totalSwitched == LET sum[S \in ...] == ... IN sum[OtherPrisoner]
// ...). Tool.eval binds totalSwitched to a LazyValue whose node is what
// the root answers for the inner LET: the root (ActionWrapper.get) answers
// for a LetInNode with its body's node. The inner LET's definitions are
// then looked up under that body's node, where CostModelCreator put them
// among its "lets": the subtree of the definition walked under its use in
// the body (the last use walked). So the inner definitions count under
// their use (sum's constructor under the name sum of sum[OtherPrisoner]),
// still evaluated once per evaluation of the LET, and nothing where the
// inner LET is.

// covRootLet reports whether the use of the LET definition b is such a
// case: b was bound under a tree's root and its body is a LET. It then
// marks that LET (covLetsAtUse) for letScopeMemo.
func (c *compiler) covRootLet(b *scope) {
	if b.cov == nil || b.cov.From != nil || b.cov.key != nil {
		return
	}
	if inner, ok := ast.Unparen(b.op.Body).(*ast.Let); ok {
		c.covLetsAtUse = inner
	}
}

// covLastUse gives a definition of a marked LET (covLetsAtUse) its node,
// not yet listed anywhere: each use lists it under itself (covLink).
func (c *compiler) covLastUse(e *ast.Let, key any, from, to ast.Expr) *CovNode {
	if c.cov == nil || c.covLetsAtUse != e {
		return nil
	}
	return &CovNode{From: from, To: to, key: key}
}

// covLink lists n under the current node (the use's), taking it from where
// an earlier use listed it.
func (c *compiler) covLink(n *CovNode) {
	p := c.cov
	if p == nil || n == nil || n.parent == p {
		return
	}
	if old := n.parent; old != nil {
		for i, m := range old.Children {
			if m == n {
				old.Children = append(old.Children[:i:i], old.Children[i+1:]...)
				break
			}
		}
		delete(old.byKey, n.key)
	}
	if p.byKey == nil {
		p.byKey = map[any]*CovNode{}
	}
	p.byKey[n.key] = n
	p.Children = append(p.Children, n)
	n.parent = p
}

// covLinkFcn lists the function definition r of a marked LET under the
// name id of this application, unless the application is r's own
// (recursive, met while r's body compiles).
func (c *compiler) covLinkFcn(r *recFcn, id *ast.Ident) {
	if !r.covLinked || c.cov == nil || (r.compiled && !r.ready) {
		return
	}
	name := c.cov.child(id, id, id)
	saved := c.cov
	c.cov = name
	c.covLink(r.cov)
	c.cov = saved
	r.covName = name
}
