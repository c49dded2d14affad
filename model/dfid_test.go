package model

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/wspcycle/wspcycle/tla/eval"
)

// A complete depth-first iterative deepening finds every state the
// breadth-first search finds, and its last level is one past the
// breadth-first depth: the iterations enter states only along shortest
// paths, so a state missed or met twice would show here.
func TestCheckDFIDSameStatesAsBFS(t *testing.T) {
	for _, name := range []string{"Counter", "Constrained", "ActionConstraint", "Pool", "Tokens", "Fifo", "Mailboxes", "SetOps"} {
		t.Run(name, func(t *testing.T) {
			load := func() *eval.Spec {
				sp, err := eval.LoadFiles(filepath.Join("testdata", name+".tla"), filepath.Join("testdata", name+".cfg"))
				if err != nil {
					t.Fatal(err)
				}
				sp.CheckDeadlock = false
				sp.Invariants, sp.ActionProperties, sp.InitProperties, sp.Properties = nil, nil, nil, nil
				return sp
			}
			bfs, err := Check(context.Background(), load(), Options{Workers: 1})
			if err != nil {
				t.Fatal(err)
			}
			if bfs.Result != ResultOK {
				t.Fatalf("breadth first: %s %s", bfs.Result, bfs.Message)
			}
			last := 0
			opt := DFIDOptions{MaxDepth: bfs.Depth + 2, Level: func(level int, _, _ int64) { last = level }}
			rep, err := CheckDFID(context.Background(), load(), opt)
			if err != nil {
				t.Fatal(err)
			}
			if rep.Result != ResultOK || !rep.Complete || rep.Distinct != bfs.Distinct || rep.InitStates != bfs.InitStates {
				t.Errorf("depth first: %s complete=%v distinct %d init %d; breadth first: distinct %d init %d",
					rep.Result, rep.Complete, rep.Distinct, rep.InitStates, bfs.Distinct, bfs.InitStates)
			}
			if last != bfs.Depth+1 {
				t.Errorf("last level %d, want %d (one past the depth %d)", last, bfs.Depth+1, bfs.Depth)
			}
		})
	}
}

// The counts before each level and at the end are TLC's (its run of
// DGrid with -deadlock -dfid 10, model/testdata/tlc/dfid/DGridAll), and a
// depth that stops the search early gives the counts of the levels it
// allowed, without the success (TLC's -dfid 3: DGridCut).
func TestCheckDFIDLevels(t *testing.T) {
	dir := filepath.Join("testdata", "tlc", "dfid")
	for _, c := range []struct {
		depth    int
		levels   string
		gen, dis int64
		complete bool
	}{
		{10, "2:1/1 3:3/3 4:9/6 5:20/9 6:35/11 7:52/12 ", 69, 12, true},
		{7, "2:1/1 3:3/3 4:9/6 5:20/9 6:35/11 7:52/12 ", 69, 12, false},
		{3, "2:1/1 3:3/3 ", 9, 6, false},
		{1, "", 1, 1, false},
	} {
		sp, err := eval.LoadFiles(filepath.Join(dir, "DGrid.tla"), filepath.Join(dir, "DGrid.cfg"))
		if err != nil {
			t.Fatal(err)
		}
		sp.CheckDeadlock = false
		levels := ""
		rep, err := CheckDFID(context.Background(), sp, DFIDOptions{MaxDepth: c.depth, Level: func(l int, g, d int64) {
			levels += fmt.Sprintf("%d:%d/%d ", l, g, d)
		}})
		if err != nil {
			t.Fatal(err)
		}
		if levels != c.levels || rep.Generated != c.gen || rep.Distinct != c.dis || rep.Complete != c.complete || rep.NoLevel != (c.depth < 2) {
			t.Errorf("-dfid %d: levels %q, %d/%d complete=%v nolevel=%v; want %q, %d/%d complete=%v",
				c.depth, levels, rep.Generated, rep.Distinct, rep.Complete, rep.NoLevel, c.levels, c.gen, c.dis, c.complete)
		}
	}
}

// A deadlock is found computing the successors of the state in the far
// corner, at level 7, with a trace of six states along one shortest path.
func TestCheckDFIDDeadlock(t *testing.T) {
	dir := filepath.Join("testdata", "tlc", "dfid")
	sp, err := eval.LoadFiles(filepath.Join(dir, "DGrid.tla"), filepath.Join(dir, "DGrid.cfg"))
	if err != nil {
		t.Fatal(err)
	}
	rep, err := CheckDFID(context.Background(), sp, DFIDOptions{MaxDepth: 10})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Result != ResultDeadlock || len(rep.Trace) != 6 || rep.Complete {
		t.Fatalf("%s, %d states, complete=%v", rep.Result, len(rep.Trace), rep.Complete)
	}
	if got := fmt.Sprint(rep.Trace[5].State); got != "[3 2]" {
		t.Errorf("deadlocked state %s, want x = 3, y = 2", got)
	}
}

// Temporal properties are refused, as TLC refuses them in this mode.
func TestCheckDFIDRefusesLiveness(t *testing.T) {
	dir := filepath.Join("testdata", "tlc", "dfid")
	sp, err := eval.LoadFiles(filepath.Join(dir, "DLive.tla"), filepath.Join(dir, "DLive.cfg"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = CheckDFID(context.Background(), sp, DFIDOptions{MaxDepth: 10})
	if le, ok := err.(*DFIDLivenessError); !ok || le.Branches != 1 {
		t.Fatalf("err %v, want the refusal with 1 branch", err)
	}
}

// A cancelled context stops the search with ResultInterrupted.
func TestCheckDFIDCancelled(t *testing.T) {
	dir := filepath.Join("testdata", "tlc", "dfid")
	sp, err := eval.LoadFiles(filepath.Join(dir, "DGrid.tla"), filepath.Join(dir, "DGrid.cfg"))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	rep, err := CheckDFID(ctx, sp, DFIDOptions{MaxDepth: 10})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Result != ResultInterrupted || rep.Complete {
		t.Fatalf("%s complete=%v, want %s", rep.Result, rep.Complete, ResultInterrupted)
	}
}
