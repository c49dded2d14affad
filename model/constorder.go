package model

import (
	"slices"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/sema"
)

// TLC names the first constant of the root module that the configuration
// leaves without a value (SpecProcessor.processSpec walks
// rootModule.getConstantDecls() and fails on the first one with neither a
// value nor a substitution). ModuleNode.getConstantDecls reverses the
// Vector Context.getConstantDecls builds from the enumeration of the
// module's java.util.Hashtable, as for the variables (sanyorder.go), and
// it holds the constants the root EXTENDS as well as its own. With
// CONSTANTS N, M and an empty .cfg TLC names M; with Node, Majority,
// Majority; with Key, TxId, NoVal, TxId.

func init() { sema.ConstantDeclOrder = tlcConstantOrder }

// tlcConstantOrder is the order of root's getConstantDecls (mods: the
// spec's modules by name), by name.
func tlcConstantOrder(root *ast.Module, mods map[string]*ast.Module) []string {
	if root == nil {
		return nil
	}
	b := &sanyBuilder{mods: mods, done: map[string]*sanyContext{}}
	ctx := b.moduleContext(root)
	keys := make([]string, len(ctx.entries))
	for i, e := range ctx.entries {
		keys[i] = e.key
	}
	var out []string
	for _, k := range slices.Backward(JavaHashtableOrder(keys)) {
		if e := ctx.entries[k]; e.kind == symConstant {
			out = append(out, e.key)
		}
	}
	return out
}
