package simulate

import (
	"strings"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/eval"
)

// ActionRanges are the source ranges of the actions a simulation's trace
// names (TraceState.Act-1): model.ActionRanges, those of the static split,
// then one for each action of eval.Spec.TLCActions, valid for those TLC
// does not expand (a \E whose set reads the state): TLC names such an
// action by the whole \E, from the \E to the end of its body, the end of
// its last leaf.
func ActionRanges(sp *eval.Spec, read func(string) ([]byte, error)) []model.SourceRange {
	out := model.ActionRanges(sp, read)
	acts, err := sp.TLCActions()
	if err != nil {
		return out
	}
	n := len(out)
	for _, a := range acts {
		var r model.SourceRange
		if a.Opaque() && a.Hi-1 < n && out[a.Hi-1].IsValid() {
			r = model.SourceRange{Module: out[a.Hi-1].Module, Start: a.Pos, End: out[a.Hi-1].End}
		}
		out = append(out, r)
	}
	return out
}

// opaqueLabel names an action TLC does not expand as TLC does: the name of
// its definition and the values bound on the way to it, not those its own
// \E binds.
func opaqueLabel(sp *eval.Spec, a *eval.TLCAction) string {
	name := sp.Actions[a.Lo].Name
	ps := a.Params()
	if len(ps) == 0 {
		return name
	}
	parts := make([]string, len(ps))
	for i, p := range ps {
		parts[i] = p.String()
	}
	return name + "(" + strings.Join(parts, ",") + ")"
}
