package fsm

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestObserverSeesEveryStepInOrder(t *testing.T) {
	var got []string
	p := New(Hooks{}, WithObserver(func(e Event) { got = append(got, e.String()) }))
	ctx := context.Background()
	_ = p.Cleanup(ctx)
	mustStartup(t, p)
	mustStartup(t, p)
	_, _ = p.Startup(ctx, Version{})
	mustCleanup(t, p)
	mustCleanup(t, p)
	want := []string{
		"#1 Cleanup Uninitialized -> Uninitialized: fsm: Cleanup: WSANOTINITIALISED (10093)",
		"#2 Startup Uninitialized -> Active(1)",
		"#3 Startup Active(1) -> Active(2)",
		"#4 Startup Active(2) -> Active(2): fsm: Startup: WSAVERNOTSUPPORTED (10092): requested 0.0, lowest supported 2.2",
		"#5 Cleanup Active(2) -> Active(1)",
		"#6 Cleanup Active(1) -> Draining",
		"#7 DrainDone Draining -> Freeing",
		"#8 FreeDone Freeing -> Reinitializable",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("events:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestObserverConcurrentOrder checks, under concurrency, that events arrive exactly once,
// in Seq order, and that they replay: each event starts where the previous one ended.
func TestObserverConcurrentOrder(t *testing.T) {
	var mu sync.Mutex
	var evs []Event
	var p *Provider
	p = New(Hooks{}, WithObserver(func(e Event) {
		_ = p.Refs() // an observer may call back into the provider
		mu.Lock()
		evs = append(evs, e)
		mu.Unlock()
	}))
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 100 {
				if _, err := p.Startup(context.Background(), v22); err != nil {
					t.Error(err)
					return
				}
				if err := p.Cleanup(context.Background()); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	mu.Lock()
	defer mu.Unlock()
	if len(evs) < 800 {
		t.Fatalf("%d events, want at least 800", len(evs))
	}
	st, refs := StateUninitialized, 0
	for i, e := range evs {
		if e.Seq != uint64(i+1) {
			t.Fatalf("event %d has Seq %d", i, e.Seq)
		}
		if e.From != st || e.Refs != refs {
			t.Fatalf("event %v starts at %v(%d), previous ended at %v(%d)", e, e.From, e.Refs, st, refs)
		}
		st, refs = e.To, e.NewRefs
	}
	if st != StateReinitializable || refs != 0 {
		t.Fatalf("events end at %v(%d)", st, refs)
	}
}

func TestObserverReentrantStartup(t *testing.T) {
	var p *Provider
	var n int
	p = New(Hooks{}, WithObserver(func(e Event) {
		n++
		if e.Seq == 1 { // the observer starts a second user from inside delivery
			if _, err := p.Startup(context.Background(), v22); err != nil {
				t.Errorf("Startup from observer: %v", err)
			}
		}
	}))
	mustStartup(t, p)
	if n != 2 || p.Refs() != 2 {
		t.Fatalf("delivered %d events, refs %d; want 2 and 2", n, p.Refs())
	}
}

// TestObserverSeesWaitAndInitFailure covers the events that change nothing: a Startup
// that waits out a teardown, and a Startup whose Init fails.
func TestObserverSeesWaitAndInitFailure(t *testing.T) {
	var mu sync.Mutex
	var got []string
	release := make(chan struct{})
	inDrain := make(chan struct{})
	fail := true
	var once sync.Once
	p := New(Hooks{
		Init: func(context.Context) error {
			if fail {
				fail = false
				return ErrSysNotReady
			}
			return nil
		},
		Drain: func(context.Context) error { once.Do(func() { close(inDrain) }); <-release; return nil },
	}, WithObserver(func(e Event) {
		mu.Lock()
		got = append(got, e.String())
		mu.Unlock()
	}))
	if _, err := p.Startup(context.Background(), v22); err == nil {
		t.Fatal("first Init was meant to fail")
	}
	mustStartup(t, p)
	done := make(chan struct{})
	go func() {
		if err := p.Cleanup(context.Background()); err != nil {
			t.Errorf("final Cleanup: %v", err)
		}
		close(done)
	}()
	<-inDrain
	started := make(chan struct{})
	go func() {
		if _, err := p.Startup(context.Background(), v22); err != nil {
			t.Errorf("waiting Startup: %v", err)
		}
		close(started)
	}()
	for {
		mu.Lock()
		n := len(got)
		mu.Unlock()
		if n >= 4 {
			break
		}
		time.Sleep(time.Millisecond)
	}
	close(release)
	<-done
	<-started
	mustCleanup(t, p)
	mu.Lock()
	defer mu.Unlock()
	want := []string{
		"#1 Startup Uninitialized -> Uninitialized: fsm: Startup: WSASYSNOTREADY (10091)",
		"#2 Startup Uninitialized -> Active(1)",
		"#3 Cleanup Active(1) -> Draining",
		"#4 Startup Draining -> Draining (waits)",
		"#5 DrainDone Draining -> Freeing",
		"#6 FreeDone Freeing -> Reinitializable",
		"#7 Startup Reinitializable -> Active(1)",
	}
	if len(got) < len(want) || strings.Join(got[:len(want)], "\n") != strings.Join(want, "\n") {
		t.Fatalf("events:\n%s\nwant prefix:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
