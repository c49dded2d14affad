package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TLC's -dump and -dump dot files, found different on the Examples
// (the files here are TLC's):
//   - a state is printed as TLC's trace printer does (TLCStateMut.toString):
//     a value wider than 80 columns is broken over lines (Values.ppr).
//     DumpWide's record of records and sequence of sets were on one line
//     (CigaretteSmokers, Prisoners, SpanTree...);
//   - an action's colour is its definition's name's (Zed("ann") and
//     Zed("bob") share one), numbered in the order the steps written meet
//     them, not in the order of the actions (DotNames: Alpha is first but
//     enabled last; DiningPhilosophers had 15 colours for TLC's 3); a
//     label's quotes are escaped; the legend is in the order of TLC's
//     HashMap (Zed, Alpha, Mid);
//   - an action without a name is "UnnamedAction" (DotUnnamed; MCTwoPhase);
//   - every initial state is ranked, a step from it or not (DotInitRank;
//     Paxos' MCConsensus);
//   - with a temporal property, -dump writes each state again once expanded
//     (DumpLive; 10 of the 33 models: DiningPhilosophers, EWD840, ...);
//   - -dump writes the states as they are, also when a violation's trace
//     was shown through an ALIAS (DumpAlias; Hanoi_anim had
//     "_ALIASEvalError = null" in every state); -dump dot labels a state
//     with the ALIAS evaluated in it alone at its level, the tooltip being
//     the state (DumpAlias, DotAliasLevel: TLCGet("level"), a primed
//     variable's failure shown with _ALIASEvalError).
func TestTLCDumpFilesHunt7(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "hunt7")
	for _, c := range []struct {
		spec, opts, golden string
		code               int
	}{
		{"DumpWide", "", "DumpWide.dump", 11},
		{"DumpWide", "dot,colorize,actionlabels", "DumpWide-dot-colorize-actionlabels.dot", 11},
		{"DotNames", "dot,colorize,actionlabels", "DotNames-dot-colorize-actionlabels.dot", 0},
		{"DotUnnamed", "dot,colorize,actionlabels", "DotUnnamed-dot-colorize-actionlabels.dot", 11},
		{"DotInitRank", "dot", "DotInitRank-dot.dot", 0},
		{"DumpLive", "", "DumpLive.dump", 11},
		{"DumpAlias", "", "DumpAlias.dump", 12},
		{"DumpAlias", "dot", "DumpAlias-dot.dot", 12},
		{"DotAliasLevel", "dot", "DotAliasLevel-dot.dot", 0},
	} {
		t.Run(c.golden, func(t *testing.T) {
			tmp := t.TempDir()
			args := []string{"tlc", "-workers", "1", "-dump"}
			if c.opts != "" {
				args = append(args, c.opts)
			}
			args = append(args, filepath.Join(tmp, "g"), "-config", mustAbs(t, filepath.Join(dir, c.spec+".cfg")), mustAbs(t, filepath.Join(dir, c.spec+".tla")))
			var o, errb bytes.Buffer
			if code := runIn(t, tmp, args, &o, &errb); code != c.code {
				t.Fatalf("exit %d, want TLC's %d: %s", code, c.code, errb.String())
			}
			got, err := os.ReadFile(filepath.Join(tmp, "g"+filepath.Ext(c.golden)))
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(filepath.Join(dir, c.golden))
			if err != nil {
				t.Fatal(err)
			}
			if g, w := normDot(string(got)), normDot(string(want)); g != w {
				t.Errorf("not TLC's file:\n%s\nours:\n%s", firstDiff(w, g), got)
			}
		})
	}
}
