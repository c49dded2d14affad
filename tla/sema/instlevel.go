package sema

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// SANY's level check of an instantiation (InstanceNode.levelCheck, TLC rev
// cc6b616): when the instantiated module is not a constant module (it or
// a module it extends declares a VARIABLE), the expression or operator
// substituted for a parameter may not have a higher level than the
// parameter: at most 0 for a CONSTANT (Step <- LAMBDA v : y' = v + 1, or
// K <- x), at most 1 for a VARIABLE (v <- x'). SANY reports "Level error
// in instantiating module 'M': ..." at the whole INSTANCE statement, and
// TLC stops; a constant module may be instantiated with anything.

// instanceLevels reports the substitutions of in whose level exceeds
// their parameter's; at is where the statement starts.
func (c *checker) instanceLevels(at token.Pos, in *ast.Instance) {
	if in == nil || in.Module == nil || c.im.mods == nil {
		return
	}
	m := c.im.mods[in.Module.Name]
	if m == nil || m == c.mod {
		return
	}
	decls := c.im.declsInSANYOrder(m)
	kinds := map[string]symKind{}
	constant := true
	for _, d := range decls {
		kinds[d.name] = d.kind
		if d.kind == symVar {
			constant = false
		}
	}
	if constant {
		return
	}
	explicit := map[string]bool{}
	for _, w := range in.With {
		if w == nil || w.Name == nil || w.Value == nil {
			continue
		}
		explicit[w.Name.Name] = true
		k, ok := kinds[w.Name.Name]
		if !ok {
			continue
		}
		c.substLevel(at, m, w.Name.Name, k, c.formulaLevel(w.Value, map[*ast.OpDef]bool{}))
	}
	// A parameter not named in WITH is substituted by the definition of
	// its name here (K == 5, F(a) == a + v: INSTANCE Inner), whose level
	// is checked the same (TLC rev cc6b616: F(a) == a + v for CONSTANT
	// F(_) is "Level error in instantiating module 'Inner'"; it had been
	// checked with v read as a constant).
	for _, dc := range decls {
		if explicit[dc.name] || dc.kind != symConst && dc.kind != symVar {
			continue
		}
		if d := c.defs[dc.name]; d != nil && before(d.Name.NamePos, at) {
			c.substLevel(at, m, dc.name, dc.kind, c.bodyLevel(d.Body, d.Params, map[*ast.OpDef]bool{d: true}))
		}
	}
}

// substLevel reports the substitution for the parameter name (of kind
// k) of module m, of level l, when it exceeds the parameter's.
func (c *checker) substLevel(at token.Pos, m *ast.Module, name string, k symKind, l int) {
	most := 0
	if k == symVar {
		most = 1
	}
	if l > most {
		c.errorf(at, "level error in instantiating module %s: the expression substituted for %s has level %d, at most %d allowed", m.Name.Name, name, l, most)
		c.markLevel()
	}
}
