package model

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/wspcycle/wspcycle/tla/eval"
)

// benchSpec loads a spec of the TLC reference (skipping when absent).
func benchSpec(b *testing.B, tla, cfg string) *eval.Spec {
	dir := filepath.Join("..", "..", "shared", "tlc-reference")
	if _, err := os.Stat(filepath.Join(dir, tla)); err != nil {
		dir = "testdata"
	}
	sp, err := eval.LoadFiles(filepath.Join(dir, tla), filepath.Join(dir, cfg))
	if err != nil {
		b.Skipf("cannot load %s: %v", tla, err)
	}
	return sp
}

func benchCheck(b *testing.B, sp *eval.Spec, workers int, distinct int64) {
	b.ReportAllocs()
	var rep *Report
	for b.Loop() {
		var err error
		rep, err = Check(context.Background(), sp, Options{Workers: workers})
		if err != nil {
			b.Fatal(err)
		}
	}
	if rep.Distinct != distinct || rep.Result != ResultOK {
		b.Fatalf("%s with %d distinct states, want ok with %d", rep.Result, rep.Distinct, distinct)
	}
	b.ReportMetric(float64(rep.Distinct)*float64(b.N)/b.Elapsed().Seconds(), "states/s")
}

// BenchmarkPool is Pool.tla with Pool.cfg (1408 distinct states).
func BenchmarkPool(b *testing.B) { benchCheck(b, benchSpec(b, "Pool.tla", "Pool.cfg"), 2, 1408) }

// BenchmarkPoolBig is the throughput reference: Pool.tla with PoolBig.cfg,
// 705,024 distinct states, on 2 workers (TLC: 10.4 s, 1.8 GB). For the
// whole-process time and peak memory use `make bench-check`.
func BenchmarkPoolBig(b *testing.B) {
	benchCheck(b, benchSpec(b, "Pool.tla", "PoolBig.cfg"), 2, 705024)
}
