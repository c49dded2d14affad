package tlcout

// printed writes what a spec printed (model.TracePrints) raw, as TLC
// prints a spec's Print output: never framed in a message, -tool or not.
func (w *Writer) printed(s string) {
	if s != "" {
		w.write(s)
	}
}

// statePrinted is what the spec printed just before state i of the trace.
func (o TraceOptions) statePrinted(i int) string {
	if i < len(o.prints) {
		return o.prints[i]
	}
	return ""
}
