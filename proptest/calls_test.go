package proptest

import (
	"context"
	"errors"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"go.uber.org/goleak"
	"pgregory.net/rapid"

	"github.com/wspcycle/wspcycle/fsm"
)

// TestCallsEndBeforeTeardown holds the final Cleanup to CONTRACT.md sections 2 and 4 with
// Calls in progress (a socket being created, a blocking call): the final Cleanup cancels
// their contexts and waits until every one has returned before Drain walks the sockets,
// so that teardown never races socket creation; it returns only after that; and a Call
// after teardown does not run.
func TestCallsEndBeforeTeardown(t *testing.T) {
	defer goleak.VerifyNone(t)
	n := suiteCalls(t, Real)
	t.Logf("%d checks, %d Calls in progress at a final Cleanup", n.checks, n.steps)
}

func suiteCalls(tb rapid.TB, impl Impl) counts {
	var n counts
	rapid.Check(tb, func(t *rapid.T) {
		n.checks++
		calls := rapid.IntRange(1, 4).Draw(t, "calls in progress")
		users := rapid.IntRange(1, smallMax).Draw(t, "users")
		n.steps += calls
		var (
			inCall    atomic.Int64 // Calls that have started and not yet returned
			mu        sync.Mutex
			problems  []string
			cleanedUp = make(chan struct{}) // the final Cleanup has returned
		)
		problem := func(s string) {
			mu.Lock()
			problems = append(problems, s)
			mu.Unlock()
		}
		hook := func(name string) func(context.Context) error {
			return func(context.Context) error {
				if k := inCall.Load(); k != 0 {
					problem(name + " ran while Calls were still in progress")
				}
				return nil
			}
		}
		p := impl.New(Config{Hooks: fsm.Hooks{Drain: hook("Drain"), Free: hook("Free")},
			Low: version(smallLow), High: version(smallHigh), MaxRefs: smallMax})
		ctx := context.Background()
		for range users {
			if _, err := p.Startup(ctx, version(smallHigh)); err != nil {
				t.Fatalf("Startup: %v", err)
			}
		}
		entered := make(chan struct{}, calls)
		results := make(chan error, calls)
		for range calls {
			go func() {
				results <- p.Call(ctx, func(cctx context.Context) error {
					inCall.Add(1)
					defer inCall.Add(-1)
					entered <- struct{}{}
					select {
					case <-cctx.Done():
					case <-cleanedUp:
						problem("the final Cleanup returned while a Call was in progress, its context not cancelled")
					case <-time.After(hangLimit):
						problem("a Call's context was never cancelled")
					}
					// Widen the window in which a teardown that does not wait for this Call
					// would run its hooks (no outcome depends on the timing).
					time.Sleep(time.Duration(rand.IntN(100)) * time.Microsecond)
					return cctx.Err()
				})
			}()
		}
		for range calls {
			<-entered
		}
		for i := range users {
			err := p.Cleanup(ctx)
			if err != nil {
				t.Fatalf("Cleanup %d of %d: %v", i+1, users, err)
			}
		}
		close(cleanedUp)
		if k := inCall.Load(); k != 0 {
			problem("the final Cleanup returned with Calls still in progress")
		}
		for range calls {
			select {
			case err := <-results:
				if !errors.Is(err, context.Canceled) {
					problem("a Call in progress at the final Cleanup returned " + errString(err) + ", want its context cancelled")
				}
			case <-time.After(hangLimit):
				t.Fatalf("a Call did not return")
			}
		}
		ran := false
		err := p.Call(ctx, func(context.Context) error { ran = true; return nil })
		if ran || !errors.Is(err, fsm.ErrNotInitialised) {
			t.Fatalf("a Call after the final Cleanup ran (%v) or returned %v, want ErrNotInitialised", ran, err)
		}
		if s := p.State(); s != fsm.StateReinitializable || p.Refs() != 0 {
			t.Fatalf("after the final Cleanup the provider is %v with count %d", s, p.Refs())
		}
		mu.Lock()
		defer mu.Unlock()
		if len(problems) > 0 {
			t.Fatalf("%s", problems[0])
		}
	})
	return n
}

func errString(err error) string {
	if err == nil {
		return "nil"
	}
	return err.Error()
}
