package model

import (
	"errors"
	"fmt"
	"strings"

	"github.com/wspcycle/wspcycle/tla/eval"
)

// ErrTautology is TLC's refusal of temporal properties whose negation
// folds to FALSE (EC.TLC_LIVE_FORMULA_TAUTOLOGY): TLC's processLiveness
// simplifies fairness /\ (~P1 \/ ... \/ ~Pn), folding the constants
// inside /\, \/ and ~ (not under [] or <>), and when what is left is
// FALSE it has no branch to check, which its model checker reports as
// an error before the search: (c > 5) => <>P with c == 1, say. A
// property such as [](c > 5 => <>P) is no tautology to TLC: []TRUE
// stays a temporal node, its negation <>FALSE a branch.
var ErrTautology = errors.New("Temporal formula is a tautology (its negation is unsatisfiable).")

// tautology reports whether the negations of all the parts folded to
// FALSE: every part is a General one without disjuncts (the other kinds
// always have a branch).
func tautology(parts []livePart) bool {
	if len(parts) == 0 {
		return false
	}
	for _, p := range parts {
		if p.kind != eval.General || len(p.disj) > 0 {
			return false
		}
	}
	return true
}

// tfKey is a syntactic key of a tableau formula (a conjunction): equal
// keys for formulas TLC's LiveExprNode.equals finds equal.
func tfKey(tf []*lform) string {
	var b strings.Builder
	for _, f := range tf {
		writeTFKey(&b, f)
		b.WriteByte(';')
	}
	return b.String()
}

func writeTFKey(b *strings.Builder, f *lform) {
	switch f.op {
	case lConst:
		fmt.Fprintf(b, "c%v", f.val)
	case lAtom:
		fmt.Fprintf(b, "a%p%v", f.atom, f.neg)
	default:
		fmt.Fprintf(b, "(%d", f.op)
		for _, k := range f.kids {
			b.WriteByte(' ')
			writeTFKey(b, k)
		}
		b.WriteByte(')')
	}
}
