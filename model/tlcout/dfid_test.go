package tlcout

import (
	"strings"
	"testing"
)

// The progress lines TLC's depth-first mode prints by the clock are
// dropped, plain and in -tool; -tool's last one, before the final
// counts, is kept (TLC always prints it).
func TestNormalizeDFIDProgress(t *testing.T) {
	text := "Starting level 2: 1 states generated, 1 distinct states found.\n" +
		"Progress: 5 states generated, 3 distinct states found.\n" +
		"9 states generated, 6 distinct states found.\n"
	if got := Normalize(text, false); strings.Contains(got, "Progress") || !strings.Contains(got, "9 states generated") {
		t.Errorf("plain: %q", got)
	}
	frame := func(code, s string) string {
		return "@!@!@STARTMSG " + code + ":0 @!@!@\n" + s + "\n@!@!@ENDMSG " + code + " @!@!@\n"
	}
	tool := frame("2205", "Starting level 2: 1 states generated, 1 distinct states found.") +
		frame("2206", "Progress(-1) at 2026-01-01 00:00:00: 5 states generated, 3 distinct states found, -1 states left on queue.") +
		frame("2205", "Starting level 3: 3 states generated, 3 distinct states found.") +
		frame("2206", "Progress(-1) at 2026-01-01 00:00:01: 9 states generated, 6 distinct states found, -1 states left on queue.") +
		frame("2204", "9 states generated, 6 distinct states found.")
	got := Normalize(tool, true)
	if strings.Contains(got, "5 states generated") || strings.Count(got, "STARTMSG 2206:") != 1 {
		t.Errorf("-tool:\n%s", got)
	}
}
