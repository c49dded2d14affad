package parser

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/tla/ast"
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
	{"label body's last operator", `a /\ lab:: ~b /\ c`, "1:6", "removing the label lab", true},
	{"label body ending in a set", `a /\ lab:: b /\ {c}`, "1:6", "removing the label lab", true},

	// The proof language.
	{"proof without QED", mod("THEOREM TRUE\n<1>1. TRUE\n"), "5:1", "a proof ends with a QED step", false},
	{"step outside a proof", mod("<1>1. TRUE"), "2:1", "expected a definition or declaration, found '<1>1'", false},
	{"PROVE without ASSUME", mod("THEOREM x PROVE y"), "2:11", "expected a definition or declaration", false},
	{"BY without facts", mod("THEOREM TRUE BY"), "3:1", "expected expression", false},
	{"NEW outside ASSUME", mod("THEOREM NEW x"), "2:9", "expected expression", false},
	{"PICK without colon", mod("THEOREM TRUE\n<1>1. PICK x \\in S\n<1>2. QED"), "4:1", "expected ':'", false},

	// Step levels, as SANY checks them (TLC rev cc6b616 prints SANY's
	// "***Parse Error***" with the position of the step name quoted here;
	// see prooflevel.go for the rules).
	// SANY: "line 5, col 3 ...: QED step's number has bad level." (<1> QED
	// is read as a step of the <2> proof, not as the end of it).
	{"QED of the outer level inside a subproof", mod("THEOREM TRUE\n<1>1. TRUE\n  <2>1. TRUE\n  <1> QED\n<1>2. QED"),
		"5:3", "QED step's number <1> has bad level", false},
	// SANY: <2>1 begins the proof of <1>1, whose <1>2 QED is then at 5:1.
	{"deeper step then shallower QED", mod("THEOREM TRUE\n<1>1. TRUE\n<2>1. TRUE\n<1>2. QED"),
		"5:1", "QED step's number <1>2 has bad level", false},
	// SANY: "line 6, col 1 ...: step's number has bad level." (<2>3 after
	// the proof of <1>1 has ended with its QED).
	{"step of a finished subproof's level", mod("THEOREM TRUE\n<1>1. TRUE\n  <2>1. TRUE\n  <2>2. QED\n<2>3. TRUE\n<1>2. QED"),
		"6:1", "step's number <2>3 has bad level", false},
	// SANY: PROOF <1>2 under a level 1 step: the first step of a proof must
	// be deeper than the enclosing proof (line 4, col 9).
	{"PROOF with a step not deeper", mod("THEOREM TRUE\n<1>1. TRUE\n  PROOF <1>2. QED\n<1>3. QED"),
		"4:9", "must be deeper than the enclosing proof's level 1", false},
	// SANY: "line 5, col 1 ...: QED step's number has bad level." (<+> sets
	// level 0 in a theorem's proof, its subproof level 1).
	// SANY: a <+> after a step always begins that step's proof, so the
	// outer proof misses its QED: "Encountered "===="".
	{"plus twice", mod("THEOREM TRUE\n<+> TRUE\n<+> QED"), "5:1", "a proof ends with a QED step", false},
	{"plus levels", mod("THEOREM TRUE\n<+> TRUE\n  <+> QED\n<1>3. QED"),
		"5:1", "QED step's number <1>3 has bad level", false},
	// SANY: "proof of step that does not take a proof", at the step's body
	// (line 3, col 7) for HAVE, TAKE, WITNESS, USE, HIDE, DEFINE, INSTANCE.
	{"HAVE with a proof", mod("THEOREM TRUE\n<1>1. HAVE TRUE OBVIOUS\n<1>2. QED"), "3:7", "proof of a step that does not take a proof", false},
	{"TAKE with a subproof", mod("THEOREM TRUE\n<1>1. TAKE x\n  <2>1. QED\n<1>2. QED"), "3:7", "proof of a step that does not take a proof", false},
	{"WITNESS with a proof", mod("THEOREM TRUE\n<1>1. WITNESS 1 OBVIOUS\n<1>2. QED"), "3:7", "proof of a step that does not take a proof", false},
	{"USE with BY", mod("THEOREM TRUE\n<1>1. USE TRUE BY TRUE\n<1>2. QED"), "3:7", "proof of a step that does not take a proof", false},
	{"HIDE with a subproof", mod("THEOREM TRUE\n<1>1. HIDE TRUE\n  <2> QED\n<1>2. QED"), "3:7", "proof of a step that does not take a proof", false},
	{"DEFINE with a subproof", mod("THEOREM TRUE\n<1>1. DEFINE A == 1\n  <2>1. QED\n<1>2. QED"), "3:7", "proof of a step that does not take a proof", false},
	{"INSTANCE with a subproof", mod("THEOREM TRUE\n<1>1. INSTANCE Naturals\n  <2> QED\n<1>2. QED"), "3:7", "proof of a step that does not take a proof", false},
	// SANY: "Step number used outside proof." at the step name: in a
	// definition, a module's USE, a theorem's BY (PROOF BY too).
	{"step name in a definition", mod("A == <1>2"), "2:6", "step number <1>2 used outside a proof", false},
	{"step name in a module's USE", mod("USE <1>2"), "2:5", "step number <1>2 used outside a proof", false},
	{"step name in a theorem's BY", mod("THEOREM TRUE BY <1>2"), "2:17", "step number <1>2 used outside a proof", false},
	{"step name in a theorem's PROOF BY", mod("THEOREM TRUE\nPROOF BY <1>1"), "3:10", "step number <1>1 used outside a proof", false},
	// SANY: "<+> step number used in an expression." (line 4, col 14);
	// "Encountered "<1>"" for a bare level.
	{"plus step name in BY", mod("THEOREM TRUE\n<1>1. TRUE\n<1>2. QED BY <+>1"), "4:14", "<+> step number <+>1 used in an expression", false},
	{"bare level in BY", mod("THEOREM TRUE\n<1>1. TRUE\n<1>2. QED BY <1>"), "4:14", "expected expression, found '<1>'", false},
	// SANY (semantic): "<*> and <+> cannot be used for a named step."
	{"named star step", mod("THEOREM TRUE\n<1>1. TRUE\n  PROOF <*>2. QED\n<1>3. QED"), "4:9", "<*> and <+> cannot be used for a named step", false},
	// SANY: "Encountered "USE"" (a module unit USE may not be USE ONLY)
	// and "Encountered "ONLY"" after HIDE.
	{"module USE ONLY", mod("A == 1\nUSE ONLY A"), "3:1", "USE ONLY may only be a proof step", false},
	{"HIDE ONLY", mod("A == 1\nHIDE ONLY A"), "3:6", "HIDE takes no ONLY", false},

	// SANY has no application without arguments: "Encountered "( )" at
	// line 3, column 9" for Len(), at the ( also after M!Op, and at the )
	// of a selector's Op!().
	{"empty arguments", mod("EXTENDS Sequences\nA == Len()"), "3:9", "needs at least one argument", false},
	{"empty arguments with spaces", mod("F(x) == x\nA == F( )"), "3:7", "needs at least one argument", false},
	{"empty arguments after !", mod("A == Foo!Bar()"), "2:13", "needs at least one argument", false},
	{"empty selector arguments", mod("Op(x) == x\nA == Op!()"), "3:10", "needs at least one argument", false},

	// SANY reads a keyword as a record constructor's first field only, and
	// never as a record set's field: "Encountered "IF"" / "Encountered ":"".
	{"keyword as a later field", mod("A == [a |-> 1, IF |-> 2]"), "2:16", "expected identifier, found 'IF'", false},
	{"keyword as a record set field", mod("A == [IF : {1}]"), "2:10", "expected expression, found ':'", false},
	{"number as a field", mod("A == r.1"), "2:8", "expected record field name after '.'", false},
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

// A decimal literal is no parse error (SANY accepts it; TLC refuses the
// spec at startup, tla/sema): the parser keeps it as written.
func TestDecimalParses(t *testing.T) {
	m, err := ParseFile("M.tla", []byte(mod("A == 3.14")))
	if err != nil {
		t.Fatal(err)
	}
	d := m.Units[0].(*ast.OpDef)
	if n, ok := d.Body.(*ast.Number); !ok || !n.Decimal || n.Lit != "3.14" || n.Value != 0 {
		t.Fatalf("A == 3.14 parsed as %#v", d.Body)
	}
}

// An instance's operator symbol after its ! (SANY's GenInfixOp,
// GenPrefixOp, GenPostfixOp) is a reference named as the symbol's
// definition is, applied in prefix form or passed as an operator; it
// cannot be written infix.
func TestInstanceOpSymbol(t *testing.T) {
	for src, want := range map[string]string{
		"R!+(a, b)":     "R ! + 2",
		"R!-.(a)":       "R ! -. 1",
		"R!^#(a)":       "R ! ^# 1",
		"R!\\leq(a, b)": "R ! " + token.LEQ.String() + " 2",
		"J(1)!++(a, b)": "J ! ++ 2",
		"F(R!+)":        "R ! + 0",
	} {
		x, err := ParseExpr("e", []byte(src))
		if err != nil {
			t.Errorf("%s: %v", src, err)
			continue
		}
		var ref *ast.ModRef
		ast.Inspect(x, func(n ast.Node) bool {
			if r, ok := n.(*ast.ModRef); ok && ref == nil {
				ref = r
			}
			return true
		})
		if ref == nil || len(ref.Path) != 1 {
			t.Errorf("%s: parsed as %#v, want a reference through one instance", src, x)
			continue
		}
		if got := fmt.Sprintf("%s ! %s %d", ref.Path[0].Name.Name, ref.Name.Name, len(ref.Args)); got != want {
			t.Errorf("%s: %s, want %s", src, got, want)
		}
	}
	if _, err := ParseExpr("e", []byte("1 R!+ 2")); err == nil {
		t.Errorf("1 R!+ 2: no error, want SANY's parse error")
	}
}
