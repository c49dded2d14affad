package model

import (
	"context"
	"os"
	"testing"

	"github.com/wspcycle/wspcycle/tla/eval"
)

// JsonDeserialize reads its file at each evaluation, as TLC's Java code
// does: Next writes <<x'>> to f.json, and the invariant reads it back for
// the state just made. Worked out by hand from TLC's breadth-first order
// with one worker: the initial state x = 0 passes by its first disjunct;
// each new state x = i is checked right after the step that wrote <<i>>,
// so Inv holds in the 4 states. Read once while compiling (as it was),
// the leftover <<0>> of an earlier run made it fail at x = 1, and a
// missing file made it hold without reading anything.
func TestJsonDeserializeReadsAtEachEvaluation(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	src := `---- MODULE JsonRead ----
EXTENDS Naturals, Json
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1 /\ JsonSerialize("f.json", <<x'>>)
Inv == x = 0 \/ JsonDeserialize("f.json") = <<x>>
====
`
	if err := os.WriteFile("JsonRead.tla", []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("JsonRead.cfg", []byte("INIT Init\nNEXT Next\nINVARIANT Inv\nCHECK_DEADLOCK FALSE\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("f.json", []byte("[0]"), 0o644); err != nil { // an earlier run's
		t.Fatal(err)
	}
	sp, err := eval.LoadFiles("JsonRead.tla", "JsonRead.cfg")
	if err != nil {
		t.Fatal(err)
	}
	rep, err := Check(context.Background(), sp, Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Result != ResultOK || rep.Distinct != 4 {
		t.Errorf("%s %q, %d distinct; want no error and 4 distinct states", rep.Result, rep.Message, rep.Distinct)
	}
}
