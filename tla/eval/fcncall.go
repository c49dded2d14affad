package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/value"
)

// A function definition f[x \in S] == A applied as a conjunct of an action,
// f[e], is expanded as TLC expands it (Tool.getNextStates, FcnApply on a
// function not yet tabulated): A is taken as an action with x bound to e,
// so a disjunction or \E in A branches, an x' = v in it assigns, and a
// recursive application inside it is expanded in turn. The body's steps
// are compiled once (fcnBody) and run by reference (sCall), so recursion
// costs nothing at compile time; since every binder of the body has one
// slot, a call saves the slots of the body and gives them back to the
// code that continues after the body (callReturn), and takes its own back
// for the branches of the body still to be tried.

// fcnBody is the body of a function definition compiled as an action.
type fcnBody struct {
	r *recFcn
	b binder // x \in S
	// op (recaction.go) is the RECURSIVE operator whose body this is,
	// instead of r; slots are its parameters'.
	op       *ast.OpDef
	slots    []int
	sawPrime bool
	steps    []step
	lo, hi   int // the slots the body's compilation allocated
}

type fcnKey struct {
	r    *recFcn
	init bool
	cut  *enabledCut // compiled for an ENABLED in an instance (enabledcut.go)
}

// callRet is the continuation of an expanded application: the values the
// body's slots had when it was entered.
type callRet struct {
	fb    *fcnBody
	outer []value.Value
}

// fcnCall compiles f[e] when f is a function definition of one variable.
func (c *compiler) fcnCall(e *ast.FuncApp, en cenv) (step, bool) {
	id, ok := ast.Unparen(e.Fn).(*ast.Ident)
	if !ok || len(e.Args) != 1 || en.primed {
		return step{}, false
	}
	r := c.recFor(id.Name, en)
	if r == nil || len(r.def.Bounds) != 1 || r.def.Bounds[0].Tuple || len(r.def.Bounds[0].Names) != 1 {
		return step{}, false
	}
	arg := c.expr(e.Args[0], en)
	key := fcnKey{r, en.init, c.cut}
	fb, ok := c.fcnBodies[key]
	if !ok {
		if c.fcnBodies == nil {
			c.fcnBodies = map[fcnKey]*fcnBody{}
		}
		fb = &fcnBody{r: r, lo: c.nslots}
		c.fcnBodies[key] = fb
		env := r.env
		env.init = en.init
		bs, ben := c.bounds(r.def.Bounds, env)
		setTupleBind(bs, bindPrefix, nil)
		fb.b = bs[0]
		fb.steps = c.action(r.def.Body, ben)
		fb.hi = c.nslots
	}
	return step{kind: sCall, e: arg, fb: fb, pos: e.Pos()}, true
}

// call runs the body of st's function at st's argument, then seq from i.
func (k *ctx) call(st *step, seq []step, i int) error {
	fb := st.fb
	if fb.op != nil {
		return k.opCall(st, seq, i)
	}
	v, err := st.e.fn(k)
	if err != nil {
		return err
	}
	name := fb.r.def.Name.Name
	dom, err := evalSet(k, fb.b.set)
	if err != nil {
		return err
	}
	in, err := dom.Member(v)
	if err != nil {
		return wrap(st.pos, err)
	}
	if !in {
		return errorf(st.pos, "Attempted to apply function %s to argument %s, which is not in the domain of the function.", name, v)
	}
	if k.calls >= maxRecursion {
		return errorf(st.pos, "The recursive function %s was applied more than %d times recursively (infinite recursion?).", name, maxRecursion)
	}
	outer := append([]value.Value(nil), k.env[fb.lo:fb.hi]...)
	if err := fb.b.bind(k, v); err != nil {
		return err
	}
	k.calls++
	n := len(k.stack)
	k.stack = append(k.stack, frame{seq: seq, i: i, ret: &callRet{fb: fb, outer: outer}})
	err = k.run(fb.steps, 0)
	k.stack = k.stack[:n]
	k.calls--
	copy(k.env[fb.lo:fb.hi], outer)
	return err
}

// callReturn continues after a function body (seq from i) with the body's
// slots as they were before the call, then takes the body's values back.
func (k *ctx) callReturn(ret *callRet, seq []step, i int) error {
	fb := ret.fb
	inner := append([]value.Value(nil), k.env[fb.lo:fb.hi]...)
	copy(k.env[fb.lo:fb.hi], ret.outer)
	k.calls--
	err := k.run(seq, i)
	k.calls++
	copy(k.env[fb.lo:fb.hi], inner)
	return err
}
