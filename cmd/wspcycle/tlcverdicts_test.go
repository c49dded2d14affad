package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestTLCVerdicts runs the small specs of model/testdata/tlc/verdicts,
// each a verdict that differed from TLC's in the verdict-safety hunt of
// stop 26 (actions, instances, recursion, the TLC module, cfg features,
// values), and compares wspcycle's output with TLC's kept beside it:
//   - InstParam: M(v) == INSTANCE InstM WITH x <- v used as M(a)!Inc,
//     where Inc == x' = x + 1: x' is a' and the conjunct assigns it, as in
//     TLC (wspcycle did not follow the parameter to the variable and
//     failed on an unassigned a');
//   - ADefPrime, ADefInit, ALetInit, ALetPrimeIn, I2LetAssign, ASubstDef:
//     x' = e, x' \in S and an initial predicate's x = e where x is a
//     definition without parameters (module-level or LET) whose body is
//     a variable, or an instance's variable substituted by one, assign
//     that variable, as TLC's Tool.getVar follows them (wspcycle
//     evaluated them as equalities and failed on the unassigned one);
//     B2InstDefPrime, B3InstDefIn: the same through an instance's
//     definition, M!Val' = e and M!Val \in S with Val == x, x <- y;
//   - UOpArgTupleAfter: UNCHANGED <<c, K(b)>>, K(v) == v, is taken
//     element by element as TLC's processUnchanged does (c kept, then
//     K(b)' = K(b) evaluated), where wspcycle evaluated the whole tuple
//     and failed on c'; I2UnchParamDirect: UNCHANGED M(b)!Val, M with a
//     parameter, is evaluated, not taken as b (TLC's error, where
//     wspcycle went on to a deadlock); E2NextBoxSplit ([A]_<<K(b), a>>
//     in Next, which wspcycle refused), E2EnabledSplit (in ENABLED),
//     E2UnchDefConstTuple (UNCHANGED <<b, T>>, T == <<1, 2>>),
//     E2WFSplit and E2BoxPropSplit (in the subscripts of a fairness
//     condition and a property) split the tuple the same way; in
//     I2UnchParamDirect TLC's stack names nodes ours does not, so its
//     lines are left out of the comparison;
//   - D2InitMissing, D2InitPartialNoNext: an initial state the initial
//     predicate leaves incomplete (a variable not given a value, in every
//     state or in one branch) is TLC's "current state is not a legal
//     state" with the state (2102), no counts, exit 255; the simulator's
//     "State is not completely specified by the initial predicate"
//     (2106, D2InitMissingSim). wspcycle printed an unexpected exception
//     with a trace and exited 75 (and with a complete first state, went
//     on to a second level);
//   - PostConst*: a POSTCONDITION naming a value TLC computed at startup
//     (a constant-level definition, PostConstOk; a declared CONSTANT,
//     PostConstDecl) is TLC's exception when it looks the postcondition
//     up after a complete search, "The post condition Post cannot be a
//     constant." (exit 255; -continue too, PostConstCont; the simulator's
//     2233 and exit 151, PostConstSim), and nothing after a violation
//     (PostConstInv). wspcycle evaluated it: a false one was exit 10, a
//     CONSTANT was ignored (no error), and one printed after a violation.
//     One that reads the run (TLCGet) stays a definition (PostConstRun),
//     and so does a numeral, no operator application to SANY: evaluated
//     after a deadlock, it fails (PostConstNum; TLC names the value
//     after its message, 2215, which wspcycle does not: that line is
//     left out of the comparison).
func TestTLCVerdicts(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "verdicts")
	for name, code := range map[string]int{
		"InstParam":           11,
		"ADefPrime":           11,
		"ADefInit":            11,
		"ALetInit":            11,
		"ALetPrimeIn":         11,
		"I2LetAssign":         11,
		"ASubstDef":           11,
		"UOpArgTupleAfter":    11,
		"B2InstDefPrime":      11,
		"B3InstDefIn":         11,
		"E2NextBoxSplit":      11,
		"E2EnabledSplit":      11,
		"E2UnchDefConstTuple": 11,
		"E2WFSplit":           0,
		"E2BoxPropSplit":      11,
		"D2InitMissing":       255,
		"D2InitPartialNoNext": 255,
	} {
		t.Run(name, func(t *testing.T) { tlcGoldenRun(t, dir, name, nil, code, inSpecDir()) })
	}
	t.Run("I2UnchParamDirect", func(t *testing.T) {
		tlcGoldenRun(t, dir, "I2UnchParamDirect", nil, 75, inSpecDir(), comparing(withoutStackLines))
	})
	t.Run("PostConstNum", func(t *testing.T) {
		tlcGoldenRun(t, dir, "PostConstNum", nil, 11, inSpecDir(), withSpec("PostConst"), comparing(withoutExpectedBool))
	})
	for _, c := range []struct {
		name  string
		flags []string
		code  int
	}{
		{"PostConstOk", nil, 255},
		{"PostConstInv", nil, 12},
		{"PostConstDecl", nil, 255},
		{"PostConstRun", nil, 0},
		{"PostConstCont", []string{"-continue"}, 255},
		{"PostConstSim", []string{"-simulate", "num=3", "-seed", "1", "-depth", "5"}, 151},
		{"D2InitMissingSim", []string{"-simulate", "num=2", "-seed", "1", "-depth", "3"}, 255},
	} {
		spec := "PostConst"
		if c.name == "D2InitMissingSim" {
			spec = "D2InitMissing"
		}
		t.Run(c.name, func(t *testing.T) { tlcGoldenRun(t, dir, c.name, c.flags, c.code, inSpecDir(), withSpec(spec)) })
	}
}

// withoutExpectedBool is out without TLC's line "TLC expected a boolean
// value, but did not find one. ...", whose value wspcycle does not name.
func withoutExpectedBool(out string) string {
	var keep []string
	for _, l := range strings.Split(out, "\n") {
		if !strings.HasPrefix(l, "TLC expected a boolean value") {
			keep = append(keep, l)
		}
	}
	return strings.Join(keep, "\n")
}
