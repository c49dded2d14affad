package main

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"

	"github.com/wspcycle/wspcycle/tla/value"
)

// TLC's -maxSetSize bounds the sets TLC builds in a growing ValueVec, and
// only those: with -maxSetSize 10 TLC refuses \E over a function, record
// or tuple set of 16 elements, a union of 14, a set map of 20 images (3
// distinct), but walks x \in [1..2 -> 1..4], \E over SUBSET (1..4) in Init
// and Next, and \E i \in 1..20. Its refusal has no position and an empty
// call stack; in Next it is an unexpected exception, in an invariant
// "Evaluating invariant Inv failed.". A filter of a function set walks
// its 400 functions and refuses when it keeps 20 (FiltWalk), not when it
// keeps 10 (FiltWalkOk): without the bound in value.FilterV's walk, an
// \E over such a filter of 2000^3 functions went through all of them
// where TLC stops at the millionth kept. TLC rev cc6b616's outputs are in
// model/testdata/tlc/setbound.
func TestTLCSetBoundGolden(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "setbound")
	// Below 10, TLC's vector, which starts with room for 10, refuses
	// only past 10 (value.CheckBuilt): at -maxSetSize 5 ten images are
	// built (Below10), the eleventh is refused with the bound 5
	// (Below10Over).
	tlcGoldenRun(t, dir, "Below10", []string{"-maxSetSize", "5"}, 0)
	tlcGoldenRun(t, dir, "Below10Over", []string{"-maxSetSize", "5"}, 75)
	// So do the enumerators of function, record and tuple sets: 9
	// functions or records pass -maxSetSize 5, 16 are refused when the
	// state holding them is fingerprinted, an exception TLC does not
	// catch in an initial state (255), naming the set's node in a
	// successor (NextFcnOver, at 10).
	tlcGoldenRun(t, dir, "Below10Fcn", []string{"-maxSetSize", "5"}, 0)
	tlcGoldenRun(t, dir, "Below10Rcd", []string{"-maxSetSize", "5"}, 0)
	tlcGoldenRun(t, dir, "Below10FcnOver", []string{"-maxSetSize", "5"}, 255)
	tlcGoldenRun(t, dir, "Below10ProdOver", []string{"-maxSetSize", "5"}, 255)
	tlcGoldenRun(t, dir, "NextFcnOver", []string{"-maxSetSize", "10"}, 75)
	// C <- Big: TLC's load evaluates Big (a set map, a filter of an
	// interval) and its refusal of more than -maxSetSize elements escapes
	// it, an unexpected exception after "Starting...", exit 255, C used
	// or not (eval.substAtLoad).
	tlcGoldenRun(t, dir, "SubstBig", []string{"-noGenerateSpecTE", "-maxSetSize", "10"}, 255)
	tlcGoldenRun(t, dir, "SubstBigFilt", []string{"-noGenerateSpecTE", "-maxSetSize", "10"}, 255)
	for _, c := range []struct {
		name string
		code int
	}{
		{"FcnEx", 75}, {"RcdEx", 75}, {"Union", 75}, {"MapSmall", 75},
		{"Interval", 0}, {"InitIn", 0}, {"SubEx", 0}, {"NextSubEx", 0},
		{"NextErr", 75}, {"InvErr", 76},
		// SUBSET is built in a vector sized in advance, which the
		// bound never refuses: 16 subsets pass -maxSetSize 10.
		{"SubVal4", 0}, {"SubFilt4", 0},
		{"FiltWalk", 75}, {"FiltWalkOk", 0},
		// A union with an enumerated set or an interval counts its
		// elements once (TLC's SetEnumValue.cup adds those of B not in
		// A); one of two other sets counts both operands, duplicates
		// too (SetCupValue's ValueVec), as UNION of intervals does.
		{"CupOverlap", 0}, {"CupOverlapEx", 0},
		{"CupSubEx", 75},
		{"UnionEnumOverlap", 0}, {"UnionIntOverlapEx", 75},
		// \cap, \ and a filter count the elements they keep.
		{"CapOverlap", 0}, {"CapOver", 75}, {"DiffOverlap", 0}, {"DiffOver", 75},
		{"FiltOverlap", 0},
		// Function, record and tuple sets are counted and compared by
		// their operands, not enumerated: no bound applies.
		{"RcdSetCard", 0}, {"FcnSetCard", 0}, {"TupSetCard", 0}, {"RcdSetCardOver", 75}, {"TupSetCardOver", 75},
		{"FcnSetEq10", 0}, {"FcnSetNeq10", 0}, {"RcdSetEq", 0}, {"FcnSetEmptyEq", 0},
		// A union of two sets neither enumerated nor an interval, or
		// a UNION of intervals, too large to build stays lazy
		// (SetCupValue, UnionValue): x \in S, \subseteq and the range
		// of [D -> S] walk it, duplicates included; Cardinality and
		// PrintT refuse it inside the Java method; a state holding it
		// fails to fingerprint (a UNION in an initial state is TLC's
		// uncaught exception); equality and sorting build it.
		{"LazyCardCupSub", 75}, {"LazyCardUnion", 75}, {"LazyCardFcnU", 75}, {"LazyPrintCupSub", 75},
		{"LazyXCupSub", 75}, {"LazyXUnion", 255}, {"LazyNextUnion", 75}, {"LazyEqUnion", 75}, {"LazyUU", 75},
		{"LazyInUnion", 0}, {"LazyInCupSub", 0}, {"LazySubseteqU", 0}, {"LazyInFcnU2", 0}, {"LazyInvCup", 75},
		// An ASSUME that builds a set too large fails to evaluate
		// (exit 10), the message without a range, whether raised by a
		// node (AsmFcn) or inside a value's method (AsmRec, a UNION of
		// a recursive operator as in Examples' Stones): it was a
		// semantic error (exit 150). TLC stops at the first such
		// ASSUME (AsmSecond), checks them before Init (AsmVars).
		// Checking an initial state, an invariant or a property that
		// meets a Java exception (a set too large, a tuple binder out
		// of bounds: InvIdx) has TLC's empty call stack: ours printed
		// the expressions it was in, or nothing.
		{"InvInit", 75}, {"PropInit", 75}, {"InvIdx", 75}, {"InvRec", 75}, {"PropMap", 75}, {"ConstDef", 75},
		{"AsmFcn", 10}, {"AsmMap", 10}, {"AsmRec", 10}, {"AsmSecond", 10}, {"AsmUnion", 10}, {"AsmVars", 10},
	} {
		tlcGoldenRun(t, dir, c.name, []string{"-maxSetSize", "10"}, c.code)
	}
	for _, c := range []struct {
		name string
		code int
	}{
		// A UNION of function, record or tuple sets whose set of sets
		// TLC sorts fails in a member's compareTo, whose node TLC names
		// last on its fingerprint stack (Examples' MCFindHighest with
		// -maxSetSize 100): it was missing.
		{"UFcnInit", 75}, {"UFcnDef", 75}, {"UFcnInv", 75}, {"UFcnNext", 75}, {"UProdInit", 75}, {"URcdInit", 75},
		// One such member, or a \cup of two, is walked, each member
		// too (625 and 750 initial states): we refused to build it.
		{"UFcnOne", 0}, {"UFcnCup", 0},
	} {
		tlcGoldenRun(t, dir, c.name, []string{"-maxSetSize", "100"}, c.code)
	}
	if got := value.MaxEnum(); got != 100 {
		t.Errorf("bound after a run with -maxSetSize 100 = %d, want 100", got)
	}
}

// SUBSET S of 31 elements or more overflows TLC's 32-bit count where TLC
// counts it (Cardinality: "Overflow when computing the number of elements
// in:"), and is walked one subset at a time where TLC walks it (CHOOSE,
// \E in an expression and in Init), however large S: 70 elements here,
// past any 64-bit count. An interval's size is TLC's 32-bit message, and
// an end past TLC's integers is refused before any interval is made.
// TLC rev cc6b616's outputs are in model/testdata/tlc/setoverflow.
func TestTLCSetOverflowGolden(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "setoverflow")
	for _, c := range []struct {
		name string
		code int
	}{
		{"SubChoose70", 0}, {"SubExpr70", 0}, {"SubInitEx70", 0}, {"SubCard70", 75},
		// SUBSET A = SUBSET B compares A and B, not the subsets.
		{"SubEq70", 0}, {"SubNeq70", 0},
		{"IntCardMin", 75}, {"IntCard64", 255},
		// A union counts its elements once: (1..600000) \cup (1..600000)
		// is within the default bound.
		{"CupDup600k", 0},
		// [D -> R] = [D -> R] compares D and R: 2^21 functions are
		// never built.
		{"FcnSetEq21", 0},
	} {
		tlcGoldenRun(t, dir, c.name, nil, c.code)
	}
}

// A run without -maxSetSize has TLC's default bound, whatever an earlier
// run in the same process set.
func TestTLCSetBoundDefault(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "setbound")
	tlcGoldenRun(t, dir, "FcnEx", []string{"-maxSetSize", "10"}, 75)
	var out, errb bytes.Buffer
	run(context.Background(), []string{"tlc", "-config", filepath.Join(dir, "Interval.cfg"), filepath.Join(dir, "Interval.tla")}, &out, &errb)
	if got := value.MaxEnum(); got != value.DefaultSetBound {
		t.Errorf("bound after a run without -maxSetSize = %d, want %d", got, value.DefaultSetBound)
	}
}

// check has TLC's bound too, --max-set-size changing it: a set TLC
// refuses to build is refused, with its position, not computed.
func TestCheckMaxSetSize(t *testing.T) {
	spec := filepath.Join("..", "..", "model", "testdata", "tlc", "setbound", "FcnEx.tla")
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"check", "--max-set-size", "10", spec}, &out, &errb); code != 75 ||
		!bytes.Contains(out.Bytes(), []byte("Attempted to construct a set with too many elements (>10).")) ||
		!bytes.Contains(out.Bytes(), []byte("FcnEx.tla:4:27")) {
		t.Errorf("--max-set-size 10: exit %d\n%s%s", code, out.String(), errb.String())
	}
	out.Reset()
	if code := run(context.Background(), []string{"check", spec}, &out, &errb); code != 0 {
		t.Errorf("default bound: exit %d\n%s%s", code, out.String(), errb.String())
	}
	if code := run(context.Background(), []string{"check", "--max-set-size", "0", spec}, &out, &errb); code != 2 {
		t.Errorf("--max-set-size 0: exit %d, want 2", code)
	}
}
