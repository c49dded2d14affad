package eval

// stepName names a step by its leaf of the static split and the \E values
// on the way to it (Spec.leafLabel): the tests of successor generation
// tell steps apart by it, whatever TLC's label of the step (Label) is.
func stepName(sp *Spec, st Step) string { return sp.leafLabel(st) }
