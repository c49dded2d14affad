package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// TLC's coverage report has one entry per action of its own split of Next
// (TLCActions). An action TLC keeps whole, a \E whose set reads the state
// or an application whose arguments read it, lists below its body's nodes
// the nodes TLC evaluates to enter it: the \E's set, evaluated once per
// state (and per binding of an enclosing \E TLC expanded), or the
// application's arguments, evaluated once per application (TLC's context
// binds each to a lazy value). The static split compiles these outside any
// action's tree: each gets a tree of its own here, keyed by the \E or the
// application (its position and first leaf, as TLCAction has them).

// covPartKey identifies a \E or an application of the static split.
type covPartKey struct {
	pos token.Pos
	lo  int
}

// PartOf is the tree of what TLC evaluates to enter the action a (a \E's
// set, an application's arguments) beyond the leaves' trees: nil when a is
// not one TLC keeps whole, or without coverage.
func (cv *Coverage) PartOf(a *TLCAction) *CovNode {
	if cv == nil || a == nil || !a.Opaque() {
		return nil
	}
	return cv.parts[covPartKey{a.Pos, a.Lo}]
}

// covPart makes the tree of the \E or application at pos whose leaves
// start at the next leaf, and makes it the current node while f compiles
// its sets or binds its arguments. Without coverage it only runs f.
func (c *compiler) covPart(pos token.Pos, f func()) *CovNode {
	if !c.covOn {
		f()
		return nil
	}
	root := &CovNode{evalApp: true}
	saved, savedTop := c.cov, c.covTop
	c.cov, c.covTop = root, root
	f()
	c.cov, c.covTop = saved, savedTop
	if c.covParts == nil {
		c.covParts = map[covPartKey]*CovNode{}
	}
	c.covParts[covPartKey{pos, c.nsplit}] = root
	return root
}

// covMarkApp records, on the first leaf of the application's tree (the
// first sAction of tree), the root of its arguments' tree: entering that
// leaf is one more application, after which an argument counts again once
// (covArg's epoch is the root's count).
func covMarkApp(tree []step, lo int, root *CovNode) {
	if root == nil {
		return
	}
	for i := range tree {
		st := &tree[i]
		if st.kind == sAction {
			if st.v == lo {
				st.covApps = append(st.covApps, root)
			}
			return
		}
		for _, br := range st.branches {
			covMarkApp(br, lo, root)
		}
	}
}

// covAppsEntered counts one application on each root of st.
func covAppsEntered(k *ctx, st *step) {
	if k.covMute != 0 {
		return
	}
	for _, r := range st.covApps {
		r.count.Add(1)
	}
}

// covAppArgs reports whether e is an application whose arguments the split
// binds (an operator with parameters).
func covAppArgs(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.OpApp:
		return len(e.Args) > 0
	case *ast.ModRef:
		return len(e.Args) > 0
	}
	return false
}
