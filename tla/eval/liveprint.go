package eval

// MayPrint reports whether the spec has a Print, PrintT or AssertEq
// compiled in: what model makes only for the sake of what the spec
// prints (TLC's evaluations for its liveness checking, model's
// liveprints.go) it can skip when nothing can print.
func (r *Run) MayPrint() bool { return r.mayPrint.Load() }
