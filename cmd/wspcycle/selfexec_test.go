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
	// No trace exploration spec beside the specs in testdata, from the
	// tests or from the test binary run as the command: the tests that
	// want one ask for it (-generateSpecTE).
	tlcTEByDefault = false
	if os.Getenv(asMainEnv) == "1" {
		main() // exits
	}
	os.Exit(m.Run())
}
