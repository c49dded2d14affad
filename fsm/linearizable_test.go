package fsm

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/anishathalye/porcupine"
)

// linOp is one call in a recorded history.
type linOp struct {
	kind string // "startup", "cleanup", "refs"
}

type linOut struct {
	code int // 0 or the Winsock code
	refs int // for "refs"
}

// counterModel is the sequential specification: the reference count of CONTRACT.md
// section 1 with the bound of WithMaxRefs. Teardown is part of the final Cleanup.
func counterModel(max int) porcupine.Model {
	return porcupine.Model{
		Init: func() any { return 0 },
		Step: func(state, input, output any) (bool, any) {
			refs, in, out := state.(int), input.(linOp), output.(linOut)
			switch in.kind {
			case "startup":
				if refs == max {
					return out.code == WSAEPROCLIM, refs
				}
				return out.code == 0, refs + 1
			case "cleanup":
				if refs == 0 {
					return out.code == WSANOTINITIALISED, refs
				}
				return out.code == 0, refs - 1
			}
			return out.refs == refs, refs
		},
	}
}

func codeOf(err error) int {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	if err != nil {
		return -1
	}
	return 0
}

// TestLinearizable records concurrent histories of Startup, Cleanup and Refs, with hooks
// slow enough that calls overlap teardown, and checks them with porcupine against the
// sequential counter.
func TestLinearizable(t *testing.T) {
	const max, clients, ops = 3, 4, 40
	for round := range 5 {
		p := New(Hooks{
			Init:  func(context.Context) error { time.Sleep(50 * time.Microsecond); return nil },
			Drain: func(context.Context) error { time.Sleep(100 * time.Microsecond); return nil },
		}, WithMaxRefs(max))
		var clock atomic.Int64
		var mu sync.Mutex
		var history []porcupine.Operation
		var wg sync.WaitGroup
		for c := range clients {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range ops {
					kind := [...]string{"startup", "cleanup", "startup", "cleanup", "refs"}[(c+i*7+round)%5]
					call := clock.Add(1)
					var out linOut
					switch kind {
					case "startup":
						_, err := p.Startup(context.Background(), v22)
						out.code = codeOf(err)
					case "cleanup":
						out.code = codeOf(p.Cleanup(context.Background()))
					default:
						out.refs = p.Refs()
					}
					ret := clock.Add(1)
					mu.Lock()
					history = append(history, porcupine.Operation{ClientId: c, Input: linOp{kind}, Call: call, Output: out, Return: ret})
					mu.Unlock()
				}
			}()
		}
		wg.Wait()
		if !porcupine.CheckOperations(counterModel(max), history) {
			t.Fatalf("round %d: history of %d operations is not linearizable", round, len(history))
		}
		for p.Refs() > 0 {
			_ = p.Cleanup(context.Background())
		}
	}
}

// TestLinearizabilityCheckCanFail feeds the checker a history no counter can produce, so
// that TestLinearizable is known to be able to fail.
func TestLinearizabilityCheckCanFail(t *testing.T) {
	bad := []porcupine.Operation{
		{ClientId: 0, Input: linOp{"startup"}, Call: 1, Output: linOut{}, Return: 2},
		{ClientId: 0, Input: linOp{"cleanup"}, Call: 3, Output: linOut{}, Return: 4},
		{ClientId: 0, Input: linOp{"cleanup"}, Call: 5, Output: linOut{}, Return: 6}, // should be WSANOTINITIALISED
	}
	if porcupine.CheckOperations(counterModel(3), bad) {
		t.Fatal("the model accepted a Cleanup succeeding at zero")
	}
}
