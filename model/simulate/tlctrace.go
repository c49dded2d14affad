package simulate

import (
	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TLCTrace is a behaviour of the simulator as TLC's SimulationWorker (rev
// cc6b616) hands it out, to its liveness checker, its -simulate file=F
// files and its error reports: getTrace walks the behaviour back from its
// last state and leaves out every state equal to the one before it (a
// stuttering step the random walk took: y' \in {"a", "b"} choosing the y
// it had), so the behaviour keeps the first state of each run of equal
// states, named by its own action.
func TLCTrace(trace []model.TraceState) []model.TraceState {
	out := trace[:0:0]
	for i, ts := range trace {
		if i > 0 && SameState(ts.State, trace[i-1].State) {
			continue
		}
		out = append(out, ts)
	}
	return out
}

// SameState is TLCStateMut.equals: every variable's value equal.
func SameState(a, b value.State) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if (a[i] == nil) != (b[i] == nil) || a[i] != nil && !value.Equal(a[i], b[i]) {
			return false
		}
	}
	return true
}
