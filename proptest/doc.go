// Package proptest holds the runtime in fsm/ to the spec in spec/ by testing.
//
//   - TestLifecycleStateMachine (rapid): fsm.Provider embedding a simulated provider
//     (sockets with every linger mode, resources, hooks that park so the test decides when
//     teardown moves on) is driven through random behaviours of ProviderLifecycle.tla.
//     Every step is drawn from the steps the spec enables in the implementation's current
//     state mapped to the spec's variables; after it, the spec's own invariants (evaluated
//     by tla/eval) must hold on the mapped state and it must be exactly the step's
//     successor. A Startup made during teardown (StartupWait) runs in a goroutine of its
//     own: it must report its wait through the observer without returning or running
//     Init, and then either give up when its context is cancelled (StartupGiveUp,
//     nothing changes) or, once teardown is over, start the provider afresh (the spec's
//     ResumeStartup, as StartupFirst or StartupInitFails of that thread). Each run ends
//     with the refcount-balance and reinit-safety checks.
//   - TestLayeredStateMachine: the same for fsm.Layered over a base provider shared with
//     another client, against LayeredProvider.tla.
//   - TestConformanceSmallModel: every reachable state of the small model, every control
//     action enabled there, against the implementation's behaviour in the mapped state.
//   - TestLinearizable: concurrent histories checked with porcupine against a sequential
//     model derived from the spec; goroutine leaks fail the test (goleak).
//   - TestCallsEndBeforeTeardown (rapid): Calls in progress at the final Cleanup have
//     their contexts cancelled and all return before Drain runs (teardown never races
//     socket creation), before the Cleanup returns; a Call after teardown does not run.
//   - TestMutantsAreKilled: every suite against each wrapper mutant (mutants_test.go: the
//     real runtime behind a faulty wrapper, in every build); each must be killed.
//   - TestRuntimeMutantsAreKilled (runtime_mutants_test.go, only with
//     -tags wspcycle_mutants): every suite against every mutant of the runtime. fsm's
//     sources carry no mutation point: internal/fsmmutant rewrites a copy of the files
//     concerned, the test builds this package against it (go test -c -overlay) and runs
//     it as a child; each mutant must be killed, and the kill matrix is logged. Run it
//     with `go test -tags wspcycle_mutants -run Mutant ./proptest/` (about two minutes:
//     one build per mutant). TestRuntimeMutantsApply, in every build, checks that each
//     mutant still applies to the current source and that fsm holds no mutation point.
//
// The suites drive implementations through Lifecycle, which *fsm.Provider satisfies, so
// that they run unchanged against the real runtime and against each mutant. `make test`
// runs them quickly; `make proptest` (-rapid.checks=20000) runs them deep, and the
// concurrency and mutation suites scale with -rapid.checks too. A failing rapid run
// leaves a fail file under testdata/rapid/ that the next run of the test replays first
// (or replay it alone with -rapid.failfile=FILE); a non-linearizable history leaves
// porcupine's HTML visualization in the test's artifact directory (go test -artifacts).
package proptest
