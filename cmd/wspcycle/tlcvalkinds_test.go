package main

import (
	"path/filepath"
	"testing"
)

// TestTLCValueKinds compares with TLC (rev cc6b616, model/testdata/tlc/
// valkinds, plain and -tool) what depends on TLC's class of a value, which
// our values keep beside what they are (value.FcnV's held class):
//
//   - DOMAIN of a function is an interval only where TLC's value has an
//     IntervalValue domain: a tuple, [i \in 1..2 |-> e], an element of
//     [1..2 -> T]; over {1, 2}, for :>, @@, Permutations and bags it is
//     {1, 2} (VDomain; VDomPerm: Permutations and recursive functions;
//     VDomInv: ToString(DOMAIN x) was a wrong violation);
//   - a key of another kind than the domain's, in an EXCEPT (also down a
//     path) or an application, is the failure of TLC's TupleValue,
//     FcnRcdValue over an interval, over an enumerated set, or
//     RecordValue (VExc*, VApp*; VExcMissing: a key of the right kind
//     outside the domain is TLC's warning 2144). A function constructor
//     over an enumerated set applied where written fails so too, but TLC
//     reports it as its failure to fingerprint (not emulated; unit test
//     TestKeyKindErrors in tla/eval);
//   - PrintT, Print and ToString of a set TLC must enumerate to print and
//     cannot (Nat \cup {1}, Nat \ {2}, Nat \cap Int, UNION {Nat, {1}}, also
//     inside a tuple) fail as TLC's Java method (VPrint*, VToStrCup).
func TestTLCValueKinds(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "valkinds")
	want := map[string]int{
		"VDomain": 0, "VDomInv": 0, "VDomPerm": 0,
		"VExcSet": 75, "VExcTup": 75, "VExcIv": 75, "VExcStrFcn": 75, "VExcNested": 75, "VExcNestedTup": 75,
		"VExcAtAt": 75, "VExcMissing": 0, "VAppSet": 75, "VAppStrFcn": 75, "VAppIv": 75,
		"VPrintCup": 10, "VPrintDiff": 10, "VPrintUnion": 10, "VPrintCap": 10, "VPrintNested": 10,
		"VPrint2": 10, "VPrintUnionInf": 10, "VToStrCup": 10,
	}
	for name, code := range want {
		tlcGoldenRun(t, dir, name, nil, code, inSpecDir())
	}
}
