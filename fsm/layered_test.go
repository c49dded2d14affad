package fsm

import (
	"context"
	"errors"
	"testing"
)

// countingLower is a Lower that counts Startups and Cleanups and can be made to fail.
type countingLower struct {
	p                 *Provider
	startups, cleanup int
	requested         Version
}

func (l *countingLower) Startup(ctx context.Context, v Version, opts ...StartupOption) (Negotiated, error) {
	l.requested = v
	n, err := l.p.Startup(ctx, v, opts...)
	if err == nil {
		l.startups++
	}
	return n, err
}

func (l *countingLower) Cleanup(ctx context.Context) error {
	l.cleanup++
	return l.p.Cleanup(ctx)
}

func TestLayeredMatchesEveryLowerStartup(t *testing.T) {
	lr := &recorder{}
	lower := &countingLower{p: New(lr.hooks(), Versions(Version{1, 0}, Version{2, 2}))}
	ur := &recorder{}
	p := Layered(lower, ur.hooks(), LowerVersion(Version{2, 0}), LowerCallbacks("lsp upcalls"))
	for range 3 {
		mustStartup(t, p)
	}
	if lower.startups != 1 || lower.requested != (Version{2, 0}) {
		t.Fatalf("lower started %d times with %v, want once with 2.0", lower.startups, lower.requested)
	}
	if got := lower.p.Callbacks(); got != "lsp upcalls" {
		t.Fatalf("lower callbacks = %v, want the layered provider's upcall table", got)
	}
	for range 3 {
		mustCleanup(t, p)
	}
	if lower.cleanup != 1 {
		t.Fatalf("lower cleaned up %d times, want 1", lower.cleanup)
	}
	wantState(t, lower.p, StateReinitializable, 0)
	if got := ur.got(); !equal(got, []string{"Init", "Drain", "Free"}) {
		t.Fatalf("upper hooks = %v", got)
	}
	// and again: a second epoch starts the lower provider afresh
	mustStartup(t, p)
	mustCleanup(t, p)
	if lower.startups != 2 || lower.cleanup != 2 {
		t.Fatalf("second epoch: %d startups, %d cleanups", lower.startups, lower.cleanup)
	}
}

func TestLayeredLowerStartupFails(t *testing.T) {
	lower := &countingLower{p: New(Hooks{}, Versions(Version{3, 0}, Version{3, 0}))}
	p := Layered(lower, Hooks{})
	_, err := p.Startup(context.Background(), v22)
	if !errors.Is(err, ErrVersionNotSupported) {
		t.Fatalf("layered Startup = %v, want the lower WSAVERNOTSUPPORTED", err)
	}
	wantState(t, p, StateUninitialized, 0)
	if lower.cleanup != 0 {
		t.Fatal("cleaned up a lower Startup that failed")
	}
}

func TestLayeredInitFailsAfterLowerStarted(t *testing.T) {
	for _, name := range []string{"error", "panic"} {
		t.Run(name, func(t *testing.T) {
			lower := &countingLower{p: New(Hooks{})}
			bad := errors.New("lower function table invalid")
			init := func(context.Context) error { return bad }
			if name == "panic" {
				init = func(context.Context) error { panic(bad) }
			}
			p := Layered(lower, Hooks{Init: init})
			_, err := p.Startup(context.Background(), v22)
			if err == nil {
				t.Fatal("layered Startup succeeded")
			}
			if name == "error" && !errors.Is(err, bad) {
				t.Fatalf("err = %v", err)
			}
			if name == "panic" && !errors.Is(err, ErrHookPanicked) {
				t.Fatalf("err = %v", err)
			}
			if lower.startups != 1 || lower.cleanup != 1 {
				t.Fatalf("lower: %d startups, %d cleanups; want the Startup matched", lower.startups, lower.cleanup)
			}
			wantState(t, lower.p, StateReinitializable, 0)
			wantState(t, p, StateUninitialized, 0)
		})
	}
}

func TestLayeredFailedStartupKeepsUsers(t *testing.T) {
	lower := &countingLower{p: New(Hooks{})}
	p := Layered(lower, Hooks{}, Versions(Version{2, 0}, Version{2, 2}), WithMaxRefs(2))
	mustStartup(t, p)
	mustStartup(t, p)
	if _, err := p.Startup(context.Background(), v22); !errors.Is(err, ErrProcessLimit) {
		t.Fatalf("third Startup = %v", err)
	}
	if _, err := p.Startup(context.Background(), Version{1, 0}); !errors.Is(err, ErrVersionNotSupported) {
		t.Fatalf("old version Startup = %v", err)
	}
	wantState(t, p, StateActive, 2)
	wantState(t, lower.p, StateActive, 1)
	if lower.cleanup != 0 {
		t.Fatal("failed layered Startup touched the lower provider")
	}
	mustCleanup(t, p)
	mustCleanup(t, p) // a successful layered Cleanup reports success
	wantState(t, lower.p, StateReinitializable, 0)
}

func TestLayeredFreeErrorStillCleansLower(t *testing.T) {
	lower := &countingLower{p: New(Hooks{})}
	bad := errors.New("free failed")
	p := Layered(lower, Hooks{Free: func(context.Context) error { return bad }})
	mustStartup(t, p)
	if err := p.Cleanup(context.Background()); !errors.Is(err, bad) {
		t.Fatalf("Cleanup = %v", err)
	}
	if lower.cleanup != 1 {
		t.Fatalf("lower cleanups = %d", lower.cleanup)
	}
}

func TestLayeredNilLower(t *testing.T) {
	p := Layered(nil, Hooks{})
	if _, err := p.Startup(context.Background(), v22); !errors.Is(err, ErrInvalid) {
		t.Fatalf("Startup = %v", err)
	}
}
