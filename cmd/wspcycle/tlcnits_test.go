package main

import (
	"path/filepath"
	"testing"
)

// TestTLCNits runs `wspcycle tlc`, plain and -tool, on the small specs of
// model/testdata/tlc/nits (CASE.cfg with the spec named) and compares the
// output and the exit code with TLC's own run (CASE.text.out,
// CASE.tool.out, TLC rev cc6b616 with -workers 1):
//
//   - Const: cfg names of constant-level definitions, which TLC evaluates
//     before it reads the cfg (tla/eval/constcfg.go): INIT, NEXT or VIEW
//     naming one is "The initial predicate CInit cannot be a constant."
//     (ConstInit, ConstNext, ConstView: 2233, exit 151); an INVARIANT,
//     PROPERTY or CONSTRAINT equal to FALSE is "The invariant of F is equal
//     to FALSE" (ConstInvFalse, ConstPropFalse, ConstConsFalse: 2230, exit
//     151); one equal to TRUE is not checked: a PROPERTY or
//     ACTION_CONSTRAINT silently (ConstPropTrue: no state-level warning;
//     ConstActConsTrue), an INVARIANT with the warning 2149, once per
//     entry, the hint about -nowarning on the first warning of the run
//     only, before the state-level PROPERTY's 2255 (ConstInvTrue: INVARIANT
//     T T, PROPERTY S);
//   - Label: labels in temporal properties are transparent for the
//     evaluation (they were refused as unsupported), while TLC does not
//     split a PROPERTY through a label: Bad == lab:: [](x < 3) is a
//     temporal property checked on the behaviour graph (TLC's "Temporal
//     property Bad was violated", exit 13, with a lasso, not an invariant
//     violation; LabelBad: TLC's lasso there depends on its -fp, and this
//     is one of its runs, 7 states long), Good (labels around and inside
//     [], <>, []<>, and a label's body swallowing the next conjunct, as
//     SANY's label check allows it) and Leads (a labelled ~>) hold
//     (LabelGood, exit 0);
//   - Stutter: a behaviour that can only stutter; after the counterexample
//     ("State 2: Stuttering") TLC warns that a missing fairness constraint
//     may be the cause (cmd/wspcycle/tlcstutter.go, model/stutterhint.go)
//     when the order of solution of the property's negation has a <>[]A
//     or []<>A conjunct or a [] inside a promise: []<>P (StutterAE, 2259
//     naming Spec and its range), <>[]P (StutterEA), P ~> Q with INIT and
//     NEXT (StutterLT, 2257), <>P \/ []<>P (StutterGE, 2257), but not <>P
//     (StutterEV), nor under a specification with fairness (StutterFair);
//   - Odd: .cfg syntax errors TLC reports with codes of their own (exit
//     255, before SANY): INIT given twice, "The keyword INIT appeared
//     twice." (5004, CfgInitTwice; CHECK_DEADLOCK too, CfgDeadlockTwice),
//     CHECK_DEADLOCK with nothing after it, "The keyword CHECK_DEADLOCK
//     was not followed by an identifier." (5003, at the keyword's line,
//     CfgDeadlockEmpty), and with a keyword after it, "It was expecting
//     TRUE or FALSE, but did not find it." (5006, CfgDeadlockKw); a
//     PROPERTY that is an action, "The formula PAct at <its body> is an
//     action-level formula ..." (2272, exit 151, PropAction); a constant
//     given two values, CONSTANT K = 1 K = 2, which TLC takes, keeping the
//     last (CfgConstTwice: the spec deadlocks, exit 11); an INVARIANT
//     that is temporal, 2146 (exit 76) with TLC's note on its level-checking
//     bug when the formula is a conjunction (InvMix: x < 5 /\ [](x < 5)),
//     without when it is []e itself (InvTemporal); a keyword right after
//     INIT or NEXT is its name for TLC: INIT then NEXT Next is "It was
//     expecting a keyword" at Next's line (5006, CfgInitKw; NEXT then
//     INVARIANT Inv, CfgNextKw), INIT then NEXT then INVARIANT Inv is an
//     initial predicate NEXT the spec does not define (2229, exit 151,
//     CfgInitKwName); a value TLC's grammar has not is read as a model
//     value named by its first token, and TLC fails on what follows:
//     K = -3 is "It was expecting = or <-" at the line after (CfgNeg: 3
//     is the next entry's name), K = <<1, 2>> the same at the comma
//     (CfgTup), K = [a |-> 1] "It was expecting ]" (CfgRec: K = [a] v,
//     a module's value), K = {1, -1} "It was expecting }" at the 1
//     (CfgSetNeg);
//   - NoNext: a model without a next-state relation is not refused when it
//     loads: TLC computes the initial states, then says "No next state
//     actions defined to generate successor states from." (2115, exit
//     75), for INIT without NEXT (NoNextInit), a SPECIFICATION without a
//     [][Next]_v conjunct (NoNextSpec) or with a labelled one, which TLC
//     does not look through (NoNextLabel), whatever its POSTCONDITION
//     (NoNextPost: FALSE, never evaluated) or constant TRUE PROPERTY
//     (NoNextTrue, dropped); with an INVARIANT or a PROPERTY to check it
//     refuses the model, "The configuration file did not specify the next
//     state predicate." (2232, exit 151: NoNextInv, NoNextProp); a
//     conjunct [Next]_x (no []) is "TLC cannot handle this conjunct of the
//     spec:" with its range (2239, exit 151: SpecNoBox); a SYMMETRY that
//     is not a set is an exception, "The symmetry operator must specify a
//     set of functions." (1000, exit 255, SymNonSet); a POSTCONDITION the
//     spec does not define is looked up only after the run, and after a
//     violation TLC's exception prints nothing (PostUndef: the run goes on
//     to its deadlock, exit 11); a PROPERTY with parameters has its own wording
//     of 2228, "TLC requires PParam not to take any argument." (PropParam),
//     and a POSTCONDITION with parameters is the same (PostParam); an undefined
//     SYMMETRY is TLC's 2229 "The symmetry function Nope ..." (SymUndef);
//     two [][A]_v conjuncts are 2240 (SpecTwo), and a SPECIFICATION
//     without a state-level conjunct is 2231, no initial predicate
//     (SpecOnlyBox); an ALIAS TLC cannot use, undefined (AliasUndef) or
//     with parameters (AliasParam), does not stop the run: each state of
//     the trace shows the variables and the field _ALIASEvalError, TLC's
//     message (2229 or 2228; with -tool framed as a message of its own
//     inside the string);
//   - ConstDecl: a cfg name that is a declared CONSTANT is its value for
//     TLC, as a constant-level definition is: INIT K, VIEW K are 2233
//     (ConstDeclInit, ConstDeclView), an INVARIANT or PROPERTY K = 1 is
//     "The invariant of K is equal to 1" (2230: ConstDeclInv,
//     ConstDeclProp), an INVARIANT K = TRUE is dropped with the warning
//     2149 (ConstDeclTrue); a SPECIFICATION with parameters has the
//     property's wording of 2228 (ConstDeclSpecParam); an ALIAS K is
//     run with "The alias K cannot be a constant." (2233) as its
//     _ALIASEvalError (ConstDeclAlias);
//   - Post: TLC evaluates the POSTCONDITION after a violation too, once
//     its trace is printed (its Print first), the exit code staying the
//     violation's: after a deadlock (PostDeadlock: "Postcondition PostF at
//     ... is false.", 2404; PostDeadlockT: true, only its print), an
//     invariant violation (PostInv; by the initial state, after its
//     message, PostInitInv), a temporal property's counterexample,
//     before "Finished checking temporal properties" (PostLive), an
//     evaluation error, before the nested expressions (PostEvalErr); at
//     the end of a run without error it is 2404 with exit 10 (PostFalse)
//     or only its print (PostTrue); it is evaluated without a state, so
//     one that reads a variable is not refused at load but fails where
//     its evaluation meets the variable, "Evaluating postcondition ...
//     failed." with "In evaluation, the identifier x is either undefined
//     or not an operator." (2405, exit 10: PostState, PostDef through a
//     definition the invariant uses, PostStateSim with -simulate), and
//     FALSE /\ x = 0 is false without reading x (PostLazy);
//   - ActCons: an ACTION_CONSTRAINT with [] or <> is not refused when
//     the model loads: TLC meets it evaluating the constraint on the
//     first successor, "TLC encountered a temporal formula (<>A) when
//     evaluating a predicate or action." with its range (2261 inside the
//     exception 1000, exit 75) and the trace to that successor
//     (ActConsTemp, ActConsBox, ActConsDef through a definition), and
//     never when the evaluation does not reach it (ActConsShort, exit 0);
//   - PrimeRun: a CONSTRAINT, VIEW or INIT with a prime is not refused
//     when the model loads either: TLC evaluates it where there is no
//     next state, and stops at the first primed variable it meets, "In
//     evaluation, the identifier x is either undefined or not an
//     operator." with the variable's range (2280, inside 2102 "While
//     working on the initial state:" for a constraint or a view; exit
//     75): a constraint (PrimeCons, through a definition PrimeConsDef,
//     the nested expressions from the initial predicate's down to the
//     variable), a view (PrimeView, PrimeViewPair: (y + 1)', the stack
//     the initial predicate's only), an initial predicate (PrimeInit,
//     PrimeInit2: 0 states generated); UNCHANGED x is x' there too
//     (PrimeConsUnch, PrimeInitUnch);
//   - TempRun: [] or <> in an INIT, NEXT, CONSTRAINT or VIEW is TLC's
//     "TLC encountered a temporal formula ([]A) ..." when it evaluates it
//     (exit 75), as in an ACTION_CONSTRAINT: computing the initial states
//     (TempInit), the first successors (TempNext), on the first initial
//     state (TempCons, TempView: 2261 within 2102).
func TestTLCNits(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "nits")
	for _, c := range []struct {
		name, spec string
		code       int
	}{
		{"ConstInit", "Const", 151},
		{"ConstNext", "Const", 151},
		{"ConstView", "Const", 151},
		{"ConstInvFalse", "Const", 151},
		{"ConstPropFalse", "Const", 151},
		{"ConstConsFalse", "Const", 151},
		{"ConstInvTrue", "Const", 0},
		{"ConstPropTrue", "Const", 0},
		{"ConstActConsTrue", "Const", 0},
		{"LabelBad", "Label", 13},
		{"LabelGood", "Label", 0},
		{"StutterAE", "Stutter", 13},
		{"StutterEV", "Stutter", 13},
		{"StutterLT", "Stutter", 13},
		{"StutterEA", "Stutter", 13},
		{"StutterGE", "Stutter", 13},
		{"StutterFair", "Stutter", 13},
		{"CfgInitTwice", "Odd", 255},
		{"CfgDeadlockEmpty", "Odd", 255},
		{"CfgDeadlockKw", "Odd", 255},
		{"CfgDeadlockTwice", "Odd", 255},
		{"PropAction", "Odd", 151},
		{"CfgConstTwice", "Odd", 11},
		{"InvTemporal", "Odd", 76},
		{"InvMix", "Odd", 76},
		{"NoNextInit", "NoNext", 75},
		{"NoNextSpec", "NoNext", 75},
		{"NoNextLabel", "NoNext", 75},
		{"NoNextPost", "NoNext", 75},
		{"NoNextTrue", "NoNext", 75},
		{"NoNextInv", "NoNext", 151},
		{"NoNextProp", "NoNext", 151},
		{"SpecNoBox", "NoNext", 151},
		{"SymNonSet", "NoNext", 255},
		{"PostUndef", "NoNext", 11},
		{"PropParam", "NoNext", 151},
		{"PostParam", "NoNext", 11},
		{"SymUndef", "NoNext", 151},
		{"SpecTwo", "NoNext", 151},
		{"SpecOnlyBox", "NoNext", 151},
		{"AliasUndef", "NoNext", 11},
		{"AliasParam", "NoNext", 11},
		{"ConstDeclInv", "ConstDecl", 151},
		{"ConstDeclProp", "ConstDecl", 151},
		{"ConstDeclInit", "ConstDecl", 151},
		{"ConstDeclView", "ConstDecl", 151},
		{"ConstDeclTrue", "ConstDecl", 11},
		{"ConstDeclSpecParam", "ConstDecl", 151},
		{"ConstDeclAlias", "ConstDecl", 11},
		{"CfgKwAfterBool", "Odd", 255},
		{"CfgInitEOF", "Odd", 255},
		{"CfgExtraName", "Odd", 255},
		{"CfgInitKw", "Odd", 255},
		{"CfgNextKw", "Odd", 255},
		{"CfgInitKwName", "Odd", 151},
		{"CfgNeg", "Odd", 255},
		{"CfgRec", "Odd", 255},
		{"CfgTup", "Odd", 255},
		{"CfgSetNeg", "Odd", 255},
		{"PostDeadlock", "Post", 11},
		{"PostDeadlockT", "Post", 11},
		{"PostInv", "Post", 12},
		{"PostInitInv", "Post", 12},
		{"PostLive", "Post", 13},
		{"PostEvalErr", "Post", 75},
		{"PostFalse", "Post", 10},
		{"PostTrue", "Post", 0},
		{"PostState", "Post", 10},
		{"PostLazy", "Post", 10},
		{"PostDef", "Post", 10},
		{"ActConsTemp", "ActCons", 75},
		{"ActConsBox", "ActCons", 75},
		{"ActConsDef", "ActCons", 75},
		{"ActConsShort", "ActCons", 0},
		{"PrimeCons", "PrimeRun", 75},
		{"PrimeConsDef", "PrimeRun", 75},
		{"PrimeView", "PrimeRun", 75},
		{"PrimeViewPair", "PrimeRun", 75},
		{"PrimeInit", "PrimeRun", 75},
		{"PrimeInit2", "PrimeRun", 75},
		{"PrimeConsUnch", "PrimeRun", 75},
		{"PrimeInitUnch", "PrimeRun", 75},
		{"TempInit", "TempRun", 75},
		{"TempNext", "TempRun", 75},
		{"TempCons", "TempRun", 75},
		{"TempView", "TempRun", 75},
	} {
		tlcGoldenRun(t, dir, c.name, nil, c.code, inSpecDir(), withSpec(c.spec))
	}
	// With -continue, after the violations' traces (PostContinue).
	tlcGoldenRun(t, dir, "PostContinue", []string{"-continue"}, 10, inSpecDir(), withSpec("Post"))
	// A state-level one in the simulator, once its traces are done.
	tlcGoldenRun(t, dir, "PostStateSim", []string{"-simulate", "num=3", "-depth", "5", "-seed", "1"}, 10, inSpecDir(), withSpec("Post"))
	// POSTCONDITION lists (PostList.tla): TLC looks every name up after
	// the run, in the order given (each section's appended), and throws
	// at the first it cannot take before evaluating any: undefined
	// (2229, even alone, PostUndefDone), with arguments (2228), exit 255;
	// then it evaluates them in order up to the first false one.
	for _, c := range []struct {
		name string
		code int
	}{
		{"PostList", 10},
		{"PostListSections", 10},
		{"PostListInv", 12},
		{"PostListUndef", 255},
		{"PostUndefDone", 255},
		{"PostListParam", 255},
	} {
		tlcGoldenRun(t, dir, c.name, nil, c.code, inSpecDir(), withSpec("PostList"))
	}
	// The simulator: the lookup's exception is a message of its own (2229,
	// 2228), exit 151.
	for _, c := range []struct {
		name string
		code int
	}{
		{"PostListSim", 10},
		{"PostListSimUndef", 151},
		{"PostListSimParam", 151},
	} {
		tlcGoldenRun(t, dir, c.name, []string{"-simulate", "num=2", "-depth", "3", "-seed", "1"}, c.code, inSpecDir(), withSpec("PostList"))
	}
}
