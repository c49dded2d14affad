package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// levelBound is TLC's getLevelBound (tlc2.tool.impl
// SymbolNodeValueLookupProvider, rev cc6b616), the level TLC's
// SpecProcessor splits a PROPERTY by: not SANY's level (package sema) but
// an upper bound of it. A temporal operator ([], <>, ~>, -+->, WF, SF,
// \AA, \EE) makes 3, an action one (', UNCHANGED, [A]_v, <<A>>_v, \cdot)
// 2, ENABLED 1 whatever its argument; anything else is the highest level
// of its operands, and an application of a definition adds its body's
// level, its parameters constant there: every argument counts, even one
// the body only uses under ENABLED (E2(En(Next)) with En(a) == ENABLED a
// and E2(a) == a = TRUE is an action for TLC, a state predicate for
// SANY). A parameter bound by the application TLC's SpecProcessor went
// through (its context) is its argument's level; a variable is 1. A
// definition being expanded, a LET definition inside its LET, and a
// bound name count nothing more than their arguments.
func (c *compiler) levelBound(e ast.Expr, en cenv) int {
	return c.lb(e, en, map[*ast.OpDef]bool{}, 0)
}

// levelBoundTLA is levelBound with TLC's overrides at the level of their
// TLA+ definitions (overrideMinLevel not counted), nearer SANY's level,
// by which TLC warns of a state-level PROPERTY: not of
// P == TLCGet("level") = 0 (TLC rev cc6b616, golden PropWg).
func (c *compiler) levelBoundTLA(e ast.Expr, en cenv) int {
	was := c.lbTLA
	c.lbTLA = true
	defer func() { c.lbTLA = was }()
	return c.levelBound(e, en)
}

// lbShadow binds names to nothing (TLC's IntValue.ValOne or an unbound
// FormalParamNode: no level of their own).
func lbShadow(sc *scope, names ...*ast.Ident) *scope {
	for _, n := range names {
		if n != nil {
			sc = &scope{name: n.Name, kind: bSlot, parent: sc}
		}
	}
	return sc
}

// lbBounds is the level of the sets of bs, and the scope with their
// names shadowed.
func (c *compiler) lbBounds(bs []*ast.Bound, en cenv, guard map[*ast.OpDef]bool, depth int) (int, *scope) {
	lv, sc := 0, en.sc
	for _, b := range bs {
		if b == nil {
			continue
		}
		if b.Set != nil {
			lv = max(lv, c.lb(b.Set, en, guard, depth+1))
		}
		sc = lbShadow(sc, b.Names...)
	}
	return lv, sc
}

func (c *compiler) lb(x ast.Node, en cenv, guard map[*ast.OpDef]bool, depth int) int {
	if x == nil || depth > maxInline {
		return 0
	}
	out := 0
	ast.Inspect(x, func(n ast.Node) bool {
		if out == 3 {
			return false
		}
		switch n := n.(type) {
		case *ast.Prime, *ast.BoxAction, *ast.AngleAction:
			out = max(out, 2)
			return false
		case *ast.Fairness:
			out = 3
			return false
		case *ast.Unary:
			switch n.Op {
			case token.BOX, token.EVENTUALLY:
				out = 3
				return false
			case token.UNCHANGED:
				out = max(out, 2)
				return false
			case token.ENABLED:
				out = max(out, 1)
				return false
			}
		case *ast.Binary:
			switch n.Op {
			case token.LEADSTO, token.PLUSARROW:
				out = 3
				return false
			case token.CDOT:
				out = max(out, 2)
				return false
			}
		case *ast.Quant:
			if n.Op == token.TFORALL || n.Op == token.TEXISTS {
				out = 3
				return false
			}
			lv, sc := c.lbBounds(n.Bounds, en, guard, depth)
			out = max(out, lv, c.lb(n.Body, en.with(sc), guard, depth+1))
			return false
		case *ast.Choose:
			lv, sc := c.lbBounds([]*ast.Bound{n.Bound}, en, guard, depth)
			out = max(out, lv, c.lb(n.Body, en.with(sc), guard, depth+1))
			return false
		case *ast.SetFilter:
			lv, sc := c.lbBounds([]*ast.Bound{n.Bound}, en, guard, depth)
			out = max(out, lv, c.lb(n.Pred, en.with(sc), guard, depth+1))
			return false
		case *ast.SetMap:
			lv, sc := c.lbBounds(n.Bounds, en, guard, depth)
			out = max(out, lv, c.lb(n.Elem, en.with(sc), guard, depth+1))
			return false
		case *ast.FuncCons:
			lv, sc := c.lbBounds(n.Bounds, en, guard, depth)
			out = max(out, lv, c.lb(n.Body, en.with(sc), guard, depth+1))
			return false
		case *ast.Label:
			out = max(out, c.lb(n.Body, en, guard, depth+1))
			return false
		case *ast.Lambda, *ast.OpSymbol:
			return false // an operator argument (OpArgNode): 0
		case *ast.Let:
			sc := en.sc
			for _, u := range n.Defs {
				switch d := u.(type) {
				case *ast.OpDef:
					out = max(out, c.lb(d.Body, en.with(lbShadow(sc, d.Params...)), guard, depth+1))
					sc = lbShadow(sc, d.Name)
				case *ast.FuncDef:
					lv, bsc := c.lbBounds(d.Bounds, en.with(sc), guard, depth)
					out = max(out, lv, c.lb(d.Body, en.with(lbShadow(bsc, d.Name)), guard, depth+1))
					sc = lbShadow(sc, d.Name)
				}
			}
			out = max(out, c.lb(n.Body, en.with(sc), guard, depth+1))
			return false
		case *ast.Ident:
			out = max(out, c.lbName(n.Name, nil, en, guard, depth))
			return false
		case *ast.OpApp:
			out = max(out, c.lbName(n.Name.Name, n.Args, en, guard, depth))
			return false
		case *ast.ModRef:
			out = max(out, c.lbModRef(n, en, guard, depth))
			return false
		}
		return true
	})
	return out
}

// lbArgs is the highest level of args, an operator argument (a LAMBDA, an
// operator's name) counting nothing.
func (c *compiler) lbArgs(args []ast.Expr, en cenv, guard map[*ast.OpDef]bool, depth int) int {
	lv := 0
	for _, a := range args {
		if id, ok := ast.Unparen(a).(*ast.Ident); ok && c.lbIsOperator(id.Name, en) {
			continue
		}
		lv = max(lv, c.lb(a, en, guard, depth+1))
	}
	return lv
}

// lbIsOperator reports whether name is an operator with parameters (an
// argument naming it is an OpArgNode).
func (c *compiler) lbIsOperator(name string, en cenv) bool {
	if b := en.sc.lookup(name); b != nil {
		return b.kind == bLetOp && len(b.op.Params) > 0
	}
	if x, ok := c.lookupName(name, en); ok && x.kind == eDef {
		if d, ok := x.node.(*ast.OpDef); ok {
			return len(d.Params) > 0
		}
	}
	return false
}

// lbName is the level of name applied to args (none: a name used alone).
func (c *compiler) lbName(name string, args []ast.Expr, en cenv, guard map[*ast.OpDef]bool, depth int) int {
	lv := c.lbArgs(args, en, guard, depth)
	if b := en.sc.lookup(name); b != nil {
		switch b.kind {
		case bArg:
			if b.arg == nil {
				return lv
			}
			return max(lv, c.lbBound(b.arg, b.argEnv, len(args) > 0, guard, depth))
		case bLetOp:
			return max(lv, c.lbDef(b.op, en.with(b.opEnv), guard, depth))
		}
		return lv
	}
	x, ok := c.lookupName(name, en)
	if !ok {
		return max(lv, c.overrideLevel(name))
	}
	switch x.kind {
	case eDef:
		switch d := x.node.(type) {
		case *ast.OpDef:
			return max(lv, c.lbDef(d, defEnv(x, en), guard, depth))
		case *ast.FuncDef:
			de := defEnv(x, en)
			blv, sc := c.lbBounds(d.Bounds, de, guard, depth)
			return max(lv, blv, c.lb(d.Body, de.with(lbShadow(sc, d.Name)), guard, depth+1))
		}
	case eVar, eConst:
		if s, ok := x.env.subst[name]; ok {
			// An instance's substitution, which TLC's SubstInNode binds
			// as a parameter is bound: Op <- LAMBDA v : TLCGet("level")
			// makes the instance's Op(0) of state level.
			return max(lv, c.lbBound(s.e, s.en, len(args) > 0, guard, depth))
		}
		if x.kind == eVar {
			return max(lv, 1)
		}
	}
	return lv
}

// lbBound is the level of a name bound to arg (of the context argEnv),
// applied (to arguments) or not: an operator bound to a LAMBDA or to an
// operator's name is the level of that operator's body, its own
// parameters unbound.
func (c *compiler) lbBound(arg ast.Expr, argEnv cenv, applied bool, guard map[*ast.OpDef]bool, depth int) int {
	a := ast.Unparen(arg)
	if !applied {
		return c.lb(a, argEnv, guard, depth+1)
	}
	switch a := a.(type) {
	case *ast.Lambda:
		return c.lb(a.Body, argEnv.with(lbShadow(argEnv.sc, a.Params...)), guard, depth+1)
	case *ast.Ident:
		return c.lbName(a.Name, nil, argEnv, guard, depth+1)
	}
	return 0
}

// overrideMinLevel is the level TLC gives an application of a standard
// operator its Java override implements, whatever its TLA+ definition
// says (the minLevel of its @Evaluation, rev cc6b616: TLCGet, TLCExt's
// Trace and CounterExample, _TLCState 1, PickSuccessor 2; every other
// override 0). TLC's getLevelBound reads it where it finds the
// override's EvaluatingValue or MethodValue: Inv == TLCGet("level") < 2
// is of state level, so not evaluated at load, but
// Ap(LAMBDA v : TLCGet("level") < 2) is constant (an operator argument
// counts nothing).
var overrideMinLevel = map[string]int{"TLCGet": 1, "Trace": 1, "CounterExample": 1, "_TLCState": 1, "PickSuccessor": 2}

// overrideLevel is the level of the built-in operator name's override
// (none under levelBoundTLA).
func (c *compiler) overrideLevel(name string) int {
	if c.lbTLA {
		return 0
	}
	return overrideMinLevel[name]
}

// lbDef is the level of d's body in de, its parameters unbound; d
// counts nothing while it is being expanded.
//
// The level of a definition of a module's context (no scope of its own)
// is kept (lbMemo), unless a definition under way was met while it was
// computed (lbCuts: a recursive one, whose level depends on where the
// expansion began): a chain D2 == D1 + D1, D3 == D2 + D2, ... is walked
// once per definition, not once per path (TestDefCacheLinear).
func (c *compiler) lbDef(d *ast.OpDef, de cenv, guard map[*ast.OpDef]bool, depth int) int {
	if guard[d] {
		c.lbCuts++
		return 0
	}
	key := lbKey{d: d, m: de.m, tla: c.lbTLA}
	if de.sc == nil {
		if lv, ok := c.lbMemo[key]; ok {
			return lv
		}
	}
	cuts := c.lbCuts
	guard[d] = true
	lv := c.lb(d.Body, de.with(lbShadow(de.sc, d.Params...)), guard, depth+1)
	delete(guard, d)
	if de.sc == nil && cuts == c.lbCuts && depth <= maxInline/2 {
		if c.lbMemo == nil {
			c.lbMemo = map[lbKey]int{}
		}
		c.lbMemo[key] = lv
	}
	return lv
}

// lbKey is a definition in a module's context, for lbMemo.
type lbKey struct {
	d   *ast.OpDef
	m   *modEnv
	tla bool // levelBoundTLA's
}

// lbModRef is the level of I!Op(args): its arguments' and the
// instance's arguments', and Op's body in the instance.
func (c *compiler) lbModRef(r *ast.ModRef, en cenv, guard map[*ast.OpDef]bool, depth int) int {
	lv := c.lbArgs(r.Args, en, guard, depth)
	for _, st := range r.Path {
		lv = max(lv, c.lbArgs(st.Args, en, guard, depth))
	}
	if c.stdInstanceRef(r, en) {
		return max(lv, c.overrideLevel(r.Name.Name)) // J!TLCGet(k), J == INSTANCE TLC
	}
	nerr := len(c.errs)
	x, ok := c.resolveRef(r, en)
	c.errs = c.errs[:nerr]
	if !ok || x.kind != eDef {
		return lv
	}
	if d, ok := x.node.(*ast.OpDef); ok {
		return max(lv, c.lbDef(d, defEnv(x, en), guard, depth))
	}
	return lv
}

// argsConstant reports whether every argument of the application e (and
// of the instances on its path, P(a)!Op) is of constant level as SANY
// levels it, an operator argument counting its operator's level (a
// LAMBDA's body, a named operator's body, 0 for a symbol): TLC's
// getActions goes into an application of Next only then, and keeps any
// other as one action (TLC rev cc6b616: Next == A(x + 1) and Next ==
// Op(St) with St an action are pushed first).
func (c *compiler) argsConstant(e ast.Expr, en cenv) bool {
	var args []ast.Expr
	switch e := e.(type) {
	case *ast.OpApp:
		args = e.Args
	case *ast.ModRef:
		args = append(args, e.Args...)
		for _, st := range e.Path {
			args = append(args, st.Args...)
		}
	}
	for _, a := range args {
		if c.argLevel(a, en) != 0 {
			return false
		}
	}
	return true
}

// argLevel is SANY's level of the argument a.
func (c *compiler) argLevel(a ast.Expr, en cenv) int {
	guard := map[*ast.OpDef]bool{}
	switch x := ast.Unparen(a).(type) {
	case *ast.Lambda:
		return c.lb(x.Body, en.with(lbShadow(en.sc, x.Params...)), guard, 1)
	case *ast.OpSymbol:
		return 0
	case *ast.Ident:
		if c.lbIsOperator(x.Name, en) {
			return c.lbName(x.Name, nil, en, guard, 1)
		}
	}
	return c.levelBound(a, en)
}
