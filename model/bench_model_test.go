package model

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBenchModelIsAProduct holds the claim make bench-disk relies on: the
// processes of bench/ProcessLifecycles.tla share nothing, so with n of them
// the model has 86^n distinct states (86 for one process, as
// bench/ProcessLifecycles.cfg says), hence 86^4 = 54,700,816 for the
// benchmark's four, a count too costly to check here. It checks one and
// two processes and requires 86 and 86^2.
func TestBenchModelIsAProduct(t *testing.T) {
	dir := filepath.Join("..", "bench")
	data, err := os.ReadFile(filepath.Join(dir, "ProcessLifecycles.cfg"))
	if err != nil {
		t.Fatal(err)
	}
	const four = "Procs = {p1, p2, p3, p4}"
	if !strings.Contains(string(data), four) {
		t.Fatalf("ProcessLifecycles.cfg no longer has %q", four)
	}
	want := int64(1)
	for _, procs := range []string{"{p1}", "{p1, p2}"} {
		res := checkCfgText(t, filepath.Join(dir, "ProcessLifecycles.tla"), strings.Replace(string(data), four, "Procs = "+procs, 1), 2)
		if res.Result != ResultOK {
			t.Fatalf("Procs = %s: %v", procs, res)
		}
		want *= 86
		if res.Distinct != want {
			t.Errorf("Procs = %s: %d distinct states, want %d", procs, res.Distinct, want)
		}
	}
}
