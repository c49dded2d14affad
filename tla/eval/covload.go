package eval

import "github.com/wspcycle/wspcycle/tla/ast"

// Under -coverage TLC still evaluates its constant definitions at load
// (SpecProcessor.processConstantDefns), before any coverage is counted: a
// definition that prints prints there, one that draws draws there, and
// each is a value afterwards, which its uses meet without counting it
// (TLC rev cc6b616 with -coverage 1: D == PrintT("d") prints at load,
// unused U == PrintT("u") too, and Init == x = 0 /\ D lists only x = 0).
// randomConstants therefore compiles them without coverage; the compiled
// definitions are dropped, for their uses to be compiled with coverage,
// but the values of those that print or draw are kept (loadVals), and
// moduleDef gives a use that value, rather than evaluating (printing,
// drawing) the definition again.

// loadKey is a definition in a module context.
type loadKey struct {
	d *ast.OpDef
	m *modEnv
}

// keepLoadValues drops the definitions compiled since before (the
// compiler's cache then), keeping in loadVals the values of those that
// print or draw (names in drawing), and in loadFailed those whose
// evaluation there failed (TLCSet of a register, atload.go): TLC
// evaluates them again at each use, but not again at load, where a
// compile of ours under coverage (one per use) would.
func (c *compiler) keepLoadValues(before map[defKey]compiled, drawing map[string]bool) {
	for k, ce := range c.cache {
		if _, ok := before[k]; ok {
			continue
		}
		delete(c.cache, k)
		if k.cov != nil || k.primed || k.init || ce.prime || ce.temporal {
			continue
		}
		if !c.defPrints(k.d, k.m, map[*ast.OpDef]bool{}) && !draws(k.d.Body, drawing) {
			continue
		}
		if ce.x.dep != 0 {
			if c.loadFailed == nil {
				c.loadFailed = map[*ast.OpDef]bool{}
			}
			c.loadFailed[k.d] = true
			continue
		}
		if c.loadVals == nil {
			c.loadVals = map[loadKey]compiled{}
		}
		c.loadVals[loadKey{k.d, k.m}] = ce
	}
}

// loadValue is the value definition d of module context m got at load
// under coverage (keepLoadValues).
func (c *compiler) loadValue(d *ast.OpDef, m *modEnv) (cx, bool) {
	ce, ok := c.loadVals[loadKey{d, m}]
	return ce.x, ok
}

// hasLoadValue reports whether definition d of module context m is a
// value from load: evaluated there (randomConstants), folded, without
// coverage (the cache) or with it (loadVals). It compiles nothing, so
// that asking leaves no coverage behind.
func (c *compiler) hasLoadValue(d *ast.OpDef, m *modEnv) bool {
	if _, ok := c.loadVals[loadKey{d, m}]; ok {
		return true
	}
	ce, ok := c.cache[defKey{d: d, m: m}]
	return ok && ce.x.dep == 0 && !ce.prime && !ce.temporal
}
