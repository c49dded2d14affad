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
			spaced(b, n.Params, func(p *Ident) { w(p.Name) })
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
		list(n.Op.String(), n.X, n.Y)
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
