package loopback

import (
	"os"
	"testing"

	"go.uber.org/goleak"
)

// TestMain checks, after all tests, that no goroutine is left behind, and
// doubles as the benchmark's peer process (see peerproc_test.go).
func TestMain(m *testing.M) {
	if os.Getenv(peerProcEnv) != "" {
		os.Exit(runPeerProcess())
	}
	goleak.VerifyTestMain(m)
}
