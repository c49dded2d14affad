package sema

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// unsupportedSyntax reports, each with a positioned "unsupported" error,
// the constructs the parser reads as SANY does but the checker does not
// evaluate (a definition of prefix -., \subset, real division), so that
// none of them reaches the evaluator to be misread. A temporal quantifier
// is refused where TLC refuses it, when a property uses it: unused, TLC
// checks the spec.
//
// Theorems, axioms, USE and HIDE are skipped entirely: TLC neither checks
// proofs nor evaluates what a theorem or an axiom states (a false AXIOM
// does not stop it), so nothing in them can change a verdict.
func (c *checker) unsupportedSyntax(units []ast.Unit) {
	for _, u := range units {
		ast.Inspect(u, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.Theorem, *ast.UseHide:
				return false
			case *ast.OpDef:
				if n.Op == token.MINUSDOT {
					c.errorf(n.Name.NamePos, "unsupported: definition of the operator %s", n.Name.Name)
				}
			case *ast.Binary:
				switch {
				case n.Op == token.SUBSETNEQ:
					c.errorf(n.OpPos, `unsupported: \subset (proper subset; write S \subseteq T /\ S # T)`)
				case n.Op == token.SLASH && c.defs["/"] == nil && c.visible["Real"].Module != "Reals":
					// Not the module's own a / b == ... (KnuthYao's
					// Prob, over Integers), which the evaluator applies,
					// nor Reals' (which TLC fails to evaluate: so does
					// the evaluator, and a spec that never does is
					// checked, as the Examples' DifferentialEquations).
					c.errorf(n.OpPos, "unsupported: real division / (Reals)")
				}
			case *ast.StepRef:
				c.errorf(n.StepPos, "unsupported: proof step name %s outside a proof", n.Name)
			}
			return true
		})
	}
}

// BigNumberMsg starts TLC's error for a numeral above its integers
// (EC.TLC_NUMBER_TOO_BIG, 2265), the numeral on the next line.
const BigNumberMsg = "TLC can't handle a number this big."

// bigNumbers reports each numeral above 2147483647, TLC's largest
// integer: TLC refuses the spec at startup, before its search, wherever
// the numeral is, used or not (TLC rev cc6b616: Unused == 2147483648 is
// "TLC can't handle a number this big." and exit 255, golden BigNumber;
// -2147483648 too, the minus being an operator).
func (c *checker) bigNumbers(units []ast.Unit) {
	for _, u := range units {
		ast.Inspect(u, func(n ast.Node) bool {
			if x, ok := n.(*ast.Number); ok && (x.Value > 2147483647 || x.Value < 0) {
				c.errorf(x.ValuePos, "%s\n%s", BigNumberMsg, x.Lit)
			}
			return true
		})
	}
}
