package eval

import (
	"fmt"
	"strings"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// Higher-order operators. An operator parameter F of Op(F(_), x) == e is
// bound, like any parameter, to its argument as written (a name, an
// operator symbol or a LAMBDA) with the environment it was written in.
// F(a) is then compiled as that operator applied to a, still by name: the
// LAMBDA's body with its parameters bound to the arguments, or the named
// operator applied to them. The arguments keep their own environment
// through synthetic parameters (argName) that no TLA+ name can clash with,
// so that the operator's name is resolved where it was written and its
// arguments where they were written.
//
// A user-definable operator symbol (a \prec b, a ** b, x^+) is an ordinary
// operator named by its symbol: a definition of the spec, a LET, or an
// operator parameter _ \prec _.

// argName names the i-th synthetic argument of an operator application.
func argName(i int) string { return fmt.Sprintf("\x00arg%d", i) }

// synthArgs binds args (written in argEn) to synthetic names in a scope
// extending sc, and returns that scope with identifiers for them.
func synthArgs(sc *scope, pos token.Pos, args []ast.Expr, argEn cenv) (*scope, []ast.Expr) {
	ids := make([]ast.Expr, len(args))
	for i, a := range args {
		n := argName(i)
		sc = &scope{name: n, kind: bArg, arg: a, argEnv: argEn, parent: sc}
		ids[i] = &ast.Ident{NamePos: pos, Name: n}
	}
	return sc, ids
}

// operandCall rewrites F(args), F an operator parameter bound to the
// operator op written in opEn, into the expression to compile in its place
// and the environment to compile it in. site is the environment of the
// application (its priming applies to the operator's body too).
func (c *compiler) operandCall(pos token.Pos, op ast.Expr, opEn cenv, args []ast.Expr, argEn, site cenv) (ast.Expr, cenv, *token.Error) {
	opEn.primed = opEn.primed || site.primed
	opEn.init = opEn.init || site.init
	opEn.at = -1
	for range maxInline {
		switch o := ast.Unparen(op).(type) {
		case *ast.Lambda:
			if len(o.Params) != len(args) {
				return nil, opEn, token.Errorf(pos, "the LAMBDA at %d:%d takes %d arguments, not %d", o.LambdaPos.InFile().Line, o.LambdaPos.Col, len(o.Params), len(args))
			}
			sc := opEn.sc
			for i, p := range o.Params {
				sc = &scope{name: p.Name, kind: bArg, arg: args[i], argEnv: argEn, parent: sc}
			}
			return o.Body, opEn.with(sc), nil
		case *ast.Ident:
			if b := opEn.sc.lookup(o.Name); b != nil && b.kind == bArg {
				// A parameter passed on: follow it to its own argument.
				op = b.arg
				ae := b.argEnv
				ae.primed = ae.primed || opEn.primed
				ae.init = ae.init || opEn.init
				ae.at = -1
				opEn = ae
				continue
			}
			sc, ids := synthArgs(opEn.sc, pos, args, argEn)
			return &ast.OpApp{Name: &ast.Ident{NamePos: pos, Name: o.Name}, Args: ids}, opEn.with(sc), nil
		case *ast.ModRef:
			if len(o.Args) == 0 {
				// M!Op passed by name.
				sc, ids := synthArgs(opEn.sc, pos, args, argEn)
				return &ast.ModRef{Path: o.Path, Name: o.Name, Args: ids}, opEn.with(sc), nil
			}
		case *ast.OpSymbol:
			sc, ids := synthArgs(opEn.sc, pos, args, argEn)
			switch {
			case o.Op == token.MINUSDOT && len(ids) == 1:
				return &ast.Unary{OpPos: pos, Op: token.MINUS, X: ids[0]}, opEn.with(sc), nil
			case isPostfixOp(o.Op) && len(ids) == 1:
				return &ast.Postfix{X: ids[0], OpPos: pos, Op: o.Op, Start: pos}, opEn.with(sc), nil
			case len(ids) == 2:
				return &ast.Binary{X: ids[0], OpPos: pos, Op: o.Op, Y: ids[1], Start: pos}, opEn.with(sc), nil
			}
			return nil, opEn, token.Errorf(pos, "the operator %s cannot be applied to %d arguments", o.Op, len(args))
		}
		return nil, opEn, token.Errorf(pos, "%s is not an operator: it cannot be applied to arguments", ast.Sprint(op))
	}
	return nil, opEn, token.Errorf(pos, "unsupported: operator parameters passed on more than %d times", maxInline)
}

func isPostfixOp(k token.Kind) bool {
	return k == token.PLUSPOST || k == token.STARPOST || k == token.HASHPOST
}

// applyParam compiles F(args) for an operator parameter F (bound in b).
func (c *compiler) applyParam(pos token.Pos, b *scope, args []ast.Expr, en cenv) cx {
	x, xen, err := c.operandCall(pos, b.arg, b.argEnv, args, en, en)
	if err != nil {
		return c.fail(err.Pos, "%s", err.Msg)
	}
	if l, ok := c.covLambdaApp(b, x, xen, pos); ok {
		return l
	}
	return c.inline(pos, func() cx {
		if synthesized(x) {
			return c.exprCore(x, xen)
		}
		return c.expr(x, xen)
	})
}

// synthesized reports whether x is an application operandCall made up
// (its operands are synthArgs' names) to apply an operator passed by
// name or symbol: no node of SANY's tree, which TLC's replay does not
// push, applying the operator's value (TLC rev cc6b616: Op(+) with
// Op(f(_, _)) == f(1, "a") names f(1, "a") and then nothing; Op(Pl)
// names f(1, "a"), then Pl's body).
func synthesized(x ast.Expr) bool {
	var operand ast.Expr
	switch x := x.(type) {
	case *ast.OpApp:
		if len(x.Args) > 0 {
			operand = x.Args[0]
		}
	case *ast.ModRef:
		if len(x.Args) > 0 {
			operand = x.Args[0]
		}
	case *ast.Binary:
		operand = x.X
	case *ast.Unary:
		operand = x.X
	case *ast.Postfix:
		operand = x.X
	}
	id, ok := operand.(*ast.Ident)
	return ok && strings.HasPrefix(id.Name, "\x00arg")
}

// actionParam is applyParam for a conjunct of an action: the operator's
// body is compiled as an action (it may assign primed variables).
func (c *compiler) actionParam(e ast.Expr, en cenv) (ast.Expr, cenv, bool) {
	app, ok := e.(*ast.OpApp)
	if !ok {
		return nil, en, false
	}
	b := en.sc.lookup(app.Name.Name)
	if b == nil || b.kind != bArg {
		return nil, en, false
	}
	x, xen, err := c.operandCall(app.Pos(), b.arg, b.argEnv, app.Args, en, en)
	if err != nil {
		return nil, en, false // reported when compiled as an expression
	}
	return x, xen, true
}

// userSymbol compiles an application of a user-definable operator symbol
// (infix a \prec b, postfix x^+) to args: the definition of that symbol in
// scope (an operator parameter, a LET, the spec's modules). ok is false
// when nothing defines it.
func (c *compiler) userSymbol(op token.Kind, pos token.Pos, args []ast.Expr, en cenv) (cx, bool) {
	name := op.String()
	if b := en.sc.lookup(name); b != nil {
		switch b.kind {
		case bArg:
			return c.applyParam(pos, b, args, en), true
		case bLetOp:
			oe := en
			oe.sc = b.opEnv
			oe.at = -1
			return c.applyOp(&ast.OpApp{Name: &ast.Ident{NamePos: pos, Name: name}, Args: args}, b.op, oe, en), true
		}
		return cx{}, false
	}
	if x, ok := c.lookupName(name, en); ok && x.kind == eDef {
		if d, ok := x.node.(*ast.OpDef); ok {
			return c.applyOp(&ast.OpApp{Name: &ast.Ident{NamePos: pos, Name: name}, Args: args}, d, defEnv(x, en), en), true
		}
	}
	return cx{}, false
}

// postfix compiles x^+, x^*, x^# (user-definable postfix operators).
func (c *compiler) postfix(e *ast.Postfix, en cenv) cx {
	if c.stdSym(e) {
		// No standard module defines a postfix operator.
		return c.unsupported(e.OpPos, "operator "+e.Op.String()+" of a standard module")
	}
	if x, ok := c.userSymbol(e.Op, e.OpPos, []ast.Expr{e.X}, en); ok {
		return x
	}
	return c.unsupported(e.OpPos, "operator "+e.Op.String()+" (not defined)")
}

// operatorClosure compiles the operator argument op (written in en)
// applied to arity fresh slots, for built-in operators that apply an
// operator to values (SelectSeq, SortSeq): it returns the slots and the
// compiled application.
func (c *compiler) operatorClosure(op ast.Expr, en cenv, arity int, pos token.Pos) ([]int, cx) {
	slots := make([]int, arity)
	args := make([]ast.Expr, arity)
	sc := en.sc
	for i := range slots {
		slots[i] = c.newSlot()
		n := fmt.Sprintf("\x00slot%d", i)
		sc = &scope{name: n, kind: bSlot, slot: slots[i], parent: sc}
		args[i] = &ast.Ident{NamePos: pos, Name: n}
	}
	x, xen, err := c.operandCall(pos, op, en, args, en.with(sc), en)
	if err != nil {
		return slots, c.fail(err.Pos, "%s", err.Msg)
	}
	return slots, c.inline(pos, func() cx { return c.expr(x, xen) })
}
