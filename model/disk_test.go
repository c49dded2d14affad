package model

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/tla/eval"
)

// TestDiskMatchesMemory checks every hand-worked spec of testdata without
// temporal properties both in memory and on disk, the disk's table
// limited to its minimum (so that it spills to runs on disk many times on
// the larger ones): same verdict, counts, coverage and, on one worker
// (where both searches take states in the same order), the same trace.
// On two workers, which of two actions reaching a new state first counts
// it as distinct, and how far the workers got when one found a violation,
// depend on timing in both modes: there the verdict and trace length are
// compared always, and the counts of complete searches.
func TestDiskMatchesMemory(t *testing.T) {
	for _, e := range readEntries(t, "testdata") {
		t.Run(strings.TrimSuffix(e.Config, ".cfg"), func(t *testing.T) {
			if e.Config == "PoolBig.cfg" && (testing.Short() || raceEnabled) {
				t.Skip("large")
			}
			sp, err := eval.LoadFiles(filepath.Join("testdata", e.Spec), filepath.Join("testdata", e.Config))
			if err != nil {
				t.Skip(err) // bad-input entries
			}
			if len(sp.Properties) > 0 {
				_, err := Check(context.Background(), sp, Options{DiskDir: t.TempDir()})
				if err == nil || !strings.Contains(err.Error(), "unsupported: the disk-backed search") {
					t.Fatalf("disk mode with temporal properties: err = %v", err)
				}
				return
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
	if len(got.Trace) != len(want.Trace) {
		t.Fatalf("trace of %d states on disk, %d in memory", len(got.Trace), len(want.Trace))
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
