package main

import (
	"path/filepath"
	"testing"
)

// TestTLCLiveConstErrGolden: TLC evaluates the constant-level parts of a
// temporal property while it builds its liveness problem
// (Liveness.astToLive), before "Implied-temporal checking" and before any
// state is computed. A part that fails to evaluate stops TLC there, after
// "Starting...", with exit 255 and no search:
//
//   - an EvalException (1 \div 0 in Div, Head(<<>>) in Head0): TLC's
//     general 1000, "TLC threw an unexpected exception ... The exception
//     was a tlc2.tool.EvalException", then the message, which -tool frames
//     in its own code (2179, 2184);
//   - any other error (CHOOSE with no witness): the same 1000 naming a
//     java.lang.RuntimeException, the message and its range;
//   - a part that is not a boolean ((1 + 1) \/ <>P, {1} => <>P): TLC's
//     2215, "TLC expected a boolean value, but did not find one.", with
//     the part's range on the same line.
//
// We used to keep a failing part as an atom, report the error on the first
// state and exit 0 (a tool reading only the exit code saw success); under
// -simulate, exit 150.
// Outputs recorded from TLC rev cc6b616, plain and -tool.
func TestTLCLiveConstErrGolden(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "liveconsterr")
	for _, name := range []string{"Div", "Head0", "Choose", "NotBool", "NotBoolSet"} {
		tlcGoldenRun(t, dir, "LiveConstErr"+name, nil, 255, withSpec("LiveConstErr"))
	}
	// TLC's simulator builds the same liveness problem first.
	tlcGoldenRun(t, dir, "LiveConstErrDiv", []string{"-simulate", "num=3", "-seed", "1"}, 255, withSpec("LiveConstErr"), withOutput("LiveConstErrDivSim"))
}
