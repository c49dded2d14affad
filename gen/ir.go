package gen

import "strconv"

// The control fragment compiles to a tiny expression language over two integers, the
// counter and its bound: enough for every guard and effect the convention allows, small
// enough that the generator can evaluate it (for the exclusion proof) and print it both as
// Go and as the TLA+ it came from.

// env is the point at which an expression is evaluated.
type env struct{ refs, max int }

type intExpr interface {
	eval(e env) int
	goSrc() string
	tla(names *names) string
}

type boolExpr interface {
	eval(e env) bool
	goSrc() string
	tla(names *names) string
}

// names holds the spec's spelling of the counter and its bound, for printing.
type names struct{ counter, max string }

type (
	intLit   int
	counter  struct{}
	bound    struct{}
	intArith struct {
		op   string // "+" or "-"
		x, y intExpr
	}
	intNeg struct{ x intExpr }
)

func (l intLit) eval(env) int        { return int(l) }
func (l intLit) goSrc() string       { return strconv.Itoa(int(l)) }
func (l intLit) tla(*names) string   { return strconv.Itoa(int(l)) }
func (counter) eval(e env) int       { return e.refs }
func (counter) goSrc() string        { return "v.Refs" }
func (counter) tla(n *names) string  { return n.counter }
func (bound) eval(e env) int         { return e.max }
func (bound) goSrc() string          { return "v.Max" }
func (bound) tla(n *names) string    { return n.max }
func (a intNeg) eval(e env) int      { return -a.x.eval(e) }
func (a intNeg) goSrc() string       { return "-(" + a.x.goSrc() + ")" }
func (a intNeg) tla(n *names) string { return "-(" + a.x.tla(n) + ")" }
func (a intArith) goSrc() string {
	y := a.y.goSrc()
	if _, ok := a.y.(intArith); ok {
		y = "(" + y + ")" // + and - associate to the left
	}
	return a.x.goSrc() + " " + a.op + " " + y
}
func (a intArith) tla(n *names) string {
	y := a.y.tla(n)
	if _, ok := a.y.(intArith); ok {
		y = "(" + y + ")"
	}
	return a.x.tla(n) + " " + a.op + " " + y
}
func (a intArith) eval(e env) int {
	if a.op == "+" {
		return a.x.eval(e) + a.y.eval(e)
	}
	return a.x.eval(e) - a.y.eval(e)
}

type (
	boolLit bool
	compare struct {
		op   string // Go spelling: == != < > <= >=
		x, y intExpr
	}
	logic struct {
		op   string // "&&" or "||"
		args []boolExpr
	}
	not struct{ x boolExpr }
)

var tlaCompare = map[string]string{"==": "=", "!=": "#", "<": "<", ">": ">", "<=": "<=", ">=": ">="}

func (b boolLit) eval(env) bool { return bool(b) }
func (b boolLit) goSrc() string {
	if b {
		return "true"
	}
	return "false"
}
func (b boolLit) tla(*names) string {
	if b {
		return "TRUE"
	}
	return "FALSE"
}

func (c compare) eval(e env) bool {
	x, y := c.x.eval(e), c.y.eval(e)
	switch c.op {
	case "==":
		return x == y
	case "!=":
		return x != y
	case "<":
		return x < y
	case ">":
		return x > y
	case "<=":
		return x <= y
	}
	return x >= y
}
func (c compare) goSrc() string { return c.x.goSrc() + " " + c.op + " " + c.y.goSrc() }
func (c compare) tla(n *names) string {
	return c.x.tla(n) + " " + tlaCompare[c.op] + " " + c.y.tla(n)
}

func (l logic) eval(e env) bool {
	for _, a := range l.args {
		if a.eval(e) == (l.op == "||") {
			return l.op == "||"
		}
	}
	return l.op == "&&"
}
func (l logic) goSrc() string {
	s := ""
	for i, a := range l.args {
		if i > 0 {
			s += " " + l.op + " "
		}
		if _, ok := a.(logic); ok {
			s += "(" + a.goSrc() + ")"
		} else {
			s += a.goSrc()
		}
	}
	return s
}
func (l logic) tla(n *names) string {
	op := ` /\ `
	if l.op == "||" {
		op = ` \/ `
	}
	s := ""
	for i, a := range l.args {
		if i > 0 {
			s += op
		}
		if _, ok := a.(logic); ok {
			s += "(" + a.tla(n) + ")"
		} else {
			s += a.tla(n)
		}
	}
	return s
}

func (x not) eval(e env) bool     { return !x.x.eval(e) }
func (x not) goSrc() string       { return "!(" + x.x.goSrc() + ")" }
func (x not) tla(n *names) string { return "~(" + x.x.tla(n) + ")" }
