package value

import (
	"math"
	"strings"
	"testing"
)

// An interval's size is counted without wrapping: near the ends of the
// 64-bit range (an interval read back from a state file, a function's
// domain) it is refused in TLC's words, never a negative or small size.
func TestIntervalSizeNoOverflow(t *testing.T) {
	for _, c := range []struct {
		lo, hi int64
		n      int64 // -1: refused
	}{
		{1, 3, 3},
		{math.MinInt64, math.MinInt64, 1},
		{math.MaxInt64, math.MaxInt64, 1},
		{0, math.MaxInt64 - 1, math.MaxInt64},
		{-1, math.MaxInt64 - 1, -1},
		{math.MinInt64 + 1, math.MaxInt64, -1},
		{math.MinInt64, math.MaxInt64, -1},
		{math.MaxInt64, math.MinInt64, 0},
	} {
		s := &IntervalV{Lo: c.lo, Hi: c.hi}
		n, err := s.Size()
		switch {
		case c.n < 0 && (err == nil || !TooLarge(err) || !strings.HasPrefix(err.Error(), "Size of interval value exceeds the maximum representable size (32bits): ")):
			t.Errorf("%d..%d: Size = %d, %v; want TLC's refusal", c.lo, c.hi, n, err)
		case c.n >= 0 && (err != nil || n != c.n):
			t.Errorf("%d..%d: Size = %d, %v; want %d", c.lo, c.hi, n, err, c.n)
		}
		if c.n < 0 {
			if _, err := s.EnumLen(); err == nil {
				t.Errorf("%d..%d: EnumLen accepted", c.lo, c.hi)
			}
		}
	}
}

// SUBSET S whose count TLC's 32 bits cannot hold is refused in TLC's
// words, both where its size is asked (62 elements or more, past int64)
// and where it would be built (31 or more); it is still walked lazily.
func TestSubsetOverflowMessage(t *testing.T) {
	want := "Overflow when computing the number of elements in:\nSUBSET (1..70)"
	big := &SubsetV{Base: &IntervalV{Lo: 1, Hi: 70}}
	if _, err := big.Size(); err == nil || err.Error() != want || !TooLarge(err) {
		t.Errorf("Size: %v, want %q", err, want)
	}
	if _, err := big.Enum(); err == nil || err.Error() != want {
		t.Errorf("Enum: %v, want %q", err, want)
	}
	mid := &SubsetV{Base: &IntervalV{Lo: 1, Hi: 31}}
	if _, err := mid.Enum(); err == nil || !strings.HasPrefix(err.Error(), "Overflow when computing the number of elements in:\nSUBSET (1..31)") {
		t.Errorf("Enum of 2^31 subsets: %v", err)
	}
	el, err := Prepare(big)
	if err != nil {
		t.Fatalf("Prepare: %v", err)
	}
	c := el.Cursor()
	for i, w := range []string{"{}", "{1}", "{2}"} {
		v, ok := c.Next()
		if !ok || v.String() != w {
			t.Fatalf("element %d = %v, %v; want %s", i, v, ok, w)
		}
	}
}
