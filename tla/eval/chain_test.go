package eval

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/parser"
)

// TestChainAgreesWithBinary: a chain compiled by chain gives the same value,
// or the same error at the same position, as the same chain compiled link
// by link by binary (chainMin raised past its length). The chains are
// random (a fixed seed): 40 links of one associative operator (a chain
// mixing operators of different precedence nests to the right, and the
// others are not associative): +, - or * over integers (a large one
// overflows, a set is not an integer), \cup or \cap over sets (and a
// non-set), \o or @@ over sequences (and a non-sequence), /\ and \/ over
// TRUE, FALSE and a non-Boolean, which the junctions may or may not reach.
func TestChainAgreesWithBinary(t *testing.T) {
	r := rand.New(rand.NewSource(13))
	pick := func(xs ...string) string { return xs[r.Intn(len(xs))] }
	kinds := []struct {
		first    string
		ops      []string
		operands []string
	}{
		{"7", []string{"+", "-", "*"}, []string{"0", "1", "1", "2", "3", "(-4)", "1", "1", "100000", "{}"}},
		{"{1, 2, 3}", []string{"\\cup", "\\cap"}, []string{"{1}", "{1, 2}", "{1, 2, 3}", "{3, 1}", "1..3", "{1, 2, 3}", "7"}},
		{"<<1>>", []string{"\\o", "@@"}, []string{"<<1>>", "<<>>", "<<2, 3>>", "<<1>>", "<<1>>", "<<1>>", "1"}},
		{"TRUE", []string{"/\\"}, []string{"TRUE", "TRUE", "TRUE", "FALSE", "1"}},
		{"FALSE", []string{"\\/"}, []string{"FALSE", "FALSE", "FALSE", "TRUE", "1"}},
	}
	eval := func(src string, min int) string {
		defer func(old int) { chainMin = old }(chainMin)
		chainMin = min
		e, err := parser.ParseExpr("chain", []byte(src))
		if err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		c := newCompiler(&ast.Module{})
		c.out = discard{}
		x := c.expr(e, cenv{at: -1})
		if len(c.errs) > 0 {
			return "compile: " + c.errs.Error()
		}
		v, err := x.fn((&program{nslots: c.nslots, nrecs: c.nrecs, out: c.out}).get())
		if err != nil {
			return "error: " + err.Error()
		}
		return v.String()
	}
	chained := 0
	for i := 0; i < 400; i++ {
		k := kinds[r.Intn(len(kinds))]
		op := pick(k.ops...)
		var b strings.Builder
		b.WriteString(k.first)
		for j := 0; j < 40; j++ {
			fmt.Fprintf(&b, " %s %s", op, pick(k.operands...))
		}
		src := b.String()
		got, want := eval(src, 32), eval(src, 1<<30)
		if got != want {
			t.Fatalf("%s\nchain:  %s\nbinary: %s", src, got, want)
		}
		if !strings.HasPrefix(got, "error") {
			chained++
		}
	}
	if chained < 50 {
		t.Errorf("only %d of 400 chains had a value: the operands fail too often to compare values", chained)
	}
}
