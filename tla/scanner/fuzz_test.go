package scanner

import (
	"testing"

	"github.com/wspcycle/wspcycle/tla/token"
)

// FuzzScan checks that the scanner terminates on any input without
// panicking, that every token and error has a valid position, and that
// positions never go backwards.
func FuzzScan(f *testing.F) {
	for _, s := range []string{
		"---- MODULE M ----\nA == 1\n====",
		`"a\"b" \* c` + "\n(* (* *) *) x' = [y EXCEPT ![1] = @]",
		`\b101 \o17 \hFF 1..2 <<>>_v ]_x WF_v SF_<<a>>`,
		"(* unterminated", `"unterminated`, "\xff\xfe", "a ∧ b",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		for _, mode := range []Mode{Module, Raw} {
			s := New("f.tla", src, mode)
			var last token.Pos
			for n := 0; ; n++ {
				if n > len(src)+2 {
					t.Fatalf("more tokens (%d) than bytes (%d)", n, len(src))
				}
				tok := s.Next()
				if !tok.Pos.IsValid() || tok.Pos.Col < 1 || tok.Pos.Filename != "f.tla" {
					t.Fatalf("token %v at invalid position %v", tok.Kind, tok.Pos)
				}
				if tok.Pos.Before(last) {
					t.Fatalf("token %v at %v before previous %v", tok.Kind, tok.Pos, last)
				}
				last = tok.Pos
				if tok.Kind == token.EOF {
					break
				}
			}
			for _, e := range s.Errors {
				if !e.Pos.IsValid() || e.Pos.Col < 1 || e.Pos.Filename != "f.tla" || e.Msg == "" {
					t.Fatalf("error with invalid position or no message: %v", e)
				}
			}
			for _, c := range s.Comments {
				if !c.Start.IsValid() || len(c.Text) < 2 {
					t.Fatalf("bad comment %q at %v", c.Text, c.Start)
				}
			}
		}
	})
}
