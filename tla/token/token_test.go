package token

import (
	"errors"
	"testing"
)

func TestPosString(t *testing.T) {
	for _, tc := range []struct {
		pos  Pos
		want string
	}{
		{Pos{"a.tla", 3, 7}, "a.tla:3:7"},
		{Pos{"", 3, 7}, "3:7"},
		{Pos{"a.tla", 0, 0}, "a.tla"},
		{Pos{}, "-"},
	} {
		if got := tc.pos.String(); got != tc.want {
			t.Errorf("%#v.String() = %q, want %q", tc.pos, got, tc.want)
		}
	}
}

func TestErrorListSortAndErr(t *testing.T) {
	var l ErrorList
	if l.Err() != nil {
		t.Fatal("empty list must be a nil error")
	}
	l.Add(Pos{"b.tla", 1, 1}, "third")
	l.Add(Pos{"a.tla", 2, 5}, "second")
	l.Add(Pos{"a.tla", 2, 1}, "first")
	l.Sort()
	want := "a.tla:2:1: first\na.tla:2:5: second\nb.tla:1:1: third"
	if got := l.Err().Error(); got != want {
		t.Errorf("sorted list prints\n%s\nwant\n%s", got, want)
	}
	var el ErrorList
	if !errors.As(l.Err(), &el) || len(el) != 3 {
		t.Errorf("errors.As must recover the list, got %v", el)
	}
}

func TestUnsupportedMessage(t *testing.T) {
	e := Unsupported(Pos{"m.tla", 4, 2}, "INSTANCE")
	if got, want := e.Error(), "m.tla:4:2: unsupported: INSTANCE"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestKinds(t *testing.T) {
	if Lookup("LET") != LET || Lookup("Init") != IDENT || Lookup("WF_") != IDENT {
		t.Error("Lookup maps reserved words to keywords, everything else (WF_ included) to IDENT")
	}
	if !AND.IsOperator() || AND.IsKeyword() || !IF.IsKeyword() || !IDENT.IsLiteral() {
		t.Error("kind classes are wrong")
	}
	for k := ILLEGAL; k < keywordEnd; k++ {
		if k == literalBeg || k == literalEnd || k == operatorBeg || k == operatorEnd || k == keywordBeg || k == userBeg || k == userEnd {
			continue
		}
		if names[k] == "" {
			t.Errorf("kind %d has no name", k)
		}
	}
}

// TestProofKeywords: SANY reserves the proof language's words (checked
// with SANY: STATE == 1 is a parse error), so they are never identifiers.
func TestProofKeywords(t *testing.T) {
	for _, w := range []string{"ACTION", "BY", "COROLLARY", "DEF", "DEFINE", "DEFS", "HAVE", "HIDE", "LEMMA",
		"NEW", "OBVIOUS", "OMITTED", "ONLY", "PICK", "PROOF", "PROPOSITION", "PROVE", "QED", "STATE",
		"SUFFICES", "TAKE", "TEMPORAL", "USE", "WITNESS", "THEOREM", "AXIOM", "RECURSIVE", "LAMBDA"} {
		if k := Lookup(w); !k.IsKeyword() || k.String() != w {
			t.Errorf("%s: %v", w, k)
		}
	}
	if !PREC.IsUserDefinable() || !PLUSPOST.IsUserDefinable() || PLUS.IsUserDefinable() || !PREC.IsOperator() {
		t.Error("user-definable symbols are operators, built-in ones are not user-definable")
	}
}

// A position in a module that follows another in its file prints, as
// file:line:col for editors, the real file and the line in it (the
// module's lines count from its header, line 9 here); TLC's own output
// names the module and its line instead, from the position's fields.
func TestPosInFileString(t *testing.T) {
	p := Pos{Filename: InFile("dir/S.tla", "Q", 9), Line: 3, Col: 44}
	if got, want := p.String(), "dir/S.tla:11:44"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	if got, want := p.InFile(), (Pos{Filename: "dir/S.tla", Line: 11, Col: 44}); got != want {
		t.Errorf("InFile() = %v, want %v", got, want)
	}
	e := &Error{Pos: p, Msg: "expected expression"}
	if got, want := e.Error(), "dir/S.tla:11:44: expected expression"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if got, want := (Pos{Filename: InFile("S.tla", "Q", 9)}).String(), "S.tla"; got != want {
		t.Errorf("String() of a position without a line = %q, want %q", got, want)
	}
	plain := Pos{Filename: "dir/S.tla", Line: 3, Col: 4}
	if plain.InFile() != plain || plain.String() != "dir/S.tla:3:4" {
		t.Errorf("a plain position changed: %v", plain.InFile())
	}
	for _, name := range []string{"S.tla", "S.tla(Q)", "S.tla(Q:0)", "S.tla(Q:x)", "S.tla(:3)", "S.tla(Q:03)", "S(Q:3)"} {
		if _, _, _, ok := SplitInFile(name); ok {
			t.Errorf("SplitInFile(%q) split a name InFile does not make", name)
		}
	}
}

// NextHeader finds a module's header at the start of a line, and the
// line's start.
func TestNextHeader(t *testing.T) {
	src := []byte("\\* x\n(* c *)\n  ---- MODULE Q ----\n")
	start, name, ok := NextHeader(src)
	if !ok || start != 13 || name != "Q" {
		t.Errorf("NextHeader = %d, %q, %v; want 13, \"Q\", true", start, name, ok)
	}
	if _, _, ok := NextHeader([]byte("\\* ---- MODULE Q ----\n")); ok {
		t.Error("a header in a line comment was found")
	}
}
