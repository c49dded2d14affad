package tlcout

import "io"

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
func (w *Writer) printed(s string) {
	if s == "" {
		return
	}
	w.mu.Lock()
	u := w.user
	w.mu.Unlock()
	if u != nil {
		io.WriteString(u, s)
		return
	}
	w.write(s)
}

// statePrinted is what the spec printed just before state i of the trace.
func (o TraceOptions) statePrinted(i int) string {
	if i < len(o.prints) {
		return o.prints[i]
	}
	return ""
}
