package main

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

// The demo runs end to end, small, and reports no loss.
func TestDemoRuns(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out, 8, 1<<20, "", 30*time.Second); err != nil {
		t.Fatalf("demo: %v\n%s", err, out.String())
	}
	for _, want := range []string{"no loss: all 6 graceful sockets", "Cleanup at zero refused", "Startup again: Active with 0 live sockets"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}
