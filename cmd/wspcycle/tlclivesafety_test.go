package main

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/model"
)

// TestTLCLiveSafetyGolden: a temporal property whose negation a finite
// prefix fulfils ([](x = 0) \/ [](x = 1), whose negation <>(x # 0) /\
// <>(x # 1) holds once both were seen) is violated, for TLC, during the
// search: its tableau reaches an accepting node (an empty particle), and
// TLC stops there with "Temporal property P was violated.", the prefix
// as the counterexample (no lasso), the counts of that moment and exit 12
// (model/livesafety.go; TLC rev cc6b616, plain and -tool, in
// model/testdata/tlc/livesafety):
//
//   - OrAlways, StaysZero ([](x = 0 => [](x = 0))), Implies (<>(x = 1) =>
//     [](x < 2)), NotEventually (~<>(x = 2)): one property, x on a cycle;
//   - OrAlwaysDeadlock: TLC stops before the deadlock the search would
//     meet next;
//   - TwoVars: two variables, two initial states, the prefix TLC's
//     shortest in its product graph (two of them, by -fp: both kept);
//   - TwoProps: the message names every property the prefix, stuttering
//     at its end, violates; InitConj: with a state predicate conjunct;
//   - WithInv, InvSame, DeadlockThen: an invariant violated, or a
//     deadlock, in the state whose expansion completes the prefix: TLC
//     reports both, the first's exit code;
//   - FairOr (with WF, a disjunct with fairness conditions) and OrEvAlways
//     (a <>[] in the disjunct): checked after the search, as any
//     temporal property (exit 13);
//   - Leads ([](x = 2 => [](x > 1)), two initial states: TLC stops after
//     the last state, with a 9-state prefix) and WideInv (16 initial
//     states, TLC's 9-state prefix at depth 5): a done state's product
//     nodes re-expanded along its own successors, not the next state's;
//   - Mixed (a conjunction of a prefix-violable part and <>(x = 3)),
//     MultiLiveFail (two properties, the prefix violating both), ViewOr
//     (a VIEW), NoDeadlock (-deadlock), BoxStateOr (two variables, two
//     shortest prefixes by -fp, both kept);
//   - ViewT ([](t < 5) \/ [](x = 0) with VIEW x, t counting the steps)
//     and SymOr (a SYMMETRY, a property naming one of its constants):
//     TLC judges each step by the state it actually reached, not the one
//     kept for its fingerprint (model/livesafetyact.go): ViewT was "no
//     error", SymOr exit 13 after the search; SymOr's prefix, printed
//     with the kept states, violates neither disjunct, and TLC names no
//     property.
func TestTLCLiveSafetyGolden(t *testing.T) {
	for _, c := range liveSafetyGoldens {
		for _, name := range c.names {
			tlcGoldenRun(t, liveSafetyDir, name, c.flags[name], c.code, withAlternate())
		}
	}
}

var liveSafetyDir = filepath.Join("..", "..", "model", "testdata", "tlc", "livesafety")

// liveSafetyGoldens are TLC's runs in model/testdata/tlc/livesafety, by
// exit code, with the flags of those run with any.
var liveSafetyGoldens = []struct {
	code  int
	names []string
	flags map[string][]string
}{
	{11, []string{"DeadlockThen"}, nil},
	{12, []string{"OrAlways", "StaysZero", "Implies", "NotEventually", "OrAlwaysDeadlock", "TwoVars", "TwoProps", "InitConj", "WithInv", "InvSame",
		"Leads", "WideInv", "Mixed", "MultiLiveFail", "ViewOr", "NoDeadlock", "BoxStateOr", "ViewT", "SymOr"}, map[string][]string{"NoDeadlock": {"-deadlock"}}},
	{13, []string{"FairOr", "OrEvAlways"}, nil},
}

// TestTLCLiveSafetyWorkers: with more workers the finite-prefix detector
// sees the states in one worker's order (model/livesafetyseq.go), so the
// output is TLC's with one worker, the header's worker count aside:
// verdict, counterexample and counts. (TLC's own workers race for its
// product graph: on TwoVars, TwoProps or InvSame its counterexample, and
// on TwoProps its verdict, change from run to run with -workers 2 or 4;
// its counts there are those of the moment its other workers notice the
// stop, a few states later than one worker's.)
func TestTLCLiveSafetyWorkers(t *testing.T) {
	for _, w := range []string{"2", "4"} {
		for _, c := range liveSafetyGoldens {
			for _, name := range c.names {
				tlcGoldenRun(t, liveSafetyDir, name, c.flags[name], c.code, withAlternate(), withWorkers(w))
			}
		}
	}
}

// TestCheckLiveSafetyWorkersDisk: `wspcycle check` runs two workers by
// default (one per core), and --disk keeps the search on disk; either
// way a property a finite prefix violates stops the search as TLC's one
// worker does: exit 12 (not 13 with a lasso after the search), TLC's
// prefix (OrAlways: x = 0, x = 1) and counts (3 generated, 3 distinct, 1
// left on the queue, depth 3; model/testdata/tlc/livesafety).
func TestCheckLiveSafetyWorkersDisk(t *testing.T) {
	spec := filepath.Join(liveSafetyDir, "OrAlways.tla")
	for _, extra := range [][]string{{"--workers", "2"}, {"--workers", "4"}, {"--workers", "1", "--disk", t.TempDir()},
		{"--workers", "2", "--disk", t.TempDir()}} {
		args := append(append([]string{"check", "--json", "--progress", "0"}, extra...), spec)
		code, out, errs := runCLI(t, context.Background(), args...)
		var rep model.JSONReport
		if err := json.Unmarshal([]byte(out), &rep); err != nil {
			t.Fatalf("%v: exit %d: %v\n%s", extra, code, err, errs)
		}
		var xs []string
		for _, st := range rep.Trace {
			xs = append(xs, st.State["x"])
		}
		if code != model.ExitSafety || rep.Property != "P" || strings.Join(xs, " ") != "0 1" || rep.LoopsBackTo != 0 ||
			rep.Generated != 3 || rep.Distinct != 3 || rep.Queue != 1 || rep.Depth != 3 {
			t.Errorf("%v: exit %d, %q, trace %v (loop %d), %d/%d/%d depth %d; want TLC's exit 12, P, 0 1, 3/3/1 depth 3",
				extra, code, rep.Property, xs, rep.LoopsBackTo, rep.Generated, rep.Distinct, rep.Queue, rep.Depth)
		}
	}
}

// TestTLCLiveSafetyContinue: with -continue, the exception TLC's
// finite-prefix check throws to stop the search reaches the worker as an
// unexpected one (printErrorTrace: "stop() ignores
// TLCGlobals.continuation"): after the counterexample TLC prints it, then
// "The behavior up to this point is:" with the trace of the state its
// worker was expanding (on Leads, x = 4 at depth 5, not the prefix's last
// state), the out-degree, and exits 255 (TLC rev cc6b616; we printed the
// counterexample alone and exited 12). With 2 and 4 workers, one
// worker's output.
func TestTLCLiveSafetyContinue(t *testing.T) {
	for _, w := range []string{"1", "2", "4"} {
		for _, name := range []string{"OrAlways", "Leads"} {
			tlcGoldenRun(t, liveSafetyDir, name, []string{"-continue"}, 255, withOutput(name+"Continue"), withWorkers(w))
		}
	}
}

// TestCheckRecoverLiveSafety: `check --recover DIR` of a run whose
// temporal property a finite prefix violates (Leads, stopped by
// --max-states after its third level with a checkpoint at each level)
// stops the resumed search as the uninterrupted run and TLC do: exit 12,
// the 9-state prefix (no loop), 10 generated, 8 distinct, 0 left, depth
// 5, with one worker and with two. The detector's graph was not part of
// the checkpoint: the resumed run found the violation only after the
// search, a lasso, exit 13. (`wspcycle tlc` runs a spec with temporal
// properties in memory, without checkpoints.)
func TestCheckRecoverLiveSafety(t *testing.T) {
	spec := filepath.Join(liveSafetyDir, "Leads.tla")
	for _, w := range []string{"1", "2"} {
		dir := t.TempDir()
		if code, _, errs := runCLI(t, context.Background(), "check", "--workers", w, "--disk", dir, "--checkpoint", "1ns", "--max-states", "5", spec); code != 3 {
			t.Fatalf("check --max-states: exit %d, want 3; %s", code, errs)
		}
		code, out, errs := runCLI(t, context.Background(), "check", "--json", "--progress", "0", "--workers", w, "--recover", dir, spec)
		var rep model.JSONReport
		if err := json.Unmarshal([]byte(out), &rep); err != nil {
			t.Fatalf("%s workers: exit %d: %v\n%s", w, code, err, errs)
		}
		var xs []string
		for _, st := range rep.Trace {
			xs = append(xs, st.State["x"])
		}
		if code != model.ExitSafety || rep.Property != "P" || strings.Join(xs, " ") != "0 1 2 3 4 5 6 7 0" || rep.LoopsBackTo != 0 ||
			rep.Generated != 10 || rep.Distinct != 8 || rep.Queue != 0 || rep.Depth != 5 {
			t.Errorf("%s workers: exit %d, %q, trace %v (loop %d), %d/%d/%d depth %d; want exit 12, P, 0 1 2 3 4 5 6 7 0, 10/8/0 depth 5",
				w, code, rep.Property, xs, rep.LoopsBackTo, rep.Generated, rep.Distinct, rep.Queue, rep.Depth)
		}
	}
}
