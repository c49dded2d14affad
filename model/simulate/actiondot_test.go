package simulate

import (
	"math"
	"testing"
)

// penWidth rounds as Java's BigDecimal.valueOf(d).setScale(2, HALF_UP)
// (in decimal, from Double.toString's digits) and prints as
// Double.toString; a width rounding to 0 is none (TLC's dotted edge).
func TestPenWidth(t *testing.T) {
	for _, c := range []struct {
		d    float64
		want string
	}{
		{math.Abs(math.Log10(math.Log10(2))), "0.52"}, // one step
		{math.Abs(math.Log10(math.Log10(10))), ""},    // nine steps: 0
		{1, "1.0"},
		{0.5, "0.5"},
		{0.125, "0.13"}, // half up, where binary rounding would keep 0.12
		{0.005, "0.01"},
		{0.0049, ""},
		{-0.52, "-0.52"}, // away from zero
		{-0.125, "-0.13"},
		{12.3456, "12.35"},
	} {
		if got := penWidth(c.d); got != c.want {
			t.Errorf("penWidth(%v) = %q, want %q", c.d, got, c.want)
		}
	}
}
