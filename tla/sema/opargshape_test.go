package sema

import (
	"strings"
	"testing"
)

// TestOperatorArgumentShapes: SANY's refusals of operator arguments of the
// wrong shape (TLC rev cc6b616, exit 150), which the evaluator computed
// when the misuse still made sense to it (H(G, 1) below evaluated to 3),
// and the well-shaped uses that stay accepted.
func TestOperatorArgumentShapes(t *testing.T) {
	for _, tt := range []struct{ units, pos, msg string }{
		{"G(f(_), x) == f(f(x))\nH(g(_, _), x) == g(LAMBDA y : y + 1, x)\nA == H(G, 1)", "4:20", "LAMBDA expression used where an expression is required."},
		{"G(f(_), x) == f(x)\nH(g(_, _), x) == g(x, x)\nA == H(G, 1)", "5:6", "Argument number 1 to operator 'H' \nshould be a 2-parameter operator."},
		{"H(g(_, _), x) == g(x, x)\nAdd(a, b) == a + b\nA == H(Add, 1) + H(LAMBDA a, b : a * b, 2)", "", ""},
		{"F(op(_, _), a, b) == op(a, b)\nA == F(LAMBDA a, b : a * b, 2, 3)", "", ""},
	} {
		err := Check(parseMod(t, "Naturals", tt.units), nil)
		if tt.msg == "" {
			if err != nil {
				t.Errorf("%q: %v, want no error", tt.units, err)
			}
			continue
		}
		if err == nil {
			t.Errorf("%q: no error, want %s %q", tt.units, tt.pos, tt.msg)
			continue
		}
		if s := err.Error(); !strings.HasPrefix(s, "M.tla:"+tt.pos+": ") || !strings.Contains(s, tt.msg) {
			t.Errorf("%q: got %s, want %s %q", tt.units, s, tt.pos, tt.msg)
		}
	}
}
