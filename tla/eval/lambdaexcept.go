package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/value"
)

// [F EXCEPT ![k] = e][a], F a function constructor (lambdaCons): TLC's
// EXCEPT on a FcnLambdaValue keeps it lazy, with its excepts. It
// evaluates F's body at each key k (the value @ stands for, evaluated
// whether or not e uses it) and e there; applied at a, it is the last
// e whose key is a, else F's body at a. Building F made an error at any
// other point wspcycle's verdict ([G(v) EXCEPT ![0] = 2][0] is no error
// in TLC, G's body failing at 1 and 2).
//
// lambdaExcept is that, for a constructor of one name and updates of one
// key each; a key or an argument outside the domain (or a domain the
// built function would not enumerate) evaluates the general application,
// which builds, as before.

type lambdaUpdate struct {
	key, val cx
	atSlot   int
}

// lambdaExcept compiles e, ex[args], ex an EXCEPT of a function
// constructor (ok false when it is none this handles), in en; sib are
// the siblings of the record or tuple fields ex was reached through
// (lazyResolve), its mark where ex is; general is e compiled as any
// application; recSibs is c.recSibs before sib was resolved.
func (c *compiler) lambdaExcept(e *ast.FuncApp, ex *ast.Except, en cenv, sib []cx, args []cx, general cx, recSibs int) (cx, bool) {
	if len(args) != 1 {
		return cx{}, false
	}
	// Under coverage the general application runs first, counted as
	// before; the point evaluation, compiled without coverage nodes,
	// decides only where building failed (lambdaPoint).
	cov := c.cov
	c.cov = nil
	defer func() { c.cov = cov }()
	nerr := len(c.errs)
	fail := func() (cx, bool) {
		c.errs = c.errs[:nerr]
		return cx{}, false
	}
	fc, fen, ok := c.lambdaCons(ex.Fn, en, &sib)
	if !ok || len(fc.Bounds) != 1 || fc.Bounds[0].Tuple || len(fc.Bounds[0].Names) != 1 || fc.Bounds[0].Set == nil {
		return fail()
	}
	ups := make([]lambdaUpdate, len(ex.Updates))
	for _, u := range ex.Updates {
		if len(u.Path) != 1 || u.Path[0].Field != nil || len(u.Path[0].Index) != 1 {
			return fail()
		}
	}
	bs, ben := c.bounds(fc.Bounds, fen)
	setTupleBind(bs, bindPrefix, fc)
	body := c.expr(fc.Body, ben)
	d := binderDeps(bs) | body.dep
	for i, u := range ex.Updates {
		key := c.expr(u.Path[0].Index[0], en)
		slot := c.newSlot()
		ue := en
		ue.at = slot
		c.readSlot(slot)
		val := c.expr(u.Value, ue)
		ups[i] = lambdaUpdate{key: key, val: val, atSlot: slot}
		d |= key.dep | val.dep
	}
	if len(c.errs) > nerr {
		return fail()
	}
	for _, x := range sib {
		d |= x.dep
	}
	if cov == nil && general.dep == 0 && d&(depSide|depRun) == 0 {
		// Warnings muted: this evaluation only decides.
		if _, _, err := c.foldEval(general); err == nil {
			return cx{}, false // a constant, built once
		}
	}
	if len(sib) > 0 && c.recSibs == recSibs {
		general = c.selGeneral(e, en, c.exceptOf(ex, c.expr(fc, fen), en), [][]cx{args}, general)
	}
	// An argument outside the domain is the FcnLambdaValue's apply
	// error where TLC would not tabulate it, else a miss (the general
	// application's text shows the EXCEPTs).
	p := &recPoint{bs: bs, body: body, noTab: true}
	c.pointNames(p, fc)
	missing := c.exceptMissing(ex)
	// F's body at a key, under the EXCEPT on TLC's call stack.
	keySlot := c.newSlot()
	atKey := c.csFrame(cx{fn: func(k *ctx) (value.Value, error) {
		return p.at(k, []value.Value{k.env[keySlot]})
	}}, ex)
	a := args[0]
	point := func(k *ctx) (value.Value, error) {
		if err := runSibs(k, sib, false); err != nil {
			return nil, err
		}
		dom, err := evalSet(k, bs[0].set)
		if err != nil {
			return nil, err
		}
		if err := runSibs(k, sib, true); err != nil {
			return nil, err
		}
		// member is TLC's FcnLambdaValue.select: a key outside the
		// domain selects nothing.
		member := func(x value.Value) (bool, error) {
			if isMixed(dom) {
				return false, errPointMiss
			}
			if n, err := dom.Size(); err != nil || n > value.MaxEnum() {
				return false, errPointMiss
			}
			in, err := dom.Member(x)
			if err != nil {
				return false, errPointMiss
			}
			return in, nil
		}
		keys := make([]value.Value, 0, len(ups))
		vals := make([]value.Value, 0, len(ups))
		for i := range ups {
			u := &ups[i]
			key, err := u.key.fn(k)
			if err != nil {
				return nil, err
			}
			var at value.Value
			for j := len(keys) - 1; j >= 0; j-- {
				if value.Equal(keys[j], key) {
					at = vals[j]
					break
				}
			}
			if at == nil {
				// TLC skips an update whose key is outside the
				// domain, with a warning (Tool, OPCODE_exc).
				in, err := member(key)
				if err != nil {
					return nil, err
				}
				if !in {
					if missing != nil {
						missing()
					}
					continue
				}
				k.env[keySlot] = key
				if at, err = atKey.fn(k); err != nil {
					return nil, err
				}
			}
			k.env[u.atSlot] = at
			v, err := u.val.fn(k)
			if err != nil {
				return nil, err
			}
			keys, vals = append(keys, key), append(vals, v)
		}
		x, err := a.fn(k)
		if err != nil {
			return nil, err
		}
		for i := len(keys) - 1; i >= 0; i-- {
			if value.Equal(keys[i], x) {
				return vals[i], nil
			}
		}
		in, err := member(x)
		if err != nil {
			return nil, err
		}
		if !in {
			return nil, p.outOfDomain(k, dom, x)
		}
		return p.at(k, []value.Value{x})
	}
	fn := pointOrGeneral(point, general, cov != nil)
	return cx{fn: fn, dep: general.dep | d | a.dep, pos: general.pos}, true
}

// exceptOf is ex, [F EXCEPT ...], compiled in en with F's value fn's:
// F itself, selected from a record or tuple, is not evaluated again
// (with its siblings).
func (c *compiler) exceptOf(ex *ast.Except, fn cx, en cenv) cx {
	slot := c.newSlot()
	fe := en
	fe.at = slot
	x := c.expr(&ast.Except{Lbrack: ex.Lbrack, Fn: &ast.At{AtPos: ex.Fn.Pos()}, Updates: ex.Updates}, fe)
	return cx{fn: func(k *ctx) (value.Value, error) {
		f, err := fn.fn(k)
		if err != nil {
			return nil, err
		}
		k.env[slot] = f
		return x.fn(k)
	}, dep: fn.dep | x.dep}
}
