package eval

import (
	"time"

	"github.com/wspcycle/wspcycle/tla/value"
)

// dfidGet is TLCGet(name) under TLC's depth-first checker (-dfid), where
// it differs from the breadth-first one's: TLC's DFIDModelChecker
// inherits AbstractChecker's statistics, which are all -1 (TLC rev
// cc6b616: "diameter", "distinct", "generated", "queue", and the record
// "stats" with them, its "initial" -1 too, its "worker" 0). ok is false
// for the names read as in the breadth-first search ("level", ...).
func (r *Run) dfidGet(_ *ctx, name string) (value.Value, bool) {
	switch name {
	case "diameter", "distinct", "generated", "queue":
		return value.Int(-1), true
	case "stats":
		return r.strs.Record("diameter", value.Int(-1), "distinct", value.Int(-1),
			"duration", value.Int(int64(time.Since(r.start)/time.Second)), "generated", value.Int(-1),
			"queue", value.Int(-1), "worker", value.Int(0), "initial", value.Int(-1)), true
	}
	return nil, false
}
