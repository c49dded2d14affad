package model

import (
	"bytes"
	"context"
	"errors"
	"runtime/debug"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// endless counts up forever: only a limit or a cancellation stops it.
func endless() *eval.Spec {
	g := &goSpec{name: "Endless", vars: []string{"x"}, inits: []value.State{ints(0)},
		acts: []goAction{{name: "Up", succ: func(s value.State, emit func(value.State, ...value.Value)) {
			emit(ints(iv(s, 0) + 1))
			emit(ints(iv(s, 0) + 2))
		}}}}
	return g.spec()
}

func TestMaxStates(t *testing.T) {
	rep, err := Check(context.Background(), endless(), Options{Workers: 2, MaxStates: 1000})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Result != ResultStateLimit || rep.ExitCode() != ExitStateLimit || rep.Distinct <= 1000 || rep.Distinct > 1100 {
		t.Errorf("%s with %d distinct states, want the state limit just past 1000", rep.Result, rep.Distinct)
	}
	if !strings.Contains(rep.Message, "nothing is proved") {
		t.Errorf("message %q", rep.Message)
	}
}

func TestMemoryLimit(t *testing.T) {
	rep, err := Check(context.Background(), endless(), Options{Workers: 2, MaxMemory: 1})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Result != ResultMemoryLimit || rep.ExitCode() != ExitMemoryLimit {
		t.Errorf("%s, want the memory limit", rep.Result)
	}
}

// TestMemoryLimitBoundsCollector: during an in-memory search the
// collector's soft limit is MaxMemory (so the live states, not half of
// them, may reach it), and the previous limit is back afterwards.
func TestMemoryLimitBoundsCollector(t *testing.T) {
	const max = 1 << 40
	before := debug.SetMemoryLimit(-1)
	var during int64
	testHookChecker = func(*checker) { during = debug.SetMemoryLimit(-1) }
	defer func() { testHookChecker = nil }()
	if _, err := Check(context.Background(), endless(), Options{Workers: 1, MaxStates: 100, MaxMemory: max}); err != nil {
		t.Fatal(err)
	}
	if during != max {
		t.Errorf("soft memory limit during the search %d, want MaxMemory %d", during, max)
	}
	if after := debug.SetMemoryLimit(-1); after != before {
		t.Errorf("soft memory limit after the search %d, want the previous %d", after, before)
	}
}

// syncBuffer is a bytes.Buffer safe for the progress goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestCancelAndProgress(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var progress syncBuffer
	go func() { time.Sleep(300 * time.Millisecond); cancel() }()
	rep, err := Check(ctx, endless(), Options{Workers: 2, Progress: &progress, ProgressEvery: 10 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Result != ResultInterrupted || rep.ExitCode() != ExitInterrupted || rep.Distinct == 0 || rep.Generated == 0 {
		t.Errorf("%s with %d distinct, %d generated: want interrupted with counts", rep.Result, rep.Distinct, rep.Generated)
	}
	if !strings.Contains(progress.String(), "distinct states found") {
		t.Errorf("no progress line: %q", progress.String())
	}
}

func TestNeverEnabledWarning(t *testing.T) {
	g := counterSpec(2)
	g.acts = append(g.acts, goAction{name: "Never", succ: func(value.State, func(value.State, ...value.Value)) {}})
	rep := mustCheck(t, g.spec(), 1)
	if rep.Result != ResultOK || len(rep.Warnings) != 1 || !strings.Contains(rep.Warnings[0], "Never") {
		t.Errorf("%s, warnings %q: want one about Never", rep.Result, rep.Warnings)
	}
	if c := rep.Coverage[0]; c.Enabled != 3 || c.Generated != 3 || c.Distinct != 2 {
		t.Errorf("coverage of Next %+v, want enabled 3, generated 3, distinct 2", c)
	}
}

func TestEvaluatorErrorsAndPanics(t *testing.T) {
	boom := &eval.Error{Pos: token.Pos{Filename: "X.tla", Line: 3, Col: 4}, Msg: "boom"}
	g := counterSpec(5)
	sp := g.spec()
	next := sp.Next
	sp.Next = func(s value.State, yield func(eval.Step) error) error {
		if iv(s, 0) == 2 {
			return boom
		}
		return next(s, yield)
	}
	rep := mustCheck(t, sp, 2)
	if rep.Result != ResultError || rep.Message != "boom" || rep.Pos != boom.Pos || len(rep.Trace) != 3 || rep.ExitCode() != ExitEval {
		t.Errorf("%s %q at %v, trace %d: want the error at x = 2 with a trace of 3", rep.Result, rep.Message, rep.Pos, len(rep.Trace))
	}

	sp = g.spec()
	sp.Next = func(s value.State, yield func(eval.Step) error) error {
		if iv(s, 0) == 1 {
			panic("evaluator bug")
		}
		return next(s, yield)
	}
	rep = mustCheck(t, sp, 2)
	if rep.Result != ResultError || !strings.Contains(rep.Message, "evaluator bug") || len(rep.Trace) != 2 {
		t.Errorf("%s %q, trace %d: want the panic reported as an error at x = 1", rep.Result, rep.Message, len(rep.Trace))
	}

	sp = g.spec()
	sp.Init = func(yield func(value.State) error) error { return errors.New("no init") }
	rep = mustCheck(t, sp, 2)
	if rep.Result != ResultError || rep.Message != "no init" {
		t.Errorf("%s %q: want the Init error", rep.Result, rep.Message)
	}
}

func TestBadInput(t *testing.T) {
	if _, err := Check(context.Background(), nil, Options{}); err == nil {
		t.Error("Check(nil) succeeded")
	}
	sp := counterSpec(2).spec()
	for i := 0; i < maxBits/2+1; i++ {
		sp.Properties = append(sp.Properties, prop("P", eval.Temporal{Kind: eval.LeadsTo, P: xIs(0), Q: xIs(1)}))
	}
	if _, err := Check(context.Background(), sp, Options{}); err == nil || !strings.Contains(err.Error(), "unsupported") {
		t.Errorf("%d predicates: err = %v, want unsupported", maxBits+2, err)
	}
}

func TestFPSet(t *testing.T) {
	var s fpSet
	const n = 100000
	key := func(i uint64) uint64 { return fpKey(i * 0x9e3779b97f4a7c15) }
	for i := uint64(1); i <= n; i++ {
		if !s.insert(key(i), key(i-1)) {
			t.Fatalf("insert %d: not new", i)
		}
	}
	if s.insert(key(5), 42) || s.len() != n {
		t.Fatalf("duplicate insert or len %d", s.len())
	}
	if p, ok := s.pred(key(7)); !ok || p != key(6) {
		t.Errorf("pred = %x, %v", p, ok)
	}
	if _, ok := s.pred(12345); ok {
		t.Error("absent fingerprint found")
	}
	if fpKey(0) != 1 {
		t.Error("fingerprint 0 must be remapped")
	}
	// key(0) = 1 is not in the set: the chain from key(10) stops after it.
	if c := s.chain(key(10)); len(c) != 11 || c[0] != 1 || c[10] != key(10) {
		t.Errorf("chain %v, want 11 fingerprints from 1 to key(10)", c)
	}
}

func TestSCCIterativeDeepPath(t *testing.T) {
	// A path of 300,000 nodes closed into a cycle, plus a tail: a
	// recursive Tarjan would need as many nested calls.
	const n = 300000
	lg := liveGraph{}
	for i := 0; i < n+5; i++ {
		lg.nodes = append(lg.nodes, liveNode{fp: uint64(i + 1), depth: int32(i + 1)})
		if i+1 < n+5 {
			lg.edges = append(lg.edges, liveEdge{from: uint64(i + 1), to: uint64(i + 2)})
		}
	}
	lg.edges = append(lg.edges, liveEdge{from: n, to: 1})
	g := lg.index()
	all := make([]int32, g.n())
	for i := range all {
		all[i] = int32(i)
	}
	comps := newSCCFinder(g).sccs(all, func(int32) bool { return true })
	big := 0
	for i := 0; i < comps.len(); i++ {
		big = max(big, len(comps.at(i)))
	}
	if comps.len() != 6 || big != n {
		t.Errorf("%d components, largest %d: want 6 (the cycle and 5 tail nodes), largest %d", comps.len(), big, n)
	}
}

func TestDuplicateInitialStates(t *testing.T) {
	// Init yields 0, 1, 0: three generated, two distinct initial states.
	g := counterSpec(3)
	g.inits = []value.State{ints(0), ints(1), ints(0)}
	rep := mustCheck(t, g.spec(), 2)
	if rep.InitStates != 2 || rep.Distinct != 4 || rep.Generated != 3+4 || rep.Depth != 3 {
		t.Errorf("init %d, distinct %d, generated %d, depth %d: want 2, 4, 7, 3", rep.InitStates, rep.Distinct, rep.Generated, rep.Depth)
	}
}
