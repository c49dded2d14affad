package eval

import "strings"

// stepName names a step by its leaf of the static split and the values of
// the \E on the way to it (Step.Action, Step.Params): the tests of
// successor generation tell steps apart by it, whatever TLC's label of
// the step (Label) is.
func stepName(sp *Spec, st Step) string {
	if st.Action < 0 || st.Action >= len(sp.Actions) {
		return "?"
	}
	name := sp.Actions[st.Action].Name
	if len(st.Params) == 0 {
		return name
	}
	parts := make([]string, len(st.Params))
	for i, p := range st.Params {
		parts[i] = p.String()
	}
	return name + "(" + strings.Join(parts, ",") + ")"
}
