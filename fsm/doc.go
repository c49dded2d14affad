// Package fsm is the reference-counted Startup/Cleanup lifecycle of a Winsock-style service
// provider, as stated by spec/ProviderLifecycle.tla, for embedding in a provider, driver or
// plug-in.
//
// # The machine
//
// lifecycle_gen.go is compiled from the spec's control fragment by `wspcycle gen` (package
// gen): the State and Trigger enums, one function per guard and effect, and the
// github.com/qmuntal/stateless configuration that is the machine of record. The runtime
// fires stateless for every edge except the ones that only move the counter
// (Active(n) <-> Active(n±1)), which go through fastStep, straight-line code generated
// from the same actions and proven equal to the stateless configuration by
// TestFastStepEqualsMachine; so the hot path costs about a mutex and a counter and
// allocates nothing. Where the machine enables no transition, the runtime waits if the spec
// marks the call as waiting (`@trigger Startup wait`) and fails with ErrInvalid otherwise;
// the version check and the Init outcome, which depend on data outside the fragment, are
// decided by hand before firing (handRefusals). Change the spec, run `make gen`.
//
// # Lifecycle
//
// Startup increments the counter; the first Startup (0 -> 1) runs Hooks.Init first. Cleanup
// decrements it; the Cleanup that reaches zero moves to Draining, cancels the contexts of
// Calls in progress and waits for them, runs Hooks.Drain, moves to Freeing, runs
// Hooks.Free, and ends Reinitializable, where the next Startup behaves exactly like the
// first; only then does it return. Hooks run outside the provider's lock. An Observer
// (WithObserver) sees every step, refusals and waits included, in linearization order.
//
// # Decisions
//
// These are the outcomes the contract leaves to the implementation; each is tested.
//
//   - A Startup that cannot proceed (teardown under way, or another Startup's Init running)
//     waits until it can, or until its context ends: then it returns ErrInterrupted
//     wrapping ctx.Err() and has changed nothing.
//   - Startup or Cleanup from inside a hook or a Call of the same provider, made with the
//     context the hook or Call received (or one derived from it), returns ErrInProgress
//     (WSAEINPROGRESS) at once whenever it would otherwise wait for that very hook or Call:
//     a Startup from Init, Drain or Free, a Startup from Call during teardown, the final
//     Cleanup from Call. Calls that need not wait (a non-final Cleanup, a Startup while
//     Active) proceed normally; a Cleanup from Init, Drain or Free finds the counter at zero
//     and gets ErrNotInitialised. A nested call made with an unrelated context cannot be
//     recognised and waits like any other.
//   - A Cleanup racing the final Cleanup, or made during teardown, finds the counter at zero
//     and fails at once with ErrNotInitialised.
//   - An Init error fails that Startup (ErrSysNotReady, or the error's own code if it is an
//     *Error) and changes nothing. A Drain error or deadline does not stop teardown: Free
//     runs (with a context that is not cancelled), the provider ends Reinitializable, and
//     the final Cleanup returns ErrNetDown (code WSAENETDOWN whatever the causes' own
//     codes) wrapping one *HookError per failed hook, named, on one line. errors.Is with a
//     sentinel matches WSAENETDOWN only (a lower provider's WSANOTINITIALISED inside does
//     not make the teardown read as "changed nothing"); the causes stay reachable with
//     errors.As and with errors.Is for any other target.
//   - WithDrainTimeout(d) bounds Drain for real: Drain's context ends d after Drain starts
//     (or when the caller's context ends), and a Drain that has still not returned d after
//     that is abandoned: teardown goes on (Free runs while the abandoned Drain may still be
//     running) and the final Cleanup reports the loss as ErrNetDown wrapping
//     ErrHookAbandoned and the context's error. Without it, the final Cleanup waits for
//     Drain as long as Drain takes.
//   - Nothing a hook does can wedge the provider. Every hook runs through one guarded
//     runner, in a goroutine of its own that the caller waits for: a panic is recovered and
//     treated as that hook's error (a *PanicError carrying the value and stack, matching
//     ErrHookPanicked), and so is runtime.Goexit (what t.FailNow does; PanicError.Goexit
//     is set), which recover does not see and a flag set on return detects; a typed nil
//     returned as the error (a nil *T in a non-nil error) is a failure naming it. A
//     provider embedded in a host process must not take the host down, nor be left half
//     torn down. A panic in the function given to Call is not recovered (it is the
//     caller's own code, in the caller's goroutine); the Call is accounted as returned
//     before the panic continues, so a pending final Cleanup is not wedged.
//   - Nothing an observer does can wedge the provider either: it is only ever called once
//     the steps of the call delivering to it are complete (a teardown delivers from a
//     goroutine of its own, see Event), so a panic or Goexit in it unwinds a caller whose
//     call has taken effect, and an observer may call back into the provider at any event.
//   - A Startup that would take the counter above WithMaxRefs (default math.MaxInt32)
//     fails with ErrProcessLimit.
//   - A context that has already ended makes Startup and Cleanup return ErrInterrupted
//     without changing anything (so a cancelled final Cleanup does not discard data).
//   - A nil context, provider or function returns ErrFault; a version with Major 0, or below
//     the supported low, returns ErrVersionNotSupported; an invalid Option (a nil one,
//     WithMaxRefs(0), Versions(0.0, 1.0), ...) makes every Startup return ErrInvalid,
//     whatever version it requests. The query methods of a nil *Provider return zero
//     values (Uninitialized, 0, nil, ""). No input makes the package panic.
package fsm

//go:generate go run ../gen/cmd/wspcycle-gen -o lifecycle_gen.go ../spec/ProviderLifecycle.tla
