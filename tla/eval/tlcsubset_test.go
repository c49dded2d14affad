package eval

import "testing"

// TLC's computeOptimalMandA(n): from max(n, 9), the first number not a
// multiple of 4 with a repeated prime factor, and one more than the
// product of its distinct prime factors. By hand: 4 and 8 give 9 = 3*3,
// a = 4; 20 skips 20 (4 | 20), 21 = 3*7, 22 = 2*11, 23, 24 (4 | 24) for
// 25 = 5*5, a = 6; 50 = 2*5*5 itself, a = 11; 98 = 2*7*7, a = 15.
func TestLCGParamsAsTLC(t *testing.T) {
	for _, c := range []struct {
		n, m int
		a    int64
	}{{4, 9, 4}, {8, 9, 4}, {20, 25, 6}, {50, 50, 11}, {98, 98, 15}} {
		if m, a := lcgParams(c.n); m != c.m || a != c.a {
			t.Errorf("n=%d: m=%d a=%d, TLC's m=%d a=%d", c.n, m, a, c.m, c.a)
		}
	}
}
