//go:build wspcycle_mutants

package fsm

import (
	"context"
	"errors"
	"testing"
)

// TestSetMutant checks the test-only switch: every listed mutant can be switched on and
// off, an unknown name is refused and leaves the switch as it was, and a switched-on
// mutant really changes what the runtime does (here: Cleanup at zero succeeds).
func TestSetMutant(t *testing.T) {
	if !mutationsEnabled {
		t.Fatal("built with -tags wspcycle_mutants but mutationsEnabled is false")
	}
	defer SetMutant("")
	if got := Mutants(); len(got) != len(mutantNames) {
		t.Fatalf("Mutants() = %v", got)
	}
	for _, name := range Mutants() {
		if err := SetMutant(name); err != nil || !mutant(name) {
			t.Fatalf("SetMutant(%q) = %v, mutant(%q) = %v", name, err, name, mutant(name))
		}
	}
	if err := SetMutant("no-such-mutant"); err == nil || !mutant(mutantNames[len(mutantNames)-1]) {
		t.Fatalf("SetMutant of an unknown name: err %v, or it changed the switch", err)
	}
	p := New(Hooks{})
	if err := SetMutant(""); err != nil {
		t.Fatal(err)
	}
	if err := p.Cleanup(context.Background()); !errors.Is(err, ErrNotInitialised) {
		t.Fatalf("no mutant: Cleanup at zero = %v", err)
	}
	if err := SetMutant("cleanup-at-zero-succeeds"); err != nil {
		t.Fatal(err)
	}
	if err := p.Cleanup(context.Background()); err != nil {
		t.Fatalf("cleanup-at-zero-succeeds: Cleanup at zero = %v, want nil", err)
	}
}
