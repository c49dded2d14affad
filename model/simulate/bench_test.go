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

// BenchmarkRunTrcl is TLC's `-simulate num=20 -depth 10 -seed 1` on
// model/testdata/tlc/recpoint/SimTrcl, whose invariant computes a
// transitive closure as a recursive function whose body is a function
// constructor (Relation's TransitiveClosure): each application trcl[n-1][x, y]
// evaluated at its point (tla/eval/recpoint.go), not by building trcl[n-1].
func BenchmarkRunTrcl(b *testing.B) {
	dir := filepath.Join("..", "testdata", "tlc", "recpoint")
	sp, err := eval.LoadFiles(filepath.Join(dir, "SimTrcl.tla"), filepath.Join(dir, "SimTrcl.cfg"))
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		res, err := Run(context.Background(), sp, Options{Depth: 10, Runs: 20, Seed: 1})
		if err != nil || res.Behaviours != 20 {
			b.Fatalf("%v: %d behaviours", err, res.Behaviours)
		}
	}
}
