package main

import (
	"path/filepath"
	"testing"
)

// TestTLCLazyArg runs the specs of model/testdata/tlc/lazyarg, operator
// arguments with effects, and compares wspcycle's output with TLC's (rev
// cc6b616), plain and -tool. TLC binds an argument to a LazyValue that
// keeps the value its first use built, so an argument that prints or
// sets a register is evaluated once per application, and not at all
// when the body does not use it:
//   - ArgTwice: Twice(a) == a + a in Init, Next and an invariant prints
//     once per application; Zero(a) == 0 never prints;
//   - ArgAction: the same for an application TLC's next-state evaluation
//     walks (a conjunct of Next), under \A, and for a recursive operator;
//     a LAMBDA argument is evaluated at each application of it;
//   - ArgRegister: TLCSet/TLCGet in an argument used twice: one
//     increment per application decides the states found;
//   - ArgSplit: TLC's split of Next goes into an application whose
//     arguments are all constant-level and evaluates them there, once
//     for the run, used or not ("a", "u", "w" after "Starting..."); an
//     application with a state-level argument is evaluated at each state;
//   - ArgRandom (-simulate num=5 -depth 50 -seed 1): A(RandomElement(
//     1..100)) draws once, so x < 97 holds in every behaviour.
func TestTLCLazyArg(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "lazyarg")
	for _, name := range []string{"ArgTwice", "ArgAction", "ArgRegister", "ArgSplit"} {
		t.Run(name, func(t *testing.T) { tlcGoldenRun(t, dir, name, nil, 0, inSpecDir()) })
	}
	sim := []string{"-simulate", "num=5", "-depth", "50", "-seed", "1"}
	tlcGoldenRun(t, dir, "ArgRandom", sim, 0, inSpecDir())
}
