package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/span"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// namedDef finds the definition a cfg entry names.
// The definition may come from a module the spec extends; de is the
// environment its body compiles in.
func (b *builder) namedDef(id *ast.Ident, what string) (d *ast.OpDef, de cenv, ok bool) {
	de = cenv{at: -1}
	x, found := b.c.lookupName(id.Name, de)
	if found && x.kind == eDef {
		d, ok = x.node.(*ast.OpDef)
		de.m = x.env
	}
	if !ok {
		if !found || x.kind != eConst {
			b.c.errorf(id.Pos(), "%s %s: the module defines no operator %s", what, id.Name, id.Name)
			return nil, de, false
		}
		b.c.errorf(id.Pos(), "%s %s: %s is a constant, not a definition", what, id.Name, id.Name)
		return nil, de, false
	}
	if len(d.Params) > 0 {
		b.c.errorf(id.Pos(), "%s %s: the definition takes arguments", what, id.Name)
		return nil, de, false
	}
	return d, de, true
}

// statePred compiles a state predicate, rejecting primes and temporal
// operators (TLC: an invariant must be a state predicate).
func (b *builder) statePred(e ast.Expr, en cenv, pos token.Pos, what, name string) (cx, bool) {
	c := b.c
	prime, temporal := c.sawPrime, c.temporal
	c.sawPrime, c.temporal = false, false
	x := c.expr(e, en)
	bad := c.sawPrime || c.temporal
	if c.sawPrime {
		c.errorf(pos, "%s %s is not a state predicate: it contains a primed variable or an action", what, name)
	} else if c.temporal {
		c.errorf(pos, "%s %s is not a state predicate: it contains a temporal operator", what, name)
	}
	c.sawPrime, c.temporal = prime, temporal
	return x, !bad
}

func (b *builder) checks() {
	c := b.c
	conf := b.conf
	b.checksErrs = len(c.errs)
	for _, id := range conf.Invariants {
		if b.constantEntry(id, "INVARIANT") {
			continue
		}
		if d, de, ok := b.namedDef(id, "INVARIANT"); ok {
			var x cx
			var ok bool
			root := c.covRoot(func() { x, ok = b.statePred(d.Body, de, id.Pos(), "Invariant", id.Name) })
			if ok {
				x = boolRanged(x, d.Body)
				b.sp.Invariants = append(b.sp.Invariants, StatePred{Name: id.Name, Pos: d.Pos(), Eval: b.statePredFn(x), From: b.statePredFrom(x, nil)})
				b.covInv = append(b.covInv, root)
			}
		}
	}
	for _, id := range conf.Constraints {
		if b.constantEntry(id, "CONSTRAINT") {
			continue
		}
		if d, de, ok := b.namedDef(id, "CONSTRAINT"); ok {
			var x cx
			var ok bool
			root := c.covRoot(func() {
				c.withPrimeRun(func() { x, ok = b.statePred(d.Body, de, id.Pos(), "Constraint", id.Name) })
			})
			if ok {
				x = boolRanged(covConstraint(x, root), d.Body)
				if b.literalBody(id) != nil {
					x = literalCondition(x)
				}
				b.sp.Constraints = append(b.sp.Constraints, StatePred{Name: id.Name, Pos: d.Pos(), Body: d.Body, Eval: b.statePredFn(x), From: b.statePredFrom(x, nil)})
				b.covCons = append(b.covCons, root)
			}
		}
	}
	for _, id := range conf.ActionConstraints {
		if b.constantEntry(id, "ACTION_CONSTRAINT") {
			continue
		}
		if d, de, ok := b.namedDef(id, "ACTION_CONSTRAINT"); ok {
			temporal := c.temporal
			c.temporal = false
			var x cx
			c.temporalRun = true
			root := c.covRoot(func() { x = c.expr(d.Body, de) })
			c.temporalRun = false
			x = boolRanged(covConstraint(x, root), d.Body)
			if b.literalBody(id) != nil {
				x = literalCondition(x)
			}
			b.covActionCons = append(b.covActionCons, root)
			if c.temporal {
				c.errorf(id.Pos(), "Action constraint %s contains a temporal operator", id.Name)
			}
			c.temporal = temporal
			b.sp.ActionConstraints = append(b.sp.ActionConstraints, ActionPred{Name: id.Name, Pos: d.Pos(), Body: d.Body, Eval: b.actionPredFn(x)})
		}
	}
	for _, id := range conf.Properties {
		if b.constantEntry(id, "PROPERTY") {
			continue
		}
		if d, de, ok := b.namedDef(id, "PROPERTY"); ok {
			b.propertyEntry(id.Name, d, de)
		}
	}
	b.postconditions()
	b.alias()
	if id := conf.RLReward; id != nil {
		if d, de, ok := b.namedDef(id, "_RL_REWARD"); ok {
			b.sp.RLReward = b.rewardFn(c.expr(d.Body, de), b.c.nodeName(d.Body, span.Module(d.Body.Pos().Filename)))
		}
	}
	if id := conf.Periodic; id != nil {
		b.sp.Unimplemented = append(b.sp.Unimplemented, "_PERIODIC "+id.Name+" (not evaluated at the progress reports)")
	}
	if conf.View != nil && !b.refuseConstant(conf.View, "VIEW") {
		if d, de, ok := b.namedDef(conf.View, "VIEW"); ok {
			var x cx
			var ok bool
			// TLC evaluates the view for a fingerprint, recording no
			// nested expressions of its own (callstack.go).
			cs := c.cs
			c.cs = nil
			c.withPrimeRun(func() { x, ok = b.statePred(d.Body, de, conf.View.Pos(), "View", conf.View.Name) })
			c.cs = cs
			if ok {
				p := &b.prog
				view := func(level int, s value.State) (value.Value, error) {
					k := (*p).get()
					k.s = s
					k.phase = phaseState
					k.level = int64(max(level, 0))
					v, err := x.fn(k)
					(*p).put(k)
					return v, err
				}
				b.sp.View = func(s value.State) (value.Value, error) { return view(0, s) }
				b.sp.ViewAt = view
			}
		}
	}
	if conf.Symmetry != nil {
		b.sp.SymmetryDeclared = true
		b.symmetry(conf.Symmetry)
	}
}

// boolRanged is x, the body of an INVARIANT, CONSTRAINT or
// ACTION_CONSTRAINT, whose value when it is not a boolean is evalBool's
// error with body as its expression: TLC names the body by its range
// (TLC_EXPECTED_VALUE, 2215: "TLC expected a boolean value, but did not
// find one. line 6, col 6 to line 6, col 30 of module M"; TLC rev
// cc6b616: VConNB, VConNBNext, VActConNB, VInvNB).
// literalCondition is x, the CONSTRAINT or ACTION_CONSTRAINT of a
// definition whose body is a number or a string (literalBody), failing as
// TLC's does in each state it checks: TLC takes the definition's node,
// which its load left without a value, for the value (TLC rev cc6b616:
// P == 1 or P == "s", a Java ClassCastException, no position).
func literalCondition(x cx) cx {
	x.fn = func(*ctx) (value.Value, error) {
		return nil, &Error{Msg: "class tla2sany.semantic.OpDefNode cannot be cast to class tlc2.value.impl.Value " +
			"(tla2sany.semantic.OpDefNode and tlc2.value.impl.Value are in unnamed module of loader 'app')"}
	}
	return x
}

func boolRanged(x cx, body ast.Expr) cx {
	fn := x.fn
	if fn == nil {
		return x
	}
	x.fn = func(k *ctx) (value.Value, error) {
		v, err := fn(k)
		if err != nil {
			return v, err
		}
		if _, ok := v.(value.BoolV); !ok {
			ee := errorf(x.pos, "A non-boolean expression (%s) was used as a condition; its value is %s.", v.Kind(), v)
			ee.Expr, ee.Cause = ast.Unparen(body), notBool{v}
			return nil, ee
		}
		return v, nil
	}
	return x
}

func (b *builder) statePredFn(x cx) func(value.State) (bool, error) {
	p := &b.prog
	return func(s value.State) (bool, error) {
		k := (*p).get()
		k.s = s
		k.phase = phaseState
		r, err := evalBool(k, x)
		(*p).put(k)
		return r, err
	}
}

func (b *builder) actionPredFn(x cx) func(s, t value.State) (bool, error) {
	p := &b.prog
	pred := func(k *ctx) (bool, error) { return evalBool(k, x) }
	return func(s, t value.State) (bool, error) {
		return onStep(*p, s, t, pred)
	}
}

// onStep is f run in a context of p evaluating the step s -> t.
func onStep[T any](p *program, s, t value.State, f func(*ctx) (T, error)) (T, error) {
	k := p.get()
	k.s = s
	k.phase = phaseNext
	copy(k.t, t)
	r, err := f(k)
	p.put(k)
	return r, err
}

// rewardFn is the reward of a step s -> t of TLC's sched=rl learner, x
// evaluated in it (Tool.evalReward): an integer, else TLC's 2215 naming
// the operator's body.
func (b *builder) rewardFn(x cx, name string) func(s, t value.State) (float64, error) {
	p := &b.prog
	return func(s, t value.State) (float64, error) {
		v, err := onStep(*p, s, t, x.fn)
		if err != nil {
			return 0, err
		}
		n, ok := v.(value.IntV)
		if !ok {
			return 0, &Error{Msg: "TLC expected a integer value, but did not find one. " + name}
		}
		return float64(int64(n)), nil
	}
}
