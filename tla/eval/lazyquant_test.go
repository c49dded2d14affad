package eval

import (
	"bytes"
	"testing"
)

// Quantifiers and CHOOSE enumerate SUBSET lazily and stop at the first element that decides them, as TLC's
// enumerators do: each of these sets has more than value.MaxEnum elements,
// so building it whole is refused ("Attempted to enumerate ... more than
// 1048576 elements") and the test fails if a quantifier materialises it.
// The order is the canonical one (the printed elements, TLC's).
func TestQuantifiersEnumerateLazily(t *testing.T) {
	cases := []struct{ src, want, printed string }{
		{`\E s \in SUBSET (1..25) : TRUE`, "TRUE", ""},
		{`\E a \in {1, 2}, s \in SUBSET (1..25) : a = 1`, "TRUE", ""},
		{`\E s \in SUBSET (1..25), a \in {1, 2} : 2 \in s`, "TRUE", ""},
		{`\A s \in SUBSET (1..25) : s = {}`, "FALSE", ""},
		{`\A s \in SUBSET (1..25), a \in {1} : PrintT(<<s, a>>) /\ 3 \notin s`, "FALSE",
			"<<{}, 1>>\n<<{1}, 1>>\n<<{2}, 1>>\n<<{3}, 1>>\n"},
		{`CHOOSE s \in SUBSET (1..25) : 2 \in s`, "{2}", ""},
		{`\E a \in {1}, b \in {2}, s \in SUBSET (1..30) : 7 \in s`, "TRUE", ""},
	}
	for _, c := range cases {
		var out bytes.Buffer
		v, err := evalExpr(t, c.src, &out)
		if err != nil {
			t.Errorf("%s: %v", c.src, err)
			continue
		}
		if v.String() != c.want {
			t.Errorf("%s = %s, want %s", c.src, v, c.want)
		}
		if out.String() != c.printed {
			t.Errorf("%s printed %q, want %q", c.src, out.String(), c.printed)
		}
	}
}

// BenchmarkQuantifierStopsEarly: a two-binder \E over SUBSET (1..20) that
// the first combination decides (before lazy enumeration it built all
// 2^20 subsets each time: seconds; TLC answers at once).
func BenchmarkQuantifierStopsEarly(b *testing.B) {
	for i := 0; i < b.N; i++ {
		var out bytes.Buffer
		v, err := evalExpr(b, `\E a \in {1, 2}, s \in SUBSET (1..20) : a = 1`, &out)
		if err != nil || v.String() != "TRUE" {
			b.Fatal(v, err)
		}
	}
}
