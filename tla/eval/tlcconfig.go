package eval

import (
	"strconv"

	"github.com/wspcycle/wspcycle/tla/value"
)

// TLCConfig is what TLCGet("config") tells of a `tlc` run beyond the
// cfg: its -seed, and for -simulate its mode and bounds, as TLC's record
// has them (rev cc6b616): model checking [install, mode |-> "bfs",
// deadlock, seed, fingerprint, worker], simulating [install, mode |->
// "simulate", deadlock, seed, worker, traces (-1 without num=), depth,
// aril, sched |-> "random" (or "rl", "rlaction")], with mode |-> "generate" for -generate. An ASSUME reads it as the spec loads
// (SmokeEWD998 of tlaplus/Examples asserts its mode).
type TLCConfig struct {
	Seed     int64
	Simulate bool
	Generate bool  // -generate: the simulator's record, with mode "generate"
	Traces   int64 // -simulate num=N; -1 without
	Depth    int64 // -depth
	Aril     int64
	Sched    string // -simulate sched=: "rl" or "rlaction"; "" is "random"
}

// configRecord is TLCGet("config"): the model checker's record, or the
// simulator's, with the seed of the run's TLCConfig (else the run's own).
func (r *Run) configRecord() value.Value {
	c := r.config
	seed := r.seed
	if c != nil {
		seed = c.Seed
	}
	if c == nil || !c.Simulate {
		return r.strs.Record("mode", r.strs.Str("bfs"), "deadlock", value.Bool(r.deadlock),
			"seed", r.strs.Str(strconv.FormatInt(seed, 10)), "fingerprint", r.strs.Str("0"),
			"worker", value.Int(r.workers.Load()), "install", r.strs.Str("wspcycle"))
	}
	mode, sched := "simulate", "random"
	if c.Sched != "" {
		sched = c.Sched
	}
	if c.Generate {
		mode = "generate"
	}
	return r.strs.Record("mode", r.strs.Str(mode), "deadlock", value.Bool(r.deadlock),
		"seed", r.strs.Str(strconv.FormatInt(seed, 10)), "worker", value.Int(r.workers.Load()),
		"traces", value.Int(c.Traces), "depth", value.Int(c.Depth), "aril", r.strs.Str(strconv.FormatInt(c.Aril, 10)),
		"sched", r.strs.Str(sched), "install", r.strs.Str("wspcycle"))
}
