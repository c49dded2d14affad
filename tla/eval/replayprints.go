package eval

import "io"

// Printed is the number of values the spec has printed so far (Print,
// PrintT, AssertEq), wherever they went.
func (r *Run) Printed() int64 {
	r.print.mu.Lock()
	defer r.print.mu.Unlock()
	return r.print.n
}

// Replaying sends what the spec prints (Print, PrintT, AssertEq) to w and
// calls actionStart each time Next begins to evaluate an action of the
// static split (for each binding of the \E around it), saying which of
// TLC's actions it is part of (TLCGroupAction); an error actionStart returns
// ends Next's enumeration with that error. The func returned undoes both.
//
// It is for rebuilding an error trace as TLC does (model's
// traceprints.go): TLC evaluates Init and Next again, one action at a time
// up to the action that yields the state sought, and what they print is
// printed again between the trace's states. It must not be used while a
// search runs.
func (r *Run) Replaying(w io.Writer, actionStart func(TLCGroupAction) error) (undo func()) {
	r.print.mu.Lock()
	old := r.print.w
	r.print.w = w
	r.print.mu.Unlock()
	r.actionStart = actionStart
	return func() {
		r.actionStart = nil
		r.print.set(old)
	}
}
