package model

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/eval"
)

// SANY gives a SubstInNode the substitutions of an INSTANCE in an order
// TLC's coverage report shows (the nodes of the substituted expressions
// are made in that order, CostModelCreator): the explicit ones of the WITH
// clause, as written, after the implicit ones (a <- a, and an explicit
// one of a name the instantiating module has, which overwrites the
// implicit one in place: eval's covInstInPlace), which come in the
// order Generator.generateInstance finds the instantiated module's
// constants and variables: the enumeration of its context's
// java.util.Hashtable (sanyorder.go). CovInstOrder (CovInstOrderInner's
// CONSTANT Nodes, Edges and VARIABLES phase, incoming, outgoing, mailbox)
// lists incoming, Nodes, phase, Edges, outgoing, mailbox.

func init() { eval.SubstDeclOrder = tlcDeclOrder }

// tlcDeclOrder is the order of the implicit substitutions of an INSTANCE
// of m (mods: the spec's modules by name).
func tlcDeclOrder(m *ast.Module, mods map[string]*ast.Module) []string {
	if m == nil {
		return nil
	}
	b := &sanyBuilder{mods: mods, done: map[string]*sanyContext{}}
	ctx := b.moduleContext(m)
	keys := make([]string, len(ctx.entries))
	for i, e := range ctx.entries {
		keys[i] = e.key
	}
	var out []string
	for _, k := range JavaHashtableOrder(keys) {
		if e := ctx.entries[k]; e.kind == symConstant || e.kind == symVariable {
			out = append(out, e.key)
		}
	}
	return out
}
