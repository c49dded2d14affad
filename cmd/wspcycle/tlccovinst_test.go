package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// TestTLCCoverageInstance compares `wspcycle tlc -coverage 1` with TLC's
// runs (TLC rev cc6b616) kept in testdata/covinst, plain and -tool, on
// specs whose Init, Next and invariant are definitions of an instance
// with substitutions (each spec's comment says what TLC reports):
//
//   - CovInstDecl: INSTANCE without a name. Init, Next and TypeOK keep
//     their names and are located at the INSTANCE statement (line 11):
//     "<Next line 11, col 1 to line 11, col 53 of module CovInstDecl>:
//     7:14"; they were named "Action" and located in CovInstInner.
//   - CovInstNamed: I == INSTANCE and J(m) == INSTANCE. Next's actions are
//     "<I!Next line 11, col 1 to line 11, col 1 ...>" and "<J!Inc line 12,
//     col 1 to line 12, col 4 ...>" (the heads I and J(m)); they were
//     "Action" at the whole statement.
//
// TLC also lists the substitution expressions (x, y, 1 + 2, m), written
// on the INSTANCE lines, in the last tree its CostModelCreator walked
// through them, counting all their evaluations: wspcycle does not count
// them yet, so those lines (the root module's lines 11 and 12, not the
// entries' headers) are left out of both outputs.
func TestTLCCoverageInstance(t *testing.T) {
	dir := filepath.Join("testdata", "covinst")
	for _, c := range []struct {
		name  string
		lines []int
	}{
		{"CovInstDecl", []int{11}},
		{"CovInstNamed", []int{11, 12}},
	} {
		requireInOutput(t, filepath.Join(dir, c.name+".text.out"), "of module "+c.name+">: ")
		drop := func(out string) string { return dropCovLinesAt(out, c.name, c.lines) }
		tlcGoldenRun(t, dir, c.name, []string{"-coverage", "1"}, 0, comparing(drop))
	}
}

// dropCovLinesAt drops from out the coverage lines (not the entries'
// headers) located at one of the lines of module mod, with the -tool
// message markers around them.
func dropCovLinesAt(out, mod string, at []int) string {
	isAt := func(l string) bool {
		l = strings.TrimLeft(l, " |")
		for _, n := range at {
			if strings.HasPrefix(l, fmt.Sprintf("line %d, col ", n)) && strings.Contains(l, " of module "+mod+": ") {
				return true
			}
		}
		return false
	}
	lines := strings.Split(out, "\n")
	var keep []string
	for i := 0; i < len(lines); i++ {
		if !isAt(lines[i]) {
			keep = append(keep, lines[i])
			continue
		}
		if n := len(keep); n > 0 && strings.HasPrefix(keep[n-1], "@!@!@STARTMSG") {
			keep = keep[:n-1]
			if i+1 < len(lines) && strings.HasPrefix(lines[i+1], "@!@!@ENDMSG") {
				i++
			}
		}
	}
	return strings.Join(keep, "\n")
}
