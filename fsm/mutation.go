package fsm

import (
	"context"
	"errors"
	"runtime"
)

// The mutants of the runtime: one fault each, planted at a mutation point
// (`if mutant("name") { ... }`, one or two lines in the hand-written runtime) and switched
// on by fsm.SetMutant in a build with -tags wspcycle_mutants. Each is a mistake of
// CONTRACT.md; proptest's TestRuntimeMutantsAreKilled requires its suites to kill every
// one. In an ordinary build mutant is false and the compiler drops the branches, along
// with the helpers below, which only mutation points call.
//
// TestMutationPoints (mutation_test.go) checks that every name here has a mutation point
// in the runtime and that every mutation point names one of these.
var mutantNames = [...]string{
	"skip-drain",                             // teardown never runs Drain: graceful data is lost
	"free-before-drain",                      // Free runs first, before Drain has returned
	"final-cleanup-off-by-one",               // the Cleanup at refs == 2 is taken as the final one
	"maxrefs-off-by-one",                     // the Startup guard refs < MaxRefs becomes refs <= MaxRefs
	"decrement-outside-lock",                 // CleanupRelease is a read-modify-write with the lock let go in between
	"keep-first-callback-table",              // a later Startup's callback table is ignored
	"cleanup-returns-before-reinitializable", // the final Cleanup returns when Free starts, not when it ends
	"startup-during-teardown-does-not-wait",  // a Startup during teardown counts itself on the half-torn-down provider
	"init-error-still-counts",                // a Startup whose Init failed still increments the counter
	"layered-lower-unmatched",                // a layered Startup whose own Init fails leaves the lower Startup unmatched
	"cleanup-at-zero-succeeds",               // Cleanup with the counter at zero succeeds instead of WSANOTINITIALISED
	"noop-cleanup",                           // a base provider whose Cleanup does nothing
	"successful-cleanup-reports-failure",     // a final Cleanup that succeeded reports WSAENETDOWN
	"teardown-skips-call-wait",               // teardown drains while Calls (socket creation) are still in progress
}

// errMutant is what the successful-cleanup-reports-failure mutant reports.
var errMutant = errors.New("mutant: a successful Cleanup reports failure")

// mutantKey marks the context of a teardown that the
// cleanup-returns-before-reinitializable mutant carries on in the background.
type mutantKey struct{}

// releaseUnlocked is the decrement-outside-lock mutant's CleanupRelease. p.mu is held; it
// has read the counter (refs), lets go of the lock, and writes back what it read minus
// one: a concurrent Startup or Cleanup in between is lost. (A lost update, not a data race
// the race detector would stop the test binary for.)
func (p *Provider) releaseUnlocked(from State, refs int) error {
	p.mu.Unlock()
	runtime.Gosched()
	p.mu.Lock()
	p.v.Refs = refs - 1
	p.emit(TriggerCleanup, from, refs, nil)
	p.mu.Unlock()
	p.deliver()
	return nil
}

// startupInTeardown is the startup-during-teardown-does-not-wait mutant's Startup: it
// counts itself on the provider being torn down instead of waiting. p.mu is held; it
// releases it.
func (p *Provider) startupInTeardown(opts []StartupOption) error {
	from, refs := p.phase, p.v.Refs
	p.v.Refs++
	p.setCallbacks(opts)
	p.emit(TriggerStartup, from, refs, nil)
	p.mu.Unlock()
	p.deliver()
	return nil
}

// freeFirst is the free-before-drain mutant's choice of hook for teardown step t: the
// Drain step runs Free and then Drain, the Free step runs nothing.
func (p *Provider) freeFirst(t Trigger, hook func(context.Context) error) func(context.Context) error {
	if t == TriggerFreeDone {
		return nil
	}
	free := p.hooks.Free
	return func(ctx context.Context) error {
		ferr := runHook(ctx, "Free", free)
		return errors.Join(ferr, runHook(ctx, "Drain", hook))
	}
}
