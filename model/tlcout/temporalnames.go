package tlcout

import "strings"

// temporalViolated is TLC's message for a violated temporal property
// (tlc2.output.MP, TLC_TEMPORAL_PROPERTY_VIOLATED): the property found, or,
// when the counterexample violates several (all names the lasso violates,
// found among them), all of them: "Temporal properties A and B were
// violated." for two, "A, B, and C" for more; with none (the lasso
// violates none of them), "Temporal properties were violated.".
func temporalViolated(found string, all []string, none bool) string {
	if none {
		return "Temporal properties were violated.\n"
	}
	if len(all) < 2 {
		return "Temporal property " + found + " was violated.\n"
	}
	var b strings.Builder
	b.WriteString("Temporal properties ")
	for i, name := range all {
		switch {
		case i == 0:
		case i < len(all)-1:
			b.WriteString(", ")
		case len(all) == 2:
			b.WriteString(" and ")
		default:
			b.WriteString(", and ")
		}
		b.WriteString(name)
	}
	b.WriteString(" were violated.\n")
	return b.String()
}
