package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// Subexpression selectors (SANY's positional names, checked with TLC):
//
//   - Op!n is the n-th operand of the outermost operator of Op's body: the
//     n-th item of a /\ or \/ list, the n-th argument of an operator
//     application, X or Y of an infix operator, the condition, THEN and
//     ELSE of an IF, the elements of a tuple or set, the bounding sets of
//     a quantifier, CHOOSE, set former or function constructor.
//   - Op!<< is Op!1 and Op!>> is Op!2.
//   - Op!: is Op itself (the body of the definition, as a formula): TLC
//     evaluates THEOREM T == e ... ASSUME T!: as e.
//   - Op!(a, b) is the body of a binder (\A x, y \in S : P, CHOOSE, a set
//     former, a function constructor) with its bound names denoting a, b:
//     for Op == \A x \in S : x > 0, Op!(2) is 2 > 0 (S is not consulted).
//   - Op!@ names a binder's body as an operator of Op's parameters and
//     the binder's bound names, which the reference cannot give: SANY's
//     semantic error "Expected 1 arguments but found 0." (Op with no
//     parameter binding one name; M!Par(1)!@ with Par(a) binding one:
//     "Expected 2 arguments but found 1."), as TLC reports it.
//   - Op!lab is the body of the label lab:: e in Op's body (not inside
//     another label: Op!l1!l2 names a label inside l1); Op!lab(a, b) binds
//     the label's parameters (names bound around it, lab(k):: e inside
//     \A k \in S) to a, b.

// selBinding is a bound name of a binder selected into by !(a, ...): the
// name denotes arg, written where the ModRef is.
type selBinding struct {
	name string
	arg  ast.Expr
}

// selectIn follows the selectors sels into body, the body of a definition
// of arity parameters applied to given arguments by the reference at ref.
func selectIn(body ast.Expr, sels []*ast.Selector, arity, given int, ref token.Pos) (ast.Expr, []selBinding, *token.Error) {
	e := body
	var binds []selBinding
	for _, sel := range sels {
		switch sel.Sel {
		case ":":
			continue
		case "@":
			names, _, ok := binderOf(ast.Unparen(e))
			if !ok || names == nil {
				return nil, nil, token.Unsupported(sel.Pos, "subexpression selector !@ (a binder's body as an operator)")
			}
			return nil, nil, token.Errorf(ref, "Expected %d arguments but found %d.", arity+len(binds)+len(names), given+len(binds))
		case "(":
			if sel.IsLabelSel() {
				break
			}
			names, inner, ok := binderOf(ast.Unparen(e))
			if !ok {
				return nil, nil, token.Errorf(sel.Pos, "selector !(...): the expression binds no names")
			}
			if names == nil {
				return nil, nil, token.Unsupported(sel.Pos, "subexpression selector !(...) on a binder of a tuple <<x, y>>")
			}
			if len(names) != len(sel.Args) {
				return nil, nil, token.Errorf(sel.Pos, "selector !(...): the expression binds %d name(s), not %d", len(names), len(sel.Args))
			}
			for i, id := range names {
				binds = append(binds, selBinding{name: id.Name, arg: sel.Args[i]})
			}
			e = inner
			continue
		}
		if sel.IsLabelSel() {
			lab := findLabel(e, sel.Sel)
			if lab == nil {
				return nil, nil, token.Errorf(sel.Pos, "cannot find label %s", sel.Sel)
			}
			if len(lab.Params) != len(sel.Args) {
				return nil, nil, token.Errorf(sel.Pos, "the label %s has %d parameter(s), not %d", sel.Sel, len(lab.Params), len(sel.Args))
			}
			for i, p := range lab.Params {
				binds = append(binds, selBinding{name: p.Name, arg: sel.Args[i]})
			}
			e = lab.Body
			continue
		}
		n := 0
		switch sel.Sel {
		case "<<":
			n = 1
		case ">>":
			n = 2
		default:
			for _, ch := range sel.Sel {
				if ch < '0' || ch > '9' {
					return nil, nil, token.Unsupported(sel.Pos, "subexpression selector !"+sel.Sel)
				}
				n = n*10 + int(ch-'0')
			}
		}
		parts, ok := operands(ast.Unparen(e))
		if !ok {
			return nil, nil, token.Unsupported(sel.Pos, "subexpression selector !"+sel.Sel+" on an expression of this form")
		}
		if n < 1 || n > len(parts) {
			return nil, nil, token.Errorf(sel.Pos, "selector !%s: the expression has %d operand(s)", sel.Sel, len(parts))
		}
		e = parts[n-1]
	}
	return e, binds, nil
}

// findLabel finds the label named name in e, outside any other label.
func findLabel(e ast.Expr, name string) *ast.Label {
	var found *ast.Label
	ast.Inspect(e, func(n ast.Node) bool {
		if found != nil {
			return false
		}
		if l, ok := n.(*ast.Label); ok {
			if l.Name.Name == name {
				found = l
			}
			return false
		}
		return true
	})
	return found
}

// labelForm is r with a reference to labels of a definition (Op!lab,
// whose first step names a definition rather than an instance) rewritten
// as label selectors on the definition (ast.LabelRef); r otherwise.
//
// Through instances too, as TLC resolves them: in M!Op!lab, M(p)!Op!lab(a)
// or M!N!Op!l1!l2, the first step after the instances that names a
// definition of the instantiated module is the definition, and the steps
// after it are labels in its body (SANY's rule: a name after a definition
// can only be a label of it).
func (c *compiler) labelForm(r *ast.ModRef, en cenv) *ast.ModRef {
	if len(r.Path) == 0 {
		return r
	}
	name := r.Path[0].Name.Name
	if b := en.sc.lookup(name); b != nil {
		return r
	}
	x, ok := c.lookupName(name, en)
	if ok && x.kind == eDef {
		return ast.LabelRef(r)
	}
	if !ok || x.kind != eInst {
		return r
	}
	for k := 1; k < len(r.Path); k++ {
		// Does the path up to step k lead to a definition? (Errors of the
		// trial are reported when r is compiled for real.)
		trial := &ast.ModRef{Path: r.Path[:k], Name: r.Path[k].Name, Args: r.Path[k].Args}
		nerr := len(c.errs)
		y, ok := c.resolveRef(trial, en)
		c.errs = c.errs[:nerr]
		if !ok || y.kind == eInst {
			continue
		}
		if y.kind != eDef {
			return r
		}
		lr := ast.LabelRef(&ast.ModRef{Path: r.Path[k:], Name: r.Name, Args: r.Args, Sels: r.Sels})
		lr.Path = r.Path[:k]
		return lr
	}
	return r
}

// operands are the parts of e that Op!n numbers from 1.
func operands(e ast.Expr) ([]ast.Expr, bool) {
	switch x := e.(type) {
	case *ast.Junction:
		return x.Items, true
	case *ast.Binary:
		return []ast.Expr{x.X, x.Y}, true
	case *ast.OpApp:
		return x.Args, true
	case *ast.Unary:
		return []ast.Expr{x.X}, true
	case *ast.If:
		return []ast.Expr{x.Cond, x.Then, x.Else}, true
	case *ast.Tuple:
		return x.Elems, true
	case *ast.SetEnum:
		return x.Elems, true
	case *ast.Quant:
		return boundSets(x.Bounds), true
	case *ast.Choose:
		return boundSets([]*ast.Bound{x.Bound}), true
	case *ast.SetFilter:
		return boundSets([]*ast.Bound{x.Bound}), true
	case *ast.SetMap:
		return boundSets(x.Bounds), true
	case *ast.FuncCons:
		return boundSets(x.Bounds), true
	}
	return nil, false
}

// boundSets are the sets of the bounds that have one.
func boundSets(bs []*ast.Bound) []ast.Expr {
	var out []ast.Expr
	for _, b := range bs {
		if b != nil && b.Set != nil {
			out = append(out, b.Set)
		}
	}
	return out
}

// binderOf is the bound names and the body of a binder (names is nil for
// a tuple binder <<x, y>> \in S); ok is false when e binds nothing.
func binderOf(e ast.Expr) (names []*ast.Ident, body ast.Expr, ok bool) {
	var bs []*ast.Bound
	switch x := e.(type) {
	case *ast.Quant:
		bs, body = x.Bounds, x.Body
	case *ast.Choose:
		bs, body = []*ast.Bound{x.Bound}, x.Body
	case *ast.SetFilter:
		bs, body = []*ast.Bound{x.Bound}, x.Pred
	case *ast.SetMap:
		bs, body = x.Bounds, x.Elem
	case *ast.FuncCons:
		bs, body = x.Bounds, x.Body
	default:
		return nil, nil, false
	}
	for _, b := range bs {
		if b == nil {
			continue
		}
		if b.Tuple {
			return nil, body, true
		}
		names = append(names, b.Names...)
	}
	return names, body, true
}

// selectPart is the part of definition d (found as x) that the selectors
// of r name, with the environment to compile it in: d's parameters
// denote r's arguments and the names bound by !(a, ...) theirs, all
// written in en.
func (c *compiler) selectPart(x *entry, d *ast.OpDef, r *ast.ModRef, en cenv) (ast.Expr, cenv, *token.Error) {
	part, binds, err := selectIn(d.Body, r.Sels, len(d.Params), len(r.Args), r.Pos())
	if err != nil {
		return nil, en, err
	}
	de := c.bindArgs(d, r.Args, defEnv(x, en), en)
	for _, b := range binds {
		de.sc = &scope{name: b.name, kind: bArg, arg: b.arg, argEnv: en, parent: de.sc}
	}
	return part, de, nil
}
