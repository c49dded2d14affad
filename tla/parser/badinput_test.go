package parser

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/tla/scanner"
	"github.com/wspcycle/wspcycle/tla/token"
)

// firstError parses src as a module and returns its first error, failing
// the test if there is none or it has no valid position.
func firstError(t *testing.T, src []byte) *token.Error {
	t.Helper()
	_, err := ParseFile("M.tla", src)
	var list token.ErrorList
	if !errors.As(err, &list) || len(list) == 0 {
		t.Fatalf("want an error list, got %v", err)
	}
	for _, e := range list {
		if !e.Pos.IsValid() || e.Pos.Filename != "M.tla" {
			t.Errorf("error without a valid position: %v", e)
		}
	}
	return list[0]
}

func TestDeepNesting(t *testing.T) {
	// 100,000 parentheses as the issue asks; the other shapes only need to
	// exceed MaxDepth, so they use fewer levels to keep the test quick.
	const big, n = 100000, 10 * MaxDepth
	cases := map[string]string{
		"parentheses":  strings.Repeat("(", big) + "1" + strings.Repeat(")", big),
		"sets":         strings.Repeat("{", n) + strings.Repeat("}", n),
		"brackets":     strings.Repeat("[a |-> ", n) + "1" + strings.Repeat("]", n),
		"tuples":       strings.Repeat("<<", n) + strings.Repeat(">>", n),
		"negation":     strings.Repeat("~", n) + "TRUE",
		"minus":        strings.Repeat("- ", n) + "1",
		"IF":           strings.Repeat("IF a THEN ", n) + "1" + strings.Repeat(" ELSE 2", n),
		"LET":          strings.Repeat("LET a == ", n) + "1" + strings.Repeat(" IN a", n),
		"quantifiers":  strings.Repeat(`\E x \in S : `, n) + "TRUE",
		"calls":        strings.Repeat("F(", n) + "1" + strings.Repeat(")", n),
		"junctions":    junctionTower(3000),
		"filters":      strings.Repeat(`{x \in `, n) + "S" + strings.Repeat("}", n),
		"primes":       "x" + strings.Repeat("'", n),
		"selections":   "r" + strings.Repeat(".a", n),
		"applications": "f" + strings.Repeat("[1]", n),
	}
	for name, body := range cases {
		t.Run(name, func(t *testing.T) {
			e := firstError(t, []byte(mod("A == "+body)))
			if !strings.Contains(e.Msg, "nested too deeply") {
				t.Errorf("got %v, want 'expression nested too deeply'", e)
			}
		})
	}
}

// junctionTower nests n junction lists, each one column right of the last.
func junctionTower(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(`/\ `)
	}
	b.WriteString("TRUE")
	return b.String()
}

// TestModerateNesting checks that nesting well inside the limit parses.
func TestModerateNesting(t *testing.T) {
	src := mod("A == " + strings.Repeat("(", 500) + "1" + strings.Repeat(")", 500) +
		"\nB == " + strings.Repeat(`{x \in `, 200) + "S" + strings.Repeat("}", 200))
	if _, err := ParseFile("M.tla", []byte(src)); err != nil {
		t.Fatal(err)
	}
}

// TestLongChains checks that long flat expressions (no nesting) parse:
// the operator-precedence loop is iterative.
func TestLongChains(t *testing.T) {
	src := mod("A == 1" + strings.Repeat(" + 1", 100000) + "\nB == " + strings.Repeat("/\\ TRUE\n     ", 20000))
	m, err := ParseFile("M.tla", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Units) != 2 {
		t.Fatalf("units %d", len(m.Units))
	}
}

func TestHugeFile(t *testing.T) {
	src := bytes.Repeat([]byte("x"), 100<<20)
	e := firstError(t, src)
	if !strings.Contains(e.Msg, "file too large") || e.Pos.Line != 1 {
		t.Errorf("got %v, want 'file too large' at line 1", e)
	}
	if _, err := ParseExpr("M.tla", src); err == nil || !strings.Contains(err.Error(), "file too large") {
		t.Errorf("ParseExpr: %v", err)
	}
}

func TestNearLimitFile(t *testing.T) {
	// A module just under the size limit, mostly one comment, parses.
	body := "(*" + strings.Repeat("c", scanner.MaxSize-200) + "*)"
	if _, err := ParseFile("M.tla", []byte(mod("A == 1\n"+body))); err != nil {
		t.Fatal(err)
	}
}

func TestNonUTF8(t *testing.T) {
	for _, src := range []string{
		mod("A == \"\xc3\x28\""), // invalid in a string
		mod("(* \xfe *) A == 1"), // invalid in a comment
		mod("A == 1 \xe2\x82"),   // truncated sequence
		"---- MODULE M\xff ----", // in the header
	} {
		e := firstError(t, []byte(src))
		if !strings.Contains(e.Msg, "invalid UTF-8") {
			t.Errorf("%q: got %v", src, e)
		}
	}
	// Text before the header is not TLA+ and may be anything.
	if _, err := ParseFile("M.tla", []byte("\xff\xfe junk\n"+mod("A == 1"))); err != nil {
		t.Errorf("junk before the header: %v", err)
	}
}

func TestBigNumber(t *testing.T) {
	e := firstError(t, []byte(mod("A == "+strings.Repeat("7", 400))))
	if !strings.Contains(e.Msg, "number too large") || e.Pos.Line != 2 || e.Pos.Col != 6 {
		t.Errorf("got %v", e)
	}
	if len(e.Msg) > 200 {
		t.Errorf("message not abbreviated: %d bytes", len(e.Msg))
	}
	x, err := ParseExpr("t", []byte("9223372036854775807"))
	if err != nil || x == nil {
		t.Fatalf("max int64: %v", err)
	}
}
