package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// -simulate sched=rl and sched=rlaction are TLC's reinforcement-learning
// schedulers: with a fixed -seed and one worker, TLC's behaviours, counts
// and verdicts are reproduced (TLC rev cc6b616's outputs, in
// model/testdata/tlc/simrl: README.md says what each probe exercises).
// sched=rl learns per state (with a VIEW, per view: RLDeadViewRl), and
// names its mode "RL Simulation" (with a SYMMETRY, per orbit: TLC's
// simulator fingerprints a state by the least of its orbit, RLSymRl,
// whose counts differ without it); sched=rlaction learns which actions are
// disabled after each action, under TLC's "Random Simulation" banner;
// TLCGet("config").sched says which (RLConf; sched=bogus is ignored, as
// TLC ignores it). With a temporal property (RLS), TLC's worker hands
// each behaviour to its check without its stuttering steps, relinking
// and renumbering the states kept, and then learns along those links
// (RLSStutterRl), or dies of a NullPointerException when the last state
// was left out with another (RLSCrashRl, RLSStutterCrashRl: exit 255,
// the behaviour without its stutters). A violation stops a behaviour
// before it is learnt from: each violating probe's num= is the failing behaviour, so that
// TLC's counts do not depend on its threads' timing.
func TestTLCSimulateRLGolden(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "simrl")
	for _, c := range []struct {
		out, cfg, spec string
		flags          string
		code           int
	}{
		{"RL1Rl", "RL1", "RL1", "-simulate num=20,sched=rl -seed 3 -depth 10", 0},
		{"RL1Rla", "RL1", "RL1", "-simulate num=20,sched=rlaction -seed 3 -depth 10", 0},
		{"RL1BadRl", "RL1Bad", "RL1", "-simulate num=7,sched=rl -seed 5 -depth 6", 12},
		{"RL1BadRla", "RL1Bad", "RL1", "-simulate num=46,sched=rlaction -seed 3 -depth 6", 12},
		{"RLParRl", "RLPar", "RLPar", "-simulate num=300,sched=rl -seed 7 -depth 20", 0},
		{"RLParRla", "RLPar", "RLPar", "-simulate num=300,sched=rlaction -seed 7 -depth 20", 0},
		{"RLParGenRl", "RLPar", "RLPar", "-generate num=200,sched=rl -seed 4 -depth 15", 0},
		{"RLDeadOffRl", "RLDeadOff", "RLDead", "-simulate num=300,sched=rl -seed 7 -depth 20", 0},
		{"RLDeadViewRl", "RLDeadView", "RLDead", "-simulate num=300,sched=rl -seed 7 -depth 20", 0},
		{"RLDeadRl", "RLDead", "RLDead", "-simulate num=10,sched=rl -seed 1 -depth 5", 11},
		{"RLDeadRla", "RLDead", "RLDead", "-simulate num=9,sched=rlaction -seed 2 -depth 5", 11},
		{"RLConfRl", "RLConf", "RLConf", "-simulate num=3,sched=rl -seed 1 -depth 3", 0},
		{"RLConfRla", "RLConf", "RLConf", "-simulate num=3,sched=rlaction,sched=bogus -seed 1 -depth 3", 0},
		{"RLSymRl", "RLSym", "RLSym", "-simulate num=300,sched=rl -seed 9 -depth 30", 0},
		{"RLSCrashRl", "RLS", "RLS", "-simulate num=30,sched=rl -seed 3 -depth 4", 255},
		{"RLSStutterRl", "RLS", "RLS", "-simulate num=7,sched=rl -seed 7 -depth 6", 0},
		{"RLSStutterCrashRl", "RLS", "RLS", "-simulate num=300,sched=rl -seed 7 -depth 6", 255},
		// The cfg's _RL_REWARD is each learnt step's reward (it was
		// read as an INVARIANT's name): with it no violation in 64
		// behaviours, without it the 37th; not an integer, TLC's 2215.
		{"RLRewInvRl", "RLRewInv", "RLRew", "-simulate num=64,sched=rl -seed 7 -depth 20", 0},
		{"RLRewInvOffRl", "RLRewInvOff", "RLRew", "-simulate num=37,sched=rl -seed 7 -depth 20", 12},
		{"RLRewBadRl", "RLRewBad", "RLRew", "-simulate num=300,sched=rl -seed 7 -depth 20", 255},
	} {
		flags := append([]string{"-noGenerateSpecTE"}, strings.Fields(c.flags)...)
		tlcGoldenRunIn(t, dir, dir, c.cfg, flags, c.code, withSpec(c.spec), withOutput(c.out))
	}
}
