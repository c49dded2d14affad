package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestTLCRedefinitions runs the specs of model/testdata/tlc/redefs and
// compares wspcycle's output with TLC's (rev cc6b616), plain and -tool:
// what a module's own definition of a name or symbol that a standard
// module or an instantiated module also defines means.
//   - A symbol of a standard module the spec does not extend is the
//     module's own operator (RdConcat's a \o b without Sequences,
//     RdSlash's a / b over Integers, as the Examples' KnuthYao Prob
//     defines it): TLC applies the definition, which the built-in
//     operator had stood in for (a wrong verdict) or refused (/).
//   - One that an extended standard module defines is SANY's error
//     "Operator X already defined or declared" with its warning
//     (RdDiv's \div with Integers, RdLen's Len with Sequences).
//   - A definition before INSTANCE RdM of a name RdM defines too, with
//     the same arity, is SANY's warning only and the module's own
//     definition stays (RdInstAfter: the Examples' APChameneos and the
//     Apalache annotation modules were refused); with another arity it
//     is an error (RdInstArity). Those two compare from "Starting...":
//     SANY's warnings and the arity error's text are not printed the
//     same.
//   - Reals' / is TLC's error where it is evaluated, not before: a spec
//     that defines Half == 1 / 2 and never evaluates it is checked
//     (RdRealsUnused; the Examples' DifferentialEquations was refused).
//
// And two orders of TLC's startup: a cfg without INIT or SPECIFICATION
// for a spec with variables is refused before any ASSUME is evaluated
// (RdNoInit; the Examples' SimKnuthYao with an empty cfg reported its
// false ASSUME), and the first constant INVARIANT equal to FALSE ends
// the run before a later constant one TRUE is warned about (RdConstInv).
func TestTLCRedefinitions(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "redefs")
	for _, tc := range []struct {
		name  string
		code  int
		after bool
	}{
		{"RdConcat", 12, false}, {"RdSlash", 12, false}, {"RdDiv", 150, false}, {"RdLen", 150, false},
		{"RdInstAfter", 12, true}, {"RdInstArity", 150, true},
		{"RdNoInit", 151, false}, {"RdConstInv", 151, false}, {"RdRealsUnused", 12, false},
	} {
		opts := []goldenOpt{inSpecDir()}
		if tc.after {
			opts = append(opts, comparing(fromStarting))
		}
		t.Run(tc.name, func(t *testing.T) { tlcGoldenRun(t, dir, tc.name, nil, tc.code, opts...) })
	}
}

// fromStarting is an output from the line "Starting..." on.
func fromStarting(out string) string {
	i := strings.Index(out, "Starting... (")
	if i < 0 {
		return out
	}
	return out[strings.LastIndex(out[:i], "\n")+1:]
}
