package tlcout

import (
	"strings"
	"testing"
	"time"
)

// The number formats are Java's, as TLC prints them (values from the
// reference outputs: "847,766", "val = 2.0E-7", "val = 3.8E-13").
func TestFormats(t *testing.T) {
	for n, want := range map[int64]string{0: "0", 999: "999", 1000: "1,000", 847766: "847,766", 5909793: "5,909,793", -1234: "-1,234"} {
		if got := Thousands(n); got != want {
			t.Errorf("Thousands(%d) = %q, want %q", n, got, want)
		}
	}
	// PoolBig: 705024 * (5909793 - 705024) / 2^64; Pool: 1408 * 5033 / 2^64.
	for x, want := range map[float64]string{705024.0 * (5909793 - 705024) / 18446744073709551616.0: "2.0E-7", 1408.0 * 5033 / 18446744073709551616.0: "3.8E-13", 0: "0.0"} {
		if got := Sci(x); got != want {
			t.Errorf("Sci(%g) = %q, want %q", x, got, want)
		}
	}
	for d, want := range map[time.Duration]string{676 * time.Millisecond: "00s", 11 * time.Second: "11s", 65 * time.Second: "01min 05s"} {
		if got := Duration(d); got != want {
			t.Errorf("Duration(%v) = %q, want %q", d, got, want)
		}
	}
}

// TLC's out-degree figures: the rounded mean, min, max, and the first
// bucket whose cumulative count passes floor(0.95 n). SetOps (160 states,
// 8 of them with 7 new successors) is the case where the 95th percentile
// is the maximum: 152 states lie below it, and 152 does not pass 152.
func TestOutDegreeStats(t *testing.T) {
	mean, lo, hi, p95 := OutDegreeStats([]int64{108, 14, 16, 6, 8, 0, 0, 8})
	if mean != 1 || lo != 0 || hi != 7 || p95 != 7 {
		t.Errorf("SetOps: %d %d %d %d, want 1 0 7 7 (TLC's)", mean, lo, hi, p95)
	}
	mean, lo, hi, p95 = OutDegreeStats([]int64{534, 516, 247, 71, 27, 7, 3, 2, 0, 1})
	if mean != 1 || lo != 0 || hi != 9 || p95 != 3 {
		t.Errorf("Pool: %d %d %d %d, want 1 0 9 3 (TLC's)", mean, lo, hi, p95)
	}
}

// Normalize keeps what must match (codes, order, states) and replaces or
// drops only the facts of the machine and the moment.
func TestNormalize(t *testing.T) {
	a := "@!@!@STARTMSG 2185:0 @!@!@\nStarting... (2026-12-06 00:43:10)\n@!@!@ENDMSG 2185 @!@!@\n" +
		"@!@!@STARTMSG 2200:0 @!@!@\nProgress(3) at 2026-12-06 00:43:11: 9 states generated (9 s/min), 3 distinct states found (3 ds/min), 0 states left on queue.\n@!@!@ENDMSG 2200 @!@!@\n" +
		"@!@!@STARTMSG 2200:0 @!@!@\nProgress(4) at 2026-12-06 00:43:12: 12 states generated (1,079 s/min), 6 distinct states found (539 ds/min), 0 states left on queue.\n@!@!@ENDMSG 2200 @!@!@\n" +
		"@!@!@STARTMSG 2199:0 @!@!@\n12 states generated, 6 distinct states found, 0 states left on queue.\n@!@!@ENDMSG 2199 @!@!@\n" +
		"@!@!@STARTMSG 2186:0 @!@!@\nFinished in 676ms at (2026-12-06 00:43:10)\n@!@!@ENDMSG 2186 @!@!@\n"
	b := strings.NewReplacer("676ms", "01min 05s", "1,079", "3", "00:43", "01:12").Replace(a)
	b = strings.Replace(b, "Progress(3)", "Progress(2)", 1) // a timed progress line: dropped
	if Normalize(a, true) != Normalize(b, true) {
		t.Errorf("machine facts not normalised:\n%s\n---\n%s", Normalize(a, true), Normalize(b, true))
	}
	if strings.Contains(Normalize(a, true), "Progress(3)") || !strings.Contains(Normalize(a, true), "Progress(4)") {
		t.Errorf("the timed progress line must go and the final one stay:\n%s", Normalize(a, true))
	}
	// TLC's clock-driven liveness check on the states found so far goes,
	// with its end; the check on the complete state space stays.
	periodic := "Checking 4 branches of temporal properties for the current state space with 744 total distinct states at (2026-12-06 02:23:51)\n" +
		"Finished checking temporal properties in 00s at 2026-12-06 02:23:52\n"
	complete := "Checking 4 branches of temporal properties for the complete state space with 30352 total distinct states at (2026-12-06 02:25:15)\n" +
		"Finished checking temporal properties in 05s at 2026-12-06 02:25:21\n"
	if Normalize(periodic+complete, false) != Normalize(complete, false) || !strings.Contains(Normalize(complete, false), "complete state space") {
		t.Errorf("periodic liveness check not dropped, or the final one dropped:\n%s", Normalize(periodic+complete, false))
	}
	c := strings.Replace(a, "6 distinct states found, 0", "7 distinct states found, 0", 1)
	if Normalize(a, true) == Normalize(c, true) {
		t.Error("a different count was normalised away")
	}
}

// TestFirstDiff: the first differing line, counted from 1, with the
// missing line of the shorter output empty; none for equal outputs.
func TestFirstDiff(t *testing.T) {
	cases := []struct {
		a, b   string
		line   int
		la, lb string
		ok     bool
	}{
		{"x\ny\nz", "x\ny\nz", 0, "", "", false},
		{"x\ny\nz", "x\nY\nz", 2, "y", "Y", true},
		{"x\ny", "x\ny\nz", 3, "", "z", true},
		{"x", "", 1, "x", "", true},
	}
	for _, c := range cases {
		line, la, lb, ok := FirstDiff(c.a, c.b)
		if line != c.line || la != c.la || lb != c.lb || ok != c.ok {
			t.Errorf("FirstDiff(%q, %q) = %d, %q, %q, %v; want %d, %q, %q, %v", c.a, c.b, line, la, lb, ok, c.line, c.la, c.lb, c.ok)
		}
	}
}
