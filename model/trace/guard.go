package trace

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// conjuncts flattens the top-level conjunction of an action body.
func conjuncts(e ast.Expr) []ast.Expr {
	switch x := e.(type) {
	case *ast.Junction:
		if x.Op == token.AND {
			var out []ast.Expr
			for _, it := range x.Items {
				out = append(out, conjuncts(it)...)
			}
			return out
		}
	case *ast.Binary:
		if x.Op == token.AND {
			return append(conjuncts(x.X), conjuncts(x.Y)...)
		}
	case *ast.Paren:
		return conjuncts(x.X)
	}
	return []ast.Expr{e}
}

// oneLine renders a conjunct in TLA+ syntax for the report (the forms guards take; anything
// else in the tree's own notation).
func oneLine(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.Ident:
		return x.Name
	case *ast.Number:
		return x.Lit
	case *ast.String:
		return strconv.Quote(x.Value)
	case *ast.Bool:
		if x.Value {
			return "TRUE"
		}
		return "FALSE"
	case *ast.Paren:
		return "(" + oneLine(x.X) + ")"
	case *ast.Prime:
		return oneLine(x.X) + "'"
	case *ast.Unary:
		return x.Op.String() + oneLine(x.X)
	case *ast.Binary:
		return oneLine(x.X) + " " + x.Op.String() + " " + oneLine(x.Y)
	case *ast.SetEnum:
		parts := make([]string, len(x.Elems))
		for i, el := range x.Elems {
			parts[i] = oneLine(el)
		}
		return "{" + strings.Join(parts, ", ") + "}"
	}
	return strings.Join(strings.Fields(ast.Sprint(e)), " ")
}

// guardEnv evaluates the part of an expression that an event determines: the phase and the
// counter before (unprimed) and after (primed) the step, integer constants of the model,
// and literals. Anything else is unknown (ok == false).
type guardEnv struct {
	c             *Checker
	phase, phase2 string
	refs, refs2   int64
}

// describe lists the observed values a conjunct mentions, e.g. "refs = 1".
func (g guardEnv) describe(e ast.Expr) string {
	var out []string
	seen := map[string]bool{}
	ast.Inspect(e, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.Prime:
			if id, ok := x.X.(*ast.Ident); ok {
				if v, ok := g.eval(x); ok && !seen[id.Name+"'"] {
					seen[id.Name+"'"] = true
					out = append(out, fmt.Sprintf("%s' = %v", id.Name, show(v)))
				}
			}
			return false
		case *ast.Ident:
			if v, ok := g.eval(x); ok && !seen[x.Name] {
				seen[x.Name] = true
				out = append(out, fmt.Sprintf("%s = %v", x.Name, show(v)))
			}
		}
		return true
	})
	return strings.Join(out, ", ")
}

func show(v any) string {
	if s, ok := v.(string); ok {
		return fmt.Sprintf("%q", s)
	}
	return fmt.Sprint(v)
}

func (g guardEnv) eval(e ast.Expr) (any, bool) {
	switch x := e.(type) {
	case *ast.Paren:
		return g.eval(x.X)
	case *ast.Number:
		return x.Value, true
	case *ast.String:
		return x.Value, true
	case *ast.Bool:
		return x.Value, true
	case *ast.Ident:
		switch x.Name {
		case g.c.ctl.phase:
			return g.phase, true
		case g.c.ctl.counter:
			return g.refs, true
		}
		if n, ok := g.c.consts[x.Name]; ok {
			return n, true
		}
	case *ast.Prime:
		if id, ok := x.X.(*ast.Ident); ok {
			switch id.Name {
			case g.c.ctl.phase:
				return g.phase2, true
			case g.c.ctl.counter:
				return g.refs2, true
			}
		}
		// e' where e does not mention the phase or counter: evaluate in the next state.
		next := guardEnv{c: g.c, phase: g.phase2, refs: g.refs2, phase2: g.phase2, refs2: g.refs2}
		return next.eval(x.X)
	case *ast.SetEnum:
		set := make([]any, 0, len(x.Elems))
		for _, el := range x.Elems {
			v, ok := g.eval(el)
			if !ok {
				return nil, false
			}
			set = append(set, v)
		}
		return set, true
	case *ast.Unary:
		if x.Op == token.NOT {
			if v, ok := g.eval(x.X); ok {
				if b, ok := v.(bool); ok {
					return !b, true
				}
			}
		}
	case *ast.Junction:
		return g.logic(x.Op, x.Items)
	case *ast.Binary:
		if x.Op == token.AND || x.Op == token.OR {
			return g.logic(x.Op, []ast.Expr{x.X, x.Y})
		}
		l, ok1 := g.eval(x.X)
		r, ok2 := g.eval(x.Y)
		if !ok1 || !ok2 {
			return nil, false
		}
		return binaryOp(x.Op, l, r)
	}
	return nil, false
}

// logic evaluates /\ or \/ when the known items decide it.
func (g guardEnv) logic(op token.Kind, items []ast.Expr) (any, bool) {
	unknown := false
	for _, it := range items {
		v, ok := g.eval(it)
		b, isBool := v.(bool)
		if !ok || !isBool {
			unknown = true
			continue
		}
		if op == token.AND && !b {
			return false, true
		}
		if op == token.OR && b {
			return true, true
		}
	}
	if unknown {
		return nil, false
	}
	return op == token.AND, true
}

func binaryOp(op token.Kind, l, r any) (any, bool) {
	li, lInt := l.(int64)
	ri, rInt := r.(int64)
	switch op {
	case token.EQ:
		return equal(l, r), true
	case token.NEQ:
		return !equal(l, r), true
	case token.IN, token.NOTIN:
		set, ok := r.([]any)
		if !ok {
			return nil, false
		}
		in := false
		for _, el := range set {
			in = in || equal(l, el)
		}
		return in == (op == token.IN), true
	}
	if !lInt || !rInt {
		return nil, false
	}
	switch op {
	case token.LT:
		return li < ri, true
	case token.GT:
		return li > ri, true
	case token.LEQ:
		return li <= ri, true
	case token.GEQ:
		return li >= ri, true
	case token.PLUS:
		return li + ri, true
	case token.MINUS:
		return li - ri, true
	}
	return nil, false
}

func equal(a, b any) bool {
	switch x := a.(type) {
	case int64, string, bool:
		return a == b
	case []any:
		y, ok := b.([]any)
		if !ok || len(x) != len(y) {
			return false
		}
		for _, el := range x {
			found := false
			for _, el2 := range y {
				found = found || equal(el, el2)
			}
			if !found {
				return false
			}
		}
		return true
	}
	return false
}
