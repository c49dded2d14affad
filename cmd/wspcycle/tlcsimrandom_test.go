package main

import (
	"path/filepath"
	"testing"
)

// The constant definitions that draw are evaluated once, at startup, in
// TLC's order and from TLC's generator of its main thread, new
// Random(seed), before the initial states draw from it: in RandConst
// (tla/eval/testdata/modules) A, B (RandomSetOfSubsets), Unused (never
// used, it draws all the same) and T (TestRandomSetOfSubsets). TLC's
// outputs with -seed 5, simulating (num=3 -depth 5) and model checking,
// are in model/testdata/tlc/simulate: both report the initial state
// <<731, {{3}, {2, 4}, {1, 2, 3, 4}}, <<2, 2, 2, 2, 2>>>> (731: the first
// draw of Random(5) over 1..1000), exit 12. With InitDraw
// (RandConstInit.cfg) the initial state draws RandomElement(1..100) after
// them: 10, the 45th draw (after 1 + 3*4 + 1 + 5*2*3), simulating only
// (wspcycle's model checker rebuilds a trace by evaluating Init again,
// which draws anew).
func TestTLCRandomConstantsGolden(t *testing.T) {
	spec := filepath.Join("..", "..", "tla", "eval", "testdata", "modules")
	out := filepath.Join("..", "..", "model", "testdata", "tlc", "simulate")
	tlcGoldenRunIn(t, spec, out, "RandConst", []string{"-simulate", "num=3", "-depth", "5", "-seed", "5"}, 12)
	tlcGoldenRunIn(t, spec, out, "RandConst", []string{"-seed", "5"}, 12, withOutput("RandConstMC"))
	tlcGoldenRunIn(t, spec, out, "RandConstInit", []string{"-simulate", "num=3", "-depth", "5", "-seed", "5"}, 12, withSpec("RandConst"))
}

// An argument of RandomSetOfSubsets TLC refuses (RandArg: its third, Nat,
// not a finite set), in Next: TLC's message with its code 2169 ("should
// be a %s", where Naturals' "should be an integer" is 2266), without a
// position, exit 255, simulating (inside TLC's unexpected EvalException)
// and model checking; TLC's outputs are in model/testdata/tlc/simulate.
func TestTLCRandomArgErrorGolden(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "simulate")
	tlcGoldenRun(t, dir, "RandArg", []string{"-simulate", "num=2", "-depth", "5", "-seed", "1"}, 255)
	tlcGoldenRun(t, dir, "RandArg", []string{"-seed", "1"}, 255, withOutput("RandArgMC"))
}

// An initial predicate without a state: TLC's simulator reports it as an
// error (2118) after "Computed 0 initial states...", with no statistics,
// exit 255 (TLC's outputs on SimNoInit are in model/testdata/tlc/simulate).
func TestTLCSimNoInitialStateGolden(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "simulate")
	tlcGoldenRun(t, dir, "SimNoInit", []string{"-simulate", "num=2", "-depth", "5", "-seed", "1"}, 255)
}

// TLCGet("config") while simulating is the simulator's record (mode
// "simulate", the -seed, num= as traces, -depth, -aril, sched): an ASSUME
// reads it as the spec loads (TLC's outputs on SimConfig, with -seed 1
// num=2 -depth 5, are in model/testdata/tlc/simulate).
func TestTLCSimConfigGolden(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "simulate")
	tlcGoldenRun(t, dir, "SimConfig", []string{"-simulate", "num=2", "-depth", "5", "-seed", "1"}, 0)
}
