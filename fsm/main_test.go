package fsm

import (
	"testing"

	"go.uber.org/goleak"
)

// TestMain fails the run if any test leaves a goroutine behind: a hook, a waiter or a
// Call's context watcher that outlives its test is a lifecycle bug.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}
