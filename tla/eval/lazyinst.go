package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
)

// Laziness through INSTANCE. TLC evaluates I!F, I!G(a), J(p)!G(a),
// N!M!F and a LET instance's L!F as it evaluates F or G(a) of the root
// module: Tool.evalAppl enters the instance's SubstInNode, which binds
// each substituted constant and variable to a lazy value of the
// expression written in the WITH clause, and evaluates the definition's
// body there; a body that is a function constructor is a FcnLambdaValue,
// evaluated at the argument only. A substituted name of the instance
// (K in I's F == K[0], K <- [x \in S |-> e]) is, likewise, its lazy
// value: the expression substituted, evaluated where it is applied.
// lazyResolve follows both (refBody, substBody) as it follows a name
// of the module and an operator's parameter.

// refBody is the body of the definition r names, in the context of its
// instance with r's arguments bound to its parameters, as lazyResolve's
// OpApp case binds an operator of the module; ok false for what is no
// operator of a user module (an instance of a standard module, a
// selector I!F!1, a recursive operator, a built-in implementation) and
// for a constant definition (I!F of instances without parameters, of
// constant level) that evaluates without error: TLC evaluates it once
// at startup, its effects then, its value kept (lazyResolve's Ident
// case). Compile errors are dropped: the general application reports
// them.
func (c *compiler) refBody(r *ast.ModRef, en cenv) (ast.Expr, cenv, bool) {
	if len(r.Sels) > 0 || c.stdInstanceRef(r, en) {
		return nil, en, false
	}
	nerr := len(c.errs)
	defer func() { c.errs = c.errs[:nerr] }()
	x, ok := c.resolveRef(r, en)
	if !ok || x.kind != eDef {
		return nil, en, false
	}
	d, ok := x.node.(*ast.OpDef)
	if !ok || c.isRecursiveOp(d) || len(d.Params) != len(r.Args) {
		return nil, en, false
	}
	if _, native := nativeOf(x.env.mod.Name.Name, r.Name.Name, len(r.Args)); native {
		return nil, en, false
	}
	if len(r.Args) == 0 {
		if namedRef(r, en) && c.constantBuilds(r, en) {
			return nil, en, false
		}
		return d.Body, defEnv(x, en), true
	}
	return d.Body, c.bindArgs(d, r.Args, defEnv(x, en), en), true
}

// constantBuilds reports whether e, a definition's name, is of constant
// level and evaluates without error: TLC's processConstantDefns
// evaluated it at startup (its effects then, none at an application)
// and keeps its value; one that fails there stays lazy.
func (c *compiler) constantBuilds(e ast.Expr, en cenv) bool {
	nerr := len(c.errs)
	def := c.expr(e, en)
	c.errs = c.errs[:nerr]
	if def.dep != 0 {
		return false
	}
	_, err := def.fn(c.constCtx())
	return err == nil
}

// substBody is the expression an instance's constant or variable id
// stands for (its WITH clause's, or the instantiating module's name of
// the same name) and the context it is written in; ok false for any
// other name, and for a variable in a primed context (x' is the
// substitute primed, no expression lazyResolve can follow).
func (c *compiler) substBody(id *ast.Ident, en cenv) (ast.Expr, cenv, bool) {
	x, ok := c.lookupName(id.Name, en)
	if !ok || (x.kind != eConst && x.kind != eVar) || x.arity > 0 || x.env.subst == nil {
		return nil, en, false
	}
	if x.kind == eVar && en.primed {
		return nil, en, false
	}
	s, ok := x.env.subst[id.Name]
	if !ok {
		return nil, en, false
	}
	return s.e, s.en, true
}
