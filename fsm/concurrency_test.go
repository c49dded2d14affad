package fsm

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// blockedTeardown returns a provider whose Drain blocks until release is closed, already
// inside its final Cleanup (running in the background; done receives its result).
func blockedTeardown(t *testing.T, r *recorder) (p *Provider, release chan struct{}, done chan error) {
	t.Helper()
	release = make(chan struct{})
	entered := make(chan struct{})
	h := r.hooks()
	drain := h.Drain
	var once sync.Once
	h.Drain = func(ctx context.Context) error {
		once.Do(func() { close(entered) })
		<-release
		return drain(ctx)
	}
	p = New(h)
	mustStartup(t, p)
	done = make(chan error, 1)
	go func() { done <- p.Cleanup(context.Background()) }()
	<-entered
	wantState(t, p, StateDraining, 0)
	return p, release, done
}

func TestStartupDuringTeardownWaits(t *testing.T) {
	r := &recorder{}
	p, release, done := blockedTeardown(t, r)
	started := make(chan error, 1)
	go func() {
		_, err := p.Startup(context.Background(), v22)
		started <- err
	}()
	// The waiting Startup cannot have returned: teardown is blocked.
	select {
	case err := <-started:
		t.Fatalf("Startup returned during teardown: %v", err)
	case <-time.After(20 * time.Millisecond):
	}
	close(release)
	if err := <-done; err != nil {
		t.Fatalf("final Cleanup = %v", err)
	}
	if err := <-started; err != nil {
		t.Fatalf("waiting Startup = %v", err)
	}
	wantState(t, p, StateActive, 1)
	if got := r.got(); !equal(got, []string{"Init", "Drain", "Free", "Init"}) {
		t.Fatalf("hooks = %v: the waiting Startup did not start afresh", got)
	}
	mustCleanup(t, p)
}

func TestStartupDuringTeardownCancelled(t *testing.T) {
	r := &recorder{}
	p, release, done := blockedTeardown(t, r)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	_, err := p.Startup(ctx, v22, WithCallbacks("x"))
	if !errors.Is(err, ErrInterrupted) || !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Startup with expiring ctx = %v", err)
	}
	wantState(t, p, StateDraining, 0)
	close(release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	wantState(t, p, StateReinitializable, 0)
	if p.Callbacks() != nil {
		t.Fatal("cancelled Startup left its callbacks")
	}
	if got := r.got(); !equal(got, []string{"Init", "Drain", "Free"}) {
		t.Fatalf("hooks = %v", got)
	}
}

func TestCleanupRacingFinalCleanup(t *testing.T) {
	r := &recorder{}
	p, release, done := blockedTeardown(t, r)
	if err := p.Cleanup(context.Background()); !errors.Is(err, ErrNotInitialised) {
		t.Fatalf("Cleanup during teardown = %v, want ErrNotInitialised at once", err)
	}
	close(release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	wantState(t, p, StateReinitializable, 0)
}

func TestStartupWaitsForAnotherInit(t *testing.T) {
	inInit := make(chan struct{})
	release := make(chan struct{})
	var inits atomic.Int32
	p := New(Hooks{Init: func(context.Context) error {
		if inits.Add(1) == 1 {
			close(inInit)
			<-release
		}
		return nil
	}})
	first := make(chan error, 1)
	go func() { _, err := p.Startup(context.Background(), v22); first <- err }()
	<-inInit
	if err := p.Cleanup(context.Background()); !errors.Is(err, ErrNotInitialised) {
		t.Fatalf("Cleanup during Init = %v, want ErrNotInitialised", err)
	}
	wantState(t, p, StateUninitialized, 0)
	second := make(chan error, 1)
	go func() { _, err := p.Startup(context.Background(), v22); second <- err }()
	select {
	case err := <-second:
		t.Fatalf("second Startup returned during Init: %v", err)
	case <-time.After(20 * time.Millisecond):
	}
	close(release)
	if err := <-first; err != nil {
		t.Fatal(err)
	}
	if err := <-second; err != nil {
		t.Fatal(err)
	}
	wantState(t, p, StateActive, 2)
	if inits.Load() != 1 {
		t.Fatalf("Init ran %d times", inits.Load())
	}
	mustCleanup(t, p)
	mustCleanup(t, p)
}

func TestNestedCallsFromHooks(t *testing.T) {
	var p *Provider
	var nested []error
	record := func(ctx context.Context) error {
		_, err := p.Startup(ctx, v22)
		nested = append(nested, err, p.Cleanup(ctx))
		return nil
	}
	p = New(Hooks{Init: record, Drain: record, Free: record})
	done := make(chan struct{})
	go func() {
		defer close(done)
		if _, err := p.Startup(context.Background(), v22); err != nil {
			t.Errorf("Startup: %v", err)
		}
		if err := p.Cleanup(context.Background()); err != nil {
			t.Errorf("Cleanup: %v", err)
		}
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("Startup from inside a hook deadlocked")
	}
	if len(nested) != 6 {
		t.Fatalf("nested results = %v", nested)
	}
	for i := 0; i < 6; i += 2 {
		if !errors.Is(nested[i], ErrInProgress) {
			t.Errorf("nested Startup %d = %v, want ErrInProgress", i/2, nested[i])
		}
		if !errors.Is(nested[i+1], ErrNotInitialised) {
			t.Errorf("nested Cleanup %d = %v, want ErrNotInitialised", i/2, nested[i+1])
		}
	}
	wantState(t, p, StateReinitializable, 0)
}

func TestCall(t *testing.T) {
	r := &recorder{}
	p := New(r.hooks())
	ran := false
	if err := p.Call(context.Background(), func(context.Context) error { ran = true; return nil }); !errors.Is(err, ErrNotInitialised) || ran {
		t.Fatalf("Call before Startup = %v (ran %v)", err, ran)
	}
	if err := p.Call(context.Background(), nil); !errors.Is(err, ErrFault) {
		t.Fatalf("Call(nil) = %v", err)
	}
	mustStartup(t, p)
	mine := errors.New("mine")
	if err := p.Call(context.Background(), func(context.Context) error { return mine }); err != mine {
		t.Fatalf("Call returned %v, want f's error unchanged", err)
	}
	// Inside Call: a non-final Cleanup and a Startup proceed; the final Cleanup is refused.
	err := p.Call(context.Background(), func(ctx context.Context) error {
		if _, err := p.Startup(ctx, v22); err != nil {
			return err
		}
		if err := p.Cleanup(ctx); err != nil {
			return err
		}
		return p.Cleanup(ctx)
	})
	if !errors.Is(err, ErrInProgress) {
		t.Fatalf("final Cleanup from inside Call = %v, want ErrInProgress", err)
	}
	wantState(t, p, StateActive, 1)
	mustCleanup(t, p)
}

func TestFinalCleanupCancelsAndWaitsForCalls(t *testing.T) {
	r := &recorder{}
	p := New(r.hooks())
	mustStartup(t, p)
	inCall := make(chan struct{})
	callDone := make(chan error, 1)
	go func() {
		callDone <- p.Call(context.Background(), func(ctx context.Context) error {
			close(inCall)
			<-ctx.Done() // a pending blocking call, cancelled by teardown
			time.Sleep(5 * time.Millisecond)
			r.log("call returned")
			return ctx.Err()
		})
	}()
	<-inCall
	mustCleanup(t, p)
	if err := <-callDone; !errors.Is(err, context.Canceled) {
		t.Fatalf("Call = %v, want its ctx cancelled", err)
	}
	if got := r.got(); !equal(got, []string{"Init", "call returned", "Drain", "Free"}) {
		t.Fatalf("order = %v: Drain ran before the Call returned", got)
	}
}

func TestPanicInCallDoesNotWedge(t *testing.T) {
	p := New(Hooks{})
	mustStartup(t, p)
	func() {
		defer func() {
			if v := recover(); v != "call boom" {
				t.Fatalf("recovered %v", v)
			}
		}()
		_ = p.Call(context.Background(), func(context.Context) error { panic("call boom") })
	}()
	done := make(chan struct{})
	go func() {
		if err := p.Cleanup(context.Background()); err != nil {
			t.Errorf("Cleanup: %v", err)
		}
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("final Cleanup wedged after a panicking Call")
	}
}

// TestConcurrentStress runs many users at once and checks the invariants that only a
// concurrent run can break: hooks never overlap, every Init is matched by exactly one
// Drain and one Free, and the provider ends with no users.
func TestConcurrentStress(t *testing.T) {
	var inHook, overlaps, inits, drains, frees atomic.Int32
	hook := func(c *atomic.Int32) func(context.Context) error {
		return func(context.Context) error {
			if inHook.Add(1) != 1 {
				overlaps.Add(1)
			}
			c.Add(1)
			inHook.Add(-1)
			return nil
		}
	}
	p := New(Hooks{Init: hook(&inits), Drain: hook(&drains), Free: hook(&frees)})
	var wg sync.WaitGroup
	var calls atomic.Int32
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 200 {
				if _, err := p.Startup(context.Background(), v22); err != nil {
					t.Errorf("Startup: %v", err)
					return
				}
				if (g+i)%3 == 0 {
					_ = p.Call(context.Background(), func(context.Context) error { calls.Add(1); return nil })
				}
				if err := p.Cleanup(context.Background()); err != nil {
					t.Errorf("Cleanup: %v", err)
					return
				}
			}
		}()
	}
	wg.Wait()
	if overlaps.Load() != 0 {
		t.Fatalf("%d hook overlaps", overlaps.Load())
	}
	if inits.Load() == 0 || inits.Load() != drains.Load() || drains.Load() != frees.Load() {
		t.Fatalf("Init %d, Drain %d, Free %d: unmatched", inits.Load(), drains.Load(), frees.Load())
	}
	if p.Refs() != 0 || p.State() != StateReinitializable {
		t.Fatalf("ended %v(%d)", p.State(), p.Refs())
	}
	if calls.Load() == 0 {
		t.Fatal("no Call ran")
	}
}

// TestStartupFromCallDuringTeardown: a Call whose ctx teardown has cancelled tries to
// start the provider again. With the cancelled ctx it is interrupted; with the ctx's
// values but not its cancellation it would wait for teardown, which waits for this very
// Call: it gets ErrInProgress instead of deadlocking.
func TestStartupFromCallDuringTeardown(t *testing.T) {
	p := New(Hooks{})
	mustStartup(t, p)
	inCall := make(chan struct{})
	results := make(chan error, 2)
	go func() {
		_ = p.Call(context.Background(), func(ctx context.Context) error {
			close(inCall)
			<-ctx.Done()
			_, err := p.Startup(ctx, v22)
			results <- err
			_, err = p.Startup(context.WithoutCancel(ctx), v22)
			results <- err
			return nil
		})
	}()
	<-inCall
	mustCleanup(t, p)
	if err := <-results; !errors.Is(err, ErrInterrupted) {
		t.Errorf("Startup with the cancelled call ctx = %v, want ErrInterrupted", err)
	}
	if err := <-results; !errors.Is(err, ErrInProgress) {
		t.Errorf("Startup from a Call during teardown = %v, want ErrInProgress", err)
	}
	wantState(t, p, StateReinitializable, 0)
}
