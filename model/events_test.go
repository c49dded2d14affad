package model

import (
	"context"
	"sync"
	"testing"
	"time"
)

// Options.Events reports the run as it goes, in order: the start, the
// initial states (with their number), progress while the search runs. The
// test cancels the endless search at the first progress event, so it ends
// whatever the machine's speed.
func TestEventsWhileSearching(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var mu sync.Mutex
	var kinds []EventKind
	var init Event
	rep, err := Check(ctx, endless(), Options{Workers: 2, ProgressEvery: time.Millisecond, Events: func(ev Event) {
		mu.Lock()
		defer mu.Unlock()
		kinds = append(kinds, ev.Kind)
		switch ev.Kind {
		case EventInit:
			init = ev
		case EventProgress:
			cancel()
		}
	}})
	if err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(kinds) < 3 || kinds[0] != EventStart || kinds[1] != EventInit || kinds[2] != EventProgress {
		t.Fatalf("events %v, want start, init, progress...", kinds)
	}
	if init.Init != rep.InitStates || init.Level != 1 {
		t.Errorf("init event %+v, want %d initial states at level 1", init, rep.InitStates)
	}
	if rep.Result != ResultInterrupted {
		t.Errorf("result %s, want interrupted", rep.Result)
	}
}

// Before the temporal check, an EventLiveness gives the complete counts and
// the number of property parts (TLC's branches): LiveFail has 6 states, 12
// generated, one property.
func TestEventLiveness(t *testing.T) {
	var got []Event
	rep, err := Check(context.Background(), liveFailSpec(false), Options{Workers: 1, Events: func(ev Event) {
		if ev.Kind == EventLiveness || ev.Kind == EventStart {
			got = append(got, ev)
		}
	}})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Branches != 1 || got[1].Kind != EventLiveness || got[1].Distinct != 6 || got[1].Generated != 12 || got[1].Branches != 1 {
		t.Fatalf("events %+v, want start and liveness with 6 distinct, 12 generated, 1 branch", got)
	}
	if rep.LiveBranches != 1 || rep.Result != ResultProperty {
		t.Errorf("report: %d branches, %s", rep.LiveBranches, rep.Result)
	}
}

// TLC's out-degree counts, for each expanded state, its successors that
// were new: LiveFail's 6 states (found as the trace test shows) give a
// histogram whose total is the number of states expanded and whose
// weighted sum is the number of states found after the initial one.
func TestOutDegreeHistogram(t *testing.T) {
	rep := mustCheck(t, liveFailSpec(false), 1)
	var n, sum int64
	for k, c := range rep.OutDegree {
		n += c
		sum += int64(k) * c
	}
	if n != rep.Distinct || sum != rep.Distinct-rep.InitStates {
		t.Errorf("histogram %v: %d states, %d new successors; want %d and %d", rep.OutDegree, n, sum, rep.Distinct, rep.Distinct-rep.InitStates)
	}
}
