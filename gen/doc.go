// Package gen compiles the control fragment of a TLA+ spec into the Go state machine of
// package fsm, and draws it.
//
// The control fragment is the phase variable, the reference counter and the actions marked
// `\* @trigger NAME [error=X | wait]` (see the convention in the spec's comments and
// api-control): `\* @fsm phase=P counter=C [max=M]` names the variables. Each action is
// projected onto (phase, counter): conjuncts on the phase give its source phases, conjuncts
// on the counter (and its bound, the one constant allowed) its guard, `P' = "X"`,
// `C' = <expr>` and UNCHANGED its effect; conjuncts on any other variable or parameter are
// the data part and are ignored.
//
// A spec without the @fsm annotation (and without -phase/-counter) gets the convention's
// names: the phase is the variable named phase, or none; the counter is the variable named
// refs, or else the first declared variable that Init sets to 0. A spec without any
// @trigger annotation gets one trigger per action its Next reaches (a definition that
// itself primes a variable or says UNCHANGED), named after the action. A spec with no
// phase variable is a machine of one phase, named after its module: graph draws it
// (spec/LayeredProvider.tla: counter lrefs, its 13 actions), gen refuses to compile it. What the compiler cannot read exactly (a phase test inside
// IF or a quantifier, a conjunct mixing phase and counter or control and data, an effect
// that is not a literal phase or a sum of counter, bound and literals, an undetermined
// effect, an unknown error name) is rejected with its position, never approximated.
//
// Before emitting, the compiler proves per (phase, trigger) that the guards are mutually
// exclusive for every bound (prove; stateless panics otherwise) and that no reachable step
// takes the counter outside 0..bound (reach).
//
// Output (Compile, Emit) is gofmt'd Go, a function of the module alone, starting with
// Header: typed State and Trigger enums with String, the counter variables, one function
// per guard and effect with the TLA+ it came from in its comment, configure (the stateless
// Permit / InternalTransition / OnEntryFrom configuration), fastStep (the counter-only
// edges as straight-line code, for the runtime's hot path), waits (the actions marked
// wait) and handRefusals (errors the runtime decides itself: VerNotSupported, InitFailed).
// For package fsm (the default) the effects return the runtime's sentinels (fsm/errors.go);
// for any other package the output is self-contained and declares the errors it returns,
// so `wspcycle gen -package NAME -require= spec.tla` compiles on its own for any spec that
// follows the convention (TestGeneratedPackageBuildsAndRuns builds and runs one, from
// testdata/driver/Driver.tla, in a module of its own).
// Machine.DOT and Machine.Mermaid draw the same machine, with a stable order.
//
// RunGen and RunGraph are the `wspcycle gen` and `wspcycle graph` commands; the
// stand-alone gen/cmd/wspcycle-gen runs them for fsm's go:generate directive.
package gen
