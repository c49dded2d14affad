package main

import (
	"path/filepath"
	"testing"
)

// TestTLCOverriddenEq runs the specs of model/testdata/tlc/overeq: a = b
// where a set TLC implements in Java (Nat, STRING, Seq(S), held as its
// UserValue) is compared, which TLC decides by the value's class, never
// by enumerating it (TLC rev cc6b616): Nat = {} and Seq(F) = {} are
// "Attempted to compare overridden value ... with non-overridden value"
// (EqNat, EqString, EqSeqSet, EqSeqFilter, F a lazy filter of Nat),
// {} = Seq({1}) is SetEnumValue's "Attempted to check equality of the set
// {} ..." (EqSetSeq), and Seq({1}) = Seq({1}) is TRUE (EqSeqSeq).
// wspcycle tried to enumerate the Java set ("Attempted to enumerate the
// infinite set Nat"), and refused Seq({1}) = Seq({1}).
func TestTLCOverriddenEq(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "overeq")
	for name, code := range map[string]int{
		"EqNat": 10, "EqString": 10, "EqSeqSet": 10, "EqSeqFilter": 10, "EqSetSeq": 10, "EqSeqSeq": 0,
	} {
		t.Run(name, func(t *testing.T) { tlcGoldenRun(t, dir, name, nil, code) })
	}
}
