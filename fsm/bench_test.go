package fsm

import (
	"context"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/qmuntal/stateless"
)

// mutexCounter is the baseline the hot path is measured against: the least a correct
// reference count can cost.
type mutexCounter struct {
	mu sync.Mutex
	n  int
}

func (m *mutexCounter) startup() { m.mu.Lock(); m.n++; m.mu.Unlock() }
func (m *mutexCounter) cleanup() { m.mu.Lock(); m.n--; m.mu.Unlock() }

// BenchmarkBaselineMutexPair is one Startup+Cleanup pair of the baseline.
func BenchmarkBaselineMutexPair(b *testing.B) {
	var m mutexCounter
	m.startup()
	b.ReportAllocs()
	for b.Loop() {
		m.startup()
		m.cleanup()
	}
}

// BenchmarkStatelessFirePair is the same pair fired on the stateless machine alone, the
// cost the fast path avoids.
func BenchmarkStatelessFirePair(b *testing.B) {
	phase := StateActive
	sm := stateless.NewStateMachineWithExternalStorage(
		func(context.Context) (stateless.State, error) { return phase, nil },
		func(_ context.Context, s stateless.State) error { phase = s.(State); return nil },
		stateless.FiringImmediate)
	configure(sm)
	v := vars{Refs: 1, Max: DefaultMaxRefs}
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		_ = sm.FireCtx(ctx, TriggerStartup, &v)
		_ = sm.FireCtx(ctx, TriggerCleanup, &v)
	}
}

// BenchmarkProviderPair is Startup+Cleanup moving only Active(n) <-> Active(n+1).
func BenchmarkProviderPair(b *testing.B) {
	p := New(Hooks{})
	ctx := context.Background()
	if _, err := p.Startup(ctx, v22); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := p.Startup(ctx, v22); err != nil {
			b.Fatal(err)
		}
		if err := p.Cleanup(ctx); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParallel runs the pair from 2, 8 and 64 goroutines per GOMAXPROCS, for the
// provider and for the baseline.
func BenchmarkParallel(b *testing.B) {
	for _, par := range []int{2, 8, 64} {
		b.Run("baseline/p"+strconv.Itoa(par), func(b *testing.B) {
			var m mutexCounter
			m.startup()
			b.ReportAllocs()
			b.SetParallelism(par)
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					m.startup()
					m.cleanup()
				}
			})
		})
		b.Run("provider/p"+strconv.Itoa(par), func(b *testing.B) {
			p := New(Hooks{})
			ctx := context.Background()
			if _, err := p.Startup(ctx, v22); err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			b.SetParallelism(par)
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					if _, err := p.Startup(ctx, v22); err != nil {
						b.Error(err)
						return
					}
					if err := p.Cleanup(ctx); err != nil {
						b.Error(err)
						return
					}
				}
			})
		})
	}
}

// BenchmarkFullCycle is a first Startup and a final Cleanup: every slow edge through
// stateless, with no-op hooks.
func BenchmarkFullCycle(b *testing.B) {
	p := New(Hooks{})
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := p.Startup(ctx, v22); err != nil {
			b.Fatal(err)
		}
		if err := p.Cleanup(ctx); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCall is one Call while Active.
func BenchmarkCall(b *testing.B) {
	p := New(Hooks{})
	ctx := context.Background()
	if _, err := p.Startup(ctx, v22); err != nil {
		b.Fatal(err)
	}
	f := func(context.Context) error { return nil }
	b.ReportAllocs()
	for b.Loop() {
		_ = p.Call(ctx, f)
	}
}

// BenchmarkPairVsBaseline interleaves the provider's hot pair and the baseline's in chunks
// and reports their ratio (x-baseline), which stays meaningful on a loaded machine where
// the absolute ns/op of separate benchmarks do not.
func BenchmarkPairVsBaseline(b *testing.B) {
	p := New(Hooks{})
	ctx := context.Background()
	if _, err := p.Startup(ctx, v22); err != nil {
		b.Fatal(err)
	}
	var m mutexCounter
	m.startup()
	var provider, baseline time.Duration
	const chunk = 1000
	b.ReportAllocs()
	for i := 0; i < b.N; i += chunk {
		t0 := time.Now()
		for range chunk {
			m.startup()
			m.cleanup()
		}
		t1 := time.Now()
		for range chunk {
			_, _ = p.Startup(ctx, v22)
			_ = p.Cleanup(ctx)
		}
		t2 := time.Now()
		baseline += t1.Sub(t0)
		provider += t2.Sub(t1)
	}
	b.ReportMetric(float64(provider)/float64(baseline), "x-baseline")
}
