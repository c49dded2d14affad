package eval

import (
	"io"
	"maps"
	"slices"

	"github.com/wspcycle/wspcycle/tla/ast"
)

// The printing definitions of an instantiated module are evaluated at
// load as TLC's processConstantDefns evaluates them (rev cc6b616; probes
// I1-I10), and are values afterwards, printing nothing where they are
// used:
//
//   - a module instantiated without parameters (no CONSTANT, no
//     VARIABLE) is processed on its own first: its definitions in order,
//     each printing once (randomConstants);
//   - I == INSTANCE M [WITH ...] then stands, at its place among the
//     definitions of the module holding it, for M's definitions I!Op,
//     evaluated in the reverse of their order, each printing once when of
//     constant level (I!D with D == PrintT(K), K <- x, is not, and prints
//     at each use). Inside one, a definition of M it uses is M's own
//     value when M was processed on its own (quiet), and is evaluated
//     again, printing, when M has parameters;
//   - an unnamed INSTANCE M of a module without parameters gives the
//     root its definitions with M's values: nothing more is printed.
//
// A definition with parameters, or of an instance with parameters
// (I(k) == INSTANCE M), is not evaluated at load.

// instancePrints evaluates the printing definitions I!Op of the instance
// definition u (without parameters) of the module context at, in TLC's
// order.
func (c *compiler) instancePrints(u *ast.InstanceDef, at cenv) {
	m := c.prog[u.Inst.Module.Name]
	if m == nil {
		return
	}
	printed := c.printingDefs(m)
	quietInner := !c.hasParams(m, map[*ast.Module]bool{})
	ref := func(d *ast.OpDef) ast.Expr {
		return &ast.ModRef{Path: []*ast.RefStep{{Name: u.Name}}, Name: d.Name}
	}
	for i := len(printed) - 1; i >= 0; i-- {
		d := printed[i]
		before := maps.Clone(c.cache)
		if quietInner {
			undo := c.run.Replaying(io.Discard)
			for _, e := range printed[:i] {
				c.evalPrintDef(e, ref(e), at)
			}
			undo()
		}
		c.evalPrintDef(d, ref(d), at)
		// What d used of the definitions before it was evaluated for d
		// only: each is evaluated again, printing, in its own turn.
		for k := range c.cache {
			if _, ok := before[k]; !ok && slices.Contains(printed[:i], k.d) {
				delete(c.cache, k)
			}
		}
	}
}

// unnamedInstancePrints gives the root the values of the printing
// definitions of M, instantiated without a name, when M has no
// parameters: evaluated quietly (M printed them when it was processed on
// its own).
func (c *compiler) unnamedInstancePrints(u *ast.Instance, at cenv) {
	m := c.prog[u.Module.Name]
	if m == nil || len(u.With) > 0 || c.hasParams(m, map[*ast.Module]bool{}) {
		return
	}
	undo := c.run.Replaying(io.Discard)
	defer undo()
	for _, d := range c.printingDefs(m) {
		if x, ok := c.lookupName(d.Name.Name, at); ok && x.node == ast.Node(d) {
			c.evalPrintDef(d, d.Name, at)
		}
	}
}

// printingDefs lists the definitions without parameters of m (and the
// modules it extends), not LOCAL, that print, in order.
func (c *compiler) printingDefs(m *ast.Module) []*ast.OpDef {
	names := map[string]bool{}
	var out []*ast.OpDef
	for _, d := range c.moduleDefs(m, map[*ast.Module]bool{}) {
		if !usesAny(d.Body, printingOps, names) {
			continue
		}
		names[d.Name.Name] = true
		if len(d.Params) == 0 && !d.Local {
			out = append(out, d)
		}
	}
	return out
}

// evalPrintDef evaluates the definition d, named by e in at, as a
// printing definition (its value folded when of constant level, printing
// then), and leaves d printing at each evaluation elsewhere.
func (c *compiler) evalPrintDef(d *ast.OpDef, e ast.Expr, at cenv) {
	if c.printDefs == nil {
		c.printDefs = map[*ast.OpDef]bool{}
	}
	was := c.printDefs[d]
	c.printDefs[d] = true
	c.evalConstantDef(d, func() { c.expr(e, at) })
	if !was {
		delete(c.printDefs, d)
	}
}

// constantRef compiles, as constantDef does a name, a use I!D of an
// instance's printing definition without parameters whose value TLC
// computed at load: a guard on that value, rather than D's body expanded
// into the action (which would print at each evaluation).
func (c *compiler) constantRef(r *ast.ModRef, en cenv) (step, bool) {
	if len(r.Args) > 0 || len(r.Sels) > 0 || !namedRef(r, en) {
		return step{}, false
	}
	nerr := len(c.errs)
	x, ok := c.resolveRef(r, en)
	c.errs = c.errs[:nerr]
	if !ok || x.kind != eDef {
		return step{}, false
	}
	d, ok := x.node.(*ast.OpDef)
	if !ok || len(d.Params) > 0 || !c.defPrints(d, x.env, map[*ast.OpDef]bool{}) {
		return step{}, false
	}
	g := c.guard(r, en)
	if g.e.dep&^depRec != 0 || len(c.errs) > nerr {
		c.errs = c.errs[:nerr]
		return step{}, false
	}
	return g, true
}
