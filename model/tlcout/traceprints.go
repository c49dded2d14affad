package tlcout

import (
	"io"

	"github.com/wspcycle/wspcycle/tla/eval"
)

// SetUser sends what the spec printed (the prints the writer is given:
// model.TracePrints, Report.NestedPrints) to u rather than to the
// writer's stream: TLC's -userFile FILE, where TLC rev cc6b616 writes
// every Print and PrintT of the spec, those made while it rebuilds a
// trace to print it too, while its own messages stay on standard output.
func (w *Writer) SetUser(u io.Writer) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.user = u
}

// printed writes what a spec printed (model.TracePrints) raw, as TLC
// prints a spec's Print output: never framed in a message, -tool or not;
// to the user output when there is one (SetUser).
//
// The warnings met while those evaluations were made are held in s at
// their place (eval.WarningLine) and given there, as warnings (to
// standard output, deduplicated as TLC's MP.printWarning does).
func (w *Writer) printed(s string) {
	if s == "" {
		return
	}
	w.mu.Lock()
	u := w.user
	w.mu.Unlock()
	eval.SplitWarnings(s, func(p string) {
		if u != nil {
			io.WriteString(u, p)
			return
		}
		w.write(p)
	}, w.Warning)
}

// statePrinted is what the spec printed just before state i of the trace.
func (o TraceOptions) statePrinted(i int) string {
	if i < len(o.prints) {
		return o.prints[i]
	}
	return ""
}
