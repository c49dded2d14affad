package simulate

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/wspcycle/wspcycle/tla/eval"
)

// BenchmarkRunLifecycle is `wspcycle simulate -runs 200 -depth 50 -seed 1`
// on the lifecycle spec (spec/ProviderLifecycle): TLC's random walk, each
// action tried its own enumeration (NextOf), every successor checked
// against the invariants and properties.
func BenchmarkRunLifecycle(b *testing.B) {
	dir := filepath.Join("..", "..", "spec")
	sp, err := eval.LoadFiles(filepath.Join(dir, "ProviderLifecycle.tla"), filepath.Join(dir, "ProviderLifecycle.cfg"))
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		res, err := Run(context.Background(), sp, Options{Depth: 50, Runs: 200, Seed: 1})
		if err != nil || res.Behaviours != 200 {
			b.Fatalf("%v: %d behaviours", err, res.Behaviours)
		}
	}
}
