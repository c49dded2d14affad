package model

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/wspcycle/wspcycle/tla/eval"
)

// benchRing checks testdata/bench/Ring.tla with cfg, -coverage on, one
// worker: a ring of 5000 states, the deep narrow graph on which TLC's
// re-expansions of its product graphs (livereexpand.go) and the liveness
// print emulation (liveprints.go) are the most work per state.
func benchRing(b *testing.B, cfg string) {
	dir := filepath.Join("testdata", "bench")
	sp, err := eval.LoadFilesWith(eval.Options{Coverage: true}, filepath.Join(dir, "Ring.tla"), filepath.Join(dir, cfg))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		rep, err := Check(context.Background(), sp, Options{Workers: 1})
		if err != nil {
			b.Fatal(err)
		}
		if rep.Result != ResultOK || rep.Distinct != 5000 {
			b.Fatalf("%s with %d distinct states, want ok with 5000", rep.Result, rep.Distinct)
		}
	}
}

// BenchmarkRingCoverageOften: []<>(x = 0), no tableau.
func BenchmarkRingCoverageOften(b *testing.B) { benchRing(b, "RingOften.cfg") }

// BenchmarkRingCoverageLeads: a leads-to, whose tableau makes TLC
// generate every state's successors again.
func BenchmarkRingCoverageLeads(b *testing.B) { benchRing(b, "RingLeads.cfg") }

// BenchmarkRingCoverageLeadsPrint: the same with an invariant that may
// print, which turns the liveness print emulation on.
func BenchmarkRingCoverageLeadsPrint(b *testing.B) { benchRing(b, "RingLeadsPrint.cfg") }
