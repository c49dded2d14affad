package main

import (
	"path/filepath"
	"testing"
)

// TestTLCCfgConstAtLoad runs `wspcycle tlc` on specs whose INVARIANT,
// CONSTRAINT, ACTION_CONSTRAINT or PROPERTY names a constant-level
// definition that has an effect or reads the run, and compares the
// output and exit code with TLC's (rev cc6b616, plain and -tool, kept in
// model/testdata/tlc/cfgconst). TLC evaluates every constant-level
// definition once at load (SpecProcessor.processConstantDefns) and finds
// its value behind the cfg's name: FALSE or any value but TRUE is its
// refusal, "The invariant of Inv is equal to FALSE" (exit 151), TRUE of
// an INVARIANT its warning 2149. Each was checked in every state instead:
//   - RandomElement drawn at load: RInvF, RPropF, RConF, RActF (FALSE),
//     RInv1, VPropR (1), RInvT (TRUE, warned);
//   - Assert(TRUE, ..) and JavaTime evaluated at load: AInv, RInvJT
//     (TRUE, warned; the warning was missing), VAssertProp, VAssertCon,
//     VJTInv (FALSE);
//   - a value that is not a boolean, of an operator application: VInvSum,
//     VInvSet, VConSum, VActSum, VPropSum (TLC refuses it with its
//     value; a body that is a number alone is not evaluated at load, but
//     where it is checked: PProp2 in TestTLCReplayPrints);
//   - a CONSTRAINT or ACTION_CONSTRAINT whose body is a number or a
//     string (LitCon, LitActStr): TLC takes the definition's node for a
//     value where it checks it, a ClassCastException without a call stack
//     (exit 75); it was "expected a boolean value".
func TestTLCCfgConstAtLoad(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "cfgconst")
	for name, code := range map[string]int{
		"RInvF": 151, "RPropF": 151, "RConF": 151, "RActF": 151, "RInv1": 151, "VPropR": 151,
		"RInvT": 0, "AInv": 0, "RInvJT": 0,
		"VAssertProp": 151, "VAssertCon": 151, "VJTInv": 151,
		"VInvSum": 151, "VInvSet": 151, "VConSum": 151, "VActSum": 151, "VPropSum": 151,
		"LitCon": 75, "LitActStr": 75,
	} {
		tlcGoldenRun(t, dir, name, []string{"-noGenerateSpecTE"}, code, inSpecDir())
	}
}

// TestTLCReplayPrints compares with TLC's output (model/testdata/tlc/
// replayprints) what a spec prints when TLC reports an evaluation error
// of a check:
//   - a PROPERTY conjunct that is a state predicate but not a boolean
//     (an implied init) is named as an invariant is, by its value when it
//     is a number (PProp1, PProp2: "TLC expected a boolean value, but did
//     not find one. 1"), else by its range (PPropX2); it was named by its
//     first position;
//   - after the trace of an error checking a successor (a CONSTRAINT, an
//     ACTION_CONSTRAINT, an action property), TLC replays its doNext of
//     the predecessor to find the nested expressions: Next again, each
//     successor checked as Next yields it, up to the failing check, which
//     prints again (PAct1, SAct, SCon, SProp; TActB: two actions, their
//     prints and checks interleaved; TCon: the second action is not
//     evaluated; TConNB, TConNB2: not a boolean, an empty stack). Only
//     the step to the successor was printed there, without the checks.
func TestTLCReplayPrints(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "replayprints")
	for _, name := range []string{"PProp1", "PProp2", "PPropX2", "PAct1", "SAct", "SCon", "SProp", "TActB", "TConNB", "TConNB2", "TCon"} {
		tlcGoldenRun(t, dir, name, []string{"-noGenerateSpecTE"}, 75, inSpecDir())
	}
}
