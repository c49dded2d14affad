package eval

import (
	"fmt"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/value"
)

// appFrame is an application of a user-defined operator that the split of
// Next (split) went into. TLC's Tool.getActions goes into it only when its
// arguments are constant (their level is 0) and evaluate without a state;
// then the action found under it is named by the operator and the values
// of the operator's own formal parameters ("Two(1,0)", not the values of
// every \E on the way). Otherwise the application itself is one action,
// named by the operator without values and located at the application.
type appFrame struct {
	parent *appFrame
	name   string
	expr   ast.Expr // the application
	lo, hi int      // the leaves of the split under it, hi excluded
	// known: the arguments were compiled.
	known bool
	args  []appArg
	// formals are the definition's formal parameters, by name.
	formals []string
	// subst: the application enters an instance with substitutions,
	// which TLC does not go into (tlcsubst.go).
	subst *instCtx
}

// appArg is an argument of an appFrame.
type appArg struct {
	x     cx     // a value argument, compiled where the application is
	op    string // an operator argument, as TLC prints it ("<Operator LAMBDA>"); "" unknown
	isOp  bool
	state bool // the argument reads the state or the next state (TLC: level > 0)
}

// enterApp makes the frame of the application e of d in en.
func (c *compiler) enterApp(e ast.Expr, d *ast.OpDef, en cenv) *appFrame {
	f := &appFrame{parent: c.app, name: d.Name.Name, expr: e, lo: c.nsplit}
	for _, p := range d.Params {
		if p == nil { // a definition made for an instance's arguments (tlcsubst.go)
			f.formals = nil
			break
		}
		f.formals = append(f.formals, p.Name)
	}
	var args []ast.Expr
	switch e := e.(type) {
	case *ast.OpApp:
		args = e.Args
	case *ast.ModRef:
		args = e.Args
	}
	if len(args) != len(d.Params) {
		return f
	}
	// The arguments are compiled once more, for their values alone: what
	// compiling leaves in the compiler is put back, and under coverage
	// they are compiled outside any tree, so that no count changes.
	f.known = true
	nerr, prime, temporal, minRead, pending := len(c.errs), c.sawPrime, c.temporal, c.minRead, c.pendingMin
	cov, covTop, noSelf := c.cov, c.covTop, c.covNoSelf
	c.cov, c.covTop, c.covNoSelf = nil, nil, nil
	defer func() {
		if r := recover(); r != nil {
			f.known, f.args = false, nil
		}
		if len(c.errs) > nerr {
			f.known = false
		}
		c.errs, c.sawPrime, c.temporal, c.minRead, c.pendingMin = c.errs[:nerr], prime, temporal, minRead, pending
		c.cov, c.covTop, c.covNoSelf = cov, covTop, noSelf
	}()
	for i, a := range args {
		if paramArity(d, i) > 0 {
			f.args = append(f.args, appArg{isOp: true, op: c.opArgName(a, en), state: c.opArgState(a, en, paramArity(d, i))})
			continue
		}
		x := c.expr(a, en)
		f.args = append(f.args, appArg{x: x, state: x.dep&(depState|depNext) != 0})
	}
	return f
}

// opArgName is TLC's print of an operator argument: a LAMBDA, or a
// user-defined operator by its name; "" for the others (a standard
// operator TLC implements in Java prints as its Java method).
func (c *compiler) opArgName(a ast.Expr, en cenv) string {
	switch a := ast.Unparen(a).(type) {
	case *ast.Lambda:
		return "<Operator LAMBDA>"
	case *ast.Ident:
		if b := en.sc.lookup(a.Name); b != nil {
			if b.kind == bLetOp {
				return "<Operator " + a.Name + ">"
			}
			return ""
		}
		d, _, ok := c.moduleOpDef(a.Name, en)
		if !ok || !c.userFile(d.Start.Filename) {
			return ""
		}
		return "<Operator " + d.Name.Name + ">"
	}
	return ""
}

// userFile reports whether filename is a module of the spec's own (not a
// standard one, whose operators TLC may implement in Java).
func (c *compiler) userFile(filename string) bool {
	if c.mod != nil && c.mod.Start.Filename == filename {
		return true
	}
	for _, m := range c.prog {
		if m != nil && m.Start.Filename == filename {
			return true
		}
	}
	return false
}

// opArgState reports whether the operator argument a (of arity
// arity) reads the state or primes something: SANY's level of the
// argument, above 0, as the compiler computes it for any expression (its
// dep flags and primes): a compiled to an application to fresh bound
// variables, which read no state.
func (c *compiler) opArgState(a ast.Expr, en cenv, arity int) bool {
	ce := c.levelOf(func() cx {
		_, x := c.operatorClosure(a, en, arity, a.Pos())
		return x
	})
	return ce.x.dep&(depState|depNext) != 0 || ce.prime || ce.temporal
}

// params evaluates the frame's arguments as TLC's getActionsAppl
// does, in no state with the values bound on the way (k.env): ok is
// false when TLC does not go into the application (an argument of level
// above 0, or one whose evaluation fails). known is false when the values
// cannot be printed as TLC does.
func (f *appFrame) params(k *ctx) (ps []string, ok, known bool) {
	ps, _, ok, known = f.paramValues(k)
	return ps, ok, known
}

// paramValues is params with the values themselves, nil for an operator
// argument.
func (f *appFrame) paramValues(k *ctx) (ps []string, vals []value.Value, ok, known bool) {
	for _, a := range f.args {
		if a.state {
			return nil, nil, false, false
		}
	}
	if !f.known {
		return nil, nil, true, false
	}
	known = true
	for _, a := range f.args {
		if a.isOp {
			if a.op == "" {
				known = false
			}
			ps = append(ps, a.op)
			vals = append(vals, nil)
			continue
		}
		if a.x.dep&(depSide|depRun) != 0 {
			known = false // TLC evaluates it here; an effect is not repeated
			continue
		}
		v, err := frameArgValue(k, a.x)
		if err != nil {
			return nil, nil, false, false
		}
		ps = append(ps, v.String())
		val, _ := v.(value.Value)
		vals = append(vals, val)
	}
	return ps, vals, true, known
}

// frameArgValue evaluates x outside any state; a panic (a variable read
// where none is) is an error, as TLC's exception is.
func frameArgValue(k *ctx, x cx) (v fmt.Stringer, err error) {
	defer func() {
		if r := recover(); r != nil {
			v, err = nil, fmt.Errorf("%v", r)
		}
	}()
	val, err := x.fn(k)
	if err != nil || val == nil {
		return nil, fmt.Errorf("no value")
	}
	return val, nil
}
