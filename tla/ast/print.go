package ast

import (
	"io"
	"strconv"
	"strings"
)

// Sprint renders a node as a compact S-expression, e.g.
// (and (= x 0) (= (' y) 1)). It exists so that tests (the parser's and
// anyone's) can state the expected shape of a tree in one readable line, and
// so that debugging output shows structure rather than Go pointers.
// Operators print as their canonical token spelling.
func Sprint(n Node) string {
	var b strings.Builder
	sprint(&b, n)
	return b.String()
}

func sprint(b *strings.Builder, n Node) {
	w := b.WriteString
	list := func(head string, xs ...Node) {
		w("(" + head)
		for _, x := range xs {
			w(" ")
			sprint(b, x)
		}
		w(")")
	}
	exprs := func(xs []Expr) []Node {
		ns := make([]Node, len(xs))
		for i, x := range xs {
			ns[i] = x
		}
		return ns
	}
	bound := func(bd *Bound) {
		if bd == nil {
			w("<nil>")
			return
		}
		w("(")
		if bd.Tuple {
			w("<<")
		}
		spaced(b, bd.Names, func(id *Ident) { w(id.Name) })
		if bd.Tuple {
			w(">>")
		}
		w(` \in `)
		sprint(b, bd.Set)
		w(")")
	}
	bounds := func(bs []*Bound) {
		w("[")
		spaced(b, bs, bound)
		w("]")
	}
	if n == nil || isNilNode(n) {
		w("<nil>")
		return
	}
	switch n := n.(type) {
	case *Module:
		w("(module " + n.Name.Name)
		for _, u := range n.Units {
			w(" ")
			sprint(b, u)
		}
		w(")")
	case *Constants:
		w("(constants")
		for _, d := range n.Names {
			w(" " + d.Name.Name)
		}
		w(")")
	case *Variables:
		w("(variables")
		for _, id := range n.Names {
			w(" " + id.Name)
		}
		w(")")
	case *Assume:
		w("(assume ")
		if n.Name != nil {
			w(n.Name.Name + " ")
		}
		sprint(b, n.Expr)
		w(")")
	case *OpDef:
		w("(def ")
		if n.Local {
			w("local ")
		}
		w(n.Name.Name)
		if len(n.Params) > 0 {
			w("(")
			for i, p := range n.Params {
				if i > 0 {
					w(" ")
				}
				w(p.Name)
				if i < len(n.ParamArity) && n.ParamArity[i] > 0 {
					w("/" + strconv.Itoa(n.ParamArity[i]))
				}
			}
			w(")")
		}
		w(" ")
		sprint(b, n.Body)
		w(")")
	case *FuncDef:
		w("(fdef ")
		if n.Local {
			w("local ")
		}
		w(n.Name.Name + " ")
		bounds(n.Bounds)
		w(" ")
		sprint(b, n.Body)
		w(")")
	case *Ident:
		w(n.Name)
	case *Number:
		w(strconv.FormatInt(n.Value, 10))
	case *String:
		w(strconv.Quote(n.Value))
	case *Bool:
		if n.Value {
			w("TRUE")
		} else {
			w("FALSE")
		}
	case *OpApp:
		list("call "+n.Name.Name, exprs(n.Args)...)
	case *Unary:
		list(n.Op.String(), n.X)
	case *Prime:
		list("'", n.X)
	case *Binary:
		// A left-associative chain is printed in a loop (it is as long as
		// the input); see Inspect.
		spine := []*Binary{n}
		for {
			x, ok := spine[len(spine)-1].X.(*Binary)
			if !ok || x == nil {
				break
			}
			spine = append(spine, x)
		}
		for _, b := range spine {
			w("(" + b.Op.String() + " ")
		}
		sprint(b, spine[len(spine)-1].X)
		for i := len(spine) - 1; i >= 0; i-- {
			w(" ")
			sprint(b, spine[i].Y)
			w(")")
		}
	case *Junction:
		head := "/\\*"
		if n.Op.String() == `\/` {
			head = "\\/*"
		}
		list(head, exprs(n.Items)...)
	case *Paren:
		list("paren", n.X)
	case *If:
		list("if", n.Cond, n.Then, n.Else)
	case *Case:
		w("(case")
		for _, a := range n.Arms {
			w(" (")
			sprint(b, a.Cond)
			w(" -> ")
			sprint(b, a.Value)
			w(")")
		}
		if n.Other != nil {
			w(" (other ")
			sprint(b, n.Other)
			w(")")
		}
		w(")")
	case *Let:
		w("(let [")
		spaced(b, n.Defs, func(d Unit) { sprint(b, d) })
		w("] ")
		sprint(b, n.Body)
		w(")")
	case *Quant:
		w("(" + n.Op.String() + " ")
		bounds(n.Bounds)
		w(" ")
		sprint(b, n.Body)
		w(")")
	case *Choose:
		w("(choose ")
		bound(n.Bound)
		w(" ")
		sprint(b, n.Body)
		w(")")
	case *SetEnum:
		list("set", exprs(n.Elems)...)
	case *SetFilter:
		w("(filter ")
		bound(n.Bound)
		w(" ")
		sprint(b, n.Pred)
		w(")")
	case *SetMap:
		w("(map ")
		sprint(b, n.Elem)
		w(" ")
		bounds(n.Bounds)
		w(")")
	case *Tuple:
		list("tuple", exprs(n.Elems)...)
	case *FuncCons:
		w("(fcn ")
		bounds(n.Bounds)
		w(" ")
		sprint(b, n.Body)
		w(")")
	case *FuncApp:
		list("app", append([]Node{n.Fn}, exprs(n.Args)...)...)
	case *FuncSet:
		list("->", n.Dom, n.Rng)
	case *Record, *RecordSet:
		var fields []*Field
		sep := " |-> "
		head := "(record"
		if r, ok := n.(*Record); ok {
			fields = r.Fields
		} else {
			fields = n.(*RecordSet).Fields
			sep, head = " : ", "(recordset"
		}
		w(head)
		for _, f := range fields {
			w(" (" + f.Name.Name + sep)
			sprint(b, f.Value)
			w(")")
		}
		w(")")
	case *Except:
		w("(except ")
		sprint(b, n.Fn)
		for _, u := range n.Updates {
			w(" (!")
			for _, st := range u.Path {
				if st.Field != nil {
					w("." + st.Field.Name)
					continue
				}
				w("[")
				spaced(b, st.Index, func(x Expr) { sprint(b, x) })
				w("]")
			}
			w(" = ")
			sprint(b, u.Value)
			w(")")
		}
		w(")")
	case *At:
		w("@")
	case *Dot:
		w("(. ")
		sprint(b, n.X)
		w(" " + n.Field.Name + ")")
	case *BoxAction:
		list("[]_", n.Action, n.Sub)
	case *AngleAction:
		list("<>_", n.Action, n.Sub)
	case *Fairness:
		list(n.Op.String(), n.Sub, n.Action)
	case *Recursive:
		w("(recursive")
		for _, d := range n.Names {
			w(" " + d.Name.Name)
			if d.Arity > 0 {
				w("/" + strconv.Itoa(d.Arity))
			}
		}
		w(")")
	case *Lambda:
		w("(lambda (")
		spaced(b, n.Params, func(p *Ident) { w(p.Name) })
		w(") ")
		sprint(b, n.Body)
		w(")")
	case *OpSymbol:
		w("(op " + n.Op.String() + ")")
	case *Label:
		w("(label " + n.Name.Name)
		if len(n.Params) > 0 {
			w("(")
			spaced(b, n.Params, func(p *Ident) { w(p.Name) })
			w(")")
		}
		w(" ")
		sprint(b, n.Body)
		w(")")
	case *Postfix:
		list(n.Op.String(), n.X)
	case *Product:
		list(`\X`, exprs(n.Factors)...)
	case *Theorem:
		w("(" + strings.ToLower(n.Kind.String()) + " ")
		if n.Name != nil {
			w(n.Name.Name + " ")
		}
		sprint(b, n.Body)
		if n.Proof != nil {
			w(" ")
			sprint(b, n.Proof)
		}
		w(")")
	case *UseHide:
		head := "(use"
		if n.Hide {
			head = "(hide"
		}
		w(head)
		if n.Only {
			w(" only")
		}
		factsDefs(b, n.Facts, n.Defs)
		w(")")
	case *AssumeProve:
		w("(assume")
		for _, a := range n.Assume {
			w(" ")
			sprint(b, a)
		}
		w(" prove ")
		sprint(b, n.Prove)
		w(")")
	case *NewDecl:
		w("(" + strings.ToLower(n.Kind.String()) + " " + n.Name.Name)
		if n.Arity > 0 {
			w("/" + strconv.Itoa(n.Arity))
		}
		if n.Set != nil {
			w(` \in `)
			sprint(b, n.Set)
		}
		w(")")
	case *StepRef:
		w(n.Name)
	case *ModuleRef:
		w("(module " + n.Name.Name + ")")
	case *TerminalProof:
		w("(" + strings.ToLower(n.Kind.String()))
		if n.Only {
			w(" only")
		}
		factsDefs(b, n.Facts, n.Defs)
		w(")")
	case *StepsProof:
		w("(proof")
		for _, st := range n.Steps {
			w(" ")
			sprint(b, st)
		}
		w(")")
	case *Step:
		w("(" + n.Name)
		if n.Kind != 0 {
			w(" " + strings.ToLower(n.Kind.String()))
		}
		for _, x := range n.Exprs {
			w(" ")
			sprint(b, x)
		}
		if len(n.Bounds) > 0 {
			w(" ")
			bounds(n.Bounds)
		}
		for _, d := range n.Defs {
			w(" ")
			sprint(b, d)
		}
		if n.Use != nil {
			w(" ")
			sprint(b, n.Use)
		}
		if n.Instance != nil {
			w(" ")
			sprint(b, n.Instance)
		}
		if n.Proof != nil {
			w(" ")
			sprint(b, n.Proof)
		}
		w(")")
	case *Instance:
		w("(instance " + n.Module.Name)
		for _, s := range n.With {
			w(" (" + s.Name.Name + " <- ")
			sprint(b, s.Value)
			w(")")
		}
		w(")")
	case *ModRef:
		name := ""
		var args []Expr
		for _, st := range n.Path {
			name += st.Name.Name + "!"
			args = append(args, st.Args...)
		}
		name += n.Name.Name
		args = append(args, n.Args...)
		for _, sel := range n.Sels {
			name += "!" + sel.Sel
			args = append(args, sel.Args...)
		}
		list("call "+name, exprs(args)...)
	default:
		w("<?>")
	}
}

// factsDefs writes the facts and DEF list of BY, USE and HIDE.
func factsDefs(b *strings.Builder, facts, defs []Expr) {
	for _, x := range facts {
		b.WriteByte(' ')
		sprint(b, x)
	}
	if len(defs) > 0 {
		b.WriteString(" def")
		for _, x := range defs {
			b.WriteByte(' ')
			sprint(b, x)
		}
	}
}

// spaced calls write on each of xs, with a space between them.
func spaced[T any](b *strings.Builder, xs []T, write func(T)) {
	for i, x := range xs {
		if i > 0 {
			b.WriteByte(' ')
		}
		write(x)
	}
}

// Fprint writes Sprint(n) and a newline to w.
func Fprint(w io.Writer, n Node) error {
	_, err := io.WriteString(w, Sprint(n)+"\n")
	return err
}
