package model

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/eval"
)

// TLC evaluates the definitions I!Op of an INSTANCE at load in the order
// SANY put them into the module holding it (SpecProcessor.
// processConstantDefns walks ModuleNode.getOpDefs, the order of
// insertion): the order Generator.generateInstance finds them in the
// instantiated module's context, the enumeration of its
// java.util.Hashtable (sanyorder.go). TLC rev cc6b616 printed a module's
// Zeta, Alpha, Mid, Bb, Qq (CONSTANT K, EXTENDS TLC), instantiated with
// K <- 1, as mid, qq, alpha, bb, zeta; D, E as E, D (hashes next to each
// other: the reverse).

func init() { eval.InstanceDefOrder = tlcInstanceDefOrder }

// tlcInstanceDefOrder is the order of the definitions of an INSTANCE of
// m (mods: the spec's modules by name), named relative to the instance
// (Op, J!Op for the definitions of J == INSTANCE N in m).
func tlcInstanceDefOrder(m *ast.Module, mods map[string]*ast.Module) []string {
	if m == nil || m.Name == nil {
		return nil
	}
	b := &sanyBuilder{mods: mods, done: map[string]*sanyContext{}}
	c := &sanyContext{has: map[string]bool{}}
	b.done[m.Name.Name] = b.moduleContext(m)
	b.instance(c, "", m.Name.Name, false, "")
	out := make([]string, len(c.entries))
	for i, e := range c.entries {
		out[i] = e.key
	}
	return out
}
