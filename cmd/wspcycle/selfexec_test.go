package main

import (
	"os"
	"testing"
)

// asMainEnv makes the test binary run main instead of the tests: the tests
// that need a real process (signals, the heap of a whole run) start the
// test binary itself with it set (startMain).
const asMainEnv = "WSPCYCLE_TEST_AS_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(asMainEnv) == "1" {
		main() // exits
	}
	// No trace exploration spec beside the specs in testdata: the tests
	// that want one ask for it (-generateSpecTE).
	tlcTEByDefault = false
	os.Exit(m.Run())
}
