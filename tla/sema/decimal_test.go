package sema

import (
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/parser"
	"github.com/wspcycle/wspcycle/tla/token"
)

// A decimal literal parses (SANY's DecimalNode) and is refused by sema
// wherever it is, as TLC refuses it at startup, with the literal as
// written; TLC names the first of the definitions, then of the ASSUMEs,
// then of the THEOREMs (goldens in model/testdata/tlc/decimal).
func TestDecimalLiteral(t *testing.T) {
	src := "---- MODULE D ----\nEXTENDS Naturals\nVARIABLE x\nTHEOREM 2.5 = 1\nASSUME 3.5 = 1\n" +
		"Init == x = 0\nNext == x' = x\nF(a) == a + 01.50\n====\n"
	m, err := parser.ParseFile("D.tla", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var lits []string
	ast.Inspect(m, func(n ast.Node) bool {
		if x, ok := n.(*ast.Number); ok && x.Decimal {
			lits = append(lits, x.Lit)
		}
		return true
	})
	if strings.Join(lits, " ") != "2.5 3.5 01.50" {
		t.Fatalf("decimal literals parsed: %q, want 2.5 3.5 01.50", lits)
	}
	err = Check(m, parseCfg(t, "INIT Init\nNEXT Next\n"))
	list, ok := err.(token.ErrorList)
	if !ok || len(list) != 3 {
		t.Fatalf("Check: %v, want three errors", err)
	}
	want := []string{"D.tla:8:13: " + RealNumberMsg + "\n01.50", "D.tla:5:8: " + RealNumberMsg + "\n3.5", "D.tla:4:9: " + RealNumberMsg + "\n2.5"}
	for i, e := range list {
		if e.Error() != want[i] {
			t.Errorf("error %d: %q, want %q", i, e.Error(), want[i])
		}
	}
}
