package main

import (
	"path/filepath"
	"testing"
)

// TestTLCLiveFoldGolden: TLC folds the constant parts of a temporal
// property inside /\, \/ and ~ only (Liveness.astToLive, then
// LiveExprNode.simplify before the normal form), so with c == 1:
//
//   - [](c < 5 \/ <>(x = 1)) is []TRUE, whose negation <>FALSE is still a
//     branch: "has 1 branches." (FoldOr; FoldImp, FoldLeads, FoldExists
//     likewise), and []<>(x = 1) /\ [](c > 5 => <>(x = 1)) has 2 (FoldTwo);
//   - the two <>FALSE of \A i \in {0, 1, 2} : (i = 1) ~> (x = i) are one
//     branch, the same formula (FoldForall: 2 branches, not 3);
//   - (c > 5) => <>(x = 1) is TRUE: its negation folds to FALSE, which TLC
//     reports as "Temporal formula is a tautology (its negation is
//     unsatisfiable)." (2253) before any search, exit 77 (TautImp;
//     TautFalse with C == FALSE; TautTwo, a conjunction of two such);
//   - one tautology beside a property that is none is no error: the
//     other's branch is checked (Mix).
//
// Outputs recorded from TLC rev cc6b616, plain and -tool.
func TestTLCLiveFoldGolden(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "livefold")
	for _, name := range []string{"FoldOr", "FoldImp", "FoldTwo", "FoldLeads", "FoldExists", "FoldForall", "Mix"} {
		tlcGoldenRun(t, dir, "LiveFold"+name, nil, 0, withSpec("LiveFold"))
	}
	for _, name := range []string{"TautImp", "TautFalse", "TautTwo"} {
		tlcGoldenRun(t, dir, "LiveFold"+name, nil, 77, withSpec("LiveFold"))
	}
}
