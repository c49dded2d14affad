package eval

import (
	"maps"
	"slices"

	"github.com/wspcycle/wspcycle/tla/ast"
)

// TLC evaluates every definition without parameters of constant level
// once, before the ASSUMEs and the initial states (SpecProcessor.
// processConstantDefns, rev cc6b616): module by module, the extended
// modules first, each module's definitions in order, used or not, an
// error leaving the definition to be evaluated where it is used. One that
// draws (RandomElement, RandomSubset, RandomSetOfSubsets) draws then,
// from the generator of TLC's main thread, new Random(seed), before the
// initial states draw from it too. randomConstants does the same for the
// definitions that draw: compiling one evaluates it (constantValue), so
// compiling them here, in TLC's order, makes their draws TLC's (with the
// generator installed, Options.Random). Other definitions are left to be
// compiled where they are used: their value does not depend on when.

// drawingOps are the operators that draw from TLC's generator.
var drawingOps = map[string]bool{
	"RandomElement": true, "RandomSubset": true, "RandomSetOfSubsets": true, "TestRandomSetOfSubsets": true,
}

// randomConstants compiles, in TLC's order, the definitions without
// parameters that draw (directly, or through a definition that draws) or
// that print (Print, PrintT: printingOps; in an instantiated module and
// through its instances too: instprint.go; the definitions replacing
// constants in the cfg: replprint.go).
// TLC's order (checked against TLC, rev cc6b616): module by module, each
// after the modules it extends and instantiates; a module instantiated
// with parameters (CONSTANT or VARIABLE declarations) is not evaluated on
// its own, one without is, in its own context, though its instances
// evaluate its definitions again; in a module, its definitions in order,
// a definition I == INSTANCE M standing for M's definitions I!Op, in the
// order SANY put them there (InstanceDefOrder: for most names the reverse
// of their order). Under coverage they are compiled without it (TLC's
// load counts nothing), and only their values are kept (covload.go).
func (b *builder) randomConstants() {
	c := b.c
	drawOn := c.run.draw.Load() != nil
	drawing, printing := map[string]bool{}, map[string]bool{}
	if c.covOn {
		c.covOn = false
		before := maps.Clone(c.cache)
		defer func() {
			c.covOn = true
			c.keepLoadValues(before, drawing)
		}()
	}
	seen := map[*ast.Module]bool{}
	instanced := map[*ast.Module]bool{}
	var visit func(m *ast.Module)
	visit = func(m *ast.Module) {
		if m == nil || seen[m] {
			return
		}
		seen[m] = true
		for _, x := range m.Extends {
			visit(c.prog[x.Name])
		}
		for _, u := range m.Units {
			if inst := unitInstance(u); inst != nil {
				if im := c.prog[inst.Module.Name]; im != nil {
					instanced[im] = true
					visit(im)
				}
			}
		}
		if m != c.mod && instanced[m] && c.hasParams(m, map[*ast.Module]bool{}) {
			return
		}
		// own: the definitions are the root context's (the root module
		// and those it extends); otherwise those of m's own context.
		own := m == c.mod || !instanced[m]
		if own {
			c.replacedConstants(m, printing) // replprint.go
		}
		at := cenv{at: -1}
		if !own {
			at.m = c.newEnv(m, nil)
		}
		for _, u := range m.Units {
			switch u := u.(type) {
			case *ast.OpDef:
				if u.Name == nil {
					continue
				}
				prints := usesAny(u.Body, printingOps, printing)
				if own && !prints && c.replacedByPrinting(u.Name.Name) {
					// D <- Op, Op printing: what uses D prints (replprint.go).
					printing[u.Name.Name] = true
				}
				if prints {
					printing[u.Name.Name] = true
				}
				if len(u.Params) > 0 {
					continue
				}
				draw := drawOn && draws(u.Body, drawing)
				if draw {
					drawing[u.Name.Name] = true
				}
				if !draw && !prints {
					continue
				}
				if own {
					if x, ok := c.lookupName(u.Name.Name, cenv{at: -1}); !ok || x.node != ast.Node(u) {
						continue // LOCAL to an extended module, or replaced
					}
					if prints {
						if c.printDefs == nil {
							c.printDefs = map[*ast.OpDef]bool{}
						}
						c.printDefs[u] = true
					}
					c.evalConstantDef(u, func() { c.expr(u.Name, cenv{at: -1}) })
				} else if prints {
					c.evalPrintDef(u, u.Name, at) // instprint.go
				} else {
					c.evalConstantDef(u, func() { c.moduleDef(u, at.m, at) })
				}
			case *ast.Instance:
				c.unnamedInstancePrints(u, at) // instprint.go
			case *ast.InstanceDef:
				if len(u.Params) > 0 {
					continue
				}
				c.instancePrints(u, at) // instprint.go
				if !drawOn {
					continue
				}
				// Which draw is known in the order written (K2 == K + 1
				// draws through K), then evaluated in reverse.
				im := c.prog[u.Inst.Module.Name]
				var drawn []instEntry
				for _, d := range c.moduleDefs(im, map[*ast.Module]bool{}) {
					if len(d.Params) == 0 && !d.Local && draws(d.Body, drawing) {
						drawing[d.Name.Name] = true
						ref := &ast.ModRef{Path: []*ast.RefStep{{Name: u.Name}}, Name: d.Name}
						drawn = append(drawn, instEntry{d: d, ref: ref})
					}
				}
				drawn = c.instanceOrder(im, drawn, 1) // instprint.go
				for i, e := range drawn {
					before := maps.Clone(c.cache)
					c.evalConstantDef(e.d, func() { c.expr(e.ref, at) })
					// A definition d uses that comes after it (I!K2 ==
					// K + ...) was evaluated inside d, as TLC does, and
					// is evaluated again, drawing anew, in its own turn.
					for k := range c.cache {
						if _, ok := before[k]; !ok && slices.ContainsFunc(drawn[i+1:], func(l instEntry) bool { return l.d == k.d }) {
							delete(c.cache, k)
						}
					}
				}
			}
		}
	}
	visit(c.mod)
}

// unitInstance is the INSTANCE of a unit (INSTANCE M, I == INSTANCE M,
// I(p) == INSTANCE M), nil for another unit.
func unitInstance(u ast.Unit) *ast.Instance {
	switch u := u.(type) {
	case *ast.Instance:
		return u
	case *ast.InstanceDef:
		return u.Inst
	}
	return nil
}

// hasParams reports whether module m (or one it extends) declares a
// constant or a variable.
func (c *compiler) hasParams(m *ast.Module, seen map[*ast.Module]bool) bool {
	if m == nil || seen[m] {
		return false
	}
	seen[m] = true
	for _, u := range m.Units {
		switch u.(type) {
		case *ast.Constants, *ast.Variables:
			return true
		}
	}
	for _, x := range m.Extends {
		if c.hasParams(c.prog[x.Name], seen) {
			return true
		}
	}
	return false
}

// moduleDefs lists the operator definitions of m: those of the modules it
// extends first, then its own, in order.
func (c *compiler) moduleDefs(m *ast.Module, seen map[*ast.Module]bool) []*ast.OpDef {
	if m == nil || seen[m] {
		return nil
	}
	seen[m] = true
	var out []*ast.OpDef
	for _, x := range m.Extends {
		out = append(out, c.moduleDefs(c.prog[x.Name], seen)...)
	}
	for _, u := range m.Units {
		if d, ok := u.(*ast.OpDef); ok && d.Name != nil {
			out = append(out, d)
		}
	}
	return out
}

// evalConstantDef compiles (so evaluates) definition d by compile. An
// error compiling it is left to where d is used (TLC ignores it here
// too): the error and the compiled definition are dropped.
func (c *compiler) evalConstantDef(d *ast.OpDef, compile func()) {
	n := len(c.errs)
	compile()
	if len(c.errs) > n {
		c.errs = c.errs[:n]
		for k := range c.cache {
			if k.d == d {
				delete(c.cache, k)
			}
		}
	}
}

// printingOps are the operators that print. A definition without
// parameters of constant level that prints is evaluated (and so prints)
// once, at TLC's startup, in TLC's order, used or not; where it is used,
// its value is that one: it prints nothing more (TLC rev cc6b616:
// TPrintUnused, TPrintOrder, TPrintAsm). An error evaluating it is left
// to where it is used (TPrintErr), which prints again.
var printingOps = map[string]bool{"Print": true, "PrintT": true}

// draws says whether e applies an operator that draws or names a
// definition in drawing.
func draws(e ast.Expr, drawing map[string]bool) bool {
	return usesAny(e, drawingOps, drawing)
}

// usesAny says whether e applies an operator of ops or names a definition
// in defs.
func usesAny(e ast.Expr, ops, defs map[string]bool) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.OpApp:
			found = n.Name != nil && (ops[n.Name.Name] || defs[n.Name.Name])
		case *ast.Ident:
			found = defs[n.Name]
		}
		return !found
	})
	return found
}

// constLevel says a compiled definition reads no state, no binder of its
// context and no pending definition: its value is the same wherever it is
// used.
func constLevel(ce compiled) bool {
	return !ce.prime && !ce.temporal && ce.x.dep&(depState|depNext|depEnv|depPending) == 0
}
