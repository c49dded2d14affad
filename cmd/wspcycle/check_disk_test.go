package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/model"
)

// TestCheckDiskFlags: --disk gives the in-memory run's counts and puts
// bytes_per_state in the JSON; --checkpoint without --disk, and --recover
// with another --disk, are usage errors; temporal properties are refused.
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
	live := filepath.Join("..", "..", "model", "testdata", "Live.tla")
	if _, err := os.Stat(live); err != nil {
		t.Skip(err)
	}
	code, _, errs := runCLI(t, context.Background(), "check", "--disk", dir, live)
	if code != model.ExitBadInput || !strings.Contains(errs, "unsupported: the disk-backed search") {
		t.Fatalf("--disk with temporal properties: exit %d, %q", code, errs)
	}
}
