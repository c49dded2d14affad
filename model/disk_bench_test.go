package model

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/tla/eval"
)

// lifecycleSafety loads the lifecycle spec with the given cfg of spec/,
// its PROPERTIES dropped: the disk-backed search checks invariants and
// deadlock only (the temporal properties' graph is kept in memory).
func lifecycleSafety(b *testing.B, cfg string) *eval.Spec {
	dir := filepath.Join("..", "spec")
	data, err := os.ReadFile(filepath.Join(dir, cfg))
	if err != nil {
		b.Skip(err)
	}
	var kept []string
	inProps := false
	for _, line := range strings.Split(string(data), "\n") {
		switch {
		case strings.HasPrefix(line, "PROPERT"):
			inProps = true
			continue
		case inProps && (strings.HasPrefix(line, " ") || strings.HasPrefix(line, "\t")):
			continue
		}
		inProps = false
		kept = append(kept, line)
	}
	tmp := filepath.Join(b.TempDir(), cfg)
	if err := os.WriteFile(tmp, []byte(strings.Join(kept, "\n")), 0o644); err != nil {
		b.Fatal(err)
	}
	sp, err := eval.LoadFiles(filepath.Join(dir, "ProviderLifecycle.tla"), tmp)
	if err != nil {
		b.Skipf("cannot load the lifecycle spec: %v", err)
	}
	if len(sp.Properties) > 0 {
		b.Fatal("the PROPERTIES were not dropped")
	}
	return sp
}

// BenchmarkDiskLifecycle checks the medium lifecycle model (85,636
// distinct states, invariants only) in memory and on disk with a
// --max-memory of 256 KB (a fingerprint table of 128 KB that spills to
// disk every 12,000 or so states), and requires the same counts. It
// reports states/s, the peak heap per distinct state and the number of
// merges of the table into the run on disk.
func BenchmarkDiskLifecycle(b *testing.B) {
	sp := lifecycleSafety(b, "ProviderLifecycleMedium.cfg")
	ref, err := Check(context.Background(), sp, Options{Workers: 2})
	if err != nil || ref.Result != ResultOK {
		b.Fatalf("in memory: %v %v", err, ref)
	}
	for _, mode := range []string{"memory", "disk"} {
		b.Run(mode, func(b *testing.B) {
			var rep *Report
			flushes := 0
			for b.Loop() {
				opt := Options{Workers: 2}
				var c *checker
				if mode == "disk" {
					opt.DiskDir, opt.MaxMemory = b.TempDir(), 256<<10
				}
				rep, c, err = checkKeep(sp, opt)
				if err != nil {
					b.Fatal(err)
				}
				if c.disk != nil {
					flushes = c.disk.fps.Flushes()
				}
			}
			if rep.Result != ref.Result || rep.Distinct != ref.Distinct || rep.Generated != ref.Generated || rep.Depth != ref.Depth {
				b.Fatalf("%s: %s %d distinct %d generated depth %d, in memory %s %d %d %d", mode,
					rep.Result, rep.Distinct, rep.Generated, rep.Depth, ref.Result, ref.Distinct, ref.Generated, ref.Depth)
			}
			b.ReportMetric(float64(rep.Distinct)*float64(b.N)/b.Elapsed().Seconds(), "states/s")
			b.ReportMetric(rep.BytesPerState, "heap-bytes/state")
			b.ReportMetric(float64(flushes), "flushes")
		})
	}
}

// checkKeep is Check returning the checker too, for its store's statistics.
func checkKeep(sp *eval.Spec, opt Options) (*Report, *checker, error) {
	var kept *checker
	testHookChecker = func(c *checker) { kept = c }
	defer func() { testHookChecker = nil }()
	rep, err := Check(context.Background(), sp, opt)
	return rep, kept, err
}
