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

// CovStep is one item of an action TLC keeps whole in the order its tree
// lists them: a leaf of the static split (Leaf >= 0), or what TLC evaluates
// to enter a \E or an application (Part), after its body.
type CovStep struct {
	Leaf int
	Part *CovNode
}

// covOrderItem is an item of the split in the order its tree is walked
// (post-order: a leaf, then, when a \E or an application is done, its
// tree, which may be nil).
type covOrderItem struct {
	leaf int
	key  covPartKey
	part *CovNode
	done bool // the end of a \E or application (key)
}

// covOrderLeaf and covOrderDone record the split's walk (under coverage).
func (c *compiler) covOrderLeaf(i int) {
	if c.covOn {
		c.covOrder = append(c.covOrder, covOrderItem{leaf: i})
	}
}

func (c *compiler) covOrderDone(pos token.Pos, lo int, part *CovNode) {
	if c.covOn {
		c.covOrder = append(c.covOrder, covOrderItem{leaf: -1, key: covPartKey{pos, lo}, part: part, done: true})
	}
}

// StepsOf are the items of the action a TLC keeps whole, in TLC's order:
// its leaves, each \E's set and each application's arguments after the
// body they enter (TLC lists the tree of an action of an instance with
// substitutions so, the \E it does not expand and the applications it does
// not go into included). Nil when a is not such an action.
func (cv *Coverage) StepsOf(a *TLCAction) []CovStep {
	if cv == nil || a == nil || !a.Opaque() {
		return nil
	}
	start, end := -1, -1
	for i, it := range cv.order {
		if start < 0 && it.leaf == a.Lo {
			start = i
		}
		if start >= 0 && it.done && it.key == (covPartKey{a.Pos, a.Lo}) {
			end = i
			break
		}
	}
	if start < 0 || end < 0 {
		return nil
	}
	return covSteps(cv.order[start:end])
}

// covSteps are the leaves and parts among items, in their order.
func covSteps(items []covOrderItem) []CovStep {
	var out []CovStep
	for _, it := range items {
		switch {
		case it.leaf >= 0:
			out = append(out, CovStep{Leaf: it.leaf})
		case it.part != nil:
			out = append(out, CovStep{Leaf: -1, Part: it.part})
		}
	}
	return out
}

// covSubstOf is the range of the INSTANCE statement when en is the
// context of an instance with substitutions: TLC reaches a SPECIFICATION
// defined there through a SubstInNode, and its report locates the initial
// predicate there (as a part of its entry) and makes all of Next one action
// there, named "Action".
func (c *compiler) covSubstOf(en cenv) [2]token.Pos {
	ctx := c.env(en).ctx
	if ctx == nil || len(ctx.subst) == 0 || ctx.inst == nil {
		return [2]token.Pos{}
	}
	end, ok := c.spans.End(lastOfInstance(ctx.inst))
	if !ok {
		return [2]token.Pos{}
	}
	return [2]token.Pos{ctx.stmt, end}
}

// SpecSubst is, when the next-state relation is written in an instance
// with substitutions that TLC reaches through the SPECIFICATION (a
// SubstInNode), the range of the INSTANCE statement: TLC's report then has
// one action for all of Next, located there, whose tree AllSteps lists.
func (cv *Coverage) SpecSubst() (from, to token.Pos, ok bool) {
	if cv == nil {
		return
	}
	return cv.nextSubst[0], cv.nextSubst[1], cv.nextSubst[0].IsValid()
}

// InitSubst is SpecSubst for the initial predicate.
func (cv *Coverage) InitSubst() (from, to token.Pos, ok bool) {
	if cv == nil {
		return
	}
	return cv.initSubst[0], cv.initSubst[1], cv.initSubst[0].IsValid()
}

// AllSteps are all the leaves of the split, with the sets and arguments
// of its \E and applications, in TLC's order (StepsOf).
func (cv *Coverage) AllSteps() []CovStep {
	if cv == nil {
		return nil
	}
	return covSteps(cv.order)
}
