package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/wspcycle/wspcycle/model/tlcout"
)

// TestTLCSimulateGolden compares `wspcycle tlc -simulate` with TLC's own
// runs kept in model/testdata/tlc/simulate, plain and -tool, after
// normalising the facts of the machine and the moment:
//   - Pool, num=20 -depth 10 -seed 1: no violation; 20 behaviours of 10
//     steps (-depth counts steps), 201 states (the initial state and each
//     step's), "Progress: 201 states checked, 20 traces generated (trace
//     length: mean=10, var(x)=0, sd=0)" before the statistics, and with
//     -tool the 2209 line twice;
//   - LiveFail, num=20 -depth 50 -seed 5: the first behaviour violates
//     Served; the trace's first state is named by Init's source range, the
//     statistics come before the progress line, whose lengths leave out
//     the failing behaviour (mean=0 over 1 trace generated), exit 13
//     (TLC's worker stops at once after a liveness violation);
//   - SimDet (model/testdata/tlc/dumptrace), num=5 -depth 10 -seed 1: its
//     one behaviour fails at x = 3, the fourth state. TLC's worker goes on
//     after a violation while its main thread prints it, and here finishes
//     all 5 behaviours first: 16 states (the initial state, then 3 steps
//     in each of 5 behaviours), 5 traces generated, and the lengths'
//     statistics 0 (TLC measures only the behaviours that did not fail),
//     exit 12;
//   - SimDetContinue, the same with -continue: TLC prints each of the 5
//     violations with the statistics (16 states each time, the run being
//     over by then), then ends as after a run without violation, the
//     statistics again, exit 0.
//
// The behaviours are random (our generator is not TLC's), so only specs
// whose output does not depend on which behaviours are drawn are here.
func TestTLCSimulateGolden(t *testing.T) {
	td := filepath.Join("..", "..", "model", "testdata")
	for _, c := range []struct {
		name string
		args []string
		code int
		spec string // the spec's path in td, when not name
	}{
		{"Pool", []string{"num=20", "-depth", "10", "-seed", "1"}, 0, ""},
		{"LiveFail", []string{"num=20", "-depth", "50", "-seed", "5"}, 13, ""},
		{"SimDet", []string{"num=5", "-depth", "10", "-seed", "1"}, 12, "tlc/dumptrace/SimDet"},
		{"SimDetContinue", []string{"num=5", "-depth", "10", "-seed", "1", "-continue"}, 0, "tlc/dumptrace/SimDet"},
	} {
		spec := filepath.Join(td, c.name)
		if c.spec != "" {
			spec = filepath.Join(td, filepath.FromSlash(c.spec))
		}
		for _, mode := range []string{"text", "tool"} {
			t.Run(c.name+"/"+mode, func(t *testing.T) {
				args := append([]string{"tlc", "-workers", "1", "-simulate"}, c.args...)
				if mode == "tool" {
					args = append(args, "-tool")
				}
				args = append(args, "-config", spec+".cfg", spec+".tla")
				code, out, errs := runCLI(t, t.Context(), args...)
				if code != c.code {
					t.Errorf("exit %d, want TLC's %d; stderr: %s", code, c.code, errs)
				}
				data, err := os.ReadFile(filepath.Join(td, "tlc", "simulate", c.name+"."+mode+".out"))
				if err != nil {
					t.Fatal(err)
				}
				want, got := tlcout.Normalize(string(data), mode == "tool"), tlcout.Normalize(out, mode == "tool")
				if got != want {
					t.Errorf("output differs from TLC's:\n%s\nfull output:\n%s", firstDiff(want, got), out)
				}
			})
		}
	}
}

// -simulate file=F writes behaviour k of worker 0 to F_0_k, a module named
// after the file, as TLC does: Counter is deterministic, so TLC's file for
// its second behaviour (num=2 -depth 3, kept as Counter.tr_0_1) is ours
// byte for byte.
func TestTLCSimulateFile(t *testing.T) {
	td, err := filepath.Abs(filepath.Join("..", "..", "model", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	var out, errb bytes.Buffer
	if code := runIn(t, dir, []string{"tlc", "-simulate", "file=tr,num=2", "-depth", "3", "-seed", "1", filepath.Join(td, "Counter.tla")}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	want, err := os.ReadFile(filepath.Join(td, "tlc", "simulate", "Counter.tr_0_1"))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"tr_0_0", "tr_0_1"} {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if name == "tr_0_1" && string(got) != string(want) {
			t.Errorf("%s differs from TLC's:\n%s\nTLC's:\n%s", name, got, want)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "tr_0_2")); err == nil {
		t.Error("a third behaviour was written for num=2")
	}
}

// TLC's statistics of the behaviours' lengths are Welford's algorithm in
// integer arithmetic (simStats). TLC (rev cc6b616) on Wf, Init x \in {0,
// 4, 7}, Next x < 9 /\ x' = x + 1 without deadlock checking, with
// "-simulate file=tr,num=7 -depth 8 -seed 3", wrote behaviours of 9, 3,
// 9, 3, 9, 9, 9 states, whose lengths are min(8, states): 8, 3, 8, 3, 8,
// 8, 8; it printed "Progress: 47 states checked, 7 traces generated (trace
// length: mean=6, var(x)=5, sd=2)". By hand: the mean goes 8, 8 + -5/2 =
// 6, then stays 6 (2/3, -3/4, 2/5, ... are 0 in integer division); M2 is
// 0, 15, 19, 28, 32, 36, 40; the variance 40/(7+1) = 5, sd round(sqrt 5)
// = 2. The exact mean (47/7 ~ 6.7) would have said 7.
func TestTLCSimStatsWelford(t *testing.T) {
	st := &simStats{}
	for k, n := range []int64{8, 3, 8, 3, 8, 8, 8} {
		st.add(n, int64(k+1))
	}
	st.traces = 7
	if mean, v, sd := st.moments(); mean != 6 || v != 5 || sd != 2 {
		t.Errorf("mean=%d, var(x)=%d, sd=%d; TLC's mean=6, var(x)=5, sd=2", mean, v, sd)
	}
	// A failed behaviour is not added but is counted among the traces.
	st = &simStats{traces: 1}
	if mean, v, sd := st.moments(); mean != 0 || v != 0 || sd != 0 {
		t.Errorf("no behaviour measured: mean=%d, var(x)=%d, sd=%d", mean, v, sd)
	}
}
