package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// Operator arguments by need. An operator application is expanded with its
// parameters denoting the arguments as written (call by name), so that
// priming and scoping behave as in TLA+. Evaluated by name, though, an
// argument is evaluated again at every use of its parameter: Add(p, q)
// reading q seven times, applied to q = Sum(f, S \ {x}) inside the
// recursive Sum, costs 7^|S| evaluations; Max(S) == CHOOSE x \in S : \A y
// \in S : y <= x evaluates the set S |S|^2 times. TLC binds each argument
// to a lazy value that is evaluated at its first use and then kept (its
// LazyValue), once per application.
//
// Here likewise: an argument that is neither a literal nor a name with a
// stored value, given to a parameter the body uses more than once (or
// under a binder, or in a LET), gets a memo slot, cleared when the
// application is entered and filled at the first unprimed use, as LET
// definitions are (letRef). A use where the argument would not denote a
// value of the current state and binders (primed, in Init, under an
// ENABLED's cut, an argument that primes or has effects or reads the run)
// is compiled by name, as before. Values are the same either way; an
// argument whose evaluation fails is not kept, so each use fails the same
// way as by name.

// bindArgsByNeed is bindArgs for an application compiled as an expression:
// it also returns the scopes of the parameters given a memo slot.
func (c *compiler) bindArgsByNeed(d *ast.OpDef, args []ast.Expr, defEnv, argEnv cenv) (cenv, []*scope) {
	c.covLambdaArgs(d, args)
	sc := defEnv.sc
	var need []*scope
	for i, p := range d.Params {
		sc = &scope{name: p.Name, kind: bArg, arg: args[i], argEnv: argEnv, parent: sc, cov: c.cov}
		eff := paramArity(d, i) == 0 && effectfulArg(args[i])
		if paramArity(d, i) == 0 && !argEnv.primed && (!argEnv.init || eff) && !c.storedArg(args[i], argEnv) && usedRepeatedly(d.Body, p.Name) {
			sc.effectArg = eff
			sc.byNeed = true
			sc.memo = c.newSlot()
			need = append(need, sc)
		}
	}
	return defEnv.with(sc), need
}

// byNeedEntry wraps body, the compiled body of an application, so that
// the memo slots its uses filled are cleared whenever it is entered.
func byNeedEntry(body cx, need []*scope) cx {
	var memos []int
	for _, b := range need {
		if b.memoX != nil && !b.memoBad && (b.memoX.x.dep != 0 || b.memoX.x.fresh) {
			memos = append(memos, b.memo)
		}
	}
	if len(memos) == 0 {
		return body
	}
	fn := body.fn
	body.fn = func(k *ctx) (value.Value, error) {
		for _, m := range memos {
			k.env[m] = nil
		}
		return fn(k)
	}
	if into := body.into; into != nil {
		body.into = func(k *ctx, slot **value.FcnV) (value.Value, error) {
			for _, m := range memos {
				k.env[m] = nil
			}
			return into(k, slot)
		}
	}
	return body
}

// argRef compiles a use of a parameter bound by name (b): by need when b
// has a memo slot and the use denotes a value of the current state.
func (c *compiler) argRef(b *scope, pos token.Pos, en cenv) cx {
	if b.argVal != nil {
		return *b.argVal // lazyarg.go
	}
	ae := b.argEnv
	ae.primed = ae.primed || en.primed
	body := func() cx { return c.expr(b.arg, ae) }
	if !b.byNeed || en.primed || en.init && !b.effectArg || c.cut != nil || b.memoBad {
		return c.inline(pos, body)
	}
	return c.memoInSlot(b, pos, argUnmemo(b, en), true, body)
}

// storedArg reports whether evaluating the argument a (written in en)
// costs no more than reading a memo slot: a literal, @, a bound variable,
// a state variable or constant, a memoised LET definition or parameter,
// or a parameter passed on that stands for one of these.
func (c *compiler) storedArg(a ast.Expr, en cenv) bool {
	for range maxInline {
		switch x := ast.Unparen(a).(type) {
		case *ast.Number, *ast.String, *ast.Bool, *ast.At:
			return true
		case *ast.Ident:
			if b := en.sc.lookup(x.Name); b != nil {
				switch b.kind {
				case bSlot:
					return true
				case bLetOp:
					return len(b.op.Params) == 0 && b.memo >= 0
				case bArg:
					if b.byNeed || b.argVal != nil {
						return true
					}
					a, en = b.arg, b.argEnv
					continue
				}
				return false
			}
			e, ok := c.lookupName(x.Name, en)
			if !ok {
				return false
			}
			switch e.kind {
			case eValue:
				return true
			case eVar, eConst:
				_, subst := e.env.subst[x.Name]
				return !subst
			}
			return false
		default:
			return false
		}
	}
	return false
}

// usedRepeatedly reports whether the parameter name may be evaluated more
// than once in one evaluation of body: it occurs twice or more, or once
// inside a binder (\A, \E, CHOOSE, a set or function constructor) or a
// LET, which may evaluate it many times.
func usedRepeatedly(body ast.Expr, name string) bool {
	n := 0
	ast.Inspect(body, func(x ast.Node) bool {
		if n > 1 {
			return false
		}
		switch x := x.(type) {
		case *ast.Ident:
			if x.Name == name {
				n++
			}
		case *ast.Quant, *ast.Choose, *ast.SetFilter, *ast.SetMap, *ast.FuncCons, *ast.Let:
			if mentions(x, name) {
				n = 2
			}
			return false
		}
		return true
	})
	return n > 1
}

// mentions reports whether name occurs in n.
func mentions(n ast.Node, name string) bool {
	found := false
	ast.Inspect(n, func(x ast.Node) bool {
		if id, ok := x.(*ast.Ident); ok && id.Name == name {
			found = true
		}
		return !found
	})
	return found
}
