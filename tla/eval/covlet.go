package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// Coverage of the LET definitions TLC's successor generator and initial
// state generator meet. Tool.getNextStates and Tool.getInitStates walk a
// LET by walking its body only: they bind none of its definitions (only
// Tool.eval's LET binds a definition without parameters to a LazyValue,
// evaluated once and counted where the LET is). A use of the definition
// in such a LET's body therefore looks the name up as the operator
// itself: each use evaluates the body anew, under the use's own node
// (TLC's tree holds the body under every application of the name, as
// for any operator), and nothing is counted where the LET is.
// CigaretteSmokers: stopSmoking's LET r == ChooseOne(...) IN smokers' =
// [smokers EXCEPT ![r]...] lists ChooseOne's tree under r; Cat's
// Observe_Box lists next_box's IF under each of its three uses, each
// counting that use's evaluations.
//
// A LAMBDA inside such a definition is connected to the applications of
// its parameter (covlambda.go) only when the LET is one TLC's split of
// Next peels (Tool.getActions: Next == LET r == Pick(S, LAMBDA ...) IN
// ..., CovLamLet): the action is the LET's body, so CostModelCreator
// never meets the LetInNode and walks r's body at its use as any
// operator's. When the LET is inside an action (a conjunct, as
// CigaretteSmokers' stopSmoking), CostModelCreator's walk meets it and
// TLC's lookups of the LAMBDA's nodes fail (warning 2776).

// covLetAtUse reports whether the definition d (scope sc) of the LET e
// is one of those, and marks sc so: e is the LET the action compiler is
// binding (covWalkLet), coverage is on and d has no parameters (one with
// parameters is expanded at each application in any case). Not in the
// liveness checker's code (covlive.go): TLC's enabled and eval bind the
// definition to a LazyValue, evaluated once per evaluation of the LET
// (LC12: a LET's set filter over a stored set in WF_v(Next)'s action
// enumerates the set once per ENABLED or step, twice per search's
// generation).
func (c *compiler) covLetAtUse(e *ast.Let, d *ast.OpDef, sc *scope) bool {
	if !c.covOn || c.covInSink || c.covWalkLet != e || len(d.Params) > 0 {
		return false
	}
	sc.covAtUse = true
	sc.covSplit = c.covSplitLet == e
	sc.cov = nil
	return true
}

// covLetUse compiles a use of such a definition b at pos: its body,
// inline, under the current node (the use's), evaluated at each use.
func (c *compiler) covLetUse(b *scope, pos token.Pos, en cenv) cx {
	oe := en
	oe.sc = b.opEnv
	oe.at = -1
	if !b.covSplit {
		c.covLetUses++
		defer func() { c.covLetUses-- }()
	}
	return c.inline(pos, func() cx { return c.expr(b.op.Body, oe) })
}
