package value

import "sync/atomic"

// orderedBuilt is set once any function has been built out of order
// (FcnFromOrdered), so that HoldsOrdered costs one load in the many runs
// that build none.
var orderedBuilt atomic.Bool

// HoldsOrdered reports whether v is or holds a function that still
// prints in the order it was built (FcnFromOrdered). Such a value must
// not be shared by evaluations that TLC makes apart: TLC sorts a function
// in place (normalize) when it fingerprints or compares it, so a value
// shared by two uses would print in an order that depends on what the
// other use did before. The compiler's constant folding asks it, and
// builds such a value afresh at each evaluation, as TLC does.
func HoldsOrdered(v Value) bool {
	if !orderedBuilt.Load() {
		return false
	}
	return holdsOrderedWalk(v)
}

func holdsOrderedWalk(v Value) bool {
	switch t := v.(type) {
	case *SetV:
		for _, e := range t.elems {
			if holdsOrderedWalk(e) {
				return true
			}
		}
	case *FcnV:
		if t.ordered.Load() {
			return true
		}
		for i := range t.vals {
			if holdsOrderedWalk(t.vals[i]) || holdsOrderedWalk(t.Key(i)) {
				return true
			}
		}
	}
	return false
}
