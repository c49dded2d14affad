package sema

import (
	"slices"

	"github.com/wspcycle/wspcycle/tla/ast"
)

// StdFirst reports whether, in module m, the infix symbol name (+, \o,
// Reals' / ...) denotes the operator of a standard module rather than a
// definition of a spec module. SANY keeps the first declaration of a
// symbol in the order it reads them (the modules m EXTENDS, in order and
// each with what it extends first, then m's units, an unnamed INSTANCE
// where it stands) and only warns about a later one: with EXTENDS
// Naturals, Foo (or INSTANCE Foo after it) where Foo defines a + b,
// Naturals' + is meant; with EXTENDS Foo, Naturals, Foo's. mods are the
// spec's modules by name (a name not in it is a standard module). It is
// false where no standard module of m defines the symbol.
func StdFirst(m *ast.Module, mods map[string]*ast.Module, name string) bool {
	return firstDecl(m, mods, name, true, map[*ast.Module]bool{}) == declStd
}

type declFound int

const (
	declNone declFound = iota
	declStd
	declUser
)

// firstDecl is where the first declaration of name in module m comes
// from; all is false for what m exports (its LOCAL definitions and
// instances are not).
func firstDecl(m *ast.Module, mods map[string]*ast.Module, name string, all bool, seen map[*ast.Module]bool) declFound {
	if seen[m] {
		return declNone // a cycle, or a module already read
	}
	seen[m] = true
	for _, x := range m.Extends {
		if f := moduleDecl(x.Name, mods, name, seen); f != declNone {
			return f
		}
	}
	for _, u := range m.Units {
		switch u := u.(type) {
		case *ast.OpDef:
			if u.Name != nil && u.Name.Name == name && (all || !u.Local) {
				return declUser
			}
		case *ast.Instance:
			if u.Module == nil || !all && u.Local {
				continue
			}
			if f := moduleDecl(u.Module.Name, mods, name, seen); f != declNone {
				return f
			}
		}
	}
	return declNone
}

// moduleDecl is where the first declaration of name that module mod
// (extended or instantiated) makes visible comes from.
func moduleDecl(mod string, mods map[string]*ast.Module, name string, seen map[*ast.Module]bool) declFound {
	if xm := mods[mod]; xm != nil {
		return firstDecl(xm, mods, name, false, seen)
	}
	if StdDefines(mod, name) {
		return declStd
	}
	return declNone
}

// StdDefines reports whether the standard module mod (with what it
// extends) defines the symbol or name: Reals' / included, which Builtins
// leaves out.
func StdDefines(mod, name string) bool {
	if name == "/" {
		return slices.Contains(moduleImports[mod], "Reals")
	}
	_, ok := Visible([]string{mod})[name]
	return ok
}

// dropShadowedByStd removes from the names imported (by EXTENDS) and
// instNames (by an unnamed INSTANCE) the definitions of a spec module
// that a standard module defines too where SANY read the standard one
// first (StdFirst: EXTENDS Sequences, Foo where Foo defines Len): the
// standard operator is then meant, and its arity and level are checked,
// not the definition's (TLC rev cc6b616: Foo's Len(s) == x' made an
// ASSUME using Len an action here, which TLC checks).
func (c *checker) dropShadowedByStd(imported, instNames map[string]*symbol) {
	for _, names := range []map[string]*symbol{imported, instNames} {
		for name, s := range names {
			if s.kind != symDef && s.kind != symFunc {
				continue
			}
			if _, vis := c.visible[name]; !vis && name != "/" {
				continue
			}
			if StdFirst(c.mod, c.im.mods, name) {
				delete(names, name)
			}
		}
	}
}
