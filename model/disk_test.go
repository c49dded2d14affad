package model

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/wspcycle/wspcycle/tla/eval"
)

// TestDiskMatchesMemory checks every hand-worked spec of testdata (the
// temporal properties' ones included: Live*, Ring*, Grab*, Waiters*, with
// their lasso counterexamples) both in memory and on disk, the disk's table
// limited to its minimum (so that it spills to runs on disk many times on
// the larger ones): same verdict, counts, coverage and, on one worker
// (where both searches take states in the same order), the same trace.
// On two workers, which of two actions reaching a new state first counts
// it as distinct, and how far the workers got when one found a violation,
// depend on timing in both modes: there the verdict and trace length are
// compared always, and the counts of complete searches. The liveness check
// on disk reads its edges through pages of 3 edges of which it keeps 2,
// so that the SCC and path searches read pages again and again.
func TestDiskMatchesMemory(t *testing.T) {
	testPageRecs, testMaxPages = 3, 2
	defer func() { testPageRecs, testMaxPages = 0, 0 }()
	for _, e := range readEntries(t, "testdata") {
		t.Run(strings.TrimSuffix(e.Config, ".cfg"), func(t *testing.T) {
			if e.Config == "PoolBig.cfg" && (testing.Short() || raceEnabled) {
				t.Skip("large")
			}
			sp, err := eval.LoadFiles(filepath.Join("testdata", e.Spec), filepath.Join("testdata", e.Config))
			if err != nil {
				t.Skip(err) // bad-input entries
			}
			for _, workers := range []int{1, 2} {
				mem, err := Check(context.Background(), sp, Options{Workers: workers})
				if err != nil {
					t.Fatal(err)
				}
				dir := t.TempDir()
				disk, err := Check(context.Background(), sp, Options{Workers: workers, DiskDir: dir, MaxMemory: 1})
				if err != nil {
					t.Fatal(err)
				}
				compareReports(t, mem, disk, workers == 1)
			}
		})
	}
}

func compareReports(t *testing.T, want, got *Report, exact bool) {
	t.Helper()
	if got.Result != want.Result || got.Property != want.Property || got.Message != want.Message {
		t.Fatalf("disk: %q %q %q, memory: %q %q %q", got.Result, got.Property, got.Message, want.Result, want.Property, want.Message)
	}
	if len(got.Trace) != len(want.Trace) || got.LoopBack != want.LoopBack {
		t.Fatalf("trace of %d states (loop back to %d) on disk, %d (%d) in memory", len(got.Trace), got.LoopBack, len(want.Trace), want.LoopBack)
	}
	if !exact && want.Result != ResultOK {
		return
	}
	if got.Generated != want.Generated || got.Distinct != want.Distinct || got.Depth != want.Depth ||
		got.Queue != want.Queue || got.InitStates != want.InitStates {
		t.Fatalf("disk: generated %d distinct %d depth %d queue %d init %d; memory: %d %d %d %d %d",
			got.Generated, got.Distinct, got.Depth, got.Queue, got.InitStates,
			want.Generated, want.Distinct, want.Depth, want.Queue, want.InitStates)
	}
	for i := range want.Coverage {
		g, w := got.Coverage[i], want.Coverage[i]
		if !exact {
			g.Distinct, w.Distinct = 0, 0
		}
		if g != w {
			t.Fatalf("coverage of %s: disk %+v, memory %+v", w.Name, g, w)
		}
	}
	if exact {
		for i := range want.Trace {
			if !got.Trace[i].State.Equal(want.Trace[i].State) || got.Trace[i].Action != want.Trace[i].Action {
				t.Fatalf("trace state %d: disk %v (%s), memory %v (%s)", i+1,
					got.Trace[i].State, got.Trace[i].Action, want.Trace[i].State, want.Trace[i].Action)
			}
		}
	}
	if len(got.Warnings) != len(want.Warnings) {
		t.Fatalf("warnings: disk %q, memory %q", got.Warnings, want.Warnings)
	}
}

// TestDiskRecoverViolation stops a disk search (at a state limit) after
// several checkpoints, recovers it, and requires the verdict, counts and
// counterexample of an uninterrupted in-memory run: the trace links
// written after the checkpoint are dropped and rewritten, and the trace
// is read across the two runs' records.
func TestDiskRecoverViolation(t *testing.T) {
	sp, err := eval.LoadFiles(filepath.Join("testdata", "DiskCounters.tla"), filepath.Join("testdata", "DiskCountersFail.cfg"))
	if err != nil {
		t.Fatal(err)
	}
	mem, err := Check(context.Background(), sp, Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	if mem.Result != ResultInvariant || len(mem.Trace) != 21 {
		t.Fatalf("in memory: %s with a trace of %d states, want the invariant violated in 2*10+1 states", mem.Result, len(mem.Trace))
	}
	dir := t.TempDir()
	levels := 0
	first, err := Check(context.Background(), sp, Options{Workers: 1, DiskDir: dir, Checkpoint: time.Nanosecond, MaxStates: 300,
		OnCheckpoint: func(int) { levels++ }})
	if err != nil {
		t.Fatal(err)
	}
	if first.Result != ResultStateLimit || levels < 5 {
		t.Fatalf("first run: %s after %d checkpoints, want the state limit after several", first.Result, levels)
	}
	rec, err := Check(context.Background(), sp, Options{Workers: 1, DiskDir: dir, Recover: true})
	if err != nil {
		t.Fatal(err)
	}
	compareReports(t, mem, rec, true)
	if _, err := os.Stat(filepath.Join(dir, "checkpoint.json")); !os.IsNotExist(err) {
		t.Fatalf("the checkpoint outlives the complete run: %v", err)
	}
	if _, err := Check(context.Background(), sp, Options{Workers: 1, DiskDir: dir, Recover: true}); err == nil ||
		!strings.Contains(err.Error(), "no checkpoint") {
		t.Fatalf("recovering from a directory without a checkpoint: err = %v", err)
	}
}

// TestDiskRecoverOtherModel: a checkpoint is not resumed with another
// model (here another invariant, and another constant felt from the
// initial state's successors on).
func TestDiskRecoverOtherModel(t *testing.T) {
	load := func(cfg string) *eval.Spec {
		dir := t.TempDir()
		path := filepath.Join(dir, "M.cfg")
		if err := os.WriteFile(path, []byte(cfg), 0o644); err != nil {
			t.Fatal(err)
		}
		sp, err := eval.LoadFiles(filepath.Join("testdata", "DiskCounters.tla"), path)
		if err != nil {
			t.Fatal(err)
		}
		return sp
	}
	const base = "INIT Init\nNEXT Next\nCHECK_DEADLOCK FALSE\n"
	sp := load(base + "CONSTANT N = 5\nINVARIANT TypeOK\n")
	dir := t.TempDir()
	rep, err := Check(context.Background(), sp, Options{Workers: 1, DiskDir: dir, Checkpoint: time.Nanosecond, MaxStates: 20})
	if err != nil || rep.Result != ResultStateLimit {
		t.Fatalf("first run: %v %v", rep, err)
	}
	for _, other := range []string{"CONSTANT N = 5\nINVARIANT NotCorner\n", "CONSTANT N = 0\nINVARIANT TypeOK\n"} {
		_, err := Check(context.Background(), load(base+other), Options{Workers: 1, DiskDir: dir, Recover: true})
		if err == nil || !strings.Contains(err.Error(), "another model") {
			t.Fatalf("recovering with %q: err = %v", other, err)
		}
	}
	rep, err = Check(context.Background(), sp, Options{Workers: 1, DiskDir: dir, Recover: true})
	if err != nil || rep.Distinct != 216 {
		t.Fatalf("recovering with the same model: %v distinct, %v; want 6^3", rep.Distinct, err)
	}
}

// TestDiskRecoverLiveness: the behaviour graph's files are part of a
// checkpoint. A disk search of the lifecycle's small model (its three
// temporal properties hold) and of a mutant that violates one
// (LostWakeup: WaitingStartupCompletes, a lasso) is stopped at a state
// limit after several checkpoints and recovered: the graph records written
// after the checkpoint are dropped and rewritten, and the recovered run
// gives the uninterrupted in-memory run's verdict, counts and lasso.
func TestDiskRecoverLiveness(t *testing.T) {
	if raceEnabled {
		t.Skip("seconds of checking, minutes under -race: make test runs it without -race")
	}
	for _, m := range []struct{ spec, cfg string }{
		{"../spec/ProviderLifecycle.tla", "../spec/ProviderLifecycle.cfg"},
		{"../spec/mutants/LostWakeup.tla", "../spec/mutants/LostWakeup.cfg"},
	} {
		t.Run(filepath.Base(m.spec), func(t *testing.T) {
			sp, err := eval.LoadFiles(m.spec, m.cfg)
			if err != nil {
				t.Fatal(err)
			}
			mem, err := Check(context.Background(), sp, Options{Workers: 1})
			if err != nil {
				t.Fatal(err)
			}
			if len(sp.Properties) == 0 || mem.Distinct < 1000 {
				t.Fatalf("%d properties, %d states: not the model this test is about", len(sp.Properties), mem.Distinct)
			}
			dir := t.TempDir()
			checkpoints := 0
			first, err := Check(context.Background(), sp, Options{Workers: 1, DiskDir: dir, Checkpoint: time.Nanosecond,
				MaxStates: mem.Distinct / 2, OnCheckpoint: func(int) { checkpoints++ }})
			if err != nil {
				t.Fatal(err)
			}
			if first.Result != ResultStateLimit || checkpoints < 3 {
				t.Fatalf("first run: %s after %d checkpoints, want the state limit after several", first.Result, checkpoints)
			}
			rec, err := Check(context.Background(), sp, Options{Workers: 1, DiskDir: dir, Recover: true})
			if err != nil {
				t.Fatal(err)
			}
			compareReports(t, mem, rec, true)
		})
	}
}

// TestDiskRecoverWide: the liveness bit tables of a spec with more than 64
// predicates are part of a checkpoint. DiskWide (70 weakly fair actions:
// 70 ENABLED and 70 step predicates) is checked in memory, then on disk
// stopped at a state limit after several checkpoints and recovered by a
// new run, whose liveSpec starts with empty tables: the graph records kept
// from before the checkpoint index the tables the checkpoint saved. The
// recovered run must give the uninterrupted run's verdict, counts and
// lasso. TLC on DiskWide.cfg (N = 10, W = 66): 39,271 states generated,
// 661 distinct, depth 11 (the header's formulas), Reaches holds and
// Returns is violated (a behaviour that ends stuttering at c = 10).
func TestDiskRecoverWide(t *testing.T) {
	if raceEnabled {
		t.Skip("seconds of checking, minutes under -race: make test runs it without -race")
	}
	sp, err := eval.LoadFiles(filepath.Join("testdata", "DiskWide.tla"), filepath.Join("testdata", "DiskWide.cfg"))
	if err != nil {
		t.Fatal(err)
	}
	mem, err := Check(context.Background(), sp, Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	if mem.Result != ResultProperty || mem.Property != "Returns" || mem.Generated != 39271 || mem.Distinct != 661 || mem.Depth != 11 {
		t.Fatalf("in memory: %s %s, %d generated, %d distinct, depth %d; TLC: Returns violated, 39271, 661, 11",
			mem.Result, mem.Property, mem.Generated, mem.Distinct, mem.Depth)
	}
	for _, workers := range []int{1, 2} {
		dir := t.TempDir()
		var wide bool
		testHookChecker = func(c *checker) { wide = c.live != nil && c.live.wide }
		checkpoints := 0
		first, err := Check(context.Background(), sp, Options{Workers: workers, DiskDir: dir, Checkpoint: time.Nanosecond,
			MaxStates: mem.Distinct / 2, OnCheckpoint: func(int) { checkpoints++ }})
		testHookChecker = nil
		if err != nil {
			t.Fatal(err)
		}
		if !wide || first.Result != ResultStateLimit || checkpoints < 5 {
			t.Fatalf("first run: wide %v, %s after %d checkpoints, want the bit tables and the state limit after several", wide, first.Result, checkpoints)
		}
		rec, err := Check(context.Background(), sp, Options{Workers: workers, DiskDir: dir, Recover: true})
		if err != nil {
			t.Fatal(err)
		}
		compareReports(t, mem, rec, workers == 1)
	}
}

// TestDiskLivenessRefused: in disk mode a liveness check that needs more
// memory than its budget stops with the memory limit (exit 4), positioned
// at the property, rather than growing past --max-memory: when the graph's
// per-node arrays do not fit (Reaches, at loading), and when a General
// part's product graph outgrows what they leave (Settles, a disjunction of
// temporal formulas). DiskWide with N = 10 and W = 3 (narrow: cheap under
// -race): with the budget they need, both hold, as in memory and as TLC
// finds (85 states generated, 31 distinct, depth 11; "No error has been
// found" for Settles).
func TestDiskLivenessRefused(t *testing.T) {
	defer func() { testLiveBudget = 0 }()
	for _, m := range []struct {
		prop, what string
		budget     int64
		checkOf    string // whose check stopped: all properties' at loading
	}{
		{"Reaches", "the behaviour graph of 31 states needs", 31*liveBytesPerNode - 1, "the temporal properties"},
		{"Settles", "the product of the behaviour graph with a tableau", 31*liveBytesPerNode + 2000, "property Settles"},
	} {
		t.Run(m.prop, func(t *testing.T) {
			dir := t.TempDir()
			cfg := filepath.Join(dir, "w.cfg")
			if err := os.WriteFile(cfg, []byte("SPECIFICATION Spec\nCONSTANTS N = 10 W = 3\nPROPERTY "+m.prop+"\nCHECK_DEADLOCK FALSE\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			sp, err := eval.LoadFiles(filepath.Join("testdata", "DiskWide.tla"), cfg)
			if err != nil {
				t.Fatal(err)
			}
			testLiveBudget = m.budget
			rep, err := Check(context.Background(), sp, Options{Workers: 1, DiskDir: dir})
			if err != nil {
				t.Fatal(err)
			}
			pos := sp.Properties[0].Pos.String()
			if rep.Result != ResultMemoryLimit || !strings.HasPrefix(rep.Message, pos+": the liveness check of "+m.checkOf+" stopped") ||
				!strings.Contains(rep.Message, m.what) || rep.Generated != 85 || rep.Distinct != 31 {
				t.Fatalf("budget %d: %s %q (%d generated, %d distinct), want the memory limit at %s (%s) after 85 and 31",
					m.budget, rep.Result, rep.Message, rep.Generated, rep.Distinct, pos, m.what)
			}
			testLiveBudget = 0
			mem, err := Check(context.Background(), sp, Options{Workers: 1})
			if err != nil {
				t.Fatal(err)
			}
			disk, err := Check(context.Background(), sp, Options{Workers: 1, DiskDir: dir})
			if err != nil {
				t.Fatal(err)
			}
			if mem.Result != ResultOK {
				t.Fatalf("in memory: %s %s, TLC: no error", mem.Result, mem.Message)
			}
			compareReports(t, mem, disk, true)
		})
	}
}
