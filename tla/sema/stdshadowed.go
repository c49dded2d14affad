package sema

import (
	"maps"

	"github.com/wspcycle/wspcycle/tla/ast"
)

// hideUnshadowed drops from the visible built-in names those of a
// standard module that a file on the search path stands for (SANY reads
// that file instead of its own module: the tlapm library's Bags.tla) and
// that the file does not define: TLC then knows no such operator (TLC rev
// cc6b616: CopiesIn with the tlapm library's Bags, "Unknown operator:
// `CopiesIn'", golden BagsShadowCopiesIn). The names the file defines keep
// their built-in meaning, as TLC replaces them with its Java by name.
// orderMods holds the files standing for standard modules (nil: none).
func (c *checker) hideUnshadowed(orderMods map[string]*ast.Module) {
	if orderMods == nil {
		return
	}
	defined := map[string]map[string]bool{}
	for name, b := range c.visible {
		f := orderMods[b.Module]
		if f == nil || c.im.mods[b.Module] != nil {
			continue // the built-in module, or a module of the spec's own
		}
		if defined[b.Module] == nil {
			defined[b.Module] = definedNames(f, orderMods, map[*ast.Module]bool{})
		}
		if !defined[b.Module][name] {
			delete(c.visible, name)
		}
	}
}

// definedNames are the names module m defines or its EXTENDS chain (in
// mods) does, LOCAL ones of m's included.
func definedNames(m *ast.Module, mods map[string]*ast.Module, seen map[*ast.Module]bool) map[string]bool {
	out := map[string]bool{}
	if seen[m] {
		return out
	}
	seen[m] = true
	for _, u := range m.Units {
		switch d := u.(type) {
		case *ast.OpDef:
			out[d.Name.Name] = true
		case *ast.FuncDef:
			out[d.Name.Name] = true
		}
	}
	for _, e := range m.Extends {
		if x := mods[e.Name]; x != nil {
			for n := range definedNames(x, mods, seen) {
				out[n] = true
			}
		}
	}
	return out
}

// shadowStd adds to std the standard modules that the files standing for
// the standard modules in std extend, directly or through modules of
// theirs (the tlapm library's Bags.tla extends FiniteSetTheorems and
// SequenceTheorems, which extend FiniteSets, Sequences, Naturals, ...):
// SANY's EXTENDS Bags then makes their operators visible too (TLC rev
// cc6b616: Len and Cardinality with EXTENDS Bags alone, golden
// BagsShadowExports). The modules of the spec's own that such a file
// extends (TLAPS, FiniteSetTheorems, and Functions through it) export
// their names through it too: they are added to imported (TLC rev
// cc6b616 accepts the library's BagsTheorems, which uses Functions' Range
// with EXTENDS Bags alone; golden BagsShadowUser).
func (c *checker) shadowStd(std map[string]bool, orderMods map[string]*ast.Module, imported map[string]*symbol) {
	if orderMods == nil {
		return
	}
	seen := map[*ast.Module]bool{}
	// user resolves the modules that are not standard ones in orderMods;
	// a standard module's name is left to the built-in names (std).
	userMods := map[string]*ast.Module{}
	for name, m := range orderMods {
		if _, ok := moduleImports[name]; !ok {
			userMods[name] = m
		}
	}
	isStd := func(name string) bool { _, ok := moduleImports[name]; return ok }
	user := &imports{mods: userMods, std: map[string]bool{}, seen: map[*ast.Module]map[string]*symbol{}}
	var walk func(m *ast.Module)
	walk = func(m *ast.Module) {
		if seen[m] {
			return
		}
		seen[m] = true
		for _, e := range m.Extends {
			x := orderMods[e.Name]
			switch {
			case x == nil:
				std[e.Name] = true // a built-in module
			case !isStd(e.Name):
				// A module of the spec's side, loaded for the root too
				// or not (SequenceTheorems' LOCAL INSTANCE TLAPS).
				user.extends(&ast.Module{Extends: []*ast.Ident{e}}, imported)
				walk(x)
			case c.im.mods[e.Name] == nil:
				std[e.Name] = true // a standard module's file
				walk(x)
			}
		}
	}
	for name := range maps.Clone(std) {
		if f := orderMods[name]; f != nil && c.im.mods[name] == nil {
			walk(f)
		}
	}
	for len(user.std) > 0 { // the standard modules the user modules extend
		names := user.std
		user.std = map[string]bool{}
		for name := range names {
			if std[name] {
				continue
			}
			std[name] = true
			if f := orderMods[name]; f != nil && c.im.mods[name] == nil {
				walk(f)
			}
		}
	}
}
