package eval

import (
	"path/filepath"
	"testing"

	"github.com/wspcycle/wspcycle/tla/value"
)

// poolState loads Pool.tla with cfgName and returns a state a few steps
// from the initial one (some slots granted, some clients waiting), so that
// every kind of action is exercised.
func poolState(tb testing.TB, cfgName string) (*Spec, value.State) {
	tb.Helper()
	sp, err := LoadFiles(filepath.Join("testdata", "Pool.tla"), filepath.Join("testdata", cfgName))
	if err != nil {
		tb.Fatal(err)
	}
	var s value.State
	if err := sp.Init(func(st value.State) error { s = st; return nil }); err != nil {
		tb.Fatal(err)
	}
	// Walk: take the last successor a few times.
	for i := 0; i < 4; i++ {
		var last value.State
		if err := sp.Next(s, func(st Step) error { last = st.State; return nil }); err != nil {
			tb.Fatal(err)
		}
		if last == nil {
			break
		}
		s = last
	}
	return sp, s
}

func benchNext(b *testing.B, cfgName string) {
	sp, s := poolState(b, cfgName)
	n := 0
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := sp.Next(s, func(st Step) error { n++; return nil }); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)/float64(b.N), "succ/op")
}

func BenchmarkPoolNext(b *testing.B) {
	b.Run("Pool.cfg", func(b *testing.B) { benchNext(b, "Pool.cfg") })
	b.Run("PoolBig.cfg", func(b *testing.B) { benchNext(b, "PoolBig.cfg") })
}

func BenchmarkPoolFingerprint(b *testing.B) {
	_, s := poolState(b, "PoolBig.cfg")
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_ = s.Fingerprint()
	}
}

func BenchmarkPoolInvariant(b *testing.B) {
	sp, s := poolState(b, "PoolBig.cfg")
	inv := sp.Invariants[0]
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if ok, err := inv.Eval(s); !ok || err != nil {
			b.Fatal(ok, err)
		}
	}
}

// BenchmarkPoolBigBFS explores all of PoolBig with the test's sequential
// search (705024 states for TLC): the evaluator's share of a checker run.
func BenchmarkPoolBigBFS(b *testing.B) {
	sp, err := LoadFiles(filepath.Join("testdata", "Pool.tla"), filepath.Join("testdata", "PoolBig.cfg"))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		res := bfs(sp, 1<<30)
		if res.err != nil || res.distinct != 705024 || res.generated != 5909793 {
			b.Fatalf("distinct %d generated %d err %v", res.distinct, res.generated, res.err)
		}
	}
}
