package eval

import (
	"testing"

	"github.com/wspcycle/wspcycle/tla/value"
)

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

// fixedRandom draws the same index and prime each time.
type fixedRandom struct{ index, prime int }

func (r fixedRandom) NextDouble() float64 { return 0 }
func (r fixedRandom) NextInt(int) int     { return r.index }
func (r fixedRandom) NextPrime() int      { return r.prime }

// randomSubset stops drawing after m steps of its generator, where every
// index to come has been drawn already: a huge size gives, at once, the
// set TLC's k draws give. The reference draws all 3m (m = 9 for 5
// elements), for primes dividing m (3: a shorter period) or not, from
// each start.
func TestRandomSubsetStopsAfterAPeriod(t *testing.T) {
	elems := []value.Value{value.IntV(1), value.IntV(2), value.IntV(3), value.IntV(4), value.IntV(5)}
	m, a := lcgParams(len(elems))
	for _, prime := range []int{3, 7, 1299709} {
		for start := 0; start < len(elems); start++ {
			rnd := fixedRandom{start, prime}
			want := map[value.Value]bool{}
			index := start
			for i := 0; i < 3*m; i++ {
				for {
					index = int((a*int64(index) + int64(prime)) % int64(m))
					if index < len(elems) {
						break
					}
				}
				want[elems[index]] = true
			}
			got := map[value.Value]bool{}
			for _, v := range randomSubset(rnd, 1<<40, elems) {
				got[v] = true
			}
			if len(got) != len(want) {
				t.Errorf("prime %d, start %d: %d elements, the draws give %d", prime, start, len(got), len(want))
			}
			for v := range want {
				if !got[v] {
					t.Errorf("prime %d, start %d: %v missing", prime, start, v)
				}
			}
		}
	}
}
