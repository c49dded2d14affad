// Package proptest holds the runtime in fsm/ to the spec in spec/ by testing.
//
//   - TestLifecycleStateMachine (rapid): fsm.Provider embedding a simulated provider
//     (sockets with every linger mode, resources, hooks that park so the test decides when
//     teardown moves on) is driven through random behaviours of ProviderLifecycle.tla.
//     Every step is drawn from the steps the spec enables in the implementation's current
//     state mapped to the spec's variables; after it, the spec's own invariants (evaluated
//     by tla/eval) must hold on the mapped state and it must be exactly the step's
//     successor. Each run ends with the refcount-balance and reinit-safety checks.
//   - TestLayeredStateMachine: the same for fsm.Layered over a base provider shared with
//     another client, against LayeredProvider.tla.
//   - TestConformanceSmallModel: every reachable state of the small model, every control
//     action enabled there, against the implementation's behaviour in the mapped state.
//   - TestLinearizable: concurrent histories checked with porcupine against a sequential
//     model derived from the spec; goroutine leaks fail the test (goleak).
//   - TestMutantsAreKilled: every suite against each mutant of the runtime
//     (mutants_test.go); each must be killed.
//
// The suites drive implementations through Lifecycle, which *fsm.Provider satisfies, so
// that they run unchanged against the real runtime and against each mutant. `make test`
// runs them quickly; `make proptest` (-rapid.checks=20000) runs them deep, and the
// concurrency and mutation suites scale with -rapid.checks too. A failing rapid run
// leaves a fail file under testdata/rapid/ that the next run of the test replays first
// (or replay it alone with -rapid.failfile=FILE); a non-linearizable history leaves
// porcupine's HTML visualization in the test's artifact directory (go test -artifacts).
package proptest
