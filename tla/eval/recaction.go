package eval

import (
	"strings"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// A RECURSIVE operator applied as an action (or in the initial predicate),
// whose body assigns variables: Step(n) == IF n = 0 THEN x' = x ELSE
// (x' = x + n \/ Step(n-1)). TLC's getNextStates (and getInitStates)
// unfold the application of a user-defined operator: the body is taken as
// an action with the parameters bound to the arguments, so a disjunction
// in it branches and an x' = e in it assigns, however deep the recursion.
// An expression cannot do that (recursive.go refuses such a body), so the
// body is compiled once as steps, as a recursive function's body is
// (fcncall.go), and run by reference: sCall with fb.op set. The arguments
// are evaluated at the call (TLC's are lazy, which gives the same values
// but for an argument whose evaluation fails and that the body never
// reads).

// recActionKey identifies one compiled body of a recursive action.
type recActionKey struct {
	d    *ast.OpDef
	m    *modEnv
	sc   *scope
	init bool
	cut  *enabledCut
	ops  string // the operators bound to its operator parameters
}

// recActionOp is the RECURSIVE operator e applies (Step(1), or M!Step(1)
// through an instance), with the environment of its definition and e's
// arguments, when its body is an action (assigns a variable: primes one,
// or in the initial predicate mentions one), or applies an operator
// argument that is one (A(LAMBDA k : x' = k, 1) with A(F(_), n) ==
// F(n) \/ A(F, n + 1)).
func (c *compiler) recActionOp(e ast.Expr, en cenv) (*ast.OpDef, cenv, []ast.Expr, bool) {
	if en.primed {
		return nil, en, nil, false
	}
	var d *ast.OpDef
	var de cenv
	var args []ast.Expr
	switch e := e.(type) {
	case *ast.OpApp:
		args = e.Args
		if b := en.sc.lookup(e.Name.Name); b != nil {
			if b.kind != bLetOp {
				return nil, en, nil, false
			}
			d, de = b.op, en
			de.sc = b.opEnv
		} else if od, ode, ok := c.moduleOpDef(e.Name.Name, en); ok {
			d, de = od, ode
		} else {
			return nil, en, nil, false
		}
	case *ast.ModRef:
		if len(e.Sels) > 0 {
			return nil, en, nil, false
		}
		nerr := len(c.errs)
		x, ok := c.resolveRef(e, en)
		c.errs = c.errs[:nerr] // reported when compiled for real
		if !ok {
			return nil, en, nil, false
		}
		if d, ok = x.node.(*ast.OpDef); !ok {
			return nil, en, nil, false
		}
		args, de = e.Args, defEnv(x, en)
	default:
		return nil, en, nil, false
	}
	if len(d.Params) != len(args) || len(d.Params) == 0 || !c.isRecursiveOp(d) {
		return nil, en, nil, false
	}
	action := c.actionBody(d, de, en.init, map[*ast.OpDef]bool{})
	for i := range d.Params {
		if paramArity(d, i) > 0 && !action {
			action = c.actionArg(args[i], en)
		}
	}
	if !action {
		return nil, en, nil, false
	}
	de.at, de.init, de.primed = -1, en.init, false
	return d, de, args, true
}

// actionArg reports whether arg, the argument of an operator parameter,
// is an action: a LAMBDA, or an operator, whose body is one.
func (c *compiler) actionArg(arg ast.Expr, en cenv) bool {
	root, ren, _ := operandRoot(arg, en)
	seen := map[*ast.OpDef]bool{}
	switch r := ast.Unparen(root).(type) {
	case *ast.Lambda:
		return c.actionBody(&ast.OpDef{Name: &ast.Ident{Name: "LAMBDA"}, Body: r.Body}, ren, en.init, seen)
	case *ast.Ident:
		if b := ren.sc.lookup(r.Name); b != nil {
			return b.kind == bLetOp && c.actionBody(b.op, ren.with(b.opEnv), en.init, seen)
		}
		if od, de, ok := c.moduleOpDef(r.Name, ren); ok {
			return c.actionBody(od, de, en.init, seen)
		}
	}
	return false
}

// maxRecSplit bounds how deep the split of Next into actions unfolds a
// recursive action (TLC's getActions unfolds it until its own stack
// gives out, which a split here cannot copy): below, the application
// is one action, run by recActionCall.
const maxRecSplit = 8

// recSplitOp is the recursive action e applies, with its parameters bound
// to e's arguments, for the split of Next into actions (TLC's getActions
// unfolds an application of a recursive operator as any other: Step(1)
// names the actions of Step's body).
func (c *compiler) recSplitOp(e ast.Expr, en cenv) (*ast.OpDef, cenv, bool) {
	if c.recSplit >= maxRecSplit {
		return nil, en, false
	}
	d, de, args, ok := c.recActionOp(e, en)
	if !ok {
		return nil, en, false
	}
	return d, c.bindArgs(d, args, de, en), true
}

// recActionCall compiles e, when it applies a recursive action
// (recActionOp), as an sCall.
func (c *compiler) recActionCall(e ast.Expr, en cenv) (step, bool) {
	d, defEnv, args, ok := c.recActionOp(e, en)
	if !ok {
		return step{}, false
	}
	// An operator parameter is bound by name, to its argument's root
	// (recursive.go's operandRoot): one compiled body per such operator.
	var ops strings.Builder
	named := make([]*scope, len(d.Params))
	for i := range d.Params {
		if paramArity(d, i) > 0 {
			root, rootEnv, id := operandRoot(args[i], en)
			named[i] = &scope{kind: bArg, arg: root, argEnv: rootEnv}
			ops.WriteString(id)
		}
		ops.WriteByte(';')
	}
	key := recActionKey{d: d, m: defEnv.m, sc: defEnv.sc, init: en.init, cut: c.cut, ops: ops.String()}
	if c.recActions == nil {
		c.recActions = map[recActionKey]*fcnBody{}
	}
	fb, ok := c.recActions[key]
	if !ok {
		fb = &fcnBody{op: d, lo: c.nslots}
		c.recActions[key] = fb
		sc := defEnv.sc
		for i, p := range d.Params {
			if n := named[i]; n != nil {
				sc = &scope{name: p.Name, kind: bArg, arg: n.arg, argEnv: n.argEnv, parent: sc}
				continue
			}
			s := c.newSlot()
			fb.slots = append(fb.slots, s)
			sc = &scope{name: p.Name, kind: bSlot, slot: s, parent: sc}
		}
		saw := c.sawPrime
		c.sawPrime = false
		fb.steps = c.action(d.Body, defEnv.with(sc))
		fb.sawPrime = c.sawPrime
		c.sawPrime = saw || c.sawPrime
		fb.hi = c.nslots
	}
	c.sawPrime = c.sawPrime || fb.sawPrime
	var vals []cx
	for i, a := range args {
		if named[i] == nil {
			vals = append(vals, c.expr(a, en))
		}
	}
	return step{kind: sCall, conds: vals, fb: fb, pos: e.Pos()}, true
}

// actionBody reports whether d's body, or a definition it applies, primes
// a variable or (init) mentions one: then it is an action to unfold, not
// a condition to evaluate.
func (c *compiler) actionBody(d *ast.OpDef, en cenv, init bool, seen map[*ast.OpDef]bool) bool {
	if seen[d] {
		return false
	}
	seen[d] = true
	found := false
	visit := func(name string) {
		if _, isVar := c.vars[name]; isVar {
			found = init
			return
		}
		if b := en.sc.lookup(name); b != nil {
			if b.kind == bLetOp {
				found = c.actionBody(b.op, en.with(b.opEnv), init, seen)
			}
			return
		}
		if od, de, ok := c.moduleOpDef(name, en); ok {
			found = c.actionBody(od, de, init, seen)
		}
	}
	ast.Inspect(d.Body, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.Prime, *ast.BoxAction, *ast.AngleAction:
			found = true
		case *ast.Unary:
			found = n.Op == token.UNCHANGED
		case *ast.Ident:
			visit(n.Name)
		case *ast.OpApp:
			visit(n.Name.Name)
		}
		return !found
	})
	return found
}

// opCall runs the body of st's recursive operator with its parameters
// bound to st's arguments, then seq from i.
func (k *ctx) opCall(st *step, seq []step, i int) error {
	fb := st.fb
	vs := make([]value.Value, len(st.conds))
	for j, a := range st.conds {
		v, err := a.fn(k)
		if err != nil {
			return err
		}
		vs[j] = v
	}
	if k.calls >= maxRecursion {
		return errorf(st.pos, "The recursive operator %s was applied more than %d times recursively (infinite recursion?).", fb.op.Name.Name, maxRecursion)
	}
	outer := append([]value.Value(nil), k.env[fb.lo:fb.hi]...)
	for j, s := range fb.slots {
		k.env[s] = vs[j]
	}
	k.calls++
	n := len(k.stack)
	k.stack = append(k.stack, frame{seq: seq, i: i, ret: &callRet{fb: fb, outer: outer}})
	err := k.run(fb.steps, 0)
	k.stack = k.stack[:n]
	k.calls--
	copy(k.env[fb.lo:fb.hi], outer)
	return err
}
