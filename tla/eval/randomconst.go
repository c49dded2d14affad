package eval

import "github.com/wspcycle/wspcycle/tla/ast"

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

// randomConstants compiles, in TLC's order, the root context's
// definitions without parameters that draw (directly, or through a
// definition that draws) or that print (Print, PrintT: printingDefs). Under
// coverage it does nothing: compiling a definition there makes its
// coverage tree, which TLC reports only for definitions used.
func (b *builder) randomConstants() {
	c := b.c
	if c.covOn {
		return
	}
	drawOn := c.run.draw.Load() != nil
	drawing, printing := map[string]bool{}, map[string]bool{}
	seen := map[*ast.Module]bool{}
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
			d, ok := u.(*ast.OpDef)
			if !ok || d.Name == nil {
				continue
			}
			prints := usesAny(d.Body, printingOps, printing)
			if prints {
				printing[d.Name.Name] = true
			}
			if len(d.Params) > 0 {
				continue
			}
			draw := drawOn && draws(d.Body, drawing)
			if draw {
				drawing[d.Name.Name] = true
			}
			if !draw && !prints {
				continue
			}
			if x, ok := c.lookupName(d.Name.Name, cenv{at: -1}); !ok || x.node != ast.Node(d) {
				continue // LOCAL to an extended module, or replaced
			}
			if prints {
				if c.printDefs == nil {
					c.printDefs = map[*ast.OpDef]bool{}
				}
				c.printDefs[d] = true
			}
			c.evalConstantDef(d)
		}
	}
	visit(c.mod)
}

// printingOps are the operators that print. A definition without
// parameters of constant level that prints is evaluated (and so prints)
// once, at TLC's startup, in TLC's order, used or not; where it is used,
// its value is that one: it prints nothing more (TLC rev cc6b616:
// TPrintUnused, TPrintOrder, TPrintAsm). An error evaluating it is left
// to where it is used (TPrintErr), which prints again.
var printingOps = map[string]bool{"Print": true, "PrintT": true}

// evalConstantDef compiles (so evaluates) definition d of the root
// context. An error compiling it is left to where d is used (TLC ignores
// it here too): the error and the compiled definition are dropped.
func (c *compiler) evalConstantDef(d *ast.OpDef) {
	n := len(c.errs)
	c.expr(d.Name, cenv{at: -1})
	if len(c.errs) > n {
		c.errs = c.errs[:n]
		for k := range c.cache {
			if k.d == d {
				delete(c.cache, k)
			}
		}
	}
}

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
