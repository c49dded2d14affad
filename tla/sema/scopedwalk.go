package sema

import "github.com/wspcycle/wspcycle/tla/ast"

// scopedWalk visits n and the nodes under it in depth-first order, as
// ast.Inspect does (visit returning false skips a node's children), with
// the names bound where each node is: a binder's names (ast.BoundNames,
// a LET's definitions, a LET definition's parameters, a recursive
// function's own name) are bound in its body, not in the sets its names
// range over (\E i \in S : P binds i in P, not in S) nor outside it.
func scopedWalk(n ast.Node, bound map[string]bool, visit func(ast.Node, map[string]bool) bool) {
	if n == nil || !visit(n, bound) {
		return
	}
	names := binders(n)
	inner := bound
	skip := map[ast.Node]bool{}
	if len(names) > 0 {
		for _, d := range domains(n) {
			if d != nil {
				skip[d] = true
				scopedWalk(d, bound, visit)
			}
		}
		inner = make(map[string]bool, len(bound)+len(names))
		for k := range bound {
			inner[k] = true
		}
		for _, id := range names {
			inner[id.Name] = true
		}
	}
	root := true
	ast.Inspect(n, func(c ast.Node) bool {
		if root {
			root = false
			return true
		}
		if !skip[c] {
			scopedWalk(c, inner, visit)
		}
		return false
	})
}

// binders are the names n binds for its children.
func binders(n ast.Node) []*ast.Ident {
	out := ast.BoundNames(n)
	switch x := n.(type) {
	case *ast.Let:
		for _, u := range x.Defs {
			switch d := u.(type) {
			case *ast.OpDef:
				out = append(out, d.Name)
			case *ast.FuncDef:
				out = append(out, d.Name)
			}
		}
	case *ast.OpDef:
		out = append(out, x.Params...)
	case *ast.FuncDef:
		out = append(out, x.Name)
	}
	return out
}

// domains are the sets n's bound names range over, outside their scope.
func domains(n ast.Node) []ast.Expr {
	var bs []*ast.Bound
	switch x := n.(type) {
	case *ast.Quant:
		bs = x.Bounds
	case *ast.Choose:
		bs = []*ast.Bound{x.Bound}
	case *ast.SetFilter:
		bs = []*ast.Bound{x.Bound}
	case *ast.SetMap:
		bs = x.Bounds
	case *ast.FuncCons:
		bs = x.Bounds
	case *ast.FuncDef:
		bs = x.Bounds
	case *ast.Step:
		bs = x.Bounds
	}
	var out []ast.Expr
	for _, b := range bs {
		if b != nil && b.Set != nil {
			out = append(out, b.Set)
		}
	}
	return out
}
