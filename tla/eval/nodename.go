package eval

import (
	"fmt"
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/span"
	"strconv"
)

// nodeName is TLC's name of the node e of module mod when it has no name
// of its own (a conjunct of a PROPERTY written in place, an ASSUME): its
// location, SemanticNode.toString, "line 7, col 20 to line 7, col 29 of
// module M". SANY has no node for parentheses, so the name is that of
// what they enclose (TLC names the conjunct (x = 1) from x to 1). Without
// the source files (a spec built from a syntax tree alone) the end cannot
// be found: the name is then the start, "line 7, col 20 of module M".
func (c *compiler) nodeName(e ast.Expr, mod string) string {
	e = ast.Unparen(e)
	if n, ok := e.(*ast.Number); ok {
		// SANY's NumeralNode names itself by its value (TLC rev
		// cc6b616: E18, ASSUME 3; UNextIf).
		return strconv.FormatInt(n.Value, 10)
	}
	p := e.Pos()
	if end, ok := c.spans.End(e); ok {
		return span.Name(p, end, mod)
	}
	return fmt.Sprintf("line %d, col %d of module %s", p.Line, p.Col, mod)
}

// errorRange is the position TLC prints after the message of an
// evaluation error: the whole range of the expression that raised it, or
// its start when it is not known; in the module of the error's file.
func (c *compiler) errorRange(ee *Error) string {
	mod := span.Module(ee.Pos.Filename)
	if ee.Expr != nil {
		if end, ok := c.spans.End(ee.Expr); ok {
			return "\n" + span.Name(ee.Expr.Pos(), end, mod)
		}
	}
	if !ee.Pos.IsValid() {
		return ""
	}
	return fmt.Sprintf("\nline %d, col %d of module %s", ee.Pos.Line, ee.Pos.Col, mod)
}
