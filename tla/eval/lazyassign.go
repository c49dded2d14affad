package eval

import (
	"fmt"
	"strings"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/span"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// lazyAssign is x, the value e assigned to a variable (x = e in Init,
// x' = e in an action), kept as TLC keeps it when e is a set constructor
// one of whose operands is not a set: TLC builds SubsetValue,
// SetOfFcnsValue, SetOfRcdsValue, SetOfTuplesValue, SetPredValue,
// SetCupValue and Seq(S) without looking at their operands, and fails
// only when it fingerprints the state holding the value, after counting
// it (TLC rev cc6b616: ZSubInit, ZFcnSetInit, ZFcnSetNext, ZRcdSetNext,
// ZProdInit, ZPredInit, ZSeqInit, ZCupNext). The value is then a
// value.BadSetV, which the checker's fingerprint rejects with TLC's
// message; any other use of it raises the constructor's own error.
func (c *compiler) lazyAssign(x cx, e ast.Expr, en cenv) cx {
	kind, ops := lazyOperands(ast.Unparen(e))
	if kind == "" || x.fn == nil || c.cov != nil {
		// Under coverage the operands compiled again would be counted
		// as nodes of their own: the constructor's error stands.
		return x
	}
	e = ast.Unparen(e)
	xs := make([]cx, len(ops))
	for i, o := range ops {
		xs[i] = c.expr(o, en)
	}
	pred := ""
	if f, ok := e.(*ast.SetFilter); ok {
		pred = c.nodeName(f.Pred, span.Module(f.Pred.Pos().Filename))
	}
	fn := x.fn
	cs := c.cs
	x.fn = func(k *ctx) (value.Value, error) {
		v, err := fn(k)
		if err == nil {
			return v, nil
		}
		if _, ok := err.(*Error); !ok {
			return v, err
		}
		// The operands evaluated again are no part of TLC's evaluation:
		// when the error stands, so does the stack taken at it. When the
		// value is kept lazy instead, TLC meets the error later, on
		// another stack (ZPredInit).
		fresh := cs != nil && cs.fresh
		failed := func() (value.Value, error) {
			if cs != nil {
				cs.fresh = fresh
			}
			return nil, err
		}
		vals := make([]value.Value, len(xs))
		bad := -1
		for i, o := range xs {
			ov, oerr := o.fn(k)
			if oerr != nil {
				return failed()
			}
			vals[i] = ov
			if _, ok := ov.(value.SetValue); !ok && bad < 0 {
				bad = i
			}
		}
		if bad < 0 {
			return failed()
		}
		return badSet(kind, e, vals, bad, pred, err), nil
	}
	x.into = nil
	return x
}

// lazyOperands names the constructor e is, when TLC keeps its value lazy,
// and its operands (a record set's in the order of its sorted fields).
func lazyOperands(e ast.Expr) (string, []ast.Expr) {
	switch y := e.(type) {
	case *ast.Unary:
		if y.Op == token.SUBSET {
			return "SUBSET", []ast.Expr{y.X}
		}
		if y.Op == token.UNION {
			return "UNION", []ast.Expr{y.X}
		}
	case *ast.FuncSet:
		return "fcnset", []ast.Expr{y.Dom, y.Rng}
	case *ast.RecordSet:
		fs := sortedByName(y.Fields)
		ops := make([]ast.Expr, len(fs))
		for i, f := range fs {
			ops[i] = f.Value
		}
		return "rcdset", ops
	case *ast.Product:
		return "product", y.Factors
	case *ast.SetFilter:
		if len(y.Bound.Names) == 1 && !y.Bound.Tuple {
			return "filter", []ast.Expr{y.Bound.Set}
		}
	case *ast.OpApp:
		if y.Name.Name == "Seq" && len(y.Args) == 1 {
			return "Seq", y.Args
		}
	case *ast.Binary:
		if y.Op == token.CUP {
			return "cup", []ast.Expr{y.X, y.Y}
		}
	}
	return "", nil
}

// sortedByName is fs sorted by field name (TLC's SetOfRcdsValue order).
func sortedByName(fs []*ast.Field) []*ast.Field {
	out := append([]*ast.Field(nil), fs...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].Name.Name < out[j-1].Name.Name; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// badSet is the lazy value of e (kind, its operands' values vals, the
// first not a set at index bad) as TLC prints and fingerprints it.
func badSet(kind string, e ast.Expr, vals []value.Value, bad int, pred string, err error) value.Value {
	b := vals[bad]
	var text, msg string
	src := any(e)
	switch kind {
	case "SUBSET":
		text = "SUBSET " + b.String()
		msg = fmt.Sprintf("Attempted to compute the number of elements in %s %s.", tlcKindName(b), b)
	case "UNION":
		// TLC's UnionValue enumerates its operand as it fingerprints
		// the state, and fails naming its Java enumerator (an object's
		// identity hash, which differs from run to run: a stand-in
		// here); in an initial state TLC's crash (Union3).
		text = "UNION " + b.String()
		msg = fmt.Sprintf("Attempted to enumerate the nonenumerable set:\ntlc2.value.impl.UnionValue$Enumerator@%x", uint32(e.Pos().Line*1000+e.Pos().Col)*2654435761>>4)
		return &value.BadSetV{Text: text, Fp: &value.FingerprintError{Msg: msg, Src: src, InitCrash: true}, Err: err}
	case "fcnset":
		text = "[" + vals[0].String() + " -> " + vals[1].String() + "]"
		what := "domain D"
		if bad == 1 {
			what = "range R"
		}
		msg = fmt.Sprintf("Attempted to enumerate a set of the form [D -> R],but the %s:\n%s\ncannot be enumerated.", what, b)
	case "rcdset":
		fs := sortedByName(e.(*ast.RecordSet).Fields)
		parts := make([]string, len(fs))
		for i, f := range fs {
			parts[i] = f.Name.Name + ": " + vals[i].String()
		}
		text = "[" + strings.Join(parts, ", ") + "]"
		msg = fmt.Sprintf("Attempted to enumerate a set of the form [l1 : v1, ..., ln : vn],\nbut can't enumerate the value of the `%s' field:\n%s", fs[bad].Name.Name, b)
	case "product":
		parts := make([]string, len(vals))
		for i, v := range vals {
			parts[i] = v.String()
		}
		text = "(" + strings.Join(parts, " \\X ") + ")"
		msg = fmt.Sprintf("Attempted to enumerate a set of the form s1 \\X s2 ... \\X sn,\nbut can't enumerate s%d:\n%s", bad, b)
	case "filter":
		f := e.(*ast.SetFilter)
		text = "{" + f.Bound.Names[0].Name + " \\in " + b.String() + " : <expression " + pred + "> }"
		msg = fmt.Sprintf("Attempted to enumerate { x \\in S : p(x) } when S:\n%s\nis not enumerable", b)
		src = nil
	case "Seq":
		text = "Seq(" + b.String() + ")"
		msg = "TLC has found a state in which the value of a variable contains " + text
		src = nil
	case "cup":
		a, c := vals[0], vals[1]
		if _, ok := a.(value.SetValue); !ok {
			if _, ok := c.(value.SetValue); ok {
				a, c = c, a // an enumerable operand first (setOp)
			}
		}
		text = a.String() + " \\cup " + c.String()
		msg = fmt.Sprintf("Attempted to enumerate S \\cup T when S:\n%s\nand T:\n%s\nare not both enumerable", a, c)
	}
	return &value.BadSetV{Text: text, Fp: &value.FingerprintError{Msg: msg, Src: src}, Err: err}
}

// tlcKindName is how TLC's messages name a value that is not a set: "the
// integer 3", "the string \"a\"".
func tlcKindName(v value.Value) string {
	if !scalarClass(v) {
		return "the value"
	}
	return "the " + v.Kind().String()
}
