package sema

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"strconv"
)

// needOp reports a symbolic operator of a standard module that EXTENDS does
// not make visible, naming the module to extend; one the spec defines
// itself, or an operator parameter _+_, needs no module. It reports
// whether it reported the operator.
func (c *checker) needOp(sc *scope, k token.Kind, prefix bool, pos token.Pos) bool {
	b, ok := builtinByOp(k, prefix)
	if !ok {
		return false
	}
	if !prefix && sc.lookup(k.String()) != nil {
		return false
	}
	if prefix && sc.lookup(token.MINUSDOT.String()) != nil {
		// The module's own -. a == ... (SpecifyingSystems' Integers
		// over its Naturals): the spec's operator, or Integers' where
		// SANY read that first (sema.StdFirst).
		return false
	}
	if _, vis := c.visible[b.Name]; vis {
		return false
	}
	if prefix {
		c.errorf(pos, "undefined operator unary - (it is defined in the standard module Integers: add EXTENDS Integers)")
		return true
	}
	mod := b.Module
	if mod == "Naturals" {
		mod = "Naturals (or Integers)" // Integers extends Naturals
	}
	c.errorf(pos, "undefined operator %s (it is defined in the standard module %s: add EXTENDS)", k, mod)
	return true
}

// expr resolves every name in x against sc and checks arities.
func (c *checker) expr(sc *scope, x ast.Expr) {
	switch x := x.(type) {
	case nil:
	case *ast.Ident:
		if CoreNames[x.Name] {
			return
		}
		sym := sc.lookup(x.Name)
		if sym == nil {
			c.undefined(x)
			return
		}
		if sym.arity > 0 {
			c.errorf(x.NamePos, "%s takes %d argument%s: write %s(...)", x.Name, sym.arity, plural(sym.arity), x.Name)
		}
	case *ast.OpApp:
		sym := sc.lookup(x.Name.Name)
		switch {
		case sym == nil:
			c.undefined(x.Name)
			return // SANY resolves no argument of an undefined operator
		case sym.kind == symDef || sym.kind == symBuiltin || sym.kind == symParam && sym.arity > 0:
			if sym.arity != len(x.Args) {
				c.errorf(x.Name.NamePos, "%s takes %d argument%s, found %d", x.Name.Name, sym.arity, plural(sym.arity), len(x.Args))
			}
		case sym.kind == symConst && sym.arity > 0:
			if sym.arity != len(x.Args) {
				c.errorf(x.Name.NamePos, "%s takes %d argument%s, found %d", x.Name.Name, sym.arity, plural(sym.arity), len(x.Args))
			}
		case sym.kind == symInst:
			c.errorf(x.Name.NamePos, "%s is a module instance: use %s!Op", x.Name.Name, x.Name.Name)
		case sym.kind == symFunc || sym.kind == symVar || sym.kind == symConst || sym.kind == symBound || sym.kind == symParam:
			c.errorf(x.Name.NamePos, "%s is a %s, not an operator: apply a function with %s[...]", x.Name.Name, sym.kind, x.Name.Name)
		}
		c.opArgShapes(sc, sym, x)
		argsOK := c.levelCorrect(func() { c.operatorArgs(sc, x.Args) })
		if argsOK && sym.kind == symDef && sym.def != nil && (c.defs[x.Name.Name] == sym.def || c.letDefs[sym.def]) {
			c.userArgLevels(sc, sym.def, x)
		}
	case *ast.ModRef:
		c.modRef(sc, x)
	case *ast.At:
		if x.Free {
			// SANY's semantic error, in its words (TLC rev cc6b616,
			// golden HAtOutside).
			c.errorf(x.AtPos, "@ used where its meaning is not defined.")
		}
	case *ast.Number, *ast.String, *ast.Bool:
	case *ast.Unary:
		switch x.Op {
		case token.MINUS:
			if c.needOp(sc, token.MINUS, true, x.OpPos) {
				return // SANY resolves no operand of an undefined operator
			}
		case token.UNCHANGED:
			c.unchanged(sc, x.X)
		case token.BOX, token.EVENTUALLY:
			// SANY checks the levels of an expression's operands before
			// its own (levelErrorf).
			c.expr(sc, x.X)
			c.temporalOfAction(sc, x)
			return
		case token.ENABLED:
			if c.levelCorrect(func() { c.expr(sc, x.X) }) {
				c.enabledLevel(sc, x)
			}
			return
		case token.SUBSET, token.UNION, token.DOMAIN:
			c.builtinArgs(x.OpPos, x.Op.String(), sc, x.X)
			return
		}
		c.expr(sc, x.X)
	case *ast.Prime:
		c.expr(sc, x.X)
		if l := c.levelIn(sc, x.X, 0); l.level >= levelAction {
			c.levelErrorf(x.PrimePos, "level error: prime applied to an expression that already contains %s (at %d:%d)", l.what, l.at.InFile().Line, l.at.Col)
		}
	case *ast.Binary:
		// A chain a + b + ... + z is left-associative: its left spine is
		// walked in a loop (as ast.Inspect does), so that its length,
		// which the input sets, cannot overflow the stack. The order of
		// the checks is the recursive walk's.
		spine := []*ast.Binary{x}
		for l, ok := x.X.(*ast.Binary); ok; l, ok = l.X.(*ast.Binary) {
			spine = append(spine, l)
		}
		// SANY resolves no operand of an operator it cannot resolve: the
		// spine below the outermost undefined one is not checked.
		full := len(spine)
		for i, b := range spine {
			if c.needOp(sc, b.Op, false, b.OpPos) || c.userOp(sc, b.Op, b.OpPos) {
				spine = spine[:i]
				break
			}
		}
		okX, okY := true, make([]bool, len(spine))
		if n := len(spine); n == full {
			okX = c.levelCorrect(func() { c.expr(sc, spine[n-1].X) })
		}
		for i := len(spine) - 1; i >= 0; i-- {
			okY[i] = c.levelCorrect(func() { c.expr(sc, spine[i].Y) })
		}
		c.spineLevels(sc, spine, full, okX, okY)
	case *ast.Junction:
		for _, it := range x.Items {
			c.expr(sc, it)
		}
		c.junctionLevels(sc, x)
	case *ast.Paren:
		c.expr(sc, x.X)
	case *ast.Label:
		c.expr(sc, x.Body)
	case *ast.Product:
		for _, f := range x.Factors {
			c.expr(sc, f)
		}
	case *ast.Postfix:
		if !c.userOp(sc, x.Op, x.OpPos) {
			c.expr(sc, x.X)
		}
	case *ast.Lambda:
		inner := &scope{parent: sc, syms: map[string]*symbol{}}
		for _, p := range x.Params {
			c.declare(inner, p, &symbol{kind: symParam})
		}
		c.expr(inner, x.Body)
	case *ast.If:
		c.expr(sc, x.Cond)
		c.expr(sc, x.Then)
		c.expr(sc, x.Else)
	case *ast.Case:
		for _, a := range x.Arms {
			c.expr(sc, a.Cond)
			c.expr(sc, a.Value)
		}
		c.expr(sc, x.Other)
	case *ast.Let:
		if c.letDefs == nil {
			c.letDefs = map[*ast.OpDef]bool{}
		}
		for _, u := range x.Defs {
			if d, ok := u.(*ast.OpDef); ok {
				c.letDefs[d] = true
			}
		}
		inner := &scope{parent: sc, syms: map[string]*symbol{}}
		c.units(inner, x.Defs, false)
		c.expr(inner, x.Body)
	case *ast.Quant:
		inner := c.bound(sc, x.Bounds)
		c.expr(inner, x.Body)
		c.quantLevels(sc, inner, x)
	case *ast.Choose:
		op := "$UnboundedChoose"
		if x.Bound != nil && x.Bound.Set != nil {
			op = "$BoundedChoose"
		}
		c.builtinArgs(x.ChoosePos, op, c.bound(sc, []*ast.Bound{x.Bound}), x.Body)
	case *ast.SetEnum:
		c.builtinArgs(x.Lbrace, "$SetEnumerate", sc, x.Elems...)
	case *ast.SetFilter:
		c.builtinArgs(x.Lbrace, "$SubsetOf", c.bound(sc, []*ast.Bound{x.Bound}), x.Pred)
	case *ast.SetMap:
		c.builtinArgs(x.Lbrace, "$SetOfAll", c.bound(sc, x.Bounds), x.Elem)
	case *ast.Tuple:
		c.builtinArgs(x.Ltuple, "$Tuple", sc, x.Elems...)
	case *ast.FuncCons:
		c.expr(c.bound(sc, x.Bounds), x.Body)
	case *ast.FuncApp:
		if len(x.Args) == 1 {
			c.builtinArgs(x.Lbrack, "$FcnApply", sc, x.Fn, x.Args[0])
			break
		}
		// SANY's f[a, b] is $FcnApply(f, $Tuple(a, b)), both nodes
		// spanning the application: a temporal a or b is the tuple's
		// level error (TLC rev cc6b616: f[[](x = 0), 1] is "Level error
		// in applying operator $Tuple: The level of argument 1 ...",
		// golden LvFcnMulti).
		okFn := c.levelCorrect(func() { c.expr(sc, x.Fn) })
		c.builtinArgs(x.Lbrack, "$Tuple", sc, x.Args...)
		if okFn {
			c.argTooHigh(x.Lbrack, "$FcnApply", 1, c.levelIn(sc, x.Fn, 0).level)
		}
	case *ast.FuncSet:
		c.builtinArgs(x.Lbrack, "$SetOfFcns", sc, x.Dom, x.Rng)
	case *ast.Record:
		c.uniqueFields(x.Fields)
		for _, f := range x.Fields {
			c.expr(sc, f.Value)
		}
	case *ast.RecordSet:
		c.uniqueFields(x.Fields)
		for _, f := range x.Fields {
			c.expr(sc, f.Value)
		}
	case *ast.Except:
		// SANY's $Except: the function, then one operand per update.
		okF := c.levelCorrect(func() { c.expr(sc, x.Fn) })
		okU := make([]bool, len(x.Updates))
		for j, u := range x.Updates {
			okU[j] = c.levelCorrect(func() {
				for _, st := range u.Path {
					for _, i := range st.Index {
						c.expr(sc, i)
					}
				}
				c.expr(sc, u.Value)
			})
		}
		if okF {
			c.argTooHigh(x.Lbrack, "$Except", 1, c.levelIn(sc, x.Fn, 0).level)
		}
		for j, u := range x.Updates {
			if okU[j] {
				c.argTooHigh(x.Lbrack, "$Except", j+2, c.levelIn(sc, u.Value, 0).level)
			}
		}
	case *ast.Dot:
		c.expr(sc, x.X)
	case *ast.BoxAction:
		okA := c.levelCorrect(func() { c.expr(sc, x.Action) })
		okS := c.levelCorrect(func() { c.expr(sc, x.Sub) })
		if okA {
			c.actionArgLevel(sc, x.Lbrack, "$SquareAct", x.Action)
		}
		if okS {
			c.subscriptLevel(sc, x.Lbrack, "$SquareAct", 2, x.Sub)
		}
	case *ast.AngleAction:
		okA := c.levelCorrect(func() { c.expr(sc, x.Action) })
		okS := c.levelCorrect(func() { c.expr(sc, x.Sub) })
		if okA {
			c.actionArgLevel(sc, x.Ltuple, "$AngleAct", x.Action)
		}
		if okS {
			c.subscriptLevel(sc, x.Ltuple, "$AngleAct", 2, x.Sub)
		}
	case *ast.Fairness:
		okS := c.levelCorrect(func() { c.expr(sc, x.Sub) })
		okA := c.levelCorrect(func() { c.expr(sc, x.Action) })
		c.fairnessLevel(sc, x, okS, okA)
	}
}

// bound checks the sets of bounds in sc (SANY resolves them before the
// bound names exist) and returns a new scope with the names bound.
func (c *checker) bound(sc *scope, bounds []*ast.Bound) *scope {
	for _, b := range bounds {
		if b != nil {
			c.expr(sc, b.Set)
		}
	}
	inner := &scope{parent: sc, syms: map[string]*symbol{}}
	c.bindNames(inner, bounds)
	return inner
}

// unchanged checks UNCHANGED e: as in SANY, e may be any expression of
// at most state level (a variable, a tuple of them, vars, M!vars, or
// x + y: UNCHANGED e means e' = e); a primed or temporal e is an error.
func (c *checker) unchanged(sc *scope, x ast.Expr) {
	if l := c.level(x, 0); l.level >= levelAction {
		c.errorf(x.Pos(), "UNCHANGED needs an expression without primes, but %s contains %s (at %d:%d)", ast.Sprint(x), l.what, l.at.InFile().Line, l.at.Col)
	}
}

// refArity is the number of arguments of the definition M!Op names (its
// path through instances followed as modRef follows it), 0 when it names
// none.
func (c *checker) refArity(sc *scope, x *ast.ModRef) int {
	if len(x.Path) == 0 {
		return 0
	}
	sym := sc.lookup(x.Path[0].Name.Name)
	var names map[string]*symbol
	for i, st := range x.Path {
		if i > 0 {
			sym = names[st.Name.Name]
		}
		if sym == nil || sym.kind != symInst || sym.inst == nil || sym.arity != len(st.Args) {
			return 0
		}
		names = c.im.exports(sym.inst)
	}
	if d := names[x.Name.Name]; d != nil && d.kind == symDef {
		return d.arity
	}
	return 0
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// modRef checks M!Op(args): each step names an instance with its number of
// arguments, and the last name is a definition the instantiated module
// exports, applied to its number of arguments.
func (c *checker) modRef(sc *scope, x *ast.ModRef) {
	for _, st := range x.Path {
		for _, a := range st.Args {
			c.expr(sc, a)
		}
	}
	if c.levelCorrect(func() { c.operatorArgs(sc, x.Args) }) && len(x.Sels) == 0 {
		defer c.instArgLevels(sc, x)
	}
	for _, sel := range x.Sels {
		for _, a := range sel.Args {
			c.expr(sc, a)
		}
	}
	if len(x.Path) == 0 {
		// Op!2: a selector on a definition.
		sym := sc.lookup(x.Name.Name)
		switch {
		case sym == nil:
			c.undefined(x.Name)
		case sym.kind == symInst && len(x.Sels) > 0:
			// SANY looks the selector up as a definition of the instance.
			c.errorf(x.Sels[0].Pos, "%s is a module instance: the selector %s names no definition of it", x.Name.Name, x.Sels[0].Sel)
		case sym.kind != symDef:
			c.errorf(x.Name.NamePos, "%s is a %s: a selector such as %s!1 needs a definition", x.Name.Name, sym.kind, x.Name.Name)
		case sym.arity != len(x.Args):
			c.errorf(x.Name.NamePos, "%s takes %d argument%s, found %d", x.Name.Name, sym.arity, plural(sym.arity), len(x.Args))
		case sym.def != nil && len(x.Sels) > 0:
			// Op!n where Op's body has fewer operands: SANY's
			// "Nonexistent operand" (TLC rev cc6b616, golden HSel).
			if i, err := strconv.Atoi(x.Sels[0].Sel); err == nil {
				if n := operands(sym.def.Body); n >= 0 && (i < 1 || i > n) {
					c.errorf(x.Sels[0].Pos, "%s!%d selects no operand: the definition of %s has %d", x.Name.Name, i, x.Name.Name, n)
				}
			}
		}
		return
	}
	first := x.Path[0].Name
	sym := sc.lookup(first.Name)
	if sym != nil && sym.kind == symDef {
		// Op!lab: a label of the definition Op (the evaluator finds it).
		if sym.arity != len(x.Path[0].Args) {
			c.errorf(first.NamePos, "%s takes %d argument%s, found %d", first.Name, sym.arity, plural(sym.arity), len(x.Path[0].Args))
		}
		return
	}
	var names map[string]*symbol
	for i, st := range x.Path {
		if i > 0 {
			sym = names[st.Name.Name]
		}
		if sym == nil {
			c.errorf(st.Name.NamePos, "undefined name %s", st.Name.Name)
			return
		}
		if i > 0 && sym.kind == symDef {
			// M!Op!lab: a label of the definition Op of the instance
			// (the evaluator finds it).
			if sym.arity != len(st.Args) {
				c.errorf(st.Name.NamePos, "%s takes %d argument%s, found %d", st.Name.Name, sym.arity, plural(sym.arity), len(st.Args))
			}
			return
		}
		if sym.kind != symInst {
			c.errorf(st.Name.NamePos, "%s is a %s, not a module instance (M == INSTANCE ...)", st.Name.Name, sym.kind)
			return
		}
		if sym.arity != len(st.Args) {
			c.errorf(st.Name.NamePos, "the instance %s takes %d argument%s, found %d", st.Name.Name, sym.arity, plural(sym.arity), len(st.Args))
			return
		}
		if sym.inst == nil {
			return // a standard module: its operators are built in
		}
		names = c.im.exports(sym.inst)
	}
	d := names[x.Name.Name]
	switch {
	case d == nil || d.kind == symConst || d.kind == symVar:
		c.errorf(x.Name.NamePos, "module %s has no definition %s", sym.inst.Name.Name, x.Name.Name)
	case d.kind == symDef && d.arity != len(x.Args):
		// Named as SANY names it, through the instances (I!Pl, I!++:
		// "The operator I!Pl requires 2 arguments.").
		name := x.Name.Name
		for i := len(x.Path) - 1; i >= 0; i-- {
			name = x.Path[i].Name.Name + "!" + name
		}
		c.errorf(x.Name.NamePos, "%s takes %d argument%s, found %d", name, d.arity, plural(d.arity), len(x.Args))
	}
}
