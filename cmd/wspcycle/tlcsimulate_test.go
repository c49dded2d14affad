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
//     the failing behaviour (mean=0 over 1 trace generated), exit 13.
//
// The behaviours are random (our generator is not TLC's), so only specs
// whose output does not depend on which behaviours are drawn are here.
func TestTLCSimulateGolden(t *testing.T) {
	td := filepath.Join("..", "..", "model", "testdata")
	for _, c := range []struct {
		name string
		args []string
		code int
	}{
		{"Pool", []string{"num=20", "-depth", "10", "-seed", "1"}, 0},
		{"LiveFail", []string{"num=20", "-depth", "50", "-seed", "5"}, 13},
	} {
		for _, mode := range []string{"text", "tool"} {
			t.Run(c.name+"/"+mode, func(t *testing.T) {
				args := append([]string{"tlc", "-workers", "1", "-simulate"}, c.args...)
				if mode == "tool" {
					args = append(args, "-tool")
				}
				args = append(args, "-config", filepath.Join(td, c.name+".cfg"), filepath.Join(td, c.name+".tla"))
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
