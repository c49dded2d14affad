package eval

import (
	"math"
	"testing"

	"github.com/wspcycle/wspcycle/tla/value"
)

// TestValueCounts checks the count of a variable's values (TLC's 2779):
// the exact number n of distinct values through TLC's linear counting,
// 1024 ln(1024/(1024-n)) truncated (n itself up to 44: 44.97 for 44,
// 46.02 for 45), equal values counted once, and past 1024 values TLC's
// estimator over the registers (within a few percent of n).
func TestValueCounts(t *testing.T) {
	cases := []struct {
		n    int
		want int64
	}{{0, 0}, {1, 1}, {8, 8}, {44, 44}, {45, 46}, {64, 66}, {500, 686}}
	for _, c := range cases {
		cv := &Coverage{vars: make([]valueCount, 1)}
		for i := 0; i < c.n; i++ {
			cv.CountValues(value.State{value.IntV(i)})
			cv.CountValues(value.State{value.IntV(i)}) // again: counted once
		}
		if got := cv.ValueCounts()[0]; got != c.want {
			t.Errorf("%d values: count %d, want %d", c.n, got, c.want)
		}
	}
	cv := &Coverage{vars: make([]valueCount, 1)}
	const n = 20000
	for i := 0; i < n; i++ {
		cv.CountValues(value.State{value.IntV(i)})
	}
	if got := cv.ValueCounts()[0]; math.Abs(float64(got)-n)/n > 0.1 {
		t.Errorf("%d values: estimate %d, more than 10%% off", n, got)
	}
}
