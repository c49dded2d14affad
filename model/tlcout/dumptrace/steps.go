package dumptrace

import (
	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/eval"
)

// edge is one step of TLC's CounterExample: from state From to state
// To (1-based) by the action Name, with its source range (zero when TLC
// has none).
type edge struct {
	From, To int
	Name     string
	Range    model.SourceRange
}

// unnamedAction is what TLC records for a step it has no action for: the
// stuttering of a lasso that never leaves its initial state (TLC rev
// cc6b616 on a spec whose only state stutters).
const (
	unnamedAction = "UnnamedAction"
	builtins      = "--TLA+ BUILTINS--"
)

// steps are the edges of the counterexample as TLC's CounterExample
// has them: one per step of the trace, then for a lasso the step that
// closes it (back to an earlier state, or from the last state to itself
// when it stutters, named by the last state's action, as TLC does).
func steps(sp *eval.Spec, rep *model.Report) []edge {
	step := func(from, to int, ts model.TraceState) edge {
		st := edge{From: from, To: to, Name: ts.Action}
		if a := ts.Act; a > 0 && a <= len(sp.Actions) {
			st.Name = sp.Actions[a-1].Name
			if a <= len(rep.Ranges) && rep.Ranges[a-1].IsValid() {
				st.Range = rep.Ranges[a-1]
			}
		} else {
			st.Name = unnamedAction
		}
		return st
	}
	var out []edge
	for i := 1; i < len(rep.Trace); i++ {
		out = append(out, step(i, i+1, rep.Trace[i]))
	}
	n := len(rep.Trace)
	switch {
	case rep.LoopBack == 0 || n == 0:
	case rep.LoopBack == n: // stuttering: the last state's own action again
		out = append(out, step(n, n, rep.Trace[n-1]))
	default:
		out = append(out, step(n, rep.LoopBack, rep.LoopStep))
	}
	return out
}

// location is TLC's record of a step's source range; TLC writes zeros
// and its built-in module for a step without one.
func (st edge) location() (beginLine, beginCol, endLine, endCol int, module string) {
	if !st.Range.IsValid() {
		return 0, 0, 0, 0, builtins
	}
	r := st.Range
	return r.Start.Line, r.Start.Col, r.End.Line, r.End.Col, r.Module
}
