package eval

import (
	"time"

	"github.com/wspcycle/wspcycle/tla/value"
)

// SimStats are a simulator's counts as TLC's simulator reports them in
// TLCGet("stats") (Simulator.getStatistics, rev cc6b616): the behaviours
// generated, the states generated, and the mean and variance of the
// behaviours' lengths (its progress line's).
type SimStats struct {
	Traces, Generated        int64
	LevelMean, LevelVariance int64
}

// SetSimStats makes TLCGet("stats") the simulator's record, read from f:
// a simulator installs it once its behaviours are done, for its
// POSTCONDITION.
func (r *Run) SetSimStats(f func() SimStats) { r.simStats.Store(&f) }

// simStatsRecord is TLC's simulator's TLCGet("stats"): the current
// behaviour (its number, its actions), the worker, the counts, and -1
// for what a simulator does not count (distinct states, retries,
// distinct values). TLC's actions are an empty record without its
// action statistics, which prints [] (value.EmptyRecord).
func (r *Run) simStatsRecord(st SimStats) value.Value {
	return r.strs.Record(
		"behavior", r.strs.Record("id", value.Int(st.Traces), "actions", value.EmptyTuple),
		"worker", value.Int(0), "traces", value.Int(st.Traces), "actions", value.EmptyRecord,
		"duration", value.Int(int64(time.Since(r.start)/time.Second)), "generated", value.Int(st.Generated),
		"distinct", value.Int(-1), "retries", value.Int(-1), "distinctvalues", value.Int(-1),
		"levelmean", value.Int(st.LevelMean), "levelvariance", value.Int(st.LevelVariance))
}
