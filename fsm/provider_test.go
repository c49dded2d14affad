package fsm

import (
	"context"
	"errors"
	"testing"

	"github.com/qmuntal/stateless"
)

func TestLifecycleHappyPath(t *testing.T) {
	r := &recorder{}
	p := New(r.hooks())
	wantState(t, p, StateUninitialized, 0)
	mustStartup(t, p)
	mustStartup(t, p)
	wantState(t, p, StateActive, 2)
	mustCleanup(t, p)
	wantState(t, p, StateActive, 1)
	if got := r.got(); !equal(got, []string{"Init"}) {
		t.Fatalf("hooks after non-final Cleanup = %v", got)
	}
	mustCleanup(t, p)
	wantState(t, p, StateReinitializable, 0)
	if got := r.got(); !equal(got, []string{"Init", "Drain", "Free"}) {
		t.Fatalf("hooks = %v", got)
	}
	// Reinitializable behaves like the very first time.
	mustStartup(t, p)
	wantState(t, p, StateActive, 1)
	mustCleanup(t, p)
	if got := r.got(); !equal(got, []string{"Init", "Drain", "Free", "Init", "Drain", "Free"}) {
		t.Fatalf("hooks after restart = %v", got)
	}
}

func TestCleanupAtZero(t *testing.T) {
	r := &recorder{}
	p := New(r.hooks())
	err := p.Cleanup(context.Background())
	if !errors.Is(err, ErrNotInitialised) {
		t.Fatalf("Cleanup on a fresh provider = %v, want ErrNotInitialised", err)
	}
	var we *Error
	if !errors.As(err, &we) || we.Code != 10093 || we.Op != "Cleanup" {
		t.Fatalf("error = %#v, want Code 10093 Op Cleanup", err)
	}
	mustStartup(t, p)
	mustCleanup(t, p)
	if err := p.Cleanup(context.Background()); !errors.Is(err, ErrNotInitialised) {
		t.Fatalf("Cleanup after the final one = %v", err)
	}
	wantState(t, p, StateReinitializable, 0)
	if got := r.got(); !equal(got, []string{"Init", "Drain", "Free"}) {
		t.Fatalf("hooks = %v", got)
	}
}

func TestVersionNegotiation(t *testing.T) {
	p := New(Hooks{}, Versions(Version{1, 1}, Version{2, 2}))
	cases := []struct {
		req  Version
		want Version
		err  error
	}{
		{Version{2, 2}, Version{2, 2}, nil},
		{Version{3, 0}, Version{2, 2}, nil},
		{Version{2, 0}, Version{2, 0}, nil},
		{Version{1, 1}, Version{1, 1}, nil},
		{Version{1, 0}, Version{}, ErrVersionNotSupported},
		{Version{0, 0}, Version{}, ErrVersionNotSupported},
		{Version{0, 9}, Version{}, ErrVersionNotSupported},
	}
	refs := 0
	for _, c := range cases {
		n, err := p.Startup(context.Background(), c.req)
		if !errors.Is(err, c.err) || (c.err == nil) != (err == nil) {
			t.Fatalf("Startup(%v) error = %v, want %v", c.req, err, c.err)
		}
		if err == nil {
			refs++
			if n.Version != c.want || n.High != (Version{2, 2}) {
				t.Fatalf("Startup(%v) = %+v, want %v high 2.2", c.req, n, c.want)
			}
		}
		if p.Refs() != refs {
			t.Fatalf("after Startup(%v) refs = %d, want %d", c.req, p.Refs(), refs)
		}
	}
}

func TestVersionString(t *testing.T) {
	if s := (Version{2, 2}).String(); s != "2.2" {
		t.Fatalf("String = %q", s)
	}
	if !(Version{1, 9}).Less(Version{2, 0}) || (Version{2, 0}).Less(Version{1, 9}) || (Version{2, 2}).Less(Version{2, 2}) {
		t.Fatal("Less is wrong")
	}
}

func TestInitErrorChangesNothing(t *testing.T) {
	r := &recorder{init: errors.New("no memory")}
	p := New(r.hooks())
	_, err := p.Startup(context.Background(), v22)
	if !errors.Is(err, ErrSysNotReady) || !errors.Is(err, r.init) {
		t.Fatalf("Startup with failing Init = %v, want ErrSysNotReady wrapping the cause", err)
	}
	wantState(t, p, StateUninitialized, 0)
	r.init = ErrProcessLimit // an Init error with its own code keeps it
	if _, err := p.Startup(context.Background(), v22); !errors.Is(err, ErrProcessLimit) {
		t.Fatalf("Startup with Init returning ErrProcessLimit = %v", err)
	}
	r.init = nil
	mustStartup(t, p)
	wantState(t, p, StateActive, 1)
}

func TestDrainErrorStillFrees(t *testing.T) {
	r := &recorder{drain: errors.New("peer stuck")}
	p := New(r.hooks())
	mustStartup(t, p)
	err := p.Cleanup(context.Background())
	if !errors.Is(err, ErrNetDown) || !errors.Is(err, r.drain) {
		t.Fatalf("final Cleanup = %v, want ErrNetDown wrapping the drain error", err)
	}
	wantState(t, p, StateReinitializable, 0)
	if got := r.got(); !equal(got, []string{"Init", "Drain", "Free"}) {
		t.Fatalf("hooks = %v", got)
	}
	mustStartup(t, p) // and it is reinitializable
}

func TestDrainDeadline(t *testing.T) {
	freed := false
	p := New(Hooks{
		Drain: func(ctx context.Context) error { <-ctx.Done(); return ctx.Err() },
		Free:  func(ctx context.Context) error { freed = ctx.Err() == nil; return nil },
	}, WithDrainTimeout(1))
	mustStartup(t, p)
	err := p.Cleanup(context.Background())
	if !errors.Is(err, context.DeadlineExceeded) || !errors.Is(err, ErrNetDown) {
		t.Fatalf("final Cleanup = %v, want a deadline wrapped as ErrNetDown", err)
	}
	if !freed {
		t.Fatal("Free did not run with a live context after the drain deadline")
	}
	wantState(t, p, StateReinitializable, 0)
}

func TestDrainAndFreeErrorsBothReported(t *testing.T) {
	r := &recorder{drain: errors.New("d"), free: errors.New("f")}
	p := New(r.hooks())
	mustStartup(t, p)
	err := p.Cleanup(context.Background())
	if !errors.Is(err, r.drain) || !errors.Is(err, r.free) || !errors.Is(err, ErrNetDown) {
		t.Fatalf("Cleanup = %v, want both causes", err)
	}
}

func TestPanickingHooks(t *testing.T) {
	for _, hook := range []string{"Init", "Drain", "Free"} {
		t.Run(hook, func(t *testing.T) {
			r := &recorder{}
			h := r.hooks()
			boom := func(context.Context) error { panic("boom " + hook) }
			switch hook {
			case "Init":
				h.Init = boom
			case "Drain":
				h.Drain = boom
			case "Free":
				h.Free = boom
			}
			p := New(h)
			_, err := p.Startup(context.Background(), v22)
			if hook == "Init" {
				var pe *PanicError
				if !errors.Is(err, ErrHookPanicked) || !errors.As(err, &pe) || pe.Value != "boom Init" || len(pe.Stack) == 0 {
					t.Fatalf("Startup with panicking Init = %v", err)
				}
				if !errors.Is(err, ErrSysNotReady) {
					t.Fatalf("Startup with panicking Init = %v, want ErrSysNotReady", err)
				}
				wantState(t, p, StateUninitialized, 0)
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			err = p.Cleanup(context.Background())
			var pe *PanicError
			if !errors.As(err, &pe) || pe.Hook != hook || !errors.Is(err, ErrNetDown) {
				t.Fatalf("Cleanup with panicking %s = %v", hook, err)
			}
			wantState(t, p, StateReinitializable, 0)
			mustStartup(t, p) // not wedged
			wantState(t, p, StateActive, 1)
		})
	}
}

func TestCounterOverflow(t *testing.T) {
	p := New(Hooks{}, WithMaxRefs(3))
	for range 3 {
		mustStartup(t, p)
	}
	_, err := p.Startup(context.Background(), v22, WithCallbacks("late"))
	if !errors.Is(err, ErrProcessLimit) {
		t.Fatalf("Startup above the bound = %v, want ErrProcessLimit", err)
	}
	wantState(t, p, StateActive, 3)
	if p.Callbacks() != nil {
		t.Fatal("a refused Startup installed its callback table")
	}
	mustCleanup(t, p)
	mustStartup(t, p)
}

func TestCallbacksLatestWins(t *testing.T) {
	p := New(Hooks{})
	if _, err := p.Startup(context.Background(), v22, WithCallbacks("first")); err != nil {
		t.Fatal(err)
	}
	if _, err := p.Startup(context.Background(), v22, WithCallbacks("second")); err != nil {
		t.Fatal(err)
	}
	mustStartup(t, p) // no table: keeps the latest
	if got := p.Callbacks(); got != "second" {
		t.Fatalf("Callbacks = %v, want second", got)
	}
	if _, err := p.Startup(context.Background(), Version{}, WithCallbacks("refused")); err == nil {
		t.Fatal("version 0 accepted")
	}
	if got := p.Callbacks(); got != "second" {
		t.Fatalf("refused Startup changed Callbacks to %v", got)
	}
	for range 3 {
		mustCleanup(t, p)
	}
	if got := p.Callbacks(); got != nil {
		t.Fatalf("Callbacks after teardown = %v, want nil", got)
	}
}

func TestBadInput(t *testing.T) {
	var nilp *Provider
	//lint:ignore SA1012 the nil context is the bad input under test
	if _, err := New(Hooks{}).Startup(nil, v22); !errors.Is(err, ErrFault) { //nolint:staticcheck
		t.Fatalf("Startup(nil ctx) = %v", err)
	}
	if err := New(Hooks{}).Cleanup(nil); !errors.Is(err, ErrFault) { //nolint:staticcheck
		t.Fatalf("Cleanup(nil ctx) = %v", err)
	}
	if _, err := nilp.Startup(context.Background(), v22); !errors.Is(err, ErrFault) {
		t.Fatalf("nil provider Startup = %v", err)
	}
	if err := nilp.Cleanup(context.Background()); !errors.Is(err, ErrFault) {
		t.Fatalf("nil provider Cleanup = %v", err)
	}
	var zero Provider
	if _, err := zero.Startup(context.Background(), v22); !errors.Is(err, ErrInvalid) {
		t.Fatalf("zero Provider Startup = %v", err)
	}
	for name, opt := range map[string]Option{
		"max 0":         WithMaxRefs(0),
		"low 0":         Versions(Version{0, 1}, Version{2, 2}),
		"low > high":    Versions(Version{2, 2}, Version{1, 0}),
		"nil":           nil,
		"drain 0":       WithDrainTimeout(0),
		"lower version": LowerVersion(Version{}),
	} {
		p := New(Hooks{}, opt)
		if _, err := p.Startup(context.Background(), v22); !errors.Is(err, ErrInvalid) {
			t.Errorf("%s: Startup = %v, want ErrInvalid", name, err)
		}
		wantState(t, p, StateUninitialized, 0)
	}
	// nil hooks are no-ops
	p := New(Hooks{})
	mustStartup(t, p)
	mustCleanup(t, p)
	wantState(t, p, StateReinitializable, 0)
}

func TestCancelledContextChangesNothing(t *testing.T) {
	r := &recorder{}
	p := New(r.hooks())
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := p.Startup(ctx, v22); !errors.Is(err, ErrInterrupted) || !errors.Is(err, context.Canceled) {
		t.Fatalf("Startup(cancelled) = %v", err)
	}
	wantState(t, p, StateUninitialized, 0)
	mustStartup(t, p)
	if err := p.Cleanup(ctx); !errors.Is(err, ErrInterrupted) {
		t.Fatalf("Cleanup(cancelled) = %v", err)
	}
	wantState(t, p, StateActive, 1) // the final Cleanup did not happen: nothing discarded
	if got := r.got(); !equal(got, []string{"Init"}) {
		t.Fatalf("hooks = %v", got)
	}
	mustCleanup(t, p)
}

func TestErrorText(t *testing.T) {
	err := error(&Error{Code: WSAVERNOTSUPPORTED, Op: "Startup", Err: errors.New("why")})
	if got, want := err.Error(), "fsm: Startup: WSAVERNOTSUPPORTED (10092): why"; got != want {
		t.Fatalf("Error() = %q, want %q", got, want)
	}
	if got := (&Error{Code: 1}).Error(); got != "fsm: WSA error (1)" {
		t.Fatalf("unknown code text = %q", got)
	}
	codes := map[*Error]int{ErrNotInitialised: 10093, ErrVersionNotSupported: 10092, ErrProcessLimit: 10067,
		ErrSysNotReady: 10091, ErrFault: 10014, ErrInProgress: 10036, ErrInterrupted: 10004, ErrInvalid: 10022, ErrNetDown: 10050}
	for e, c := range codes {
		if e.Code != c {
			t.Errorf("%v has code %d, want %d", e, e.Code, c)
		}
	}
	if errors.Is(ErrNotInitialised, ErrProcessLimit) {
		t.Fatal("different codes match")
	}
}

// TestRefusedFirstStartupReleasesInit covers a spec whose first Startup can be refused by
// the machine after Init has run: the runtime must free what Init took.
func TestRefusedFirstStartupReleasesInit(t *testing.T) {
	r := &recorder{}
	p := New(r.hooks())
	refusing := stateless.NewStateMachineWithExternalStorage(
		func(context.Context) (stateless.State, error) { return p.phase, nil },
		func(_ context.Context, s stateless.State) error { p.phase = s.(State); return nil },
		stateless.FiringImmediate)
	refusing.Configure(StateUninitialized).InternalTransition(TriggerStartup,
		func(context.Context, ...any) error { return ErrSysNotReady })
	p.sm = refusing
	if _, err := p.Startup(context.Background(), v22); !errors.Is(err, ErrSysNotReady) {
		t.Fatalf("Startup = %v", err)
	}
	if got := r.got(); !equal(got, []string{"Init", "Free"}) {
		t.Fatalf("hooks = %v, want Init undone by Free", got)
	}
	wantState(t, p, StateUninitialized, 0)
}
