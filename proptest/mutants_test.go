package proptest

import (
	"context"
	"errors"
	"runtime"
	"sync/atomic"

	"github.com/wspcycle/wspcycle/fsm"
)

// The wrapper mutants: the runtime with one fault each, made by wrapping the real
// fsm.Provider (fsm/ is not touched), so that they run in every build, `make test`
// included. Each models a mistake of CONTRACT.md; the meta-test (TestMutantsAreKilled)
// requires every suite-set to kill every one. The mutants planted inside a rewritten copy
// of the runtime's source (internal/fsmmutant), behind the wspcycle_mutants build tag, are
// run by TestRuntimeMutantsAreKilled (runtime_mutants_test.go); the wrappers stay because
// they need no tag and no build (a counter of its own, a Cleanup made asynchronous by the
// caller).
var mutants = []Impl{
	{Name: "skip-drain", New: func(c Config) Lifecycle {
		c.Hooks.Drain = nil // teardown frees without draining: graceful data is lost
		return fsm.New(c.Hooks, c.options()...)
	}, Layered: Real.Layered},
	{Name: "free-before-drain", New: func(c Config) Lifecycle {
		drain, free := c.Hooks.Drain, c.Hooks.Free
		c.Hooks.Drain = func(ctx context.Context) error { // Free runs before Drain returns
			ferr := free(ctx)
			return errors.Join(ferr, drain(ctx))
		}
		c.Hooks.Free = nil
		return fsm.New(c.Hooks, c.options()...)
	}, Layered: Real.Layered},
	{Name: "maxrefs-off-by-one", New: func(c Config) Lifecycle {
		c.MaxRefs++ // the guard refs < MaxRefs becomes refs <= MaxRefs
		return fsm.New(c.Hooks, c.options()...)
	}, Layered: Real.Layered},
	{Name: "keep-first-table", New: func(c Config) Lifecycle {
		return keepFirstTable{fsm.New(c.Hooks, c.options()...)}
	}, Layered: Real.Layered},
	{Name: "cleanup-returns-early", New: func(c Config) Lifecycle {
		return earlyReturn{fsm.New(c.Hooks, c.options()...)}
	}, Layered: Real.Layered},
	{Name: "startup-skips-teardown-wait", New: func(c Config) Lifecycle {
		return skipWait{Provider: fsm.New(c.Hooks, c.options()...), high: c.High}
	}, Layered: Real.Layered},
	{Name: "counter-without-lock", New: func(c Config) Lifecycle {
		return &racyCounter{Provider: fsm.New(c.Hooks, c.options()...)}
	}, Layered: Real.Layered},
	{Name: "noop-cleanup", New: func(c Config) Lifecycle {
		return noopCleanup{fsm.New(c.Hooks, c.options()...)}
	}, Layered: Real.Layered},
	{Name: "successful-cleanup-reports-failure", New: func(c Config) Lifecycle {
		return cleanupReportsFailure{fsm.New(c.Hooks, c.options()...)}
	}, Layered: Real.Layered},
	{Name: "layered-leaves-lower-unmatched", New: Real.New, Layered: func(lower fsm.Lower, c Config) Lifecycle {
		h := c.Hooks
		c.Hooks = fsm.Hooks{
			Init: func(ctx context.Context) error {
				if _, err := lower.Startup(ctx, c.High); err != nil {
					return err
				}
				if h.Init != nil {
					return h.Init(ctx) // the fault: no lower Cleanup when this fails
				}
				return nil
			},
			Drain: h.Drain,
			Free: func(ctx context.Context) error {
				var err error
				if h.Free != nil {
					err = h.Free(ctx)
				}
				return errors.Join(err, lower.Cleanup(ctx))
			},
		}
		return fsm.New(c.Hooks, c.options()...)
	}},
}

// keepFirstTable ignores the callback table of every Startup but the first.
type keepFirstTable struct{ *fsm.Provider }

func (m keepFirstTable) Startup(ctx context.Context, v fsm.Version, opts ...fsm.StartupOption) (fsm.Negotiated, error) {
	if m.Refs() > 0 {
		opts = nil
	}
	return m.Provider.Startup(ctx, v, opts...)
}

// earlyReturn returns from the final Cleanup at once and tears down in the background.
type earlyReturn struct{ *fsm.Provider }

func (m earlyReturn) Cleanup(ctx context.Context) error {
	if m.Refs() == 1 && m.State() == fsm.StateActive {
		go m.Provider.Cleanup(ctx)
		return nil
	}
	return m.Provider.Cleanup(ctx)
}

// skipWait lets a Startup during teardown "succeed" on the half-torn-down provider.
type skipWait struct {
	*fsm.Provider
	high fsm.Version
}

func (m skipWait) Startup(ctx context.Context, v fsm.Version, opts ...fsm.StartupOption) (fsm.Negotiated, error) {
	if s := m.State(); (s == fsm.StateDraining || s == fsm.StateFreeing) && !v.Less(version(propLow)) {
		n := v
		if m.high.Less(n) {
			n = m.high
		}
		return fsm.Negotiated{Version: n, High: m.high}, nil
	}
	return m.Provider.Startup(ctx, v, opts...)
}

// racyCounter keeps its own count with a read-modify-write that is not atomic (the
// counter updated without a lock): it decides "not initialised" from that count.
type racyCounter struct {
	*fsm.Provider
	n atomic.Int64
}

func (m *racyCounter) Startup(ctx context.Context, v fsm.Version, opts ...fsm.StartupOption) (fsm.Negotiated, error) {
	old := m.n.Load()
	runtime.Gosched()
	neg, err := m.Provider.Startup(ctx, v, opts...)
	if err == nil {
		m.n.Store(old + 1)
	}
	return neg, err
}

func (m *racyCounter) Cleanup(ctx context.Context) error {
	old := m.n.Load()
	if old <= 0 {
		return &fsm.Error{Code: fsm.WSANOTINITIALISED, Op: "Cleanup"}
	}
	runtime.Gosched()
	err := m.Provider.Cleanup(ctx)
	if err == nil {
		m.n.Store(old - 1)
	}
	return err
}

func (m *racyCounter) Refs() int { return int(m.n.Load()) }

// noopCleanup is a base provider whose Cleanup does nothing and always succeeds.
type noopCleanup struct{ *fsm.Provider }

func (noopCleanup) Cleanup(context.Context) error { return nil }

// cleanupReportsFailure reports an error from a final Cleanup that succeeded.
type cleanupReportsFailure struct{ *fsm.Provider }

func (m cleanupReportsFailure) Cleanup(ctx context.Context) error {
	final := m.Refs() == 1
	err := m.Provider.Cleanup(ctx)
	if err == nil && final {
		return &fsm.Error{Code: fsm.WSAENETDOWN, Op: "Cleanup"}
	}
	return err
}
