package eval_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/eval"
)

// TestModules checks the specs of testdata/modules, each exercising one
// part of module semantics, against TLC's verdicts and counts (TLC ran on
// each with the lib folder on its library path; each spec's header
// derives its numbers by hand).
func TestModules(t *testing.T) {
	dir := filepath.Join("testdata", "modules")
	lib := filepath.Join(dir, "lib")
	for _, tc := range []struct {
		spec                string // Spec, or Spec/Config
		result              string
		property            string
		distinct, generated int64
	}{
		{"MCCounter", model.ResultOK, "", 4, 5},                              // EXTENDS from -lib, Max <- MCMax, Init <- MCInit, LOCAL
		{"Pair", model.ResultOK, "", 6, 8},                                   // nested module, named and parameterised INSTANCE
		{"OpConst", model.ResultOK, "", 4, 4},                                // CONSTANT F(_, _) <- Plus, ASSUME
		{"Clock2", model.ResultOK, "", 24, 25},                               // refinement: PROPERTY HC!HC through INSTANCE WITH
		{"AssumeOnly", model.ResultOK, "", 0, 0},                             // no behaviour: the ASSUMEs only
		{"BagsOps", model.ResultOK, "", 0, 0},                                // the standard module Bags, built in: every ASSUME holds
		{"LazyFilter", model.ResultOK, "", 0, 0},                             // {n \in Nat : P} kept lazy: membership only
		{"MCTwoStep", model.ResultOK, "", 3, 4},                              // operator constants of an instance; x' assigned through a parameter
		{"FairPairs", model.ResultOK, "", 16, 33},                            // \A p, q \in P : WF, \A p \in P : WF /\ WF
		{"FairPairs/FairPairsWeak", model.ResultProperty, "AllDone", 16, 33}, // the same without WF on Stop
		{"MCNoVal", model.ResultOK, "", 2, 3},                                // C = [M] v: a value for a definition of an instantiated module
		{"Selectors", model.ResultOK, "", 4, 4},                              // Init!1, Bump(1)!1 (an assignment), Inv!2
		{"Clash", model.ResultOK, "", 1, 2},                                  // a name reached twice; a conflicting one keeps the first
		{"Clock2Bad", model.ResultActionProperty, "line 7, col 16 to line 7, col 27 of module HourClock", 3, 3},
		{"MCDouble", model.ResultInvariant, "Inv", 3, 3}, // Lim <- [Doubler] MyLim, Nat <- Small inside an instance
		{"OpSubst", model.ResultOK, "", 0, 0},            // WITH Leader <- Leader (an operator constant), implicit and LAMBDA substitution
		{"Facts", model.ResultOK, "", 4, 4},
		{"StdExt", model.ResultOK, "", 3, 3},
		{"LabelSel", model.ResultOK, "", 0, 0}, // TLCExt, Randomization, Json, Reals built in              // theorem names as formulas, selectors !: !<< !>> !n !(a), a LET instance
	} {
		t.Run(tc.spec, func(t *testing.T) {
			file, conf, _ := strings.Cut(tc.spec, "/")
			if conf == "" {
				conf = file
			}
			sp, err := eval.LoadFiles(filepath.Join(dir, file+".tla"), filepath.Join(dir, conf+".cfg"), lib)
			if err != nil {
				t.Fatal(err)
			}
			rep, err := model.Check(context.Background(), sp, model.Options{Workers: 1})
			if err != nil {
				t.Fatal(err)
			}
			if rep.Result != tc.result || rep.Property != tc.property || rep.Distinct != tc.distinct || rep.Generated != tc.generated {
				t.Errorf("%s %q with %d distinct, %d generated; want %s %q with %d, %d",
					rep.Result, rep.Property, rep.Distinct, rep.Generated, tc.result, tc.property, tc.distinct, tc.generated)
			}
		})
	}
}

// TestNatives: the native replacements of community-module operators give
// TLC's answers. Natives.tla states them as ASSUMEs over stand-in modules
// whose TLA+ definitions TLC evaluates (all hold in TLC); BigSeq.tla needs
// the native (the definition would enumerate 9^9 functions);
// NativeFolds.tla holds in TLC with the CommunityModules (their folds'
// definitions, evaluated here as TLC evaluates them: the order of the
// folds);
// Causal.tla holds in TLC (VectorClocks' CausalOrder), CausalBig.tla needs
// the native (its only answer is the chain of its 12 lines);
// GraphsNatives.tla holds in TLC with the stand-in Graphs (directed paths
// of at most as many nodes as the graph has), GraphsBig.tla needs the
// natives (12^12 paths).
func TestNatives(t *testing.T) {
	dir := filepath.Join("testdata", "modules", "natives")
	for _, spec := range []string{"Natives", "BigSeq", "NativeFolds", "Causal", "CausalBig", "GraphsNatives", "GraphsBig"} {
		if _, err := eval.LoadFiles(filepath.Join(dir, spec+".tla"), filepath.Join(dir, spec+".cfg")); err != nil {
			t.Errorf("%s: %v", spec, err)
		}
	}
}

// TestJavaOnlyNatives: IOUtils' operators that TLC computes in Java.
// IOEnv is the process environment, as TLC's: with WSPCYCLE_IOUSE set, N
// is 2 and x runs 0, 1 (2 distinct states), else N is 3 (3 states); its
// TLA+ definition, CHOOSE r \in [STRING -> STRING] : TRUE, would have
// made the checker enumerate STRING. IOExec, which runs a command in TLC
// with the CommunityModules' Java, is evaluated from its definition, as
// TLC without it does: the enumeration of its record set fails.
func TestJavaOnlyNatives(t *testing.T) {
	dir := filepath.Join("testdata", "modules", "natives")
	for _, tc := range []struct {
		set      bool
		distinct int64
	}{{true, 2}, {false, 3}} {
		if tc.set {
			t.Setenv("WSPCYCLE_IOUSE", "1")
		} else {
			os.Unsetenv("WSPCYCLE_IOUSE")
		}
		sp, err := eval.LoadFiles(filepath.Join(dir, "IOUse.tla"), filepath.Join(dir, "IOUse.cfg"))
		if err != nil {
			t.Fatal(err)
		}
		rep, err := model.Check(context.Background(), sp, model.Options{Workers: 1})
		if err != nil {
			t.Fatal(err)
		}
		if rep.Result != model.ResultOK || rep.Distinct != tc.distinct {
			t.Errorf("WSPCYCLE_IOUSE set %v: %s with %d distinct, want ok with %d", tc.set, rep.Result, rep.Distinct, tc.distinct)
		}
	}
	sp, err := eval.LoadFiles(filepath.Join(dir, "IOExecUse.tla"), filepath.Join(dir, "IOExecUse.cfg"))
	if err != nil {
		t.Fatal(err)
	}
	rep, err := model.Check(context.Background(), sp, model.Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	want := "but can't enumerate the value of the `exitValue' field"
	if rep.Result != model.ResultError || !strings.Contains(rep.Message, want) {
		t.Errorf("got %s: %s\nwant an error %s", rep.Result, rep.Message, want)
	}
}

// TestModuleErrors: a missing module, a cycle and a name an instance does
// not define are positioned errors (SANY refuses all three).
func TestModuleErrors(t *testing.T) {
	dir := filepath.Join("testdata", "modules", "bad")
	for _, tc := range []struct{ spec, want string }{
		{"Missing", "Missing.tla:2:19: cannot find module NoSuchModule: no NoSuchModule.tla in the search path " + dir},
		{"CycleA", "CycleB.tla:2:9: circular dependency among modules: CycleA -> CycleB -> CycleA"},
		{"NoDef", "NoDef.tla:7:15: module Inner has no definition B"},
		{"StateConst", "StateConst.cfg:1:17: The configuration file substitutes constant Lim with non-constant XPlus"},
		{"NoLabel", "NoLabel.tla:4:11: cannot find label nolab"},
		{"AssumeProveUse", "AssumeProveUse.tla:6:8: ASSUME/PROVE used where an expression is required"},
	} {
		t.Run(tc.spec, func(t *testing.T) {
			_, err := eval.LoadFiles(filepath.Join(dir, tc.spec+".tla"), filepath.Join(dir, tc.spec+".cfg"))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v\nwant %s", err, tc.want)
			}
		})
	}
}

// TestFalseAssumeInModule: with F <- Times the ASSUME F(1, 2) = 3 is false:
// TLC stops with "Assumption line 9, col 8 to line 9, col 18 of module
// OpConst is false." (exit 10).
func TestFalseAssumeInModule(t *testing.T) {
	dir := filepath.Join("testdata", "modules")
	_, err := eval.LoadFiles(filepath.Join(dir, "OpConst.tla"), filepath.Join(dir, "bad", "OpConstWrong.cfg"))
	var ae *eval.AssumptionError
	if !errors.As(err, &ae) || ae.Msg != "Assumption line 9, col 8 to line 9, col 18 of module OpConst is false." {
		t.Errorf("got %v", err)
	}
}
