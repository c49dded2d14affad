package eval

import (
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/parser"
)

// FuzzEval evaluates arbitrary constant expressions: whatever the parser
// accepts must evaluate to a value or an error, never panic or hang.
func FuzzEval(f *testing.F) {
	for _, s := range []string{
		`1 + 2 * 3`, `{x \in 1..6 : x % 2 = 0}`, `[a |-> 1, b |-> 2].b`,
		`LET fact[n \in 0..5] == IF n = 0 THEN 1 ELSE n * fact[n - 1] IN fact[5]`,
		`[[a |-> <<1, 2>>] EXCEPT !.a[2] = @ + 10]`, `CHOOSE s \in SUBSET {1, 2} : TRUE`,
		`(1 :> "a") @@ (2 :> "b")`, `<<1, 2>> \in Seq(Nat)`, `UNION {{1}, {2, 3}}`,
		`[{1, 2} -> {0, 1}]`, `Cardinality([a : {1}, b : {2, 3}])`, `SubSeq(<<1, 2, 3>>, 2, 3)`,
	} {
		f.Add(s)
	}
	// Chains long enough for chain.go (chainMin links), which the
	// mutator can break or mix.
	for _, link := range []string{" + 1", ` \cup {1}`, ` \o <<>>`, ` /\ TRUE`, ` \/ FALSE`, " * 1"} {
		f.Add("1" + strings.Repeat(link, 40))
	}
	f.Fuzz(func(t *testing.T, src string) {
		e, err := parser.ParseExpr("fuzz", []byte(src))
		if err != nil || e == nil {
			return
		}
		c := newCompiler(&ast.Module{})
		c.out = discard{}
		x := c.expr(e, cenv{at: -1})
		if len(c.errs) > 0 {
			return
		}
		k := (&program{nslots: c.nslots, nrecs: c.nrecs, out: c.out}).get()
		v, err := x.fn(k)
		if err == nil && v == nil {
			t.Fatalf("%s: no value and no error", src)
		}
	})
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
