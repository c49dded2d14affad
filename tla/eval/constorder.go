package eval

import (
	"slices"
	"strings"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/sema"
)

// firstMissingConstant is the constant without a value (entries of
// ConstDecls) that TLC reports: it stops at the first in SANY's order
// (sema.ConstantDeclOrder), or, when that order is unset or does not know
// a name, at the first declared.
func firstMissingConstant(missing []*entry, root *ast.Module, mods map[string]*ast.Module) *entry {
	decl := func(x *entry) *ast.ConstDecl { return x.node.(*ast.ConstDecl) }
	slices.SortFunc(missing, func(a, b *entry) int {
		pa, pb := decl(a).Name.Pos(), decl(b).Name.Pos()
		switch {
		case pa.Before(pb):
			return -1
		case pb.Before(pa):
			return 1
		}
		return strings.Compare(decl(a).Name.Name, decl(b).Name.Name)
	})
	decls := make([]*ast.ConstDecl, len(missing))
	for i, x := range missing {
		decls[i] = decl(x)
	}
	first := sema.TLCConstantOrder(decls, root, mods)[0]
	for _, x := range missing {
		if decl(x) == first {
			return x
		}
	}
	return missing[0]
}
