package value

import "sync/atomic"

// mixedSeen is set once a MixedSetV has been built in this process. Until
// then no value can hold one, and equality and membership skip the walk
// that looks for one, so specs whose sets all sort pay nothing.
var mixedSeen atomic.Bool

// HoldsMixed reports whether v is or holds (as an element, a function's
// argument or value) a MixedSetV. TLC compares such a value only by
// sorting the set (SetEnumValue.equals/compareTo normalise it), which
// fails; our total order Compare would call two such values equal
// ({1, "a"} \in {{1, "a"}} TRUE where TLC errs), so equality of a value
// that holds one must take the checked path (EqualChecked), which fails
// as TLC does.
func HoldsMixed(v Value) bool {
	if !mixedSeen.Load() {
		return false
	}
	return holdsMixedWalk(v)
}

func holdsMixedWalk(v Value) bool {
	switch t := v.(type) {
	case *MixedSetV:
		return true
	case *SetV:
		for _, e := range t.elems {
			if holdsMixedWalk(e) {
				return true
			}
		}
	case *FcnV:
		for i := range t.vals {
			if holdsMixedWalk(t.vals[i]) || holdsMixedWalk(t.Key(i)) {
				return true
			}
		}
	}
	return false
}
