package tlcout

import (
	"errors"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/eval"
)

// AliasErrorText is TLC's text of the field _ALIASEvalError for err, the
// error an ALIAS raised in a trace state: the message of TLC's exception
// (EvalException.getMessage), which is the error as TLC prints it nested
// in another message: its range when TLC's message has one (a CHOOSE
// that finds nothing), none for a value's method (a function applied
// outside its domain), and, in -tool, framed in its code when it has one
// (2132 a false Assert, 2154 a Java method, 2179 \div 0) (TLC rev
// cc6b616: AliasErr, AliasErr3 in model/testdata/tlc/alias). read reads
// the spec's sources, for the range.
func AliasErrorText(err error, read func(string) ([]byte, error), tool bool) string {
	var ee *eval.Error
	if !errors.As(err, &ee) {
		return err.Error()
	}
	rep := &model.Report{Message: ee.Msg, Pos: ee.Pos, Expr: ee.Expr}
	if ee.Expr != nil && read != nil {
		rep.End = model.ExprRange(ee.Expr, read).End
	}
	return nestedCause(rep, ee.Msg, tool)
}
