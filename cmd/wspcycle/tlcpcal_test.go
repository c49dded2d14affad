package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestTLCPcalLabels compares with TLC's output (model/testdata/tlc/pcal)
// the line SANY's PlusCal translator prints after the root's "Parsing
// file" line: "Labels added." for a uniprocess algorithm in which no
// label was typed, in a module that holds a translation (LabelsAdded,
// LabelsC in the C syntax, LabelsFair, LabelsIf); nothing when a label
// was typed (LabelsTyped) or there is no translation (LabelsNoTrans);
// the word "process" in a comment is no process (LabelsComment).
// The line was missing.
func TestTLCPcalLabels(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "pcal")
	for _, name := range []string{"LabelsAdded", "LabelsC", "LabelsFair", "LabelsIf", "LabelsTyped", "LabelsNoTrans", "LabelsComment"} {
		tlcGoldenRun(t, dir, name, []string{"-noGenerateSpecTE"}, 0, inSpecDir())
	}
}

// TestLabelsAdded: what the translator is taken to do on algorithms the
// goldens do not show (the labels of each statement kind, a label after
// `{` or `;`, a name followed by ':' that is not a label).
func TestLabelsAdded(t *testing.T) {
	head := "---- MODULE M ----\n(* --algorithm M\nvariables y = 0;\nbegin\n"
	tail := "\nend algorithm; *)\n\\* BEGIN TRANSLATION\n\\* END TRANSLATION\n====\n"
	for body, want := range map[string]bool{
		"  y := y + 1;":                              true,
		"  A: y := y + 1;":                           false,
		"  A:+ y := y + 1;":                          false,
		"  y := 1;\n  B: y := 2;":                    false,
		"  if y > 0 then C: y := 1; end if;":         false,
		"  y := CHOOSE v \\in {1} : TRUE;":           true,
		"  y := [a |-> 1].a;":                        true,
		"  await \\E v \\in {1}: v > 0;":             true,
		"  y := (1 :> 2)[1];":                        true,
		"  either y := 1; or D: y := 2; end either;": false,
		"  \\* we process it here\n  y := 1;":        true,
		"  (* a process (* nested *) *) y := 1;":     true,
		"  (* note: *) y := 1; \\* E: y := 2;":       true,
		"  print \"process\"; y := 1;":               true,
	} {
		if got := labelsAdded(head + body + tail); got != want {
			t.Errorf("%q: labels added %v, want %v", body, got, want)
		}
	}
	for src, want := range map[string]bool{
		head + "  y := 1;" + tail: true,
		strings.Replace(head, "begin", "process P \\in {1}\nbegin", 1) + "  y := 1;\nend process;" + tail: false,
		strings.Replace(head+"  y := 1;"+tail, "\\* BEGIN TRANSLATION", "", 1):                            false,
		"\\* --algorithm M\n\\* begin\n\\* y := 1;\n\\* end algorithm;\n\\* BEGIN TRANSLATION\n":          false,
	} {
		if got := labelsAdded(src); got != want {
			t.Errorf("%q: labels added %v, want %v", src, got, want)
		}
	}
}
