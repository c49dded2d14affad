package main

import (
	"path/filepath"
	"testing"
)

// TestTLCPostConditionFlagConstant: TLC looks the operator of
// -postCondition MODULE!OP up in MODULE and evaluates its body once the
// run is over, whatever its level (TLC rev cc6b616; outputs in
// model/testdata/tlc/fix6): PCp == PrintT("pm") /\ FALSE prints "pm" at
// startup, with MODULE's constant definitions, and again after the
// search, then "Postcondition PCp ... is false" (exit 10); PCt == TRUE
// holds; PCf == FALSE and PCr == RandomElement({1}) = 2 are false.
// wspcycle refused each as a constant ("The post condition PCp cannot be
// a constant.", exit 255), which is TLC's answer only for the cfg's own
// POSTCONDITION naming such a definition (PostCfg).
func TestTLCPostConditionFlagConstant(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "fix6")
	for _, c := range []struct {
		op   string
		code int
	}{{"p", 10}, {"t", 0}, {"f", 10}, {"r", 10}} {
		tlcGoldenRun(t, dir, "S", []string{"-noGenerateSpecTE", "-postCondition", "Post!PC" + c.op}, c.code, withOutput("PostFlag_"+c.op))
	}
	tlcGoldenRun(t, dir, "PostCfg", []string{"-noGenerateSpecTE"}, 255, withSpec("SX"))
}

// TestTLCPropertyConstantNoWarning: TLC's warning that a PROPERTY is a
// state-level formula (2255) is for a formula of state level only; a
// constant-level one TLC could not compute at startup (Wc: CHOOSE over
// Nat; Wg: TLCGet("level"); Wa: an Assert that fails) is checked in the
// initial states without it (TLC rev cc6b616; Wv, which reads x, gets
// it). wspcycle warned for all four.
func TestTLCPropertyConstantNoWarning(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "fix6")
	for _, c := range []struct {
		name string
		code int
	}{{"c", 75}, {"g", 13}, {"a", 75}, {"v", 13}} {
		tlcGoldenRun(t, dir, "PropW"+c.name, []string{"-noGenerateSpecTE"}, c.code, withSpec("W"))
	}
}

// TestTLCAssumeStopsAtFirst: TLC evaluates the ASSUMEs in order and stops
// at the first one that fails (AsmA: @@ of functions whose domains mix
// numbers and strings, then compared; AsmB: the same under \in; AsmC: a
// false Assert) or is false (AsmD): a later one is not evaluated, so what
// it prints or sets is not done (TLC rev cc6b616). wspcycle evaluated
// every ASSUME, printing the later ones' PrintT before the first one's
// error.
func TestTLCAssumeStopsAtFirst(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "fix6")
	for _, name := range []string{"AsmA", "AsmB", "AsmC", "AsmD"} {
		tlcGoldenRun(t, dir, name, []string{"-noGenerateSpecTE"}, 10)
	}
}
