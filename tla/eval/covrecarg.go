package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/value"
)

// An argument a RECURSIVE operator takes by name (covrec.go) is, in TLC,
// a LazyValue of the application: evaluated, and its node counted, the
// first time the body reads the parameter, not at the application. An
// application whose body never reads it (Sum(f, S) at S = {}) does not
// count it, so the node of f in Sum(f, S \ {x}) counts fewer than its
// application (Examples' Chameneos: 56532 of 75376), and TLC's report
// then lists that subtree in full. When the argument is the same
// parameter of an enclosing application of the operator (f passed on in
// its own body), reading it evaluates that one's LazyValue in turn.

// covRecParam marks a parameter i of the compiled recursive operator id
// that is bound by name, or (r set) a value parameter of r, under
// coverage.
type covRecParam struct {
	id, i int
	r     *recOp
}

// covRecFrame is what an application of a recursive operator has still
// to count: nodes[i] the node of its argument i until the body first reads
// parameter i; through[i] marks an argument that is parameter i of the
// enclosing application (outer) of the same operator. For the value
// parameters (covreclazy.go): lazy[i] the argument i, counted, until the
// body first reads the parameter, and env the caller's values of the
// body's slots when the caller is an enclosing application.
type covRecFrame struct {
	nodes   []*CovNode
	through []bool
	outer   *covRecFrame
	lazy    []cx
	env     []value.Value
	envErrs []error
}

// covRecCall gives the application e of the recursive operator r (d) the
// nodes of its arguments taken by name, indexed by parameter, under the
// current node, and marks those passed through from the same parameter of
// an enclosing application; nil without coverage or when there are none.
func (c *compiler) covRecCall(e *ast.OpApp, d *ast.OpDef, r *recOp, argEnv cenv) *covRecFrame {
	if c.cov == nil {
		return nil
	}
	var f *covRecFrame
	for i, a := range e.Args {
		if i >= len(r.slots) || r.slots[i] >= 0 || paramArity(d, i) != 0 || !covKind(a) {
			continue
		}
		if f == nil {
			f = &covRecFrame{nodes: make([]*CovNode, len(e.Args)), through: make([]bool, len(e.Args))}
		}
		f.nodes[i] = c.cov.child(a, a, a)
		if id, ok := ast.Unparen(a).(*ast.Ident); ok {
			if b := argEnv.sc.lookup(id.Name); b != nil && b.covRec != nil && b.covRec.id == r.id && b.covRec.i == i {
				f.through[i] = true
			}
		}
	}
	return f
}

// covRecEnter starts the application's frame (a fresh copy of f's nodes;
// lazy, env and envErrs as covRecLazyFrame gives them) for operator id and
// returns what ends it.
func covRecEnter(k *ctx, id int, f *covRecFrame, lazy []cx, env []value.Value, envErrs []error) func() {
	if k.covMute != 0 {
		return func() {}
	}
	if k.covRec == nil {
		k.covRec = map[int]*covRecFrame{}
	}
	outer := k.covRec[id]
	g := &covRecFrame{outer: outer, lazy: lazy, env: env, envErrs: envErrs}
	if f != nil {
		g.nodes, g.through = append([]*CovNode(nil), f.nodes...), f.through
	}
	k.covRec[id] = g
	return func() { k.covRec[id] = outer }
}

// covRecRead counts, at a read of the parameter p, the argument of the
// current application of p's operator if not yet counted, and those of the
// enclosing applications it was passed through from.
func covRecRead(x cx, p *covRecParam) cx {
	fn := x.fn
	x.fn = func(k *ctx) (value.Value, error) {
		if k.covMute == 0 && k.covRec != nil {
			for f := k.covRec[p.id]; f != nil && p.i < len(f.nodes) && f.nodes[p.i] != nil; f = f.outer {
				f.nodes[p.i].count.Add(1)
				f.nodes[p.i] = nil
				if !f.through[p.i] {
					break
				}
			}
		}
		return fn(k)
	}
	x.into = nil
	return x
}

// covRecUse is x, a use of the name (a function applied, its DOMAIN)
// that the compiler resolves through the parameters bound by name to the
// function itself, counting the argument when the name is such a
// parameter of a recursive operator.
func (c *compiler) covRecUse(x cx, name string, en cenv) cx {
	if c.cov == nil {
		return x
	}
	if b := en.sc.lookup(name); b != nil && b.kind == bArg && b.covRec != nil {
		return covRecRead(x, b.covRec)
	}
	return x
}
