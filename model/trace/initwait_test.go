package trace_test

import (
	"context"
	"encoding/json"
	"sync"
	"testing"

	"github.com/wspcycle/wspcycle/fsm"
	"github.com/wspcycle/wspcycle/model/trace"
)

// TestStartupQueuedBehindInitValidates covers a wait the spec does not model: a Startup
// that arrives while another Startup's Init runs waits for it (the runtime serialises
// Init). Nothing the spec sees changes, so the wait is a stuttering step and the run
// must still validate.
func TestStartupQueuedBehindInitValidates(t *testing.T) {
	var (
		mu  sync.Mutex
		evs []trace.Event
	)
	waitSeen := make(chan struct{})
	obs := func(e fsm.Event) {
		mu.Lock()
		defer mu.Unlock()
		evs = append(evs, wireEvent(t, e))
		if e.Wait {
			close(waitSeen)
		}
	}
	inInit := make(chan struct{})
	p := fsm.New(fsm.Hooks{Init: func(context.Context) error {
		close(inInit)
		<-waitSeen // hold Init until the second Startup has queued behind it
		return nil
	}}, fsm.Versions(fsm.Version{Major: 2}, fsm.Version{Major: 3}), fsm.WithMaxRefs(2), fsm.WithObserver(obs))
	ctx := context.Background()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		if _, err := p.Startup(ctx, fsm.Version{Major: 2}); err != nil {
			t.Error(err)
		}
	}()
	<-inInit
	if _, err := p.Startup(ctx, fsm.Version{Major: 3}); err != nil {
		t.Fatal(err)
	}
	wg.Wait()
	for range 2 {
		if err := p.Cleanup(ctx); err != nil {
			t.Fatal(err)
		}
	}
	mu.Lock()
	defer mu.Unlock()
	waits := 0
	for _, e := range evs {
		if e.Wait && e.From == "Uninitialized" {
			waits++
		}
	}
	if waits != 1 {
		t.Fatalf("the run has %d waits behind Init, want 1: %v", waits, evs)
	}
	res, err := smallChecker(t).Validate(ctx, evs)
	if err != nil {
		t.Fatal(err)
	}
	if res.Failure != nil {
		t.Fatalf("a run with a Startup queued behind Init does not validate:\n%v", res.Failure)
	}
}

// wireEvent passes e through its NDJSON wire form, as a real run's log would.
func wireEvent(t *testing.T, e fsm.Event) trace.Event {
	t.Helper()
	b, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	var ev trace.Event
	if err := json.Unmarshal(b, &ev); err != nil {
		t.Fatal(err)
	}
	return ev
}
