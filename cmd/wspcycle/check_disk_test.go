package main

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/model"
)

// TestCheckDiskFlags: --disk gives the in-memory run's counts and puts
// bytes_per_state in the JSON; --checkpoint without --disk, and --recover
// with another --disk, are usage errors; temporal properties give the
// in-memory report.
func TestCheckDiskFlags(t *testing.T) {
	spec := filepath.Join("..", "..", "model", "testdata", "Pool.tla")
	var mem, disk model.JSONReport
	for _, c := range []struct {
		args []string
		into *model.JSONReport
	}{
		{[]string{"check", "--json", "--progress", "0", spec}, &mem},
		{[]string{"check", "--json", "--progress", "0", "--disk", t.TempDir(), "--max-memory", "1", spec}, &disk},
	} {
		code, out, errs := runCLI(t, context.Background(), c.args...)
		if code != model.ExitOK {
			t.Fatalf("%v: exit %d\n%s", c.args, code, errs)
		}
		if err := json.Unmarshal([]byte(out), c.into); err != nil {
			t.Fatal(err)
		}
	}
	if disk.Distinct != mem.Distinct || disk.Generated != mem.Generated || disk.Depth != mem.Depth || mem.Distinct != 1408 {
		t.Fatalf("disk %d/%d/%d, memory %d/%d/%d (Pool.cfg: 1408 distinct)", disk.Distinct, disk.Generated, disk.Depth,
			mem.Distinct, mem.Generated, mem.Depth)
	}
	if mem.BytesPerState <= 0 || disk.BytesPerState <= 0 {
		t.Fatalf("bytes_per_state: memory %v, disk %v", mem.BytesPerState, disk.BytesPerState)
	}

	dir := t.TempDir()
	for _, args := range [][]string{
		{"check", "--checkpoint", "1s", spec},
		{"check", "--disk", dir, "--recover", filepath.Join(dir, "other"), spec},
	} {
		if code, _, errs := runCLI(t, context.Background(), args...); code != model.ExitUsage || errs == "" {
			t.Errorf("%v: exit %d, %q; want a usage error", args, code, errs)
		}
	}
	// Temporal properties: the behaviour graph on disk gives the in-memory
	// verdict and lasso (LiveFail.cfg: Served violated by a 3-state trace
	// that loops back to state 2, TLC's answer in model/testdata).
	live := filepath.Join("..", "..", "model", "testdata", "LiveFail.tla")
	var outs [2]string
	for i, extra := range [][]string{nil, {"--disk", t.TempDir()}} {
		args := append([]string{"check", "--progress", "0", "--workers", "1"}, extra...)
		code, out, errs := runCLI(t, context.Background(), append(args, live)...)
		if code != model.ExitLiveness || !strings.Contains(out, "Back to state 2") {
			t.Fatalf("%v: exit %d, want %d and a lasso back to state 2\n%s%s", args, code, model.ExitLiveness, out, errs)
		}
		outs[i] = out[:strings.Index(out, "Finished in")]
	}
	if outs[0] != outs[1] {
		t.Fatalf("--disk report differs from the in-memory one:\n%s\n---\n%s", outs[1], outs[0])
	}
}
