package eval

import "github.com/wspcycle/wspcycle/tla/value"

// The folds of the community modules (FiniteSetsExt's FoldSet, Functions'
// FoldFunction[OnSet], SequencesExt's FoldSeq and FoldLeft/Right[Domain],
// Folds' MapThenFoldSet) are evaluated from their TLA+ definitions, as
// the TLC we answer for does: it is run with the modules' folder as its
// library path, which holds no compiled Java overrides, so it evaluates
// MapThenFoldSet's recursive function, choosing elements with CHOOSE in
// its order of values: the first element is outermost, op(c1, op(c2, ...
// base)). (CommunityModules' Java overrides fold the other way round,
// the first element innermost, when their jar is on TLC's class path.)
// The definitions also give TLC's errors and call stacks.

// saveSlots saves the values of slots, to restore them after a loop that
// applies an operator argument compiled on them (operatorClosure), so that
// the same application reached again while the operator is evaluated does
// not disturb the outer one.
func saveSlots(k *ctx, slots []int) []value.Value {
	old := make([]value.Value, len(slots))
	for i, s := range slots {
		old[i] = k.env[s]
	}
	return old
}

func restoreSlots(k *ctx, slots []int, old []value.Value) {
	for i, s := range slots {
		k.env[s] = old[i]
	}
}
