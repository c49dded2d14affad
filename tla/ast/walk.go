package ast

// Inspect traverses the tree rooted at n in depth-first order: it calls
// f(n), and if that returns true, inspects each child of n in source order.
// It is how the semantic checks and the FSM compiler visit every
// expression without each writing its own traversal. Bounds, case arms,
// fields and EXCEPT updates are not nodes of their own; their expressions
// are visited as children of the node that holds them.
//
// The depth of the recursion is the depth of the tree except along
// left-associative chains (a + b + ... + z, a /\ b /\ ...), which are
// walked in a loop: such chains are as long as the input, while the parser
// bounds every other kind of nesting.
func Inspect(n Node, f func(Node) bool) {
	if n == nil || !f(n) {
		return
	}
	if b, ok := n.(*Binary); ok {
		inspectChain(b, f)
		return
	}
	visit := func(x Node) {
		if x != nil && !isNilNode(x) {
			Inspect(x, f)
		}
	}
	bounds := func(bs []*Bound) {
		for _, b := range bs {
			if b == nil {
				continue
			}
			for _, id := range b.Names {
				visit(id)
			}
			visit(b.Set)
		}
	}
	switch n := n.(type) {
	case *Module:
		for _, u := range n.Units {
			visit(u)
		}
	case *Constants:
		for _, d := range n.Names {
			visit(d.Name)
		}
	case *Variables:
		for _, id := range n.Names {
			visit(id)
		}
	case *Assume:
		visit(n.Expr)
	case *OpDef:
		visit(n.Body)
	case *FuncDef:
		bounds(n.Bounds)
		visit(n.Body)
	case *OpApp:
		visit(n.Name)
		for _, a := range n.Args {
			visit(a)
		}
	case *Unary:
		visit(n.X)
	case *Prime:
		visit(n.X)
	case *Junction:
		for _, x := range n.Items {
			visit(x)
		}
	case *Paren:
		visit(n.X)
	case *If:
		visit(n.Cond)
		visit(n.Then)
		visit(n.Else)
	case *Case:
		for _, a := range n.Arms {
			visit(a.Cond)
			visit(a.Value)
		}
		visit(n.Other)
	case *Let:
		for _, d := range n.Defs {
			visit(d)
		}
		visit(n.Body)
	case *Quant:
		bounds(n.Bounds)
		visit(n.Body)
	case *Choose:
		bounds([]*Bound{n.Bound})
		visit(n.Body)
	case *SetEnum:
		for _, x := range n.Elems {
			visit(x)
		}
	case *SetFilter:
		bounds([]*Bound{n.Bound})
		visit(n.Pred)
	case *SetMap:
		visit(n.Elem)
		bounds(n.Bounds)
	case *Tuple:
		for _, x := range n.Elems {
			visit(x)
		}
	case *FuncCons:
		bounds(n.Bounds)
		visit(n.Body)
	case *FuncApp:
		visit(n.Fn)
		for _, a := range n.Args {
			visit(a)
		}
	case *FuncSet:
		visit(n.Dom)
		visit(n.Rng)
	case *Record:
		for _, fl := range n.Fields {
			visit(fl.Value)
		}
	case *RecordSet:
		for _, fl := range n.Fields {
			visit(fl.Value)
		}
	case *Except:
		visit(n.Fn)
		for _, u := range n.Updates {
			for _, st := range u.Path {
				for _, x := range st.Index {
					visit(x)
				}
			}
			visit(u.Value)
		}
	case *Dot:
		visit(n.X)
	case *BoxAction:
		visit(n.Action)
		visit(n.Sub)
	case *AngleAction:
		visit(n.Action)
		visit(n.Sub)
	case *Fairness:
		visit(n.Sub)
		visit(n.Action)
	case *Recursive:
		for _, d := range n.Names {
			visit(d.Name)
		}
	case *Lambda:
		for _, id := range n.Params {
			visit(id)
		}
		visit(n.Body)
	case *Label:
		visit(n.Name)
		for _, id := range n.Params {
			visit(id)
		}
		visit(n.Body)
	case *Postfix:
		visit(n.X)
	case *Product:
		for _, x := range n.Factors {
			visit(x)
		}
	case *Theorem:
		visit(n.Name)
		visit(n.Body)
		visit(n.Proof)
	case *UseHide:
		for _, x := range n.Facts {
			visit(x)
		}
		for _, x := range n.Defs {
			visit(x)
		}
	case *AssumeProve:
		for _, x := range n.Assume {
			visit(x)
		}
		visit(n.Prove)
	case *NewDecl:
		visit(n.Name)
		visit(n.Set)
	case *ModuleRef:
		visit(n.Name)
	case *TerminalProof:
		for _, x := range n.Facts {
			visit(x)
		}
		for _, x := range n.Defs {
			visit(x)
		}
	case *StepsProof:
		for _, st := range n.Steps {
			visit(st)
		}
	case *Step:
		for _, x := range n.Exprs {
			visit(x)
		}
		bounds(n.Bounds)
		for _, d := range n.Defs {
			visit(d)
		}
		visit(n.Use)
		visit(n.Instance)
		visit(n.Proof)
	case *ModRef:
		for _, st := range n.Path {
			for _, a := range st.Args {
				visit(a)
			}
		}
		for _, a := range n.Args {
			visit(a)
		}
		for _, sel := range n.Sels {
			for _, a := range sel.Args {
				visit(a)
			}
		}
	case *Instance:
		visit(n.Module)
		for _, s := range n.With {
			visit(s.Name)
			visit(s.Value)
		}
	case *InstanceDef:
		visit(n.Inst)
	}
}

// inspectChain inspects the Binary b, whose f(b) has returned true, and
// the Binary nodes down its left operands in a loop: first the spine
// top-down (as the recursion would), then the leftmost operand, then each
// right operand bottom-up.
func inspectChain(b *Binary, f func(Node) bool) {
	spine := []*Binary{b}
	for {
		x, ok := spine[len(spine)-1].X.(*Binary)
		if !ok || x == nil || !f(x) {
			if !ok || x == nil {
				if l := spine[len(spine)-1].X; l != nil && !isNilNode(l) {
					Inspect(l, f)
				}
			}
			break
		}
		spine = append(spine, x)
	}
	for i := len(spine) - 1; i >= 0; i-- {
		if y := spine[i].Y; y != nil && !isNilNode(y) {
			Inspect(y, f)
		}
	}
}

// isNilNode reports whether x is an interface holding a nil pointer, so
// that a partially built tree (after a parse error) can still be walked.
func isNilNode(x Node) bool {
	switch v := x.(type) {
	case *Ident:
		return v == nil
	case *UseHide:
		return v == nil
	case *Instance:
		return v == nil
	case *Binary:
		return v == nil
	case *OpDef:
		return v == nil
	case *FuncDef:
		return v == nil
	}
	return false
}

// Unparen is e without the parentheses around it: ((x)) is x.
func Unparen(e Expr) Expr {
	for {
		p, ok := e.(*Paren)
		if !ok {
			return e
		}
		e = p.X
	}
}

// BoundNames are the names the node n binds for its own body: the bound
// variables of a quantifier, CHOOSE, set constructor, function
// constructor or definition, TAKE and PICK; the parameters of a LAMBDA
// or a label; a NEW declaration's name.
func BoundNames(n Node) []*Ident {
	var out []*Ident
	bounds := func(bs ...*Bound) {
		for _, b := range bs {
			if b != nil {
				out = append(out, b.Names...)
			}
		}
	}
	switch x := n.(type) {
	case *FuncDef:
		bounds(x.Bounds...)
	case *Quant:
		bounds(x.Bounds...)
	case *Choose:
		bounds(x.Bound)
	case *SetFilter:
		bounds(x.Bound)
	case *SetMap:
		bounds(x.Bounds...)
	case *FuncCons:
		bounds(x.Bounds...)
	case *Step:
		bounds(x.Bounds...) // TAKE, PICK
	case *NewDecl:
		out = append(out, x.Name)
	case *Lambda:
		out = append(out, x.Params...)
	case *Label:
		out = append(out, x.Params...)
	}
	return out
}
