package eval

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// refusalOf makes TLC's evaluations while it builds its liveness problem
// (Spec.LiveConsts) and returns the refusal among them, nil when none.
func refusalOf(sp *Spec) *LiveRefusal {
	for _, k := range sp.LiveConsts {
		if _, err := k.Value(sp.Run); err != nil {
			var r *LiveRefusal
			if errors.As(err, &r) {
				return r
			}
			return nil
		}
	}
	return nil
}

// propertyParts describes how a PROPERTY was split: its invariants,
// implied inits, action properties (by TLC's names) and temporal parts,
// or TLC's refusal.
func propertyParts(sp *Spec) string {
	if r := refusalOf(sp); r != nil {
		return "refused: " + r.Error()
	}
	var out []string
	for _, p := range sp.Invariants {
		out = append(out, "invariant "+p.Name)
	}
	for _, p := range sp.InitProperties {
		out = append(out, "init "+p.Name)
	}
	for _, p := range sp.ActionProperties {
		out = append(out, "action "+p.Name)
	}
	for _, p := range sp.Properties {
		out = append(out, fmt.Sprintf("temporal %s (%d parts)", p.Name, len(p.Parts)))
	}
	return strings.Join(out, ", ")
}

// TestPropertyExpansion: TLC's SpecProcessor splits a PROPERTY through
// the applications of operators to arguments, binding the parameters to
// the arguments (an operator parameter stands for its argument), and its
// liveness checker then refuses a parameter that stands for a temporal
// formula, with the refusal where TLC puts it. Each want is TLC's verdict
// on the same module (TLC rev cc6b616): "Invariant Op is violated" for
// Apply(LAMBDA v : [](x < v), 2), "TLC cannot handle the temporal formula
// line 7, col 12 to ..." for Al(<>(x = 1)), and so on.
func TestPropertyExpansion(t *testing.T) {
	const head = "---- MODULE M ----\nEXTENDS Naturals\nVARIABLE x\nInit == x = 0\nNext == x' = (x + 1) % 3\n" +
		"Id(a) == a\nAl(a) == []a\nBnd(n) == [](x < n)\nApply(Op(_), v) == Op(v)\nP == "
	const tail = "\nSpec == Init /\\ [][Next]_x /\\ WF_x(Next)\n====\n"
	const cannot = "refused: TLC cannot handle the temporal formula "
	for _, tc := range []struct{ def, want string }{
		// Through the operators: a temporal formula, an invariant, an
		// implied init, an action property, each named by the operator.
		{"Id(<>(x = 1))", "temporal P (1 parts)"},
		{"Id([](x < 2))", "invariant Id"},
		{"Bnd(2)", "invariant Bnd"},
		{"Apply(LAMBDA v : [](x < v), 2)", "invariant Op"},
		{"Apply(LAMBDA v : [][x' # v]_x, 2)", "action Op"},
		{"LET G == [](x < 2) IN G", "invariant G"},
		{"Id(x = 1)", "init Id"},
		{"\\A i \\in {1, 2} : Id(<>(x = i))", "temporal P (2 parts)"},
		// A parameter standing for a temporal formula, under [].
		{"Al(<>(x = 1))", cannot + "line 7, col 12 to line 7, col 12 of module M"},
		// An application the liveness checker expands: refused whole.
		{"Id(<>(x = 1)) \\/ FALSE", cannot + "line 10, col 6 to line 10, col 18 of module M"},
		{"(\\A i \\in {1, 2} : Al(<>(x = i))) \\/ FALSE", cannot + "line 10, col 7 to line 10, col 37 of module M:\n" +
			"TLC cannot handle the temporal formula line 10, col 25 to line 10, col 37 of module M"},
		{"\\E i \\in 0..2 : Id([](x = i))", cannot + "line 10, col 6 to line 10, col 34 of module M"},
		{"<>(x > 1) <=> [](x > 2)", cannot + "line 10, col 6 to line 10, col 28 of module M"},
		{"\\A n \\in 0..x : <>(x = n)", cannot + "line 10, col 6 to line 10, col 30 of module M:\n" +
			"In evaluation, the identifier x is either undefined or not an operator.\nline 10, col 18 to line 10, col 18 of module M"},
		{"\\A i : <>(x = i)", cannot + "line 10, col 6 to line 10, col 21 of module M"},
	} {
		t.Run(tc.def, func(t *testing.T) {
			sp, err := loadText(t, head+tc.def+tail, "SPECIFICATION Spec\nPROPERTY P\n")
			if err != nil {
				t.Fatal(err)
			}
			if got := propertyParts(sp); got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}
