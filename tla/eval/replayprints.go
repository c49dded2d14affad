package eval

import "io"

// Printed is the number of values the spec has printed so far (Print,
// PrintT, AssertEq), wherever they went.
func (r *Run) Printed() int64 {
	r.print.mu.Lock()
	defer r.print.mu.Unlock()
	return r.print.n
}

// Replaying sends what the spec prints (Print, PrintT, AssertEq) to w; the
// func returned undoes it.
//
// It is for rebuilding an error trace as TLC does (model's
// traceprints.go): TLC evaluates Init and Next again, one of its actions
// at a time (TLCActions, NextOf) up to the action that yields the state
// sought, and what they print is printed again between the trace's states.
// The warnings met meanwhile go to w too, where TLC prints them
// (WarningLine).
// It must not be used while a search runs.
func (r *Run) Replaying(w io.Writer) (undo func()) {
	r.print.mu.Lock()
	old, oldReplaying := r.print.w, r.print.replaying
	r.print.w, r.print.replaying = w, true
	r.print.mu.Unlock()
	return func() {
		r.print.mu.Lock()
		r.print.w, r.print.replaying = old, oldReplaying
		r.print.mu.Unlock()
	}
}
