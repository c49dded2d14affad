package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// stdInstanceRef reports whether e is J!Op with J a LET's or the
// module's J == INSTANCE M, M a standard module built into wspcycle (no
// module of the program), without parameters or WITH.
func (c *compiler) stdInstanceRef(e *ast.ModRef, en cenv) bool {
	if len(e.Path) != 1 || len(e.Path[0].Args) > 0 || len(e.Sels) > 0 {
		return false
	}
	name := e.Path[0].Name.Name
	var d *ast.InstanceDef
	if b := en.sc.lookup(name); b != nil {
		if b.kind != bInst {
			return false
		}
		d = b.inst
	} else if x, ok := c.lookupName(name, en); ok && x.kind == eInst {
		d, _ = x.node.(*ast.InstanceDef)
	}
	return d != nil && len(d.Params) == 0 && len(d.Inst.With) == 0 && c.prog[d.Inst.Module.Name] == nil
}

// letInstConst is J!Op, Op without parameters, for J a LET's
// J == INSTANCE of a standard module: TLC evaluates the definition the
// module's file in its jar gives Op, not its Java override, which only
// the module-level instances' definitions carry (TLC rev cc6b616: LET
// J == INSTANCE Naturals IN 5 \in J!Nat is FALSE, golden InstLetNat;
// LET R == INSTANCE Reals IN 1 \in R!Real is TLC's error on the string
// "Reals", golden LetStdReal). Those definitions are Nat == { },
// Int == { }, Real == "Reals", Infinity, Any and JavaTime an unbounded
// CHOOSE (TLC's error when evaluated), Trace and CounterExample TRUE;
// EmptyBag == SetToBag({}), whose SetToBag is the Java one, is the empty
// bag. ok is false for other references.
func (c *compiler) letInstConst(e *ast.ModRef, en cenv) (cx, bool) {
	b := en.sc.lookup(e.Path[0].Name.Name)
	if b == nil || b.kind != bInst || len(e.Args) > 0 {
		return cx{}, false
	}
	pos := e.Pos()
	switch e.Name.Name {
	case "Nat", "Int":
		return konst(value.EmptySet, pos), true
	case "Real":
		return konst(c.strs().Str("Reals"), pos), true
	case "Trace", "CounterExample":
		return konst(value.True, pos), true
	case "EmptyBag":
		return konst(builtinConsts["EmptyBag"], pos), true
	case "Infinity", "Any", "JavaTime":
		err := errorf(pos, "TLC attempted to evaluate an unbounded CHOOSE.\nMake sure that the expression is of form CHOOSE x \\in S: P(x).")
		return cx{fn: func(*ctx) (value.Value, error) { return nil, err }, dep: depSide, pos: pos}, true
	}
	return cx{}, false
}

// stdSymbolApp is J!op(args) for an operator symbol op of a standard
// module instance J (I == INSTANCE Naturals, I!+(1, 2)): the infix,
// prefix (-.) or postfix application of the symbol, which is the
// module's operator, as TLC evaluates it (TLC rev cc6b616, golden
// InstStdOps); ok is false when the name is not an operator symbol.
func stdSymbolApp(name string, args []ast.Expr, pos token.Pos) (x ast.Expr, ok bool, err *token.Error) {
	k, ok := opSymbolKinds[name]
	if !ok {
		return nil, false, nil
	}
	switch {
	case k == token.MINUSDOT && len(args) == 1:
		return &ast.Unary{OpPos: pos, Op: token.MINUS, X: args[0]}, true, nil
	case isPostfixOp(k) && len(args) == 1:
		return &ast.Postfix{X: args[0], OpPos: pos, Op: k, Start: pos}, true, nil
	case k != token.MINUSDOT && !isPostfixOp(k) && len(args) == 2:
		return &ast.Binary{X: args[0], OpPos: pos, Op: k, Y: args[1], Start: pos}, true, nil
	}
	return nil, true, token.Errorf(pos, "the operator %s cannot be applied to %d arguments", name, len(args))
}

// markStdSym records x, built by stdSymbolApp, as the standard module's
// operator: binary, unary and postfix then skip the definitions of its
// symbol in scope, which a spec may give (a + b == 0 next to
// I == INSTANCE Naturals: TLC evaluates I!+(1, 2) to 3, golden
// InstShadowOwn). Only the node itself: its operands keep their meaning.
func (c *compiler) markStdSym(x ast.Expr) {
	if c.stdSyms == nil {
		c.stdSyms = map[ast.Expr]bool{}
	}
	c.stdSyms[x] = true
}

// stdSym reports whether x is a node markStdSym recorded.
func (c *compiler) stdSym(x ast.Expr) bool { return c.stdSyms[x] }

// opSymbolKinds are the operator symbols by their spelling, as the
// parser names an instance's symbol in J!op.
var opSymbolKinds = func() map[string]token.Kind {
	m := map[string]token.Kind{token.MINUSDOT.String(): token.MINUSDOT}
	for k := token.Kind(0); k < 1024; k++ {
		if k.IsOperator() {
			m[k.String()] = k
		}
	}
	return m
}()
