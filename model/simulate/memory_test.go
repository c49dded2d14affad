package simulate

import (
	"context"
	"math"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/model"
)

// A behaviour that never ends (Counter cycles, no deadlock) with no bound
// on its length grows until the memory bound: the run stops there with
// model.ResultMemoryLimit (exit 4) and says so, before the machine runs
// out of memory. The bound here is the process's real footprint plus 48
// MB, so the test needs no gigabytes.
func TestUnboundedBehaviourStopsAtMemoryBound(t *testing.T) {
	max := footprint() + 48<<20
	res, err := Run(context.Background(), load(t, "Counter.tla", "Counter.cfg"), Options{Depth: math.MaxInt, Runs: 1, Seed: 1, MaxMemory: max})
	if err != nil {
		t.Fatal(err)
	}
	if res.Result != model.ResultMemoryLimit || res.ExitCode() != model.ExitMemoryLimit {
		t.Fatalf("result %s (exit %d) after %d states, want the memory limit (exit 4)", res.Result, res.ExitCode(), res.MaxDepth)
	}
	if !strings.Contains(res.Message, "memory grew past") || !strings.Contains(res.Message, "in behaviour 1 of ") {
		t.Errorf("message %q does not say the memory bound stopped behaviour 1", res.Message)
	}
	if res.MaxDepth < 1000 {
		t.Errorf("stopped after %d states: the bound (48 MB over the start) cannot be reached that soon", res.MaxDepth)
	}
}

// The bound is compared with Options.MemoryUsed when set, every 1024
// steps: a count that passes 10 MB at its 11th reading stops the one
// behaviour at its 11*1024th state.
func TestMemoryBoundInjected(t *testing.T) {
	var calls uint64
	used := func() uint64 { calls++; return calls << 20 }
	res, err := Run(context.Background(), load(t, "Counter.tla", "Counter.cfg"), Options{Depth: math.MaxInt, Runs: 3, Seed: 1, MaxMemory: 10 << 20, MemoryUsed: used})
	if err != nil {
		t.Fatal(err)
	}
	if res.Result != model.ResultMemoryLimit || calls != 11 || res.MaxDepth != 11*1024 || res.Behaviours != 1 {
		t.Fatalf("result %s after %d readings, %d states, %d behaviours; want the memory limit after 11 readings, %d states, 1 behaviour",
			res.Result, calls, res.MaxDepth, res.Behaviours, 11*1024)
	}
}
