package tlcout

// warningHint is what TLC's plain output adds to the first warning of a
// run (tlc2.output.MP.getMessage, when its history of warnings is empty).
const warningHint = "\n(Use the -nowarning option to disable this warning.)"

// Warning prints a warning (class 3) as TLC's MP.printWarning does: the
// first of a run, in plain output, with TLC's hint about -nowarning; a
// message already printed (hint included) is not printed again. A
// suppressed code (-suppressMessages) is still recorded first, as in
// TLC, so the hint may then never appear.
func (w *Writer) Warning(code int, text string) {
	w.mu.Lock()
	if !w.Tool && len(w.warned) == 0 {
		text += warningHint
	}
	seen := w.warned[text]
	if w.warned == nil {
		w.warned = map[string]bool{}
	}
	w.warned[text] = true
	w.mu.Unlock()
	if !seen {
		w.Msg(code, ClassWarning, text)
	}
}
