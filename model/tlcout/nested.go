package tlcout

import (
	"strconv"
	"strings"

	"github.com/wspcycle/wspcycle/model"
)

// NestedExpression is TLC's code for the stack of expressions it was
// evaluating at an evaluation error (EC.TLC_NESTED_EXPRESSION).
const NestedExpression = 2103

// nestedStack prints rep's NestedStack as TLC does after the error's
// messages and trace: numbered from 0, each range as "Line L, column C to
// line L2, column C2 in M", then an empty line (CallStack.toString).
func (w *Writer) nestedStack(rep *model.Report) {
	if len(rep.NestedStack) == 0 {
		return
	}
	var b strings.Builder
	b.WriteString("The error occurred when TLC was evaluating the nested\nexpressions at the following positions:\n")
	for i, r := range rep.NestedStack {
		b.WriteString(strconv.Itoa(i) + ". Line " + strconv.Itoa(r.Start.Line) + ", column " + strconv.Itoa(r.Start.Col) +
			" to line " + strconv.Itoa(r.End.Line) + ", column " + strconv.Itoa(r.End.Col) + " in " + r.Module + "\n")
	}
	b.WriteString("\n")
	w.Msg(NestedExpression, ClassError, b.String())
}
