package fsm

import (
	"context"
	"errors"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

// The tests of this file hold the promise that nothing a hook or an observer does can
// wedge a provider: whatever they return, however they end (panic, runtime.Goexit, a
// typed nil, ignoring their context, calling back in), every call returns, the provider
// ends in a state of the spec, and the next Startup behaves as the first.
//
// Some of them would hang forever on a runtime that breaks the promise; there a
// generous fallback (patience) turns the hang into a failure. It bounds nothing the
// test asserts: a correct runtime never comes near it.
const patience = 20 * time.Second

// patientCtx is a context for a call that must not wait: if it does, it fails with
// ErrInterrupted after patience instead of hanging the test.
func patientCtx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), patience)
	t.Cleanup(cancel)
	return ctx
}

// noPanic runs f and fails the test if f panics, so that a panic inside the provider
// (possibly with its lock held) ends this test instead of the whole binary.
func noPanic(t *testing.T, what string, f func()) (ok bool) {
	t.Helper()
	defer func() {
		if v := recover(); v != nil {
			t.Errorf("%s panicked: %v", what, v)
			ok = false
		}
	}()
	f()
	return true
}

// inGoroutine runs f in a goroutine of its own (a hook calling runtime.Goexit would end
// the caller's goroutine) and reports whether f returned normally.
func inGoroutine(f func()) (returned bool) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
		returned = true
	}()
	<-done
	return returned
}

// Item 1: a hook returning a typed nil (*Error)(nil) as its error.
func TestTypedNilHookError(t *testing.T) {
	var nilErr *Error
	for _, hook := range []string{"Init", "Drain", "Free"} {
		t.Run(hook, func(t *testing.T) {
			r := &recorder{}
			h := r.hooks()
			typedNil := func(context.Context) error { return nilErr }
			switch hook {
			case "Init":
				h.Init = typedNil
			case "Drain":
				h.Drain = typedNil
			case "Free":
				h.Free = typedNil
			}
			p := New(h)
			var err error
			if !noPanic(t, "Startup", func() { _, err = p.Startup(context.Background(), v22) }) {
				return // the provider's lock may be held: State would block
			}
			if hook == "Init" {
				if !errors.Is(err, ErrSysNotReady) || !strings.Contains(err.Error(), "nil") {
					t.Fatalf("Startup with Init returning a typed nil = %v, want ErrSysNotReady naming the typed nil", err)
				}
				wantState(t, p, StateUninitialized, 0)
				h.Init = nil
				p = New(h)
				mustStartup(t, p)
			} else if err != nil {
				t.Fatal(err)
			}
			if !noPanic(t, "Cleanup", func() { err = p.Cleanup(context.Background()) }) {
				return
			}
			if hook != "Init" && (!errors.Is(err, ErrNetDown) || !strings.Contains(err.Error(), hook)) {
				t.Fatalf("Cleanup with %s returning a typed nil = %v, want ErrNetDown naming %s", hook, err, hook)
			}
			wantState(t, p, StateReinitializable, 0)
			mustStartup(t, p) // not wedged
		})
	}
	// A typed nil deeper in the chain, as a wrapper of a lower provider's error makes it.
	p := New(Hooks{Init: func(context.Context) error { return errors.Join(errors.New("lower"), nilErr) }})
	var err error
	if !noPanic(t, "Startup", func() { _, err = p.Startup(context.Background(), v22) }) {
		return
	}
	if !errors.Is(err, ErrSysNotReady) {
		t.Fatalf("Startup = %v, want ErrSysNotReady", err)
	}
	wantState(t, p, StateUninitialized, 0)
	var e *Error // the nil-receiver methods of *Error must not panic either
	noPanic(t, "(*Error)(nil) methods", func() { _, _, _ = e.Error(), e.Unwrap(), e.Is(ErrFault) })
	var pe *PanicError
	noPanic(t, "(*PanicError)(nil).Error", func() { _ = pe.Error() })
}

// Item 2: runtime.Goexit in a hook (what t.FailNow does), which recover does not see.
func TestGoexitInHook(t *testing.T) {
	t.Run("Init", func(t *testing.T) {
		exit := true
		p := New(Hooks{Init: func(context.Context) error {
			if exit {
				exit = false
				runtime.Goexit()
			}
			return nil
		}})
		var err error
		if !inGoroutine(func() { _, err = p.Startup(context.Background(), v22) }) {
			t.Fatal("Startup did not return: the hook's Goexit ended the caller's goroutine")
		}
		if !errors.Is(err, ErrSysNotReady) || !errors.Is(err, ErrHookPanicked) || !strings.Contains(err.Error(), "Goexit") {
			t.Fatalf("Startup with Init calling Goexit = %v", err)
		}
		wantState(t, p, StateUninitialized, 0)
		if _, err := p.Startup(patientCtx(t), v22); err != nil {
			t.Fatalf("the next Startup = %v", err)
		}
		mustCleanup(t, p)
	})
	for _, hook := range []string{"Drain", "Free"} {
		t.Run(hook, func(t *testing.T) {
			r := &recorder{}
			h := r.hooks()
			exit := func(context.Context) error { runtime.Goexit(); return nil }
			if hook == "Drain" {
				h.Drain = exit
			} else {
				h.Free = exit
			}
			p := New(h)
			mustStartup(t, p)
			var err error
			if !inGoroutine(func() { err = p.Cleanup(context.Background()) }) {
				t.Fatal("Cleanup did not return: the hook's Goexit ended the caller's goroutine")
			}
			var pe *PanicError
			if !errors.Is(err, ErrNetDown) || !errors.As(err, &pe) || pe.Hook != hook || !pe.Goexit {
				t.Fatalf("Cleanup with %s calling Goexit = %v", hook, err)
			}
			wantState(t, p, StateReinitializable, 0)
			if _, err := p.Startup(patientCtx(t), v22); err != nil {
				t.Fatalf("the next Startup = %v", err)
			}
		})
	}
}

// Item 3: an observer that panics on the event that starts a teardown.
func TestObserverPanicDuringTeardown(t *testing.T) {
	r := &recorder{}
	panicked := false
	var seqs []uint64
	p := New(r.hooks(), WithObserver(func(e Event) {
		seqs = append(seqs, e.Seq)
		if e.Trigger == TriggerCleanup && e.To == StateDraining && !panicked {
			panicked = true
			panic("observer")
		}
	}))
	mustStartup(t, p)
	var v any
	inGoroutine(func() {
		defer func() { v = recover() }()
		_ = p.Cleanup(context.Background())
	})
	if v != "observer" {
		t.Errorf("the observer's panic reached the caller as %v, want it unchanged", v)
	}
	wantState(t, p, StateReinitializable, 0)
	if got := r.got(); !equal(got, []string{"Init", "Drain", "Free"}) {
		t.Fatalf("hooks = %v, want the whole teardown", got)
	}
	if _, err := p.Startup(patientCtx(t), v22); err != nil {
		t.Fatalf("the next Startup = %v", err)
	}
	mustCleanup(t, p)
	for i, s := range seqs { // the events after the panic were delivered later, once each
		if s != uint64(i+1) {
			t.Fatalf("delivered Seqs %v, want 1, 2, 3, ...", seqs)
		}
	}
	if len(seqs) != 8 {
		t.Fatalf("delivered Seqs %v, want 8 events", seqs)
	}
}

// An observer calling runtime.Goexit ends the goroutine it was delivered on, never in the
// middle of a step.
func TestObserverGoexit(t *testing.T) {
	r := &recorder{}
	exited := false
	p := New(r.hooks(), WithObserver(func(e Event) {
		if e.Trigger == TriggerCleanup && e.To == StateDraining && !exited {
			exited = true
			runtime.Goexit()
		}
	}))
	mustStartup(t, p)
	inGoroutine(func() { _ = p.Cleanup(context.Background()) })
	wantState(t, p, StateReinitializable, 0)
	if _, err := p.Startup(patientCtx(t), v22); err != nil {
		t.Fatalf("the next Startup = %v", err)
	}
	mustCleanup(t, p)
}

// Item 4: an observer that starts the provider again when it sees the teardown begin.
func TestObserverStartupDuringTeardown(t *testing.T) {
	var (
		p    *Provider
		mu   sync.Mutex
		errs []error
	)
	ctx := patientCtx(t)
	p = New(Hooks{}, WithObserver(func(e Event) {
		if e.Trigger == TriggerCleanup && e.To == StateDraining {
			_, err := p.Startup(ctx, v22)
			mu.Lock()
			errs = append(errs, err)
			mu.Unlock()
		}
	}))
	mustStartup(t, p)
	mustCleanup(t, p)
	mu.Lock()
	defer mu.Unlock()
	if len(errs) != 1 || errs[0] != nil {
		t.Fatalf("the observer's Startups returned %v, want one nil", errs)
	}
	wantState(t, p, StateActive, 1)
}

// Item 5: WithDrainTimeout bounds Drain even when Drain ignores its context: Drain's
// context ends after d, a Drain still running d later is abandoned, and the final
// Cleanup reports it (ErrNetDown wrapping ErrHookAbandoned and the deadline).
func TestDrainTimeoutAbandonsAStuckDrain(t *testing.T) {
	release := make(chan struct{})
	drained := make(chan bool, 1) // whether Drain was still running when Cleanup returned
	freed := false
	p := New(Hooks{
		Drain: func(context.Context) error {
			select {
			case <-release:
				drained <- true
			case <-time.After(patience):
				drained <- false
			}
			return nil
		},
		Free: func(context.Context) error { freed = true; return nil },
	}, WithDrainTimeout(10*time.Millisecond))
	mustStartup(t, p)
	err := p.Cleanup(context.Background())
	close(release)
	if !<-drained {
		t.Fatal("Cleanup returned only after Drain did: WithDrainTimeout did not bound it")
	}
	if !errors.Is(err, ErrNetDown) || !errors.Is(err, ErrHookAbandoned) || !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Cleanup = %v, want ErrNetDown wrapping ErrHookAbandoned and the deadline", err)
	}
	if !freed {
		t.Fatal("Free did not run")
	}
	wantState(t, p, StateReinitializable, 0)
}

// Item 6: invalid options are ErrInvalid whatever version is requested, and every method
// of a nil *Provider answers without panicking.
func TestInvalidOptionsAndNilProvider(t *testing.T) {
	for name, opt := range map[string]Option{
		"WithMaxRefs(0)":       WithMaxRefs(0),
		"nil Option":           nil,
		"Versions(0.0, 1.0)":   Versions(Version{}, Version{1, 0}),
		"WithDrainTimeout(-1)": WithDrainTimeout(-1),
	} {
		p := New(Hooks{}, opt)
		for _, v := range []Version{{1, 0}, {0, 0}, {2, 2}, {9, 9}} {
			if _, err := p.Startup(context.Background(), v); !errors.Is(err, ErrInvalid) {
				t.Errorf("%s: Startup(%v) = %v, want ErrInvalid", name, v, err)
			}
		}
		wantState(t, p, StateUninitialized, 0)
	}
	var p *Provider
	noPanic(t, "nil provider", func() {
		if s, n, cb, g := p.State(), p.Refs(), p.Callbacks(), p.Graph(); s != StateUninitialized || n != 0 || cb != nil || g != "" {
			t.Errorf("nil provider: State %v Refs %d Callbacks %v Graph %q", s, n, cb, g)
		}
		if err := p.Call(context.Background(), func(context.Context) error { return nil }); !errors.Is(err, ErrFault) {
			t.Errorf("nil provider Call = %v", err)
		}
	})
}

// failingLower is a Lower whose Cleanup fails with a code of its own.
type failingLower struct{ cleanupErr error }

func (l *failingLower) Startup(context.Context, Version, ...StartupOption) (Negotiated, error) {
	return Negotiated{Version: v22, High: v22}, nil
}
func (l *failingLower) Cleanup(context.Context) error { return l.cleanupErr }

// Item 7: a failed teardown is ErrNetDown (WSAENETDOWN) whatever the causes' own codes,
// naming the hook of each cause, on one line.
func TestFailedTeardownIsNetDown(t *testing.T) {
	p := Layered(&failingLower{cleanupErr: ErrNotInitialised}, Hooks{})
	mustStartup(t, p)
	err := p.Cleanup(context.Background())
	var e *Error
	if !errors.As(err, &e) || e.Code != WSAENETDOWN || !errors.Is(err, ErrNetDown) {
		t.Fatalf("Cleanup with a failing lower Cleanup = %v, want code WSAENETDOWN", err)
	}
	if !strings.Contains(err.Error(), "Free: ") {
		t.Fatalf("Cleanup = %q, want the cause under its hook's name", err)
	}
	if errors.Is(err, ErrNotInitialised) {
		t.Fatalf("Cleanup = %v matches ErrNotInitialised, which says a Cleanup changed nothing", err)
	}
	var he *HookError
	if !errors.As(err, &he) || he.Hook != "Free" || !errors.Is(he.Err, ErrNotInitialised) {
		t.Fatalf("Cleanup = %v: the lower provider's error is not reachable under HookError Free", err)
	}
	wantState(t, p, StateReinitializable, 0)

	r := &recorder{drain: errors.New("peer stuck"), free: errors.New("handle leaked")}
	p = New(r.hooks())
	mustStartup(t, p)
	err = p.Cleanup(context.Background())
	if !errors.As(err, &e) || e.Code != WSAENETDOWN || !errors.Is(err, r.drain) || !errors.Is(err, r.free) {
		t.Fatalf("Cleanup = %v, want WSAENETDOWN wrapping both causes", err)
	}
	msg := err.Error()
	if strings.Contains(msg, "\n") || !strings.Contains(msg, "Drain: peer stuck") || !strings.Contains(msg, "Free: handle leaked") {
		t.Fatalf("Cleanup = %q, want one line naming each hook with its cause", msg)
	}
	// A Drain returning an *Error of its own code is reported as WSAENETDOWN too.
	p = New(Hooks{Drain: func(context.Context) error { return ErrProcessLimit }})
	mustStartup(t, p)
	if err := p.Cleanup(context.Background()); !errors.As(err, &e) || e.Code != WSAENETDOWN {
		t.Fatalf("Cleanup with Drain returning ErrProcessLimit = %v, want code WSAENETDOWN", err)
	}
}

// failAfter is a writer that fails every write after the first n.
type failAfter struct{ n int }

func (w *failAfter) Write(b []byte) (int, error) {
	if w.n == 0 {
		return 0, errors.New("disk full")
	}
	w.n--
	return len(b), nil
}

// Issue 13 item 7: the NDJSON log of a run never loses a line unreported.
func TestEventLogReportsLostLines(t *testing.T) {
	log := NewEventLog(&failAfter{n: 2})
	p := New(Hooks{}, WithObserver(log.Observe))
	mustStartup(t, p)
	mustStartup(t, p)
	if err := log.Err(); err != nil {
		t.Fatalf("Err after 2 events written = %v", err)
	}
	mustCleanup(t, p)
	mustCleanup(t, p) // 4 more events: Cleanup, Cleanup, DrainDone, FreeDone
	err := log.Err()
	if err == nil || !strings.Contains(err.Error(), "4 event(s) not written") || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("Err = %v, want 4 lost events and the first write error", err)
	}
}
