// Package trace checks that a recorded run of a lifecycle implementation is a behaviour of
// its TLA+ spec (trace validation).
//
// The implementation's observer (fsm.WithObserver) reports only the control fragment of
// each step: the trigger, the phase and counter before and after, whether the caller
// waits, and the error. The spec has more variables (threads, sockets, ghost counters)
// and more actions than the observer sees. So the check keeps the set of every spec state
// the run could be in and, for each event, (1) closes the set under the actions the
// observer cannot see (those without a `@trigger` annotation), (2) keeps the states whose
// phase and counter are the event's before-values, and (3) takes the annotated actions
// the event stands for, keeping the successors whose phase and counter are the event's
// after-values. An empty set means the run is not a behaviour of the spec: the event is
// named, with the actions enabled there and, best effort, the conjunct of the expected
// action that is false in the observed state.
//
// Which actions an event stands for comes from the spec's own annotations (api-control):
// a step (phase or counter changed) is an action `@trigger T` without error=; a refusal
// is an action `@trigger T error=E` whose E matches the Winsock code of the event's error;
// a refusal the spec does not name, or a wait the spec does not model (a Startup queued
// behind another's Init), changes nothing the spec can see and is a stuttering step. A
// success that changes nothing is a step like any other (an action must explain it), and
// an event whose trigger no action is annotated with never fits.
//
// The log is read as it is checked (Reader), and its numbering (seq) must run 1, 2, 3, ...:
// a gap, a repeat or a reordering means the log is not the run's record. Checking costs
// about the same for every event however long the run: a spec state's steps are computed
// once, and the candidate set after a set and an event is remembered, since a run keeps
// returning to the same few sets.
package trace
