package sema

import "github.com/wspcycle/wspcycle/tla/ast"

// nest is a module nested in another (---- MODULE Inner ---- inside a
// module) with what it sees of the enclosing one: SANY checks a nested
// module where it stands, in the context of the definitions, declarations
// and standard modules of the enclosing module that precede it, whether
// or not anything instantiates it.
type nest struct {
	mod     *ast.Module
	sc      *scope // the enclosing module's names at the nested module
	visible map[string]Builtin
	defs    map[string]*ast.OpDef
}

// nestAt records the module m nested at this point of the top-level
// scope sc, with a copy of what sc holds now (the definitions that follow
// m are not visible in it).
func (c *checker) nestAt(sc *scope, m *ast.Module) {
	if m == nil || m.Name == nil {
		return
	}
	snap := &scope{parent: sc.parent, syms: make(map[string]*symbol, len(sc.syms))}
	for n, s := range sc.syms {
		snap.syms[n] = s
	}
	defs := make(map[string]*ast.OpDef, len(c.defs))
	for n, d := range c.defs {
		if d != nil && d.Name != nil && (snap.lookup(n) != nil) {
			defs[n] = d
		}
	}
	c.nested = append(c.nested, &nest{mod: m, sc: snap, visible: c.visible, defs: defs})
}

// checkNested checks the modules nested in c's module, each in its
// context, for SANY's errors (see checker.whole).
func (c *checker) checkNested(mods map[string]*ast.Module) {
	for _, n := range c.nested {
		c.errs = append(c.errs, asList(check(n.mod, mods, nil, n, false))...)
	}
}

// redeclared tells a declaration that repeats one of the same kind
// (VARIABLE x, x; CONSTANT N twice, also through two extended modules):
// SANY only warns about it ("Multiple declarations or definitions") and
// TLC runs the spec, with the one name. A clash between kinds (CONSTANT N
// and VARIABLE N) or with a definition stays an error.
func redeclared(prev, sym *symbol) bool {
	switch sym.kind {
	case symVar:
		return prev.kind == symVar
	case symConst:
		return prev.kind == symConst && prev.arity == sym.arity
	}
	return false
}
