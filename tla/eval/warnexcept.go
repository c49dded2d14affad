package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/span"
)

// ExceptUnknownField is TLC's code for its warning that an EXCEPT named a
// key outside the domain of the function it changes
// (EC.TLC_EXCEPT_APPLIED_TO_UNKNOWN_FIELD).
const ExceptUnknownField = 2144

// exceptMissing is what an update of the EXCEPT e does when its path
// leads outside the function's domain: the function is left unchanged,
// and TLC's Tool (evalAppl, OPCODE_exc: the select of the path is null)
// warns "The EXCEPT was applied to non-existing fields of the value at"
// and the location of e's function expression (SemanticNode.toString),
// each time it is evaluated (TLC rev cc6b616: XExcAt, XExcNoAt, XExcRec;
// the command prints a warning once). Nil when no warning is wanted.
func (c *compiler) exceptMissing(e *ast.Except) func() {
	warn := c.run.warn
	if warn == nil {
		return nil
	}
	name := c.nodeName(e.Fn, span.Module(ast.Unparen(e.Fn).Pos().Filename))
	text := "The EXCEPT was applied to non-existing fields of the value at\n" + name
	r := c.run
	return func() { r.giveWarning(warn, ExceptUnknownField, text) }
}
