package eval

import (
	"path/filepath"
	"testing"

	"github.com/wspcycle/wspcycle/tla/value"
)

// TestCallStackReplay replays the successors of the initial state of
// NExInner (Next == x < 5 /\ \E i \in 1..2 : x' = x[i], x = 0) with a
// spec loaded with Options.CallStack: TLC's stack (its 2103, recorded in
// model/testdata/tlc/evalerrors/NExInner.text.out) is the conjunction,
// x < 5 (a conjunct already taken stays), the \E, its body and x[i], the
// conjunct and the guard's evaluation pushing the same node twice.
func TestCallStackReplay(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "evalerrors")
	sp, err := LoadFilesWith(Options{CallStack: true}, filepath.Join(dir, "NExInner.tla"), filepath.Join(dir, "NExInner.cfg"))
	if err != nil {
		t.Fatal(err)
	}
	if sp.CallStack == nil {
		t.Fatal("no CallStack with Options.CallStack")
	}
	sp.CallStack.Reset()
	err = sp.Next(value.State{value.Int(0)}, func(Step) error { return nil })
	if err == nil {
		t.Fatal("no error from x[i] with x = 0")
	}
	var got [][2]int
	var last any
	for _, e := range sp.CallStack.Frames() {
		if e == last {
			continue
		}
		last = e
		got = append(got, [2]int{e.Pos().Line, e.Pos().Col})
	}
	want := [][2]int{{5, 9}, {5, 9}, {5, 18}, {5, 34}, {5, 39}}
	if len(got) != len(want) {
		t.Fatalf("stack %v, want TLC's %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("stack %v, want TLC's %v", got, want)
		}
	}

	plain, err := LoadFiles(filepath.Join(dir, "NExInner.tla"), filepath.Join(dir, "NExInner.cfg"))
	if err != nil {
		t.Fatal(err)
	}
	if plain.CallStack != nil {
		t.Error("a spec loaded to search records a call stack")
	}
}
