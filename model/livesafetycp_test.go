package model

import (
	"context"
	"strings"
	"testing"
	"time"
)

// TestLiveSafetyRecover: a disk search with checkpoints, stopped at a
// state limit after its first level and recovered, gives the verdict,
// counterexample and counts of the uninterrupted run, with one worker and
// with two: the finite-prefix detector's product graph is part of the
// checkpoint (livesafetycp.go). Without it, the recovered Leads, WideInv
// and the others found the violation only after the search, as a lasso
// (exit 13, where the uninterrupted run and TLC exit 12). Each spec is
// stopped at a few limits, each after a different level.
func TestLiveSafetyRecover(t *testing.T) {
	recovered := 0
	defer func() {
		if recovered == 0 && !t.Failed() {
			t.Error("no run was stopped after a checkpoint: the test recovered none")
		}
	}()
	for _, name := range liveSafetySpecs {
		t.Run(name, func(t *testing.T) {
			mem, err := Check(context.Background(), loadLiveSafety(t, name), Options{Workers: 1})
			if err != nil {
				t.Fatal(err)
			}
			want := liveSafetySummary(mem)
			for _, workers := range []int{1, 2} {
				tried, lastLevel := 0, 0
				for limit := mem.InitStates + 1; limit < mem.Distinct && tried < 3; limit++ {
					dir := t.TempDir()
					level := 0
					first, err := Check(context.Background(), loadLiveSafety(t, name), Options{Workers: workers, DiskDir: dir,
						Checkpoint: time.Nanosecond, MaxStates: limit, OnCheckpoint: func(l int) { level = l }})
					if err != nil {
						t.Fatal(err)
					}
					if first.Result != ResultStateLimit || level <= lastLevel {
						continue // stopped by the violation first, or after a level already tried
					}
					tried, lastLevel = tried+1, level
					recovered++
					rec, err := Check(context.Background(), loadLiveSafety(t, name), Options{Workers: workers, DiskDir: dir, Recover: true})
					if err != nil {
						t.Fatal(err)
					}
					if got := liveSafetySummary(rec); got != want {
						t.Fatalf("%d workers, recovered at level %d (limit %d):\n%s\nwant (uninterrupted, one worker in memory):\n%s",
							workers, level, limit, got, want)
					}
				}
			}
		})
	}
}

// TestDiskStoppedInInit: a disk search with checkpoints stopped (at a
// state limit) before its initial states are all computed writes no
// checkpoint. It wrote one of the initial states computed so far, and its
// recovery searched from those alone: WideInv's recovered run said 7
// initial states where there are 16, so its counts were wrong, and a
// violation reached only from the others would have gone unseen.
func TestDiskStoppedInInit(t *testing.T) {
	dir := t.TempDir()
	checkpoints := 0
	first, err := Check(context.Background(), loadLiveSafety(t, "WideInv"), Options{Workers: 1, DiskDir: dir,
		Checkpoint: time.Nanosecond, MaxStates: 6, OnCheckpoint: func(int) { checkpoints++ }})
	if err != nil {
		t.Fatal(err)
	}
	if first.Result != ResultStateLimit || checkpoints != 0 {
		t.Fatalf("%s after %d checkpoints; want the state limit in the initial states, no checkpoint", first.Result, checkpoints)
	}
	if _, err := Check(context.Background(), loadLiveSafety(t, "WideInv"), Options{Workers: 1, DiskDir: dir, Recover: true}); err == nil ||
		!strings.Contains(err.Error(), "no checkpoint") {
		t.Fatalf("recovering: err = %v; want no checkpoint", err)
	}
}
