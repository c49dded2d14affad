package trace_test

import (
	"bytes"
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/wspcycle/wspcycle/model/trace"
)

var (
	runOnce sync.Once
	runData []byte
)

// readRun returns the events of one recorded run, recorded once for all the doctored cases.
func readRun(t *testing.T) []trace.Event {
	t.Helper()
	runOnce.Do(func() { runData = recordRun(t) })
	if runData == nil {
		t.Fatal("recording the run failed")
	}
	evs, err := trace.ReadNDJSON(bytes.NewReader(runData), "run.ndjson")
	if err != nil {
		t.Fatal(err)
	}
	return evs
}

func find(t *testing.T, evs []trace.Event, pred func(trace.Event) bool) int {
	t.Helper()
	for i, e := range evs {
		if pred(e) {
			return i
		}
	}
	t.Fatal("the recorded run lacks the event to doctor")
	return -1
}

// TestDoctoredStreamsFail changes one event of a real run in several ways; each doctored
// stream must fail at exactly that event, with the right explanation.
func TestDoctoredStreamsFail(t *testing.T) {
	c := smallChecker(t)
	cases := []struct {
		name   string
		doctor func(t *testing.T, evs []trace.Event) ([]trace.Event, int)
		want   []string // substrings of the failure report
	}{
		{"release decrements twice", func(t *testing.T, evs []trace.Event) ([]trace.Event, int) {
			i := find(t, evs, func(e trace.Event) bool { return e.Trigger == "Cleanup" && e.Refs == 2 && e.NewRefs == 1 })
			evs[i].NewRefs = 0
			return evs, i
		}, []string{"CleanupRelease: refs' = refs - 1", "is FALSE for refs' = 0, refs = 2", "expected: CleanupFinal, CleanupRelease"}},
		{"not-initialised refusal while started", func(t *testing.T, evs []trace.Event) ([]trace.Event, int) {
			i := find(t, evs, func(e trace.Event) bool { return e.Trigger == "Cleanup" && e.Refs == 2 && e.NewRefs == 1 })
			evs[i].To, evs[i].NewRefs, evs[i].Err = "Active", 2, "fsm: Cleanup: WSANOTINITIALISED (10093)"
			return evs, i
		}, []string{"CleanupNotInitialised: refs = 0 (", "is FALSE for refs = 2"}},
		{"teardown skips drain", func(t *testing.T, evs []trace.Event) ([]trace.Event, int) {
			i := find(t, evs, func(e trace.Event) bool { return e.Trigger == "DrainDone" })
			return append(evs[:i:i], evs[i+1:]...), i
		}, []string{"the spec cannot be in Freeing here", "DrainDone, StartupBadVersion"}},
		{"startup beyond the bound", func(t *testing.T, evs []trace.Event) ([]trace.Event, int) {
			i := find(t, evs, func(e trace.Event) bool {
				return e.Trigger == "Startup" && e.Err != "" && strings.Contains(e.Err, "WSAEPROCLIM")
			})
			evs[i].To, evs[i].NewRefs, evs[i].Err = "Active", 3, ""
			return evs, i
		}, []string{"StartupAgain: refs < MaxRefs", "is FALSE for refs = 2, MaxRefs = 2"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			evs, at := tc.doctor(t, readRun(t))
			res, err := c.Validate(context.Background(), evs)
			if err != nil {
				t.Fatal(err)
			}
			if res.Failure == nil {
				t.Fatalf("doctored stream validated")
			}
			if res.Failure.Index != at || res.Events != at {
				t.Fatalf("failure at event %d (after %d fit), want event %d:\n%v", res.Failure.Index, res.Events, at, res.Failure)
			}
			msg := res.Failure.Error()
			for _, w := range tc.want {
				if !strings.Contains(msg, w) {
					t.Errorf("report lacks %q:\n%s", w, msg)
				}
			}
			t.Logf("\n%s", msg)
		})
	}
}

// TestReadNDJSONErrors checks that bad input is reported with its line.
func TestReadNDJSONErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"{\"seq\":1,\"trigger\":\"Startup\",\"from\":\"Uninitialized\",\"to\":\"Active\",\"refs\":0,\"newRefs\":1}\n{oops\n", "x.ndjson:2: not a JSON event"},
		{"\n{\"seq\":1}\n", "x.ndjson:2: event has no trigger"},
	} {
		_, err := trace.ReadNDJSON(strings.NewReader(tc.in), "x.ndjson")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ReadNDJSON(%q) = %v, want %q", tc.in, err, tc.want)
		}
	}
	// The loopback example's wrapped form, with a socket event to skip.
	in := `{"seq":1,"kind":"socket","socket":3}
{"seq":2,"kind":"lifecycle","detail":"#1 Startup Uninitialized -> Active(1)","lifecycle":{"seq":1,"trigger":"Startup","from":"Uninitialized","to":"Active","refs":0,"newRefs":1}}
`
	evs, err := trace.ReadNDJSON(strings.NewReader(in), "x.ndjson")
	if err != nil || len(evs) != 1 || evs[0].Trigger != "Startup" || evs[0].Line != 2 {
		t.Fatalf("wrapped form: %v %+v", err, evs)
	}
}
