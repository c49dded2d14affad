// Package model is wspcycle's explicit-state model checker: it explores
// every reachable state of a TLA+ spec loaded by package eval and checks it
// the way TLC does, with TLC's counts, verdicts and exit codes, so that a
// reviewer can trust its answers as they trust TLC's.
//
// # Search
//
// The search is breadth first, level by level (the initial states are level
// 1, TLC's depth counts levels). A level's states are cut into chunks that
// the workers (Options.Workers goroutines) take in turn; each chunk's new
// states are kept in order and the next level is their concatenation in
// chunk order. With one worker this is TLC's FIFO order: package eval's
// Next gives the successors of a state in TLC's order (Tool.getNextStates),
// and each is checked as it is generated, as TLC's Worker does, so the
// counts and the trace at a violation are TLC's, as far as the order in
// which sets are enumerated is TLC's. For sets of strings and model values
// it is: TLC compares strings (StringValue.compareTo) and model values
// (ModelValue.compareTo) and sorts record fields (RecordValue.normalize) by
// UniqueString.compareTo, which compares intern tokens, so by when TLC
// first interned each name (the cfg's values, then every module's names as
// SANY's lexer meets them, the root file first, then the string literals
// as semantic analysis meets them), and package eval gives each spec that
// order (value.Strings), so \E l \in {"dont", "abort", "timed"} tries the
// strings in TLC's order and the FreeBeforeDrain mutant stops, as TLC
// does, at 157 distinct / 691 generated (in alphabetical order: 166 /
// 722). The exception is a string made at run time that the spec does not
// name ("a" \o "b", ToString): TLC orders it by when it made it, here it
// comes after the spec's strings, by content (so that a spec's
// fingerprints are the same in every run, and a recovered run finds the
// states it saw). With more workers, the set of states of each level,
// hence every count of a complete search, is the same.
//
// A state is identified by its 64-bit fingerprint (value.State.Fingerprint,
// xxhash of the canonical encoding; with a cfg VIEW, the fingerprint of the
// view's value; with a cfg SYMMETRY, that of the least state its permutations
// make, so one per orbit, symmetry.go). Two distinct states sharing a fingerprint would make the
// second look visited; the report gives TLC's optimistic estimate of that
// probability, distinct*(generated-distinct)/2^64. The visited set (fpset.go)
// is a lock-striped open-addressing table mapping each fingerprint to the
// fingerprint of the state it was first reached from: 16 bytes per state.
// Successors come from the spec's NextShared when it has one: in the
// evaluator's memory, copied (eval.Step.Keep) only when they are new, so
// the many successors that are states seen before cost no allocation.
// Each worker keeps a small direct-mapped cache of fingerprints it recently
// found in the set, which answers most "seen before" lookups without a cache
// miss in the big table. Whole states are kept only for the level being
// expanded (each dropped once expanded) and the next one. A trace is rebuilt
// by following predecessors back to an initial state and replaying Init and
// Next forward, picking at each step the successor with the recorded
// fingerprint, the action's name and parameters coming from that step
// (trace.go). Under a VIEW or a SYMMETRY, where a fingerprint names a class
// of states, the replay backtracks over all matching states and must end at
// the very state the violation was found from.
//
// # Semantics (TLC's)
//
//   - generated counts every initial state and every successor computed,
//     duplicates included; distinct counts the states kept.
//   - A successor t of s is "in the model" when t satisfies every CONSTRAINT
//     and s -> t every ACTION_CONSTRAINT. Only such states are kept and
//     expanded (and counted as distinct). Invariants are checked on every
//     new kept state and on every state outside the model, each time it is
//     generated, as TLC's ModelChecker.doNext does.
//   - A state is deadlocked when Next yields no successor at all. A state
//     whose successors all fail an ACTION_CONSTRAINT is not deadlocked, and a
//     state outside the model is never expanded, so never deadlocked.
//   - Action properties (the [][A]_v conjuncts of PROPERTYs, TLC's implied
//     actions) are checked on every generated step s -> t, after t's
//     invariants, whether t is new or not and in the model or not, as
//     TLC's ModelChecker.doNextCheckImplied does. A violation is
//     ResultActionProperty ("Action property P is violated.", exit 13, as
//     TLC's EC.TLC_ACTION_PROPERTY_VIOLATED_BEHAVIOR) and its trace is a
//     shortest path to s followed by the offending step. A []P conjunct
//     of a PROPERTY (P a state predicate) reaches the checker as an
//     ordinary invariant (package eval puts it there, as TLC does), so it
//     is reported as one: ResultInvariant, exit 12. A PROPERTY conjunct
//     that is a state predicate (TLC's implied init) is checked on each new
//     initial state after its invariants: "Property P is violated by the
//     initial state." (ResultProperty with that Message, exit 13).
//   - Counterexamples to invariants and deadlock are shortest (breadth first);
//     the depth reported with a violation is the trace's length, as TLC's.
//   - An evaluation error (eval.Error, e.g. a successor not completely
//     specified) stops the search with ResultError and TLC's message; when
//     the evaluator supplies the partial successor it ends the trace.
//   - Once a complete search found no error, the cfg's POSTCONDITIONs
//     (Spec.Postconditions) are evaluated in order, as TLC does, up to
//     the first false one or error: ResultPostcondition with TLC's
//     message, exit 10. After a
//     violation it is evaluated too, when the caller has printed its
//     trace (Report.PostconditionAfter), the verdict staying the
//     violation's. A POSTCONDITION TLC's lookup refuses (eval.Postcondition's
//     Lookup: a value TLC computed at startup, "The post condition P
//     cannot be a constant.", a name the spec does not define, a
//     definition with arguments) is TLC's exception instead, before any
//     is evaluated, after a complete search, and nothing after a violation.
//   - An initial state the initial predicate leaves incomplete is
//     Report.IllegalInit: TLC refuses the state itself, with no trace.
//
// # Temporal properties
//
// When the PROPERTYs have temporal parts (Spec.Properties: what is left of
// them once invariants, action properties and implied inits are taken
// out), the search also records the behaviour graph:
// for each kept state, one bit per state predicate (each property part's P
// and Q, and ENABLED <<A>>_v of each WF_/SF_ conjunct of the specification),
// and for each edge between kept states one bit per fairness condition (the
// edge is an <<A>>_v step). Every state also has an implicit stuttering
// self-loop, which takes no action. After the search, each property part is
// reduced to finding a fair cycle (liveness.go):
//
//	[]P     a reachable ~P state (finite counterexample)
//	<>P     a fair cycle among ~P states reached from an initial ~P state through ~P states
//	[]<>P   a fair cycle among ~P states, reached any way
//	<>[]P   a fair cycle, reached any way, that passes through a ~P state
//	P ~> Q  a P /\ ~Q state from which a fair cycle among ~Q states is reached through ~Q states
//
// Any other formula (a General part; tableau.go, product.go) is checked as
// TLC checks it: fairness /\ ~F in disjunctive normal form, each disjunct
// a set of <>[]A and []<>A conditions on the cycle (A a state predicate or
// an action, whose value on each edge, and on each state's stuttering step,
// is recorded too) and a tableau (a generalized Büchi automaton) for the
// rest; a counterexample is a fair cycle of the graph's product with the
// tableau, with stuttering steps as real edges there. With more than 64
// state or step predicates, the recorded uint64 is an index into a table
// of the distinct bit vectors.
//
// The subgraph's nodes reachable from the start states are found by a
// breadth-first search from all of them at once (each entering at its own
// depth, so distances are lengths of whole behaviour prefixes), split into
// strongly connected components by Tarjan's algorithm made iterative (an
// explicit stack of frames, so deep graphs cannot overflow the goroutine
// stack; scc.go), and each component is tested for fairness (fair.go): WF_v(A)
// holds on a cycle through all of a component iff A is disabled somewhere in
// it or taken on one of its edges; SF_v(A) iff A is enabled nowhere in it or
// taken on one of its edges. A component failing an SF condition may still
// contain a fair part: the states where that action is enabled are removed
// and the rest split into components again (Emerson-Lei refinement). The
// counterexample is a lasso: the shortest prefix to the fair component's
// entry state, then a cycle inside the component through a witness of each
// fairness condition (a state disabling A or an edge taking A), or
// stuttering at the entry when the entry alone is fair.
//
// A violated []P part (what remains of []P after package eval: an instance
// of a quantified \A x \in S : []P(x), or one reached through an operator
// applied to arguments, which TLC too leaves to its liveness checker) is
// reported as a temporal property violation (ResultProperty, exit 13) with a
// finite, shortest trace to a ~P state; the other forms give lassos. A part
// that is an instance of a quantified property is reported under its own
// name (Temporal.Name, e.g. WaitingStartupCompletes(t1)), the others under
// the PROPERTY's name.
//
// BehaviourChecker applies the same fair-cycle search to the graph of one
// finite behaviour (its states and steps, each state allowed to stutter),
// as TLC's simulator checks each behaviour it generates (package
// model/simulate).
//
// # Reports
//
// A Report carries TLC's counts and verdict, the trace, coverage and TLC's
// out-degree histogram. Traces name each step's action with its source
// range (ActionRanges, when Options.ReadSource can read the spec) and the
// action that closes a lasso (Report.LoopStep), and print the variables
// sorted by name, as TLC does. WriteText is check's report; package
// model/tlcout prints TLC's own messages; Options.Events reports the run
// as it goes (initial states, progress, liveness), for front ends that
// stream.
//
// # Stopping
//
// Check honours its context (ResultInterrupted, with the counts so far),
// Options.MaxStates (ResultStateLimit) and Options.MaxMemory
// (ResultMemoryLimit); none of these is ever reported as "ok". Report.ExitCode
// maps verdicts to the documented exit codes (TLC's 0, 11, 12, 13, 75; see
// the Exit* constants).
//
// # Models larger than memory
//
// With Options.DiskDir the same breadth-first search keeps what grows with
// the state space in package store (disk.go): a visited set of 8 bytes a
// fingerprint in memory that spills to sorted runs on disk, the levels in
// sequential files, the trace links in a trace file. Options.Checkpoint and
// Options.Recover checkpoint it at level boundaries and resume it. The
// in-memory search does not go through the store: it is the default, and
// as fast as before the store existed. With temporal properties the
// behaviour graph goes to files too (graphdisk.go), in the in-memory
// search's order, and liveGraph.index loads it from them: the liveness
// check is the same code on the same graph in both modes.
package model
