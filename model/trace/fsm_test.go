package trace_test

import (
	"bytes"
	"context"
	"errors"
	"sync"
	"testing"

	"github.com/wspcycle/wspcycle/fsm"
	"github.com/wspcycle/wspcycle/model/trace"
	"github.com/wspcycle/wspcycle/spec"
)

// recordRun runs a real fsm.Provider through every kind of lifecycle step the small model
// has (refusals, the counter's bound, teardown, Init failure, a Startup waiting out a
// teardown) and returns the observer's events as NDJSON.
func recordRun(t *testing.T) []byte {
	t.Helper()
	var (
		mu  sync.Mutex
		buf bytes.Buffer
	)
	waitSeen := make(chan struct{})
	write := fsm.NDJSON(&buf)
	obs := func(e fsm.Event) {
		mu.Lock()
		defer mu.Unlock()
		write(e)
		if e.Wait {
			close(waitSeen) // the run below makes exactly one caller wait
		}
	}
	failInit := false
	draining := make(chan struct{}, 1)
	release := make(chan struct{})
	slowDrain := false
	p := fsm.New(fsm.Hooks{
		Init: func(context.Context) error {
			if failInit {
				return errors.New("not ready")
			}
			return nil
		},
		Drain: func(context.Context) error {
			if slowDrain {
				draining <- struct{}{}
				<-release
			}
			return nil
		},
	}, fsm.Versions(fsm.Version{Major: 2}, fsm.Version{Major: 3}), fsm.WithMaxRefs(2), fsm.WithObserver(obs))
	ctx := context.Background()
	v := func(n uint8) fsm.Version { return fsm.Version{Major: n} }

	mustErr := func(err, want error) {
		t.Helper()
		if !errors.Is(err, want) {
			t.Fatalf("got %v, want %v", err, want)
		}
	}
	mustErr(p.Cleanup(ctx), fsm.ErrNotInitialised)
	_, err := p.Startup(ctx, v(1))
	mustErr(err, fsm.ErrVersionNotSupported)
	failInit = true
	_, err = p.Startup(ctx, v(2))
	mustErr(err, fsm.ErrSysNotReady)
	failInit = false
	for _, req := range []uint8{2, 4} {
		if _, err := p.Startup(ctx, v(req)); err != nil {
			t.Fatal(err)
		}
	}
	_, err = p.Startup(ctx, v(2))
	mustErr(err, fsm.ErrProcessLimit)
	for range 2 {
		if err := p.Cleanup(ctx); err != nil {
			t.Fatal(err)
		}
	}
	mustErr(p.Cleanup(ctx), fsm.ErrNotInitialised)

	// A Startup that arrives while the final Cleanup drains waits, then starts afresh.
	if _, err := p.Startup(ctx, v(4)); err != nil {
		t.Fatal(err)
	}
	slowDrain = true
	done := make(chan error, 1)
	go func() { done <- p.Cleanup(ctx) }()
	<-draining
	started := make(chan error, 1)
	go func() {
		_, err := p.Startup(ctx, v(2))
		started <- err
	}()
	<-waitSeen // the waiting Startup delivers its own Wait event before it blocks
	close(release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if err := <-started; err != nil {
		t.Fatal(err)
	}
	if err := p.Cleanup(ctx); err != nil {
		t.Fatal(err)
	}
	if err := p.Cleanup(ctx); !errors.Is(err, fsm.ErrNotInitialised) {
		t.Fatalf("one Cleanup too many: got %v, want ErrNotInitialised", err)
	}
	mu.Lock()
	defer mu.Unlock()
	return append([]byte(nil), buf.Bytes()...)
}

func smallChecker(t *testing.T) *trace.Checker {
	t.Helper()
	c, err := trace.Load(spec.FS, spec.DefaultSpec, spec.DefaultConfig)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestRealRunValidates records a real run and checks that it is a behaviour of the spec.
func TestRealRunValidates(t *testing.T) {
	data := recordRun(t)
	evs, err := trace.ReadNDJSON(bytes.NewReader(data), "run.ndjson")
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) < 15 {
		t.Fatalf("only %d events recorded:\n%s", len(evs), data)
	}
	res, err := smallChecker(t).Validate(context.Background(), evs)
	if err != nil {
		t.Fatal(err)
	}
	if res.Failure != nil {
		t.Fatalf("a real run does not validate:\n%v\nevents:\n%s", res.Failure, data)
	}
	if res.Events != len(evs) {
		t.Fatalf("validated %d of %d events", res.Events, len(evs))
	}
	t.Logf("%d events validated, at most %d candidate states", res.Events, res.MaxCandidates)
}
