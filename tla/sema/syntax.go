package sema

import (
	"strings"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// unsupportedSyntax reports, each with a positioned "unsupported" error,
// the constructs the parser reads as SANY does but the checker does not
// evaluate (a proof step's name outside a proof), so that none of them
// reaches the evaluator to be misread (\subset and / are SANY's
// undefined symbols where nothing defines them: userOp). A temporal quantifier
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

// SanyNumberFormat is the exception SANY (TLC rev cc6b616) dies of in
// the semantic pass of a module with a "decimal" whose number before or
// after its point is written in another base (1.\o17, 1 . \hFF, \o17.5):
// Java's BigDecimal of its text. TLC prints it and stops (exit 150).
const SanyNumberFormat = `java.lang.NumberFormatException: Character \ is neither a decimal digit number, decimal point, nor "e" notation exponential mark.`

// RealNumberMsg starts TLC's error for a decimal literal such as 1.5
// (EC.TLC_CANT_HANDLE_REAL_NUMBERS, 2244), the literal as written on the
// next line.
const RealNumberMsg = "TLC can't handle real numbers."

// bigNumbers reports each decimal literal, and each numeral above
// 2147483647, TLC's largest
// integer: TLC refuses the spec at startup, before its search, wherever
// the numeral is, used or not (TLC rev cc6b616: Unused == 2147483648 is
// "TLC can't handle a number this big." and exit 255, golden BigNumber;
// -2147483648 too, the minus being an operator).
//
// TLC meets them walking the module's definitions first, then its
// ASSUMEs, then its THEOREMs (TLC rev cc6b616: THEOREM 1.5 = 1.5 before
// A == 2.5 names 2.5; ASSUME 1.5 = 1.5 before it too): each error sorts
// by its unit's group first, then by position.
func (c *checker) bigNumbers(units []ast.Unit) {
	for _, u := range units {
		group := 0
		switch u.(type) {
		case *ast.Assume:
			group = 1
		case *ast.Theorem:
			group = 2
		}
		report := func(pos token.Pos, msg, lit string) {
			c.errorf(pos, "%s\n%s", msg, lit)
			if group > 0 {
				if c.sortAt == nil {
					c.sortAt = map[*token.Error]token.Pos{}
				}
				c.sortAt[c.errs[len(c.errs)-1]] = token.Pos{Filename: pos.Filename, Line: pos.Line + group<<24, Col: pos.Col}
			}
		}
		ast.Inspect(u, func(n ast.Node) bool {
			x, ok := n.(*ast.Number)
			switch {
			case !ok:
			case x.Decimal && strings.Contains(x.Lit, `\`):
				// 1.\o17, \hFF.5: SANY's grammar reads them as decimals,
				// and its semantic pass crashes on them.
				c.errorf(x.ValuePos, "%s", SanyNumberFormat)
			case x.Decimal:
				// TLC refuses a decimal literal at startup wherever it
				// is, unused, in an ASSUME, a THEOREM, a LOCAL or an
				// extended module's definition, with or without Reals
				// (TLC rev cc6b616: "TLC can't handle real numbers.",
				// exit 151, goldens in model/testdata/tlc/decimal).
				report(x.ValuePos, RealNumberMsg, x.Lit)
			case x.Value > 2147483647 || x.Value < 0:
				report(x.ValuePos, BigNumberMsg, x.Lit)
			}
			return true
		})
	}
}
