package model

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/wspcycle/wspcycle/tla/eval"
)

// liveSafetySpecs are the specs of testdata/tlc/livesafety whose search
// the finite-prefix detector stops, or whose expansion it follows after
// another violation (DeadlockThen, WithInv, InvSame), or which it leaves
// to the check after the search (FairOr, OrEvAlways); Wide has 36 initial
// states and levels of up to 70 states, many chunks each.
var liveSafetySpecs = []string{"OrAlways", "StaysZero", "Implies", "NotEventually", "OrAlwaysDeadlock", "TwoVars", "TwoProps",
	"InitConj", "WithInv", "InvSame", "DeadlockThen", "FairOr", "OrEvAlways", "Leads", "WideInv", "Mixed", "MultiLiveFail",
	"ViewOr", "NoDeadlock", "BoxStateOr", "Wide", "ViewT", "SymOr"}

func loadLiveSafety(t *testing.T, name string) *eval.Spec {
	t.Helper()
	dir := filepath.Join("testdata", "tlc", "livesafety")
	sp, err := eval.LoadFiles(filepath.Join(dir, name+".tla"), filepath.Join(dir, name+".cfg"))
	if err != nil {
		t.Fatal(err)
	}
	if name == "NoDeadlock" {
		sp.CheckDeadlock = false // TLC's -deadlock
	}
	return sp
}

// liveSafetySummary is what must not depend on the workers or the store:
// the verdict, the counterexamples and the counts.
func liveSafetySummary(rep *Report) string {
	s := fmt.Sprintf("%s %q %v %v safety=%v gen=%d distinct=%d queue=%d depth=%d\n", rep.Result, rep.Property, rep.Violated,
		rep.NoneViolated, rep.LiveSafety, rep.Generated, rep.Distinct, rep.Queue, rep.Depth)
	trace := func(tr []TraceState) {
		for _, st := range tr {
			s += fmt.Sprintf("  %s %v\n", st.Action, st.State)
		}
	}
	trace(rep.Trace)
	if tt := rep.ThenTemporal; tt != nil {
		s += fmt.Sprintf("then %q %v\n", tt.Property, tt.Violated)
		trace(tt.Trace)
	}
	return s
}

// TestLiveSafetyWorkersAndDisk: with more workers, in memory and on disk,
// the finite-prefix detector reports what it reports with one worker in
// memory (livesafetyseq.go): the same verdict, counterexample and counts,
// whatever the timing (each run is repeated). The package must stay free
// of data races: run it with -race too.
func TestLiveSafetyWorkersAndDisk(t *testing.T) {
	repeat := 3
	if testing.Short() {
		repeat = 1
	}
	for _, name := range liveSafetySpecs {
		t.Run(name, func(t *testing.T) {
			rep, err := Check(context.Background(), loadLiveSafety(t, name), Options{Workers: 1})
			if err != nil {
				t.Fatal(err)
			}
			want := liveSafetySummary(rep)
			for _, c := range []struct {
				workers int
				disk    bool
			}{{2, false}, {4, false}, {8, false}, {1, true}, {2, true}, {4, true}} {
				for i := 0; i < repeat; i++ {
					opt := Options{Workers: c.workers}
					if c.disk {
						opt.DiskDir = t.TempDir()
					}
					rep, err := Check(context.Background(), loadLiveSafety(t, name), opt)
					if err != nil {
						t.Fatal(err)
					}
					if got := liveSafetySummary(rep); got != want {
						t.Fatalf("%d workers, disk %v:\n%s\nwant (one worker in memory):\n%s", c.workers, c.disk, got, want)
					}
				}
			}
		})
	}
}

// TestLiveSafetyWideCounts: on Wide, whose product graph has many
// shortest prefixes (TLC's choice among them changes with -fp: eight
// different ones for -fp 0 to 9), TLC rev cc6b616 with one worker always
// stops with a prefix of 8 states, 579 states generated, 217 distinct, 36
// left on the queue, at depth 7; so do we, with any number of workers.
// Before the detector kept its own copy of each state's successors it
// stopped with a 6-state prefix there.
func TestLiveSafetyWideCounts(t *testing.T) {
	for _, workers := range []int{1, 2, 8} {
		rep, err := Check(context.Background(), loadLiveSafety(t, "Wide"), Options{Workers: workers})
		if err != nil {
			t.Fatal(err)
		}
		if !rep.LiveSafety || len(rep.Trace) != 8 || rep.Generated != 579 || rep.Distinct != 217 || rep.Queue != 36 || rep.Depth != 7 {
			t.Errorf("%d workers: %s safety=%v, %d states, %d/%d/%d, depth %d; want TLC's prefix of 8 states, 579/217/36, depth 7",
				workers, rep.Result, rep.LiveSafety, len(rep.Trace), rep.Generated, rep.Distinct, rep.Queue, rep.Depth)
		}
	}
}

// TestLiveSafetyOutOfOrder: the sequencer feeds the detector in chunk
// order whatever the order the chunks are done in. Here the first chunk
// of each level is handed in last, after every other chunk of the level
// (each of Wide's levels after the first has many; nothing stops a chunk
// before the detector has seen the first): the verdict, the prefix and
// the counts are still one worker's.
func TestLiveSafetyOutOfOrder(t *testing.T) {
	rep, err := Check(context.Background(), loadLiveSafety(t, "Wide"), Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	want := liveSafetySummary(rep)
	// seen counts the hand-ins of the level under way (every chunk of a
	// level is handed in before the next level starts); the last one of a
	// level releases its first chunk.
	var mu sync.Mutex
	var seen int64
	release := make(chan struct{})
	testHookHand = func(k, n int64) {
		mu.Lock()
		seen++
		ch, last := release, seen == n
		if last {
			seen = 0
			release = make(chan struct{})
			close(ch)
		}
		mu.Unlock()
		if k == 0 && !last {
			// A guard, not a timing check: a sequencer that waits for
			// this chunk before taking the level's others would hang
			// the test; it fails instead.
			select {
			case <-ch:
			case <-time.After(2 * time.Minute):
				t.Errorf("chunk 0 of a level of %d chunks was never released: the other chunks were not handed in", n)
			}
		}
	}
	defer func() { testHookHand = nil }()
	rep, err = Check(context.Background(), loadLiveSafety(t, "Wide"), Options{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	if got := liveSafetySummary(rep); got != want {
		t.Fatalf("first chunks last:\n%s\nwant (one worker):\n%s", got, want)
	}
}
