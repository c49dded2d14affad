package main

import (
	"path/filepath"
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
//   - Where both a standard module the spec extends or instantiates and
//     a spec module define the symbol, the first SANY reads is meant and
//     the later is its warning: with EXTENDS Naturals, RdPlusLeft (or
//     INSTANCE RdPlusLeft after EXTENDS Naturals) 1 + 2 is Naturals' 3
//     (RdStdExtFirst, RdStdInstFirst violate x = 1, which a spec's own +
//     had passed; RdStdExtPair, RdStdInstPair pass x = 3); with EXTENDS
//     RdPlusPair, Naturals it is RdPlusPair's (RdOwnExtFirst). SANY's
//     warning names the standard definition's place in TLC's own
//     Naturals.tla (package sany's table stdDefs).
//   - An operator parameter named by a symbol of an extended standard
//     module (RdStdParam's P(_ + _, a, b)) is SANY's "Multiply-defined
//     symbol", and so is Reals' / defined again (RdRealsSlash); a LET
//     definition of one is "already defined or declared" (RdStdLet).
//   - A definition before INSTANCE RdM of a name RdM defines too, with
//     the same arity, is SANY's warning only and the module's own
//     definition stays (RdInstAfter: the Examples' APChameneos and the
//     Apalache annotation modules were refused); with another arity it
//     is an error (RdInstArity), printed after the module whose
//     INSTANCE brings it in, where SANY meets the INSTANCE. Both compare
//     SANY's lines too: RdInstAfter's warning block after its module's
//     line, RdInstArity's "Multiply-defined symbol" before the errors
//     of the uses after the INSTANCE.
//   - SANY's warnings about a repeated name, kept and printed after each
//     module processed once there are any: VARIABLE v, v and CONSTANT
//     N, N (RdWarnDecl); a definition an INSTANCE brings in that RdWB
//     has, and two modules extended that define Bar (RdWarnExtends:
//     "Warning: the definition of 'Bar' conflicts with"); RdWB's warning,
//     not repeated when RdWarnThenErr instantiates RdWM again, before
//     RdWarnThenErr's own warning and error; a RECURSIVE Sum, located at
//     its definition, that INSTANCE RdWP repeats, located at the INSTANCE
//     since RdWP has a parameter (RdWarnParam); VARIABLE v, v in Inner,
//     a module after the root in its file that the root instantiates in
//     a LET: printed after Inner's processing, and located in module
//     Inner, whose lines count from its own start (RdWarnInner).
//   - Reals' / is TLC's error where it is evaluated, not before: a spec
//     that defines Half == 1 / 2 and never evaluates it is checked
//     (RdRealsUnused; the Examples' DifferentialEquations was refused).
//   - A module's own prefix -. a == ... (SpecifyingSystems' Integers.tla
//     over its own Naturals) is applied to -e where no Integers read
//     before it defines -.: with EXTENDS or INSTANCE Naturals
//     (RdNegOwn, RdNegInst), in a LET (RdNegLet), passed as F(-.)
//     (RdNegArg), to a value Integers' would refuse (RdNegSet), and
//     with EXTENDS RdNegFoo, Integers where RdNegFoo defines it
//     (RdNegExtFirst: the built-in - had been applied, a wrong
//     verdict), its level counted (RdNegLevel: -. a == x' in an ASSUME).
//     The definition was refused as unsupported.
//   - The first declaration SANY reads is meant for a named operator too,
//     and its arity and level are the ones checked: with EXTENDS
//     Sequences, RdLen42 (or INSTANCE RdLen42 after it) Len is Sequences'
//     (RdStdNameFirst, RdStdNameInst: RdLen42's Len(s) == 42 had been
//     applied, a wrong "no error"), whatever RdLen2's arity
//     (RdStdNameArity, refused) or RdLenPrime's level (RdStdNameLevel, an
//     ASSUME refused); with EXTENDS RdPlusPrime, Naturals the + of
//     RdPlusPrime, a + b == x', makes ASSUME 1 + 2 = 3 SANY's level error
//     (RdOwnInfixLevel), with EXTENDS Naturals, RdPlusPrime it is
//     Naturals' (RdStdInfixLevel).
//
// And two orders of TLC's startup: a cfg without INIT or SPECIFICATION
// for a spec with variables is refused before any ASSUME is evaluated
// (RdNoInit; the Examples' SimKnuthYao with an empty cfg reported its
// false ASSUME), and the first constant INVARIANT equal to FALSE ends
// the run before a later constant one TRUE is warned about (RdConstInv).
func TestTLCRedefinitions(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "redefs")
	for _, tc := range []struct {
		name string
		code int
	}{
		{"RdConcat", 12}, {"RdSlash", 12}, {"RdDiv", 150}, {"RdLen", 150},
		{"RdInstAfter", 12}, {"RdInstArity", 150},
		{"RdStdExtFirst", 12}, {"RdStdInstFirst", 12}, {"RdStdExtPair", 0},
		{"RdStdInstPair", 0}, {"RdOwnExtFirst", 75}, {"RdStdParam", 150}, {"RdRealsSlash", 150},
		{"RdStdLet", 150},
		{"RdNoInit", 151}, {"RdConstInv", 151}, {"RdRealsUnused", 12},
		{"RdWarnDecl", 0}, {"RdWarnExtends", 0}, {"RdWarnThenErr", 150}, {"RdWarnParam", 0}, {"RdWarnInner", 0},
		{"RdNegOwn", 12}, {"RdNegInst", 12}, {"RdNegExtFirst", 12}, {"RdNegArg", 12}, {"RdNegSet", 75},
		{"RdNegLet", 12}, {"RdNegLevel", 150},
		{"RdStdNameFirst", 12}, {"RdStdNameInst", 12}, {"RdStdNameArity", 12}, {"RdStdNameLevel", 0},
		{"RdOwnInfixLevel", 150}, {"RdStdInfixLevel", 0},
	} {
		t.Run(tc.name, func(t *testing.T) { tlcGoldenRun(t, dir, tc.name, nil, tc.code, inSpecDir()) })
	}
}
