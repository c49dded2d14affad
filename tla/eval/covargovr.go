package eval

import "github.com/wspcycle/wspcycle/tla/ast"

// covArgOverride is, for covArgSet, the node of the set constructor that
// replaces the argument arg (a name the cfg replaces, C <- Op) under the
// application's node call: TLC evaluates Op's body for the argument, and
// the set keeps that body's node, where a binder enumerating the
// parameter costs what it fetched. Nil when arg is no such name.
func covArgOverride(call *CovNode, arg ast.Expr) *CovNode {
	m := covOverrideBody(call, arg)
	if m == nil || m.lazy != nil {
		return nil
	}
	return m
}
