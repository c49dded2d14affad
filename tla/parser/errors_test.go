package parser

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/tla/token"
)

// mod wraps units in a module header and footer; line 1 is the header, so
// the first unit is on line 2.
func mod(units string) string {
	return "---- MODULE M ----\n" + units + "\n===="
}

// errorTests: each source must fail with an error at pos whose message
// contains msg.
var errorTests = []struct {
	name, src, pos, msg string
	expr                bool // parse with ParseExpr instead of ParseFile
}{
	// Lexical.
	{"unterminated comment", mod("A == 1 (* open (* nested *)"), "2:8", "comment not terminated", false},
	{"unterminated string", mod(`A == "abc`), "2:6", "string literal not terminated", false},
	{"string across lines", mod("A == \"ab\nc\""), "2:6", "string literal not terminated", false},
	{"bad escape", mod(`A == "a\qb"`), "2:8", "unknown escape sequence", false},
	{"illegal character", mod("A == 1 ; 2"), "2:8", "illegal character ';'", false},
	{"non-ASCII symbol", mod("A == a é b"), "2:8", "unsupported: non-ASCII character U+00E9", false},
	{"Unicode prime", mod("A == x′"), "2:7", "unsupported: non-ASCII character U+2032", false},
	{"invalid UTF-8", mod("A == a \xff b"), "2:8", "invalid UTF-8 encoding", false},
	{"number too large", mod("A == " + strings.Repeat("9", 400)), "2:6", "number too large", false},
	{"int64 overflow", mod("A == 9223372036854775808"), "2:6", "number too large", false},
	{"hex too large", mod(`A == \h10000000000000000`), "2:6", "number too large", false},
	{"decimal", mod("A == 3.14"), "2:6", "unsupported: decimal number 3.14", false},
	{"unknown backslash op", mod(`A == a \foo b`), "2:8", `unknown operator \foo`, false},
	{"bad based digit", mod(`A == \b102`), "2:6", "invalid digit in number", false},

	// Structure.
	{"no header", "just text", "1:1", "no module header", false},
	{"missing footer", "---- MODULE M ----\nA == 1\n", "3:1", "missing ====", false},
	{"bad header", "---- MODULE ----\n====", "1:13", "expected identifier", false},
	{"unbalanced paren", mod("A == (1 + 2"), "3:1", "expected ')'", false},
	{"unbalanced bracket", mod("A == f[1"), "3:1", "expected ']'", false},
	{"extra paren", "(1 + 2))", "1:8", "expected end of expression", true},
	{"unbalanced brace", "{1, 2", "1:6", "expected '}'", true},
	{"unbalanced tuple", "<<1, 2", "1:7", "expected '>>'", true},
	{"missing THEN", "IF a ELSE b", "1:6", "expected 'THEN'", true},
	{"garbage unit", mod("A == 1\n2"), "3:1", "expected a definition or declaration", false},
	{"empty LET", "LET IN 1", "1:5", "LET needs at least one definition", true},
	{"OTHER first", "CASE OTHER -> 1", "1:6", "OTHER must be the last arm", true},
	{"at outside except", "@ + 1", "1:1", "@ may only be used", true},
	{"bare bracket", "[a]", "1:3", "expected ']_'", true},
	{"duplicate record field", "[a |-> 1, a |-> 2]", "1:11", "duplicate field a", true},
	{"angle needs one", "<<a, b>>_v", "1:9", "exactly one action", true},
	{"junction ends item", "/\\ f(a,\nb)", "2:1", "ends the junction list", true},
	{"EXTENDS late", mod("A == 1\nEXTENDS Naturals"), "3:1", "EXTENDS must come right after", false},

	// Precedence conflicts (as SANY reports them).
	{"and or", `a /\ b \/ c`, "1:8", "precedence conflict", true},
	{"eq eq", `a = b = c`, "1:7", "precedence conflict", true},
	{"lt eq", `a < b = c`, "1:7", "precedence conflict", true},
	{"implies chain", `a => b => c`, "1:8", "precedence conflict", true},
	{"equiv eq", `a <=> b \equiv c = d`, "1:9", "precedence conflict", true},
	{"cup cap", `S \cup T \cap U`, "1:10", "precedence conflict", true},
	{"setminus chain", `S \ T \ U`, "1:7", "precedence conflict", true},
	{"plus mod", `a + b % c`, "1:7", "precedence conflict", true},
	{"minus mod", `a - b % c`, "1:7", "precedence conflict", true},
	{"div times", `a \div b * c`, "1:10", "precedence conflict", true},
	{"exp chain", `a ^ b ^ c`, "1:7", "precedence conflict", true},
	{"times plus", `S \times T + U`, "1:12", "precedence conflict", true},
	{"unchanged prime", `UNCHANGED x'`, "1:12", "precedence conflict between UNCHANGED at 1:1 and '", true},
	{"enabled prime", `ENABLED f[x]'`, "1:13", "precedence conflict between ENABLED", true},
	{"box prime in chain", `[]r'.a`, "1:4", "precedence conflict between [] at 1:1 and '", true},
	{"unchanged eq", `UNCHANGED x = y`, "1:13", "precedence conflict", true},
	// SANY's table (checked with SANY): SUBSET, UNION, DOMAIN are 10-13.
	{"exp of negation", `a ^ -b`, "1:5", "precedence conflict between ^ at 1:3 and prefix -", true},
	{"times negation", `a * -b`, "1:5", "precedence conflict between * at 1:3 and prefix -", true},
	{"domain plus", `DOMAIN f + 1`, "1:10", "precedence conflict between DOMAIN at 1:1 and +", true},
	{"subset times", `SUBSET S \X S`, "1:10", `precedence conflict between SUBSET at 1:1 and \X`, true},
	{"times plus", `A \X B + C`, "1:8", `precedence conflict between \X at 1:3 and +`, true},
	{"plus times", `a + b \X c`, "1:7", `precedence conflict between + at 1:3 and \X`, true},
	{"cdot eq", `a \cdot b = c`, "1:11", `precedence conflict between \cdot at 1:3 and =`, true},
	{"bangbang chain", `a !! b !! c`, "1:8", "precedence conflict between !! at 1:3 and !!", true},
	{"prec chain", `a \prec b \prec c`, "1:11", `precedence conflict between \prec at 1:3 and \prec`, true},
	{"postfix after always", `[]R^+`, "1:4", "precedence conflict between [] at 1:1 and ^+", true},

	// A label must not change how the expression parses (SANY: "Removing
	// label ... would change expression parsing").
	{"label swallowing a conjunct", `a /\ lab:: b /\ c`, "1:6", "removing the label lab would change how the expression parses", true},
	{"label after minus", `- lab:: a + b`, "1:3", "removing the label lab", true},
	{"label after always", `[] lab:: P => Q`, "1:4", "removing the label lab", true},
	{"label after times", `a * lab:: b + c`, "1:5", "removing the label lab", true},

	// The proof language.
	{"proof without QED", mod("THEOREM TRUE\n<1>1. TRUE\n"), "5:1", "a proof ends with a QED step", false},
	{"step outside a proof", mod("<1>1. TRUE"), "2:1", "expected a definition or declaration, found '<1>1'", false},
	{"PROVE without ASSUME", mod("THEOREM x PROVE y"), "2:11", "expected a definition or declaration", false},
	{"BY without facts", mod("THEOREM TRUE BY"), "3:1", "expected expression", false},
	{"NEW outside ASSUME", mod("THEOREM NEW x"), "2:9", "expected expression", false},
	{"PICK without colon", mod("THEOREM TRUE\n<1>1. PICK x \\in S\n<1>2. QED"), "4:1", "expected ':'", false},
}

func TestErrors(t *testing.T) {
	for _, tt := range errorTests {
		t.Run(tt.name, func(t *testing.T) {
			var err error
			if tt.expr {
				_, err = ParseExpr("M.tla", []byte(tt.src))
			} else {
				_, err = ParseFile("M.tla", []byte(tt.src))
			}
			if err == nil {
				t.Fatalf("%q parsed without error", tt.src)
			}
			var list token.ErrorList
			if !errors.As(err, &list) || len(list) == 0 {
				t.Fatalf("error %v is not a token.ErrorList", err)
			}
			first := list[0]
			if got := fmt.Sprintf("%d:%d", first.Pos.Line, first.Pos.Col); got != tt.pos || first.Pos.Filename != "M.tla" {
				t.Errorf("%q: first error at %s (%v), want %s", tt.src, got, first, tt.pos)
			}
			if !strings.Contains(first.Msg, tt.msg) {
				t.Errorf("%q: first error %q, want it to contain %q", tt.src, first.Msg, tt.msg)
			}
		})
	}
}

// TestErrorRecovery checks that one bad definition does not hide the next.
func TestErrorRecovery(t *testing.T) {
	_, err := ParseFile("M.tla", []byte(mod("A == (1 +\nB == 2\nC == ]\nD == 3")))
	var list token.ErrorList
	if !errors.As(err, &list) || len(list) != 2 {
		t.Fatalf("got %v, want two errors (A and C)", err)
	}
	if list[0].Pos.Line != 3 || list[1].Pos.Line != 4 {
		t.Errorf("errors at %v and %v, want lines 3 and 4", list[0].Pos, list[1].Pos)
	}
}
