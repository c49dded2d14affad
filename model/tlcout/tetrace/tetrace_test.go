package tetrace

import (
	"strings"
	"testing"
	"time"

	"github.com/wspcycle/wspcycle/internal/javalang"
)

// The EXTENDS lines and the order of a trace state's variables of TLC's
// specs (rev cc6b616) are Java's HashSet and HashMap orders: the lines
// below are TLC's, with the names in the order TLC adds them.
func TestJavaHashOrder(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Toolbox TLCExt Naturals Sequences TLC InvFail", "Sequences TLCExt InvFail Toolbox Naturals TLC"},
		{"Toolbox TLCExt Naturals Sequences TLC Deadlock", "Deadlock Sequences TLCExt Toolbox Naturals TLC"},
		{"Toolbox TLCExt Naturals Sequences TLC LiveFail_TEConstants LiveFail", "Sequences TLCExt Toolbox LiveFail_TEConstants Naturals TLC LiveFail"},
		{"IOUtils TLC Asrt", "IOUtils TLC Asrt"},
		{"pc1 pc2 l1 l2", "l1 l2 pc2 pc1"},
		{"busy req served", "busy served req"},
		{"q msg pc", "msg q pc"},
	} {
		if got := strings.Join(javalang.HashMapOrder(strings.Fields(c.in)), " "); got != c.want {
			t.Errorf("%s: %s, want %s", c.in, got, c.want)
		}
	}
	// Past 12 names the table has 32 buckets (Java resizes at 0.75):
	// "ax".."mx" hash to 23, 22, ..., 11 modulo 32 (with 16 buckets "ix"
	// would come first, at 0).
	var many []string
	for _, c := range "abcdefghijklm" {
		many = append(many, string(c)+"x")
	}
	if got := javalang.HashMapOrder(many); len(got) != 13 || got[0] != "mx" || got[12] != "ax" {
		t.Errorf("%v", got)
	}
}

// A trace of one state gets no spec (TLC: fewer than two states); a
// lasso's closing step counts as one.
func TestWritable(t *testing.T) {
	if Writable(1, false) || !Writable(2, false) || !Writable(1, true) {
		t.Error("Writable")
	}
	if n := Name("M", time.Unix(1796637794, 0)); n != "M_TTrace_1796637794" {
		t.Error(n)
	}
}
