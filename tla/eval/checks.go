package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// namedDef finds the definition a cfg entry names.
func (b *builder) namedDef(id *ast.Ident, what string) (*ast.OpDef, bool) {
	d, ok := b.c.defs[id.Name].(*ast.OpDef)
	if !ok {
		if _, isConst := b.c.consts[id.Name]; !isConst {
			b.c.errorf(id.Pos(), "%s %s: the module defines no operator %s", what, id.Name, id.Name)
			return nil, false
		}
		b.c.errorf(id.Pos(), "%s %s: %s is a constant, not a definition", what, id.Name, id.Name)
		return nil, false
	}
	if len(d.Params) > 0 {
		b.c.errorf(id.Pos(), "%s %s: the definition takes arguments", what, id.Name)
		return nil, false
	}
	return d, true
}

// statePred compiles a state predicate, rejecting primes and temporal
// operators (TLC: an invariant must be a state predicate).
func (b *builder) statePred(e ast.Expr, pos token.Pos, what, name string) (cx, bool) {
	c := b.c
	prime, temporal := c.sawPrime, c.temporal
	c.sawPrime, c.temporal = false, false
	x := c.expr(e, cenv{at: -1})
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
	for _, id := range conf.Invariants {
		if d, ok := b.namedDef(id, "INVARIANT"); ok {
			if x, ok := b.statePred(d.Body, id.Pos(), "Invariant", id.Name); ok {
				b.sp.Invariants = append(b.sp.Invariants, StatePred{Name: id.Name, Pos: d.Pos(), Eval: b.statePredFn(x)})
			}
		}
	}
	for _, id := range conf.Constraints {
		if d, ok := b.namedDef(id, "CONSTRAINT"); ok {
			if x, ok := b.statePred(d.Body, id.Pos(), "Constraint", id.Name); ok {
				b.sp.Constraints = append(b.sp.Constraints, StatePred{Name: id.Name, Pos: d.Pos(), Eval: b.statePredFn(x)})
			}
		}
	}
	for _, id := range conf.ActionConstraints {
		if d, ok := b.namedDef(id, "ACTION_CONSTRAINT"); ok {
			temporal := c.temporal
			c.temporal = false
			x := c.expr(d.Body, cenv{at: -1})
			if c.temporal {
				c.errorf(id.Pos(), "Action constraint %s contains a temporal operator", id.Name)
			}
			c.temporal = temporal
			b.sp.ActionConstraints = append(b.sp.ActionConstraints, ActionPred{Name: id.Name, Pos: d.Pos(), Eval: b.actionPredFn(x)})
		}
	}
	for _, id := range conf.Properties {
		if d, ok := b.namedDef(id, "PROPERTY"); ok {
			var parts []Temporal
			if b.property(d.Body, cenv{at: -1}, &parts) {
				b.sp.Properties = append(b.sp.Properties, Property{Name: id.Name, Pos: d.Pos(), Parts: parts})
			}
		}
	}
	if conf.View != nil {
		if d, ok := b.namedDef(conf.View, "VIEW"); ok {
			if x, ok := b.statePred(d.Body, conf.View.Pos(), "View", conf.View.Name); ok {
				p := &b.prog
				b.sp.View = func(s value.State) (value.Value, error) {
					k := (*p).get()
					k.s = s
					v, err := x.fn(k)
					(*p).put(k)
					return v, err
				}
			}
		}
	}
	if conf.Symmetry != nil {
		c.errs = append(c.errs, token.Unsupported(conf.Symmetry.Pos(), "SYMMETRY"))
	}
}

// property decomposes a temporal formula into supported parts.
func (b *builder) property(e ast.Expr, en cenv, parts *[]Temporal) bool {
	c := b.c
	switch e := e.(type) {
	case *ast.Paren:
		return b.property(e.X, en, parts)
	case *ast.Junction:
		if e.Op == token.AND {
			ok := true
			for _, it := range e.Items {
				ok = b.property(it, en, parts) && ok
			}
			return ok
		}
	case *ast.Binary:
		switch e.Op {
		case token.AND:
			ok := b.property(e.X, en, parts)
			return b.property(e.Y, en, parts) && ok
		case token.LEADSTO:
			p, ok1 := b.temporalPred(e.X, en)
			q, ok2 := b.temporalPred(e.Y, en)
			if ok1 && ok2 {
				*parts = append(*parts, Temporal{Kind: LeadsTo, P: p, Q: q})
				return true
			}
			return false
		}
	case *ast.Unary:
		inner := unparen(e.X)
		add := func(kind TemporalKind, pe, qe ast.Expr) bool {
			p, ok := b.temporalPred(pe, en)
			if !ok {
				return false
			}
			t := Temporal{Kind: kind, P: p}
			if qe != nil {
				if t.Q, ok = b.temporalPred(qe, en); !ok {
					return false
				}
			}
			*parts = append(*parts, t)
			return true
		}
		switch e.Op {
		case token.BOX:
			if u, ok := inner.(*ast.Unary); ok && u.Op == token.EVENTUALLY {
				return add(AlwaysEventually, u.X, nil)
			}
			if im, ok := inner.(*ast.Binary); ok && im.Op == token.IMPLIES {
				if u, ok := unparen(im.Y).(*ast.Unary); ok && u.Op == token.EVENTUALLY {
					return add(LeadsTo, im.X, u.X)
				}
			}
			return add(Always, inner, nil)
		case token.EVENTUALLY:
			if u, ok := inner.(*ast.Unary); ok && u.Op == token.BOX {
				return add(EventuallyAlways, u.X, nil)
			}
			return add(Eventually, inner, nil)
		}
	case *ast.Ident, *ast.OpApp:
		if d, de, ok := c.userOp(e, en); ok {
			return b.property(d.Body, de, parts)
		}
	}
	c.errs = append(c.errs, token.Unsupported(e.Pos(), "temporal property of this form"))
	return false
}

// temporalPred compiles P of []P, <>P, P ~> Q: it must be a state
// predicate; anything else is unsupported (never a wrong answer).
func (b *builder) temporalPred(e ast.Expr, en cenv) (func(value.State) (bool, error), bool) {
	if !b.isStatePred(e, en) {
		b.c.errs = append(b.c.errs, token.Unsupported(e.Pos(), "temporal property of this form (a subformula that is not a state predicate)"))
		return nil, false
	}
	x := b.c.expr(e, en)
	return b.statePredFn(x), true
}

func (b *builder) statePredFn(x cx) func(value.State) (bool, error) {
	p := &b.prog
	return func(s value.State) (bool, error) {
		k := (*p).get()
		k.s = s
		r, err := evalBool(k, x)
		(*p).put(k)
		return r, err
	}
}

func (b *builder) actionPredFn(x cx) func(s, t value.State) (bool, error) {
	p := &b.prog
	return func(s, t value.State) (bool, error) {
		k := (*p).get()
		k.s = s
		copy(k.t, t)
		r, err := evalBool(k, x)
		(*p).put(k)
		return r, err
	}
}
