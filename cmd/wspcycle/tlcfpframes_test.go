package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestTLCFingerprintFrames runs the specs of model/testdata/tlc/fpframes
// and compares wspcycle's output with TLC's (rev cc6b616), plain and
// -tool. Each fails in a method of a value built by a constructor written
// inline, a constant expression: TLC's replay of the failing evaluation
// builds it again and gives it its node, so that TLC prints "TLC was
// unable to fingerprint." (2147) with the chain of values the failing
// method went through, outermost first. wspcycle folded such expressions
// while compiling, so the replay built none of them and the chain lost
// its nodes (or TLC's 2147 became the plain stack of nested
// expressions); the spec loaded for the replay now builds them
// (eval's csfold.go):
//   - FInit*, FNext*, FInv*: PrintT of the failing expression in Init,
//     in Next, in an invariant; FDef*: the same as a constant definition
//     (S == ...) used in Init, which TLC cannot compute at startup and
//     evaluates in the replay, its values named too; FDefNext*, a
//     constant definition used in Next;
//   - the operations: \cap and \ (Cap, Diff: the left set, the right set
//     and its element whose equals failed), \cup (Cup: the left set and
//     its element), \in of a set of sets or of tuples (InSets, InSets2,
//     TupIn: the set and its element), SUBSET and Seq (Subset,
//     B2SubsetMemShape, B3SeqMemShape: the lazy set and its operand's
//     set and element), \subseteq (Subseteq, B2SubseteqShape: the left
//     set, the right set, its element), UNION (Union: the element
//     gathered first), EXCEPT on a set (Except: the set's takeExcept),
//     the domain of a function constructor TLC cannot sort (FcnCons: the
//     domain and the element whose compareTo failed), = of sequences of
//     sets (Seq, B2SeqOfSetsCmp); a set of records \cap an enumerated
//     set (RcdSet: TLC's b.cap(a) asks the set of records, in its words,
//     which the search said in the enumerated set's);
//   - FNextAs*: the failing value assigned to x'; FOpArg, FVarMix,
//     FDefPart: the set built as an operator's argument, beside a
//     variable, beside a constant definition's value (which TLC computed
//     at startup and names no node);
//   - B4Act1-B4Act6: x' = e, x' \in S and UNCHANGED x checked against the
//     value already assigned to x': the conjunct is on the stack and the
//     assigned value, built by the action, is named.
//
// The bounds of the \E through which TLC splits Next are evaluated at
// startup and name no node (evalerrors' FSetElem).
func TestTLCFingerprintFrames(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "fpframes")
	specs, err := filepath.Glob(filepath.Join(dir, "*.tla"))
	if err != nil || len(specs) < 60 {
		t.Fatalf("the specs of %s: %d, %v", dir, len(specs), err)
	}
	for _, s := range specs {
		name := strings.TrimSuffix(filepath.Base(s), ".tla")
		// Each fails in an evaluation, TLC's exit 75.
		t.Run(name, func(t *testing.T) { tlcGoldenRun(t, dir, name, nil, 75, inSpecDir()) })
	}
}
