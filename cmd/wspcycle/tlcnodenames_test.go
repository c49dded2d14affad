package main

import (
	"path/filepath"
	"testing"
)

// TLC names a node that has no name of its own by its whole source range,
// SemanticNode.toString ("line 8, col 12 to line 8, col 20 of module M"),
// without the parentheses SANY makes no node of: a PROPERTY conjunct
// written in place (an invariant, an action property, a state predicate
// checked on the initial states, each copy of the body of a \A over a
// constant set) and a false ASSUME. Each spec in
// testdata/nodenames says in its comment what TLC (rev cc6b616) printed;
// TLC's whole output, plain and -tool, is kept beside it.
func TestTLCNodeNamesGolden(t *testing.T) {
	dir := filepath.Join("testdata", "nodenames")
	for _, tc := range []struct {
		name string
		code int
	}{
		{"PropInv", 12},
		{"PropAction", 13},
		{"PropInit", 13},
		{"PropInitNamed", 13},
		{"AssumeRange", 10},
		{"AssumeParen", 10},
		{"QuantInv", 12},
		{"QuantAction", 13},
		{"QuantInit", 13},
	} {
		tlcGoldenRun(t, dir, tc.name, nil, tc.code)
	}
}

// TLC's simulator labels the first state of a behaviour by the initial
// predicate's range, "Initial predicate" before it when it is written in
// place (testdata/nodenames/SimInitLabel.tla says what TLC printed).
func TestTLCSimInitLabelGolden(t *testing.T) {
	tlcGoldenRun(t, filepath.Join("testdata", "nodenames"), "SimInitLabel", []string{"-simulate", "num=1", "-seed", "1", "-depth", "10"}, 12)
}
