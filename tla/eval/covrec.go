package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/value"
)

// Coverage of a function definition f[x \in S] == e written in a LET, as
// TLC counts it. SANY makes the definition an operator f whose body is the
// function constructor [x \in S |-> e], and TLC's walk over a LET meets
// its definitions before its body: the constructor's node (from f's name
// to the end of e) is a child of the node the LET is under, listed before
// the LET's body, and holds e's nodes and then S's. Evaluating the LET
// binds f to a lazy value, which builds the function (a FcnLambdaValue)
// the first time f is needed: the constructor and S count once per
// evaluation of the LET that uses f, and e counts once per application,
// the recursive ones included (they apply the function already built).
// Tokens' Sum: S[D \in SUBSET DOMAIN f] == ... is 40 (the invariant's
// evaluations), SUBSET DOMAIN f 40 and the IF of the body 160 (four
// applications each).

// covLetFcn gives the LET function definition r (d) its node under the
// current one and a slot, cleared each time the LET is entered, that tells
// the first use of f in that evaluation from the next ones. It returns the
// slot, or -1 without coverage.
func (c *compiler) covLetFcn(r *recFcn, d *ast.FuncDef) int {
	if c.cov == nil {
		return -1
	}
	r.cov = c.cov.child(d, d.Name, d.Body)
	if c.covLetsAtUse != nil {
		for _, u := range c.covLetsAtUse.Defs {
			if u == ast.Unit(d) {
				// Listed under its last use (covletroot.go).
				r.cov = &CovNode{From: d.Name, To: d.Body, key: d}
				r.covLinked = true
			}
		}
	}
	covPreMake(r.cov, d.Body)
	for _, b := range d.Bounds {
		if b != nil && b.Set != nil {
			covPreMake(r.cov, b.Set)
		}
	}
	r.covSlot = c.newSlot()
	return r.covSlot
}

// A function definition of the module is an operator whose body is the
// constructor too, but TLC evaluates it at each use (a definition is only
// evaluated once when it is constant, and then counts nothing), and walks
// it once per tree: its constructor is a child of the name's node where
// the tree first applies it, and counts, with the name, each application
// from outside the function (RecFcn's Fact[x]: Fact, its constructor and
// its domain 5, the IF of its body 15).

// covModuleFcn places the module's function definition r, applied by its
// name id, in the tree being built the first time the tree applies it
// (moduleRec gives each tree its own r).
func (c *compiler) covModuleFcn(r *recFcn, id *ast.Ident) {
	if c.cov == nil || r.compiled || r.cov != nil {
		return
	}
	d := r.def
	name := c.cov.child(id, id, id)
	r.cov = name.child(d, d.Name, d.Body)
	r.covName = name
	r.covSlot = -1
	covPreMake(r.cov, d.Body)
	for _, b := range d.Bounds {
		if b != nil && b.Set != nil {
			covPreMake(r.cov, b.Set)
		}
	}
	c.compileRec(r)
	if r.ready && r.stateDep()&(depState|depNext|depRun) == 0 {
		// A constant definition: TLC evaluated it before the search,
		// and its applications count nothing in it.
		name.Children = name.Children[:len(name.Children)-1]
		delete(name.byKey, d)
		r.cov, r.covName = nil, nil
	}
}

// covBuild reports whether this use of r builds its function, as TLC does
// at the first use in an evaluation of the LET (counting the constructor
// then): only then is the domain evaluated, and counted. Always true for
// a definition without a coverage node.
func (r *recFcn) covBuild(k *ctx) bool {
	if r.cov == nil {
		return true
	}
	if r.covSlot < 0 {
		if k.recActive[r.id] > 0 {
			return false
		}
	} else {
		if k.env[r.covSlot] != nil {
			return false
		}
		k.env[r.covSlot] = value.True
	}
	if k.covMute == 0 {
		r.cov.count.Add(1)
		if r.covName != nil {
			r.covName.count.Add(1)
		}
	}
	return true
}

// domainSet evaluates the domain binder b's set for an application of r,
// counted only when the application built the function (covBuild).
func (r *recFcn) domainSet(k *ctx, b *binder, build bool) (value.SetValue, error) {
	if build {
		return evalSet(k, b.set)
	}
	v, err := evalMuted(k, b.set.fn)
	if err != nil {
		return nil, err
	}
	return asSet(v, b.set.pos)
}

// An argument a RECURSIVE operator takes by name (a function definition
// passed as g of SumTo(g, k)) is not evaluated where it is written: the
// body, compiled once for every application, reads the function through
// its name. TLC evaluates it as any argument (LazyValue), so its node, a
// child of the application's after the body's and in the order of the
// arguments, counts the applications of this one whose body reads it
// (CovRecArg: SumTo(f, x) lists f with 9, as x; covrecarg.go).
