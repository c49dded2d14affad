package eval

import (
	"strings"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// tlcCompareName is how TLC's Naturals spells a comparison in its message
// for an argument that is not an integer (TLC_MODULE_ARGUMENT_ERROR).
var tlcCompareName = map[token.Kind]string{token.LT: "<", token.GT: ">", token.LEQ: "<=", token.GEQ: ">="}

// compareArgError is TLC's message for an operand of a comparison that is
// not an integer (TLC rev cc6b616, x < "a": "The second argument of <
// should be an integer, but instead it is:\n\"a\""), from err, the error
// evalInt2Which raised at the operand itself (which, the operand; 0 when
// not known, and then the error's position tells); any other error passes
// unchanged.
func compareArgError(err error, which int, op token.Kind, x, y cx, javaMod string) error {
	name, ok := tlcCompareName[op]
	ee, isErr := err.(*Error)
	const prefix = "An integer was expected, but the value is "
	if isErr && !ok {
		if m, ok := tlcJavaArith[op]; ok {
			return javaArithError(ee, m, javaMod, x, y)
		}
	}
	if !ok || !isErr || !strings.HasPrefix(ee.Msg, prefix) {
		return err
	}
	if _, wrong := ee.Cause.(wrongKind); ee.Cause != nil && !wrong {
		return err
	}
	arg := ""
	switch {
	case which == 1:
		arg = "first"
	case which == 2:
		arg = "second"
	case ee.Pos == x.pos:
		arg = "first"
	case ee.Pos == y.pos:
		arg = "second"
	default:
		return err
	}
	return &Error{Pos: ee.Pos, Msg: "The " + arg + " argument of " + name + " should be an integer, but instead it is:\n" + strings.TrimPrefix(ee.Msg, prefix)}
}

// wrongKind is the cause of an error about a value of the wrong kind (an
// integer was expected): the value.
type wrongKind struct{ v value.Value }

func (w wrongKind) Error() string { return "wrong kind of value: " + w.v.String() }

// tlcJavaArith names the Java methods of TLC's Naturals (or Integers)
// that implement +, -, * and .., with their result's class.
var tlcJavaArith = map[token.Kind]javaMethod{
	token.PLUS: {"Plus", "IntValue"}, token.MINUS: {"Minus", "IntValue"}, token.STAR: {"Times", "IntValue"},
	token.DOTDOT: {"DotDot", "IntervalValue"},
}

// javaMethod is a Java method of TLC's standard modules: its name and its
// result's class (tlc2.value.impl).
type javaMethod struct{ name, result string }

// javaArithModule is the module whose Java methods implement +, -, * and
// .. for a spec: Integers when the spec loads it, as its class overrides
// the operators Naturals defines after Naturals' does (TLC rev cc6b616,
// WPlusInt: "tlc2.module.Integers.Plus"); Naturals otherwise. A module
// is loaded when any module loaded extends or instantiates it, standard
// modules included: TLCExt instantiates Integers, and so does TLC's
// _TLCTrace (through TLCExt), which TLC loads when it is to write a
// trace exploration spec (Options.ExtraStd).
//
// It is computed once per spec: it walks every module, and each + of a
// spec compiles a call (a sum of a million terms was quadratic).
func (c *compiler) javaArithModule() string {
	c.javaArithOnce.Do(func() { c.javaArith = c.findJavaArithModule() })
	return c.javaArith
}

// findJavaArithModule is javaArithModule, computed.
func (c *compiler) findJavaArithModule() string {
	seen := map[string]bool{}
	var visit func(name string)
	visit = func(name string) {
		if seen[name] {
			return
		}
		seen[name] = true
		if m := c.prog[name]; m != nil {
			for _, x := range m.Extends {
				visit(x.Name)
			}
			ast.Inspect(m, func(n ast.Node) bool {
				if in, ok := n.(*ast.Instance); ok {
					visit(in.Module.Name)
				}
				return true
			})
			return
		}
		if name == "_TLCTrace" || name == "_JsonTrace" {
			visit("TLCExt")
		}
		if l, ok := stdLexed[name]; ok {
			for _, x := range append(append([]string(nil), l.extends...), l.instances...) {
				visit(x)
			}
		}
	}
	roots := []*ast.Module{c.mod}
	for _, m := range c.prog {
		roots = append(roots, m)
	}
	for _, r := range roots {
		if r == nil {
			continue
		}
		for _, x := range r.Extends {
			visit(x.Name)
		}
		ast.Inspect(r, func(n ast.Node) bool {
			if in, ok := n.(*ast.Instance); ok {
				visit(in.Module.Name)
			}
			return true
		})
	}
	for _, x := range c.extraStd {
		visit(x)
	}
	if seen["Integers"] || seen["Reals"] {
		return "Integers"
	}
	return "Naturals"
}

// javaArithError is TLC's message for an operand of +, - or * that is not
// an integer: the Java method failed to cast it (TLC rev cc6b616, WPlus:
// x + "a"), which TLC prints without a position (the error keeps the
// operand's for the other commands); ee unchanged when it is not about an
// operand itself or TLC's class of the value is not known here.
func javaArithError(ee *Error, method javaMethod, mod string, x, y cx) error {
	w, ok := ee.Cause.(wrongKind)
	if !ok || (ee.Pos != x.pos && ee.Pos != y.pos) {
		return ee
	}
	class := tlcJavaClass(w.v)
	if class == "" {
		return ee
	}
	const iv = "tlc2.value.impl.IntValue"
	return &Error{Pos: ee.Pos, Msg: "Attempted to apply the operator overridden by the Java method\npublic static tlc2.value.impl." + method.result + " tlc2.module." + mod + "." + method.name +
		"(" + iv + "," + iv + "),\nbut it produced the following error:\nCannot cast tlc2.value.impl." + class + " to " + iv}
}
