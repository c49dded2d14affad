package eval

// MayPrint reports whether the spec has a Print, PrintT or AssertEq
// compiled outside a constant expression (an ASSUME prints once, before
// the search): what model makes only for the sake of what the spec
// prints during the search (TLC's evaluations for its liveness checking,
// model's liveprints.go) it can skip when nothing can print then.
func (r *Run) MayPrint() bool { return r.mayPrint.Load() }
