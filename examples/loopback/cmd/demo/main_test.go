package main

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"
)

// The demo runs end to end, small, and reports no loss: every graceful
// socket's peer got every byte and a clean end of stream, although each
// peer greeted its connection with bytes the application never read (6
// graceful sockets of 8, so 6 greetings read and discarded).
func TestDemoRuns(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out, 8, 1<<20, "", 30*time.Second); err != nil {
		t.Fatalf("demo: %v\n%s", err, out.String())
	}
	greetings := fmt.Sprintf("peers' greetings         %12d bytes never read", 6*len(greeting))
	for _, want := range []string{"no loss: all 6 graceful sockets", greetings, "sockets: 6 graceful, 2 reset", "Cleanup at zero refused", "Startup again: Active with 0 live sockets"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}
