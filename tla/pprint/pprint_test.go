package pprint_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/pprint"
)

// TestPrintAsTLC loads testdata/PP.tla, whose ASSUMEs print values of
// every kind, long and short, and compares what they print with TLC's own
// output for the same spec (PP.tlc.out: the lines TLC rev cc6b616 printed
// between "Starting..." and "Computing initial states...", with
// -workers 1). What TLC's run shows, and this test holds us to:
//   - a value that fits in 80 columns is printed on one line, as its text;
//   - a longer set, tuple, record or function is broken one element per
//     line: "{ " / "<< " / "[ " / "( " opens it, each next element is
//     indented under the first, "," (" @@" in a function) ends each line
//     but the last, " }" / " >>" / " ]" / " )" closes it; a record field
//     or function argument whose value does not fit after it puts the
//     value on the next line, four columns further in ("g2 |->",
//     "averyvery...longfieldname |->", the function with tuple arguments);
//   - Print(out, val) prints out, two spaces, val, each formatted on its
//     own as if it started the line (the last case: the tuple's second
//     line is indented three columns, not under the tuple);
//   - TLC's reader of a value's text stops at a model value with "_" in
//     its name (mv_1) and at a string holding an escaped quote: those two
//     values are printed on one line however long;
//   - SUBSET {1, 2} inside a record is printed as its elements, 1..40 as
//     an interval.
//
// The record fields and the model values are named so that TLC's order
// (the order it first read the names) is also the alphabetical one.
func TestPrintAsTLC(t *testing.T) {
	var out bytes.Buffer
	sp, err := eval.LoadFilesWith(eval.Options{Print: &out}, filepath.Join("testdata", "PP.tla"), filepath.Join("testdata", "PP.cfg"))
	if err != nil {
		t.Fatal(err)
	}
	if sp == nil {
		t.Fatal("no spec")
	}
	want, err := os.ReadFile(filepath.Join("testdata", "PP.tlc.out"))
	if err != nil {
		t.Fatal(err)
	}
	got, wantLines := strings.Split(out.String(), "\n"), strings.Split(string(want), "\n")
	for i := 0; i < max(len(got), len(wantLines)); i++ {
		var g, w string
		if i < len(got) {
			g = got[i]
		}
		if i < len(wantLines) {
			w = wantLines[i]
		}
		if g != w {
			t.Fatalf("line %d:\n got %q\nwant %q (TLC)", i+1, g, w)
		}
	}
}

// TestFormat checks TLC's rules on texts of one value each, the expected
// layouts worked out from TLC's formatter (tlc2.pprint.Format) as
// TestPrintAsTLC's TLC run shows it: width is what is left of the line,
// and the rule applies again inside each element in the room left.
func TestFormat(t *testing.T) {
	cases := []struct {
		in    string
		width int
		want  string
	}{
		// Fits: unchanged, whatever it holds.
		{`{1, 2}`, 6, `{1, 2}`},
		// One column short: one element per line under "{ ".
		{`{1, 2}`, 5, "{ 1,\n  2 }"},
		{`<<1, 2>>`, 7, "<< 1,\n   2 >>"},
		// A nested value that fits its room stays whole.
		{`<<{1, 2}, {3, 4}>>`, 12, "<< {1, 2},\n   {3, 4} >>"},
		// A record field whose value does not fit after it: the value on
		// the next line, four columns in.
		{`[a |-> <<1, 2>>]`, 12, "[ a |->\n      << 1,\n         2 >> ]"},
		// Functions: " :>" between argument and value, " @@" between pairs.
		{`(1 :> 2 @@ 3 :> 4)`, 12, "( 1 :> 2 @@\n  3 :> 4 )"},
		// SUBSET S is read as a value too; TLC indents what follows its
		// first line by one column only (and closes it with a space).
		{`SUBSET {1, 2, 3}`, 12, "SUBSET { 1,\n   2,\n   3 } "},
		// Texts TLC's reader does not understand stay on one line.
		{`{a_b, c}`, 3, `{a_b, c}`},
		{`<<"a\"b", 1>>`, 3, `<<"a\"b", 1>>`},
		{`[S -> T]`, 3, `[S -> T]`},
		{`{1, 2} x`, 3, `{1, 2} x`},
		{`{1, 2`, 3, `{1, 2`},
		// Constants are never broken: a long string, an interval, a
		// negative number.
		{`"abcdef"`, 3, `"abcdef"`},
		{`{1..10, -5}`, 6, "{ 1..10,\n  -5 }"},
		{``, 3, ``},
	}
	for _, c := range cases {
		if got := pprint.Format(c.in, c.width); got != c.want {
			t.Errorf("Format(%q, %d) =\n%s\nwant\n%s", c.in, c.width, got, c.want)
		}
	}
}
