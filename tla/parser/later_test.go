package parser

import (
	"testing"

	"github.com/wspcycle/wspcycle/tla/token"
)

// A module that follows the root in its file is SANY's module: the text
// from the file's first line that is wholly its header
// (util.MonolithSpecExtractor), with its positions named after it and
// that line; its lines count from there.
func TestParseModulesLaterModuleAsSANY(t *testing.T) {
	const real = "====\n---- MODULE Q ----\nF == 1\n====\n"
	for _, c := range []struct {
		name, root string
		header     int  // the line of Q's header SANY reads Q from
		fails      bool // SANY's Q does not parse
	}{
		// No other header: Q's own, on line 4.
		{"plain", "---- MODULE W ----\nI == INSTANCE Q\n", 4, false},
		// A line of its own in a comment of the root that is Q's header:
		// SANY reads Q from it, and fails (TLC exits 150).
		{"comment", "---- MODULE W ----\n(*\n---- MODULE Q ----\n  a comment\n*)\nI == INSTANCE Q\n", 0, true},
		// The same with a whole module in the comment: SANY's Q is it.
		{"whole", "---- MODULE W ----\n(*\n---- MODULE Q ----\nG == 2\n====\n*)\nI == INSTANCE Q\n", 3, false},
		// Not a line of its own (indented, text after it, in a line
		// comment): not SANY's header; Q's own is.
		{"indented", "---- MODULE W ----\n(*\n  ---- MODULE Q ----\n*)\nI == INSTANCE Q\n", 7, false},
		{"trailing", "---- MODULE W ----\n(*\n---- MODULE Q ---- x\n*)\nI == INSTANCE Q\n", 7, false},
		{"line comment", "---- MODULE W ----\n\\* ---- MODULE Q ----\nI == INSTANCE Q\n", 5, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			mods, err := ParseModules("W.tla", []byte(c.root+real))
			if c.fails {
				if err == nil {
					t.Fatalf("parsed %d modules; SANY's Q does not parse", len(mods))
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(mods) != 2 {
				t.Fatalf("%d modules, want 2", len(mods))
			}
			q := mods[1]
			if got, want := q.Name.NamePos, (token.Pos{Filename: token.InFile("W.tla", "Q", c.header), Line: 1, Col: 13}); got != want {
				t.Errorf("Q's name at %#v, want %#v", got, want)
			}
			if got, want := q.Name.NamePos.String(), "W.tla:"+itoa(c.header)+":13"; got != want {
				t.Errorf("Q's name prints %s, want %s", got, want)
			}
		})
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
