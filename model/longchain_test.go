package model

import (
	"context"
	"runtime/debug"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/wspcycle/wspcycle/tla/eval"
)

// Issue 13, item 1, past Init: a long chain of one operator is walked in a
// loop wherever the spec can hold it, so each place holds one here, written
// out (not behind a shared definition, so that every analysis of Next,
// of the invariant, of the temporal properties and of fairness meets it):
// x + 0 + 0 + ... with 200,000 terms (400 KB) in Next, an invariant, a
// state constraint, a temporal property, an action property and the
// fairness condition. The stack is cut to 16 MB: a walk that recursed down
// the chain (at least about 80 bytes a level) would die with "goroutine
// stack exceeds 16777216-byte limit". x counts 0..3 by the chains and
// then stays (no deadlock), so the search must find 4 states with the
// properties holding.
func TestLongChainsEverywhere(t *testing.T) {
	terms := 200_000
	if raceEnabled {
		terms = 100_000
	}
	chain := "(x" + strings.Repeat("+0", terms-1) + ")"
	src := "---- MODULE Chains ----\nEXTENDS Naturals\nVARIABLE x\n" +
		"Init == x = 0\n" +
		"Next == x' = IF " + chain + " < 3 THEN " + chain + " + 1 ELSE x\n" +
		"Inv == " + chain + " < 4\n" +
		"Con == " + chain + " >= 0\n" +
		"Reach == <>(" + chain + " = 3)\n" +
		"Steps == [][x' = " + chain + " + 1 \\/ x = 3]_x\n" +
		"Spec == Init /\\ [][Next]_x /\\ WF_x(Next /\\ " + chain + " < 3)\n" +
		"====\n"
	cfg := "SPECIFICATION Spec\nINVARIANT Inv\nCONSTRAINT Con\nPROPERTY Reach Steps\n"
	fsys := fstest.MapFS{"Chains.tla": {Data: []byte(src)}, "Chains.cfg": {Data: []byte(cfg)}}
	defer debug.SetMaxStack(debug.SetMaxStack(16 << 20))
	sp, err := eval.Load(fsys, "Chains.tla", "Chains.cfg")
	if err != nil {
		t.Fatal(err)
	}
	rep, err := Check(context.Background(), sp, Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Result != ResultOK || rep.Distinct != 4 {
		t.Fatalf("result %q (%s), %d distinct states; want ok with 4", rep.Result, rep.Message, rep.Distinct)
	}
}
