package model

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/tla/eval"
)

// refEntry is one entry of an expected.json: TLC's results for a spec and
// cfg (tlc-reference), or ours worked by hand (testdata).
type refEntry struct {
	Spec            string `json:"spec"`
	Config          string `json:"config"`
	TLCExit         int    `json:"tlc_exit"`
	Generated       *int64 `json:"generated"`
	Distinct        *int64 `json:"distinct"`
	Depth           *int   `json:"depth"`
	Result          string `json:"result"`
	Property        string `json:"property"`
	Message         string `json:"message"`
	MessageContains string `json:"message_contains"`
	TraceStates     *int   `json:"trace_states"`
	LoopsBackTo     *int   `json:"loops_back_to"`
	WallSeconds     any    `json:"tlc_wall_seconds_2_workers"`
}

func readEntries(t *testing.T, dir string) []refEntry {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	var es []refEntry
	if err := json.Unmarshal(data, &es); err != nil {
		t.Fatalf("%s/expected.json: %v", dir, err)
	}
	return es
}

// checkEntry loads and checks one entry with the given number of workers
// and compares every number the entry gives.
func checkEntry(t *testing.T, dir string, e refEntry, workers int) {
	sp, err := eval.LoadFiles(filepath.Join(dir, e.Spec), filepath.Join(dir, e.Config))
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	rep, err := Check(context.Background(), sp, Options{Workers: workers})
	if err != nil {
		t.Fatalf("Check: %v", err)
	}
	if rep.Result != e.Result || rep.Property != e.Property {
		t.Errorf("verdict %q %q, want %q %q (message %q)", rep.Result, rep.Property, e.Result, e.Property, rep.Message)
	}
	if rep.ExitCode() != e.TLCExit {
		t.Errorf("exit code %d, want %d", rep.ExitCode(), e.TLCExit)
	}
	if e.Distinct != nil && rep.Distinct != *e.Distinct {
		t.Errorf("distinct %d, want %d", rep.Distinct, *e.Distinct)
	}
	if e.Generated != nil && rep.Generated != *e.Generated {
		t.Errorf("generated %d, want %d", rep.Generated, *e.Generated)
	}
	if e.Depth != nil && rep.Depth != *e.Depth {
		t.Errorf("depth %d, want %d", rep.Depth, *e.Depth)
	}
	if e.TraceStates != nil && len(rep.Trace) != *e.TraceStates {
		t.Errorf("trace of %d states, want %d", len(rep.Trace), *e.TraceStates)
	}
	if e.TraceStates == nil && len(rep.Trace) != 0 {
		t.Errorf("trace of %d states, want none", len(rep.Trace))
	}
	wantLoop := 0
	if e.LoopsBackTo != nil {
		wantLoop = *e.LoopsBackTo
	}
	if rep.LoopBack != wantLoop {
		t.Errorf("loops back to state %d, want %d", rep.LoopBack, wantLoop)
	}
	if e.Message != "" && rep.Message != e.Message {
		t.Errorf("message %q, want %q", rep.Message, e.Message)
	}
	if e.MessageContains != "" && !strings.Contains(rep.Message, e.MessageContains) {
		t.Errorf("message %q lacks %q", rep.Message, e.MessageContains)
	}
	for _, w := range rep.Warnings {
		if strings.Contains(w, "cannot rebuild") {
			t.Errorf("warning: %s", w)
		}
	}
}

func runEntries(t *testing.T, dir string) {
	for _, e := range readEntries(t, dir) {
		if e.WallSeconds != nil && (raceEnabled || testing.Short()) {
			t.Logf("%s with %s (the throughput reference) is checked without -race and -short; time it with `make bench-check`", e.Spec, e.Config)
			continue
		}
		for _, workers := range []int{1, 2} {
			name := strings.TrimSuffix(e.Spec, ".tla") + "/" + strings.TrimSuffix(e.Config, ".cfg")
			t.Run(name, func(t *testing.T) { checkEntry(t, dir, e, workers) })
		}
	}
}

// TestTLCReference checks agreement with TLC on every entry of the shared
// tlc-reference (skipped when the shared tree is not there).
func TestTLCReference(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "tlc-reference")
	if _, err := os.Stat(filepath.Join(dir, "expected.json")); err != nil {
		t.Skipf("no TLC reference at %s (%v): testdata holds copies, see TestTestdata", dir, err)
	}
	runEntries(t, dir)
}

// TestTestdata checks our copies of the TLC reference cases and our own
// specs, whose expected results are worked out by hand in their comments.
func TestTestdata(t *testing.T) { runEntries(t, "testdata") }

// TestFifoSwallowPartialState checks that the trace of an incompletely
// specified successor ends with the partial state, q undefined, as TLC's.
func TestFifoSwallowPartialState(t *testing.T) {
	sp, err := eval.LoadFiles("testdata/FifoSwallow.tla", "testdata/FifoSwallow.cfg")
	if err != nil {
		t.Fatal(err)
	}
	rep, err := Check(context.Background(), sp, Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Trace) != 3 {
		t.Fatalf("trace of %d states, want 3", len(rep.Trace))
	}
	last := rep.Trace[2]
	for i, v := range rep.Vars {
		if undefined := last.State[i] == nil; undefined != (v == "q") {
			t.Errorf("partial state: %s undefined = %v", v, undefined)
		}
	}
	if !strings.HasPrefix(last.Action, "Get") {
		t.Errorf("partial state's action %q, want Get", last.Action)
	}
}
