package eval

import (
	"sync"
	"sync/atomic"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// Coverage of a LAMBDA passed as an operator argument and applied through
// the parameter (Pick(T, P(_)) == CHOOSE e \in T : P(e) /\ ..., applied to
// LAMBDA s : s = y % 2). TLC's CostModelCreator connects the LAMBDA's body
// to each application P(e) of the parameter: one node for the body, made
// where the LAMBDA is (an argument of the application of Pick, listed
// after Pick's body and the arguments before it), is also a child of each
// P(e), after P(e)'s own arguments; being one node, it counts every
// evaluation of the body and is printed with that count in each place.
//
// Inside a LET definition that TLC's successor generator evaluates at
// each use (covlet.go), the connection is not made: each node of the
// body, not found under P(e), counts on P(e) itself
// (OpApplNodeWrapper.get answers with itself). CigaretteSmokers'
// stopSmoking: P(x) counts 30 for its 6 applications (itself,
// smokers[x].smoking, smokers[x], smokers and x: five nodes each time),
// and x under it 6.

// covLambdaArgs makes, when one of the arguments args of the application
// of d (the current node) is a LAMBDA, the nodes of d's body and of the
// arguments in TLC's order, before the body is compiled: a LAMBDA's node
// is its body's.
func (c *compiler) covLambdaArgs(d *ast.OpDef, args []ast.Expr) {
	n := c.cov
	if n == nil {
		return
	}
	has := false
	for _, a := range args {
		if _, ok := ast.Unparen(a).(*ast.Lambda); ok {
			has = true
		}
	}
	if !has {
		return
	}
	covPreMake(n, d.Body)
	for _, a := range args {
		if l, ok := ast.Unparen(a).(*ast.Lambda); ok {
			if covKind(l.Body) {
				n.child(l.Body, l.Body, l.Body)
			}
			continue
		}
		covPreMake(n, a)
	}
}

// covLambdaApp compiles the body x of the LAMBDA b.arg applied at the
// current node (the application's), in xen, whose innermost scopes bind
// the LAMBDA's parameters: the parameters' arguments are listed under the
// application, then the LAMBDA's body's node (or, in a LET evaluated at
// each use, the body's nodes count on the application). ok is false when
// b.arg is not a LAMBDA or there is no current node.
func (c *compiler) covLambdaApp(b *scope, x ast.Expr, xen cenv, pos token.Pos) (cx, bool) {
	l, isLam := ast.Unparen(b.arg).(*ast.Lambda)
	call := c.cov
	if !isLam || call == nil {
		return cx{}, false
	}
	// The innermost len(l.Params) scopes of xen are the ones operandCall
	// allocated for this application alone (b.arg is the LAMBDA itself,
	// bound at its first step), so setting their node changes no other
	// compilation's scopes.
	sc := xen.sc
	for range l.Params {
		sc.cov = call
		sc = sc.parent
	}
	if app := b.cov; app != nil && c.covLetUses == 0 && covKind(x) && x == l.Body {
		body := app.child(x, x, x)
		c.cov = body
		out := c.inline(pos, func() cx { return c.expr(x, xen) })
		c.cov = call
		if _, ok := call.byKey[x]; !ok {
			if call.byKey == nil {
				call.byKey = map[any]*CovNode{}
			}
			call.byKey[x] = body
			call.Children = append(call.Children, body)
		}
		return out, true
	}
	scratch := &CovNode{}
	c.cov = scratch
	body := c.inline(pos, func() cx { return c.expr(x, xen) })
	c.cov = call
	fn := body.fn
	warn := covMismatchOnce(c.covMismatch, scratch, call)
	body.fn = func(k *ctx) (value.Value, error) {
		before := scratch.total()
		v, err := fn(k)
		call.count.Add(scratch.total() - before)
		warn()
		return v, err
	}
	body.into = nil
	return body, true
}

// covMismatchOnce is what tells report of the nodes of scratch (the
// body's, counting on call) evaluated for the first time, in the order of
// the tree (TLC warns at the first failed lookup of each expression under
// each node, in the order it evaluates them).
func covMismatchOnce(report func(expr, into *CovNode), scratch, call *CovNode) func() {
	if report == nil {
		return func() {}
	}
	var mu sync.Mutex
	var all atomic.Bool // every node reported: nothing left to walk
	seen := map[*CovNode]bool{}
	var walk func(n *CovNode) bool
	walk = func(n *CovNode) bool {
		done := true
		for _, m := range n.Children {
			if !seen[m] {
				if m.count.Load() > 0 {
					seen[m] = true
					report(m, call)
				} else {
					done = false
				}
			}
			if !walk(m) {
				done = false
			}
		}
		return done
	}
	return func() {
		if all.Load() {
			return // the common case once each node was evaluated: no lock, no walk
		}
		mu.Lock()
		defer mu.Unlock()
		if walk(scratch) {
			all.Store(true)
		}
	}
}

// total is the sum of the counts of the tree n.
func (n *CovNode) total() int64 {
	t := n.count.Load()
	for _, m := range n.Children {
		t += m.total()
	}
	return t
}
