package scanner

import (
	"fmt"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/tla/token"
)

// scanAll returns "kind:lit" for each token of src (Raw mode).
func scanAll(t *testing.T, src string) ([]string, *Scanner) {
	t.Helper()
	s := New("t", []byte(src), Raw)
	var out []string
	for i := 0; ; i++ {
		tok := s.Next()
		if tok.Kind == token.EOF {
			break
		}
		if i > 10000 {
			t.Fatal("scanner does not terminate")
		}
		out = append(out, tok.Kind.String())
	}
	return out, s
}

func TestOperatorsAndAliases(t *testing.T) {
	tests := []struct{ src, want string }{
		{`/\ \land`, `/\ /\`},
		{`\/ \lor`, `\/ \/`},
		{`~ \lnot \neg`, `~ ~ ~`},
		{`=> <=> \equiv`, `=> <=> <=>`},
		{`= # /= < > <= =< \leq >= \geq`, `= # # < > <= <= <= >= >=`},
		{`\in \notin \subseteq \subset`, `\in \notin \subseteq \subset`},
		{`\cup \union \cap \intersect \ \X \times`, `\cup \cup \cap \cap \ \X \X`},
		{`+ - * \div % ^ .. /`, `+ - * \div % ^ .. /`},
		{`\o \circ :> @@`, `\o \o :> @@`},
		{`[] <> ~> \A \forall \E \exists \AA \EE`, `[] <> ~> \A \A \E \E \AA \EE`},
		{`( ) [ ] { } << >> , : . ! @ ' == |-> ->`, `( ) [ ] { } << >> , : . ! @ ' == |-> ->`},
		{`<<>>`, `<< >>`},
		{`<<<<1>>>>`, `<< << number >> >>`},
		{`[][Next]_vars`, `[] [ identifier ] _ identifier`},
		{`<<A>>_v`, `<< identifier >> _ identifier`},
		{`WF_vars(A) SF_<<x>>(A)`, `WF_ identifier ( identifier ) SF_ << identifier >> ( identifier )`},
		{`1..2`, `number .. number`},
		{`x'`, `identifier '`},
		{`\prec \oplus ++ (+) -+-> \cdot`, `\prec \oplus ++ \oplus -+-> \cdot`},
		{`(-) (.) (/) (\X) ^+ ^* ^# ** // ^^ ## $$ $ ?? !! %% & && | || ...`, `\ominus \odot \oslash \otimes ^+ ^* ^# ** // ^^ ## $$ $ ?? !! %% & && | || ...`},
		{`|- |= -| =| <: := ::= :: -.`, `|- |= -| =| <: := ::= :: -.`},
		{`\sqsubseteq \supset \wr \subset`, `\sqsubseteq \supset \wr \subset`},
		{`x <- e`, `identifier < - identifier`},
		{`THEOREM LEMMA PROOF BY OBVIOUS OMITTED QED USE HIDE DEF DEFS`, `THEOREM LEMMA PROOF BY OBVIOUS OMITTED QED USE HIDE DEF DEFS`},
		{`---- ==== ------- =====`, `---- ==== ---- ====`},
		{`IF THEN ELSE CASE OTHER LET IN EXCEPT CHOOSE`, `IF THEN ELSE CASE OTHER LET IN EXCEPT CHOOSE`},
		{`ENABLED UNCHANGED SUBSET UNION DOMAIN`, `ENABLED UNCHANGED SUBSET UNION DOMAIN`},
		{`TRUE FALSE BOOLEAN STRING`, `TRUE FALSE BOOLEAN STRING`},
		{`a_1 _x x_ 1st`, `identifier identifier identifier identifier`},
		{`F(_)`, `identifier ( _ )`},
		{`"s" \* comment`, `string`},
		{`a (* c (* nested *) *) b`, `identifier identifier`},
	}
	for _, tt := range tests {
		got, s := scanAll(t, tt.src)
		if len(s.Errors) > 0 {
			t.Errorf("%q: %v", tt.src, s.Errors)
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%q: got %q, want %q", tt.src, strings.Join(got, " "), tt.want)
		}
	}
}

func TestLiterals(t *testing.T) {
	tests := []struct {
		src  string
		kind token.Kind
		lit  string
		val  int64
	}{
		{`42`, token.NUMBER, "42", 42},
		{`007`, token.NUMBER, "007", 7},
		{`\b101`, token.NUMBER, `\b101`, 5},
		{`\B11`, token.NUMBER, `\B11`, 3},
		{`\o17`, token.NUMBER, `\o17`, 15},
		{`\hFf`, token.NUMBER, `\hFf`, 255},
		{`9223372036854775807`, token.NUMBER, "9223372036854775807", 9223372036854775807},
		{`"a\"b\\c\nd\te\rf\fg"`, token.STRING, "a\"b\\c\nd\te\rf\fg", 0},
		{`"héllo"`, token.STRING, "héllo", 0},
		{`""`, token.STRING, "", 0},
	}
	for _, tt := range tests {
		s := New("t", []byte(tt.src), Raw)
		tok := s.Next()
		if len(s.Errors) > 0 || tok.Kind != tt.kind || tok.Lit != tt.lit || tok.Value != tt.val {
			t.Errorf("%q: got %v %q %d (errors %v)", tt.src, tok.Kind, tok.Lit, tok.Value, s.Errors)
		}
		if next := s.Next(); next.Kind != token.EOF {
			t.Errorf("%q: trailing token %v", tt.src, next.Kind)
		}
	}
}

func TestPositionsCountCodePoints(t *testing.T) {
	s := New("f.tla", []byte("(* é *) a\n\t\"ü\" b"), Raw)
	var got []string
	for tok := s.Next(); tok.Kind != token.EOF; tok = s.Next() {
		got = append(got, fmt.Sprintf("%s@%v", tok.Kind, tok.Pos))
	}
	want := "identifier@f.tla:1:9 string@f.tla:2:2 identifier@f.tla:2:6"
	if strings.Join(got, " ") != want {
		t.Errorf("got %q, want %q", strings.Join(got, " "), want)
	}
}

func TestModuleModeSkipsOutside(t *testing.T) {
	src := "junk \"(* ----\n  ---- MODULE M ----\nx\n==== (* unterminated \xff"
	s := New("t", []byte(src), Module)
	var kinds []string
	for tok := s.Next(); tok.Kind != token.EOF; tok = s.Next() {
		kinds = append(kinds, tok.Kind.String()+"@"+fmt.Sprint(tok.Pos.Line, ":", tok.Pos.Col))
	}
	if len(s.Errors) > 0 {
		t.Fatal(s.Errors)
	}
	want := "----@2:3 MODULE@2:8 identifier@2:15 ----@2:17 identifier@3:1 ====@4:1"
	if strings.Join(kinds, " ") != want {
		t.Errorf("got %q, want %q", strings.Join(kinds, " "), want)
	}
}

func TestComments(t *testing.T) {
	s := New("t", []byte("a \\* line one\r\n(* block\n (* inner *) *) b \\* @fsm x"), Raw)
	for tok := s.Next(); tok.Kind != token.EOF; tok = s.Next() {
	}
	if len(s.Comments) != 3 {
		t.Fatalf("comments: %d", len(s.Comments))
	}
	if c := s.Comments[0]; c.Text != `\* line one` || c.Start.Col != 3 {
		t.Errorf("line comment %q at %v", c.Text, c.Start)
	}
	if c := s.Comments[1]; c.Text != "(* block\n (* inner *) *)" || c.Start.Line != 2 {
		t.Errorf("block comment %q at %v", c.Text, c.Start)
	}
	if c := s.Comments[2]; c.Text != `\* @fsm x` || c.Start.Line != 3 || c.Start.Col != 19 {
		t.Errorf("annotation %q at %v", c.Text, c.Start)
	}
}

func TestScanErrors(t *testing.T) {
	tests := []struct{ src, pos, msg string }{
		{"(* (* *)", "1:1", "comment not terminated"},
		{`"abc`, "1:1", "string literal not terminated"},
		{"\"a\nb\"", "1:1", "string literal not terminated"},
		{`"\x"`, "1:2", "unknown escape sequence"},
		{"a ; b", "1:3", "illegal character ';'"},
		{"a ? b", "1:3", "illegal character '?'"},
		{"a é b", "1:3", "unsupported: non-ASCII character U+00E9"},
		{"x′", "1:2", "unsupported: non-ASCII character U+2032"},
		{"a \xff", "1:3", "invalid UTF-8 encoding (byte 0xff)"},
		{strings.Repeat("1", 400), "1:1", "number too large"},
		{`\hFFFFFFFFFFFFFFFFF`, "1:1", "number too large"},
		{`\b12`, "1:1", "invalid digit in number"},
		{"1.5", "1:1", "unsupported: decimal number 1.5"},
		{`\nonsense`, "1:1", `unknown operator \nonsense`},
	}
	for _, tt := range tests {
		_, s := scanAll(t, tt.src)
		if len(s.Errors) == 0 {
			t.Errorf("%q: no error", tt.src)
			continue
		}
		e := s.Errors[0]
		if got := fmt.Sprintf("%d:%d", e.Pos.Line, e.Pos.Col); got != tt.pos || !strings.Contains(e.Msg, tt.msg) {
			t.Errorf("%q: got %v, want %s %q", tt.src, e, tt.pos, tt.msg)
		}
	}
	s := New("t", []byte("no header here"), Module)
	if tok := s.Next(); tok.Kind != token.EOF || len(s.Errors) != 1 || !strings.Contains(s.Errors[0].Msg, "no module header") {
		t.Errorf("missing header: %v %v", tok, s.Errors)
	}
	s = New("t", make([]byte, MaxSize+1), Raw)
	if tok := s.Next(); tok.Kind != token.EOF || len(s.Errors) != 1 || !strings.Contains(s.Errors[0].Msg, "file too large") {
		t.Errorf("size limit: %v %v", tok, s.Errors)
	}
}

// AppendAll keeps what it is given, stops at the first EOF and includes it;
// Describe names each token as the parsers' errors quote it.
func TestAppendAllAndDescribe(t *testing.T) {
	s := New("t", []byte(`x 42 "s" == \in`), Raw)
	prev := Token{Kind: token.COMMA}
	toks := s.AppendAll([]Token{prev})
	var got []string
	for _, tok := range toks {
		got = append(got, tok.Describe())
	}
	want := []string{"','", "identifier x", "number 42", "string", "'=='", `'\in'`, "end of file"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
	if more := s.AppendAll(nil); len(more) != 1 || more[0].Kind != token.EOF {
		t.Errorf("after EOF: %v", more)
	}
}

// TestUnicode checks that the Unicode spellings SANY accepts read exactly
// as their ASCII spellings, and that columns count code points.
func TestUnicode(t *testing.T) {
	tests := []struct{ uni, ascii string }{
		{"A ≜ ∀ x ∈ S : ∃ y ∉ T : x ≠ y ∧ ¬ P ∨ Q ⇒ R ⇔ U ≡ V", `A == \A x \in S : \E y \notin T : x # y /\ ~ P \/ Q => R <=> U <=> V`},
		{"□◇P ↝ Q ≤ ≥ ⊆ ⊂ ∪ ∩ × ∘ ÷ ‥", `[] <> P ~> Q <= >= \subseteq \subset \cup \cap \X \o \div ..`},
		{"⟨a⟩_v [x ∈ S ↦ e] [S → T]", `<< a >> _ v [ x \in S |-> e ] [ S -> T ]`},
		{"⊕ ⊖ ⊗ ⊙ ⊘ ≺ ⪯ ≻ ⪰ ≪ ≫ ⊏ ⊑ ⊐ ⊒ ⊓ ⊔ ⊎ ≀ ∼ ≃ ≍ ≈ ≅ ≐ ∝ ⋆ ● ⋅ ◯ ⊃ ⊇", `\oplus \ominus \otimes \odot \oslash \prec \preceq \succ \succeq \ll \gg \sqsubset \sqsubseteq \sqsupset \sqsupseteq \sqcap \sqcup \uplus \wr \sim \simeq \asymp \approx \cong \doteq \propto \star \bullet \cdot \bigcirc \supset \supseteq`},
		{"⊢ ⊨ ⊣ ⫤ ≔ ⩴ … ‼ ⁇ ‖ ⇸ a⁺", `|- |= -| =| := ::= ... !! ?? || -+-> a ^+`},
	}
	for _, tt := range tests {
		s := New("u", []byte(tt.uni), Raw)
		var got []string
		for tok := s.Next(); tok.Kind != token.EOF; tok = s.Next() {
			if tok.Kind.IsLiteral() {
				got = append(got, tok.Lit)
				continue
			}
			got = append(got, tok.Kind.String())
		}
		if len(s.Errors) > 0 {
			t.Errorf("%q: %v", tt.uni, s.Errors)
		}
		if g := strings.Join(got, " "); g != tt.ascii {
			t.Errorf("%q:\n got %s\nwant %s", tt.uni, g, tt.ascii)
		}
	}
	s := New("u", []byte("∀∈ x"), Raw)
	s.Next()
	s.Next()
	if x := s.Next(); x.Kind != token.IDENT || x.Pos.Col != 4 {
		t.Errorf("x after two Unicode symbols at column %d, want 4 (columns count code points)", x.Pos.Col)
	}
}

// TestSteps checks proof step names: the level in angle brackets, a name,
// and trailing dots that mark the start of a step.
func TestSteps(t *testing.T) {
	tests := []struct {
		src, lit string
		dot      bool
	}{
		{"<1>1.", "<1>1", true}, {"<1>a.", "<1>a", true}, {"<12>3", "<12>3", false},
		{"<*>", "<*>", false}, {"<+>.", "<+>", true}, {"<2>.", "<2>", true}, {"<1>2..", "<1>2", true},
	}
	for _, tt := range tests {
		s := New("s", []byte(tt.src), Raw)
		tok := s.Next()
		if tok.Kind != token.STEP || tok.Lit != tt.lit || (tok.Value == 1) != tt.dot || s.Next().Kind != token.EOF {
			t.Errorf("%q: got %v %q value %d", tt.src, tok.Kind, tok.Lit, tok.Value)
		}
	}
	for _, src := range []string{"<<1>>", "x<1", "a < 1 > b"} {
		s := New("s", []byte(src), Raw)
		for tok := s.Next(); tok.Kind != token.EOF; tok = s.Next() {
			if tok.Kind == token.STEP && src != "a < 1 > b" {
				t.Errorf("%q: read a step %q", src, tok.Lit)
			}
		}
	}
}

// TestNestedModules: a module may contain modules; its text ends at the
// ==== that closes it, not at the first ====.
func TestNestedModules(t *testing.T) {
	src := "junk\n---- MODULE Outer ----\n---- MODULE Inner ----\nA == 1\n====\nB == 2\n====\nafter ==== the end"
	s := New("n", []byte(src), Module)
	var got []string
	for tok := s.Next(); tok.Kind != token.EOF; tok = s.Next() {
		if tok.Kind.IsLiteral() {
			got = append(got, tok.Lit)
			continue
		}
		got = append(got, tok.Kind.String())
	}
	want := "---- MODULE Outer ---- ---- MODULE Inner ---- A == 1 ==== B == 2 ===="
	if g := strings.Join(got, " "); g != want || len(s.Errors) > 0 {
		t.Errorf("got %q (%v), want %q", g, s.Errors, want)
	}
}
