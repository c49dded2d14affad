package simulate

import (
	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/eval"
)

// ActionRanges are the source ranges of the actions a simulation's trace
// names (TraceState.Act-1): model.ActionRanges, with those of every
// action of eval.Spec.TLCActions TLC locates away from its leaves, the
// split being made first (the simulator draws from it).
func ActionRanges(sp *eval.Spec, read func(string) ([]byte, error)) []model.SourceRange {
	_, _ = sp.TLCActions()
	return model.ActionRanges(sp, read)
}
