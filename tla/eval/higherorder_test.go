package eval

import (
	"strings"
	"testing"
)

// TestHigherOrderExpressions: operator parameters, LAMBDA, symbols and
// RECURSIVE in LET, with values worked out by hand.
func TestHigherOrderExpressions(t *testing.T) {
	cases := []struct{ src, want string }{
		{`LET Ap(F(_), x) == F(x) IN Ap(LAMBDA y : y * 2, 5)`, "10"},
		{`LET Ap(F(_, _), x) == F(x, x) IN Ap(+, 5)`, "10"},
		{`LET Ap(F(_, _), x) == F(x, x) IN Ap(\o, <<1>>)`, "<<1, 1>>"},
		{`LET Ap(F(_), x) == F(x) IN Ap(Len, <<1, 2>>)`, "2"},
		{`LET Ap(F(_), x) == F(x) IN Ap(-., 3)`, "-3"},
		// A parameter passed on, and a LAMBDA reading its own bound name
		// and an enclosing one.
		{`LET Ap(F(_), x) == F(x) Ap2(G(_), x) == Ap(G, Ap(G, x)) IN \A k \in {3} : Ap2(LAMBDA y : y + k, 1) = 7`, "TRUE"},
		{`LET a ++ b == a \cup b IN {1} ++ {2}`, "{1, 2}"},
		{`LET s ^* == s \o s IN <<1>>^*`, "<<1, 1>>"},
		{`LET Ap(_ ## _, a) == a ## a  x ## y == x - y IN Ap(##, 3)`, "0"},
		{`LET RECURSIVE F(_) F(n) == IF n = 0 THEN 1 ELSE n * F(n - 1) IN F(5)`, "120"},
		{`LET RECURSIVE E(_), O(_) E(n) == n = 0 \/ O(n - 1) O(n) == n # 0 /\ E(n - 1) IN <<E(4), O(4), E(7)>>`, "<<TRUE, FALSE, FALSE>>"},
		// A recursion whose call binds the same slots while an enclosing
		// activation still needs them: the inner call must not clobber x.
		{`LET RECURSIVE G(_) G(n) == IF n = 0 THEN TRUE ELSE \E x \in {n} : G(n - 1) /\ x = n IN G(3)`, "TRUE"},
		{`SelectSeq(<<1, 2, 3>>, LAMBDA v : v > 1)`, "<<2, 3>>"},
	}
	for _, tc := range cases {
		v, err := evalExpr(t, tc.src, nil)
		if err != nil {
			t.Errorf("%s: %v", tc.src, err)
			continue
		}
		if got := v.String(); got != tc.want {
			t.Errorf("%s = %s, want %s", tc.src, got, tc.want)
		}
	}
}

// TestHigherOrderErrors: unbounded constructs fail with TLC's messages
// when evaluated, a runaway recursion and a misapplied LAMBDA are
// positioned errors.
func TestHigherOrderErrors(t *testing.T) {
	cases := []struct {
		src  string
		col  int
		want string
	}{
		{`CHOOSE x : x > 5`, 1, "TLC attempted to evaluate an unbounded CHOOSE."},
		{`\E x : x > 5`, 1, "TLC attempted to evaluate an unbounded \\E."},
		{`\A x, y : x = y`, 1, "Make sure that the expression is of form \\A x \\in S: P(x)."},
		{`LET RECURSIVE F(_) F(n) == F(n + 1) IN F(0)`, 28, "The recursive operator F was applied more than 5000 times"},
		{`LET Ap(F(_), x) == F(x) IN Ap(LAMBDA a, b : a, 1)`, 20, "takes 2 arguments, not 1"},
	}
	for _, tc := range cases {
		_, err := evalExpr(t, tc.src, nil)
		if err == nil {
			t.Errorf("%s: no error", tc.src)
			continue
		}
		msg := err.Error()
		if !strings.Contains(msg, tc.want) {
			t.Errorf("%s: %q, want it to contain %q", tc.src, msg, tc.want)
		}
		if !strings.Contains(msg, ":1:"+itoa(tc.col)+":") && !strings.HasPrefix(msg, "1:"+itoa(tc.col)+":") {
			if ee, ok := err.(*Error); !ok || ee.Pos.Col != tc.col {
				t.Errorf("%s: %q, want column %d", tc.src, msg, tc.col)
			}
		}
	}
}

func itoa(n int) string {
	var b []byte
	for ; n > 0 || len(b) == 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}
