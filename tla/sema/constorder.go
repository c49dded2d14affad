package sema

import (
	"slices"

	"github.com/wspcycle/wspcycle/tla/ast"
)

// ConstantDeclOrder, when set (package model sets it), is the order in
// which TLC looks for a value of each constant of the root module m (mods:
// the spec's modules by name): SANY's ModuleNode.getConstantDecls, the
// reversed enumeration of a java.util.Hashtable, which holds the
// constants of the extended modules as well. TLC reports only the first
// constant the .cfg leaves without a value (SpecProcessor.processSpec), so
// the one reported must be that one: with CONSTANTS N, M and an empty
// .cfg, TLC names M.
var ConstantDeclOrder func(m *ast.Module, mods map[string]*ast.Module) []string

// TLCConstantOrder is decls (in the order of their declarations) in TLC's
// order (ConstantDeclOrder); unchanged when that order is unset or lacks
// one of them.
func TLCConstantOrder(decls []*ast.ConstDecl, root *ast.Module, mods map[string]*ast.Module) []*ast.ConstDecl {
	if ConstantDeclOrder == nil {
		return decls
	}
	rank := map[string]int{}
	for i, n := range ConstantDeclOrder(root, mods) {
		rank[n] = i
	}
	for _, d := range decls {
		if _, ok := rank[d.Name.Name]; !ok {
			return decls
		}
	}
	out := slices.Clone(decls)
	slices.SortStableFunc(out, func(a, b *ast.ConstDecl) int { return rank[a.Name.Name] - rank[b.Name.Name] })
	return out
}
