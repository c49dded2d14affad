package eval

import (
	"math"
	"math/bits"
	"sync"
	"sync/atomic"

	"github.com/wspcycle/wspcycle/tla/value"
)

// TLC's coverage report starts with the number of values each variable
// took (message 2779, "<x line 3, col 11 to line 3, col 11 of module M>:
// 4"): the values of the variables of each new state a worker finds (the
// successors, not the initial states), counted by a HyperLogLog of 2^10
// registers over the values' fingerprints (tlc2.util.statistics.
// CountDistinct, one per variable, made by CostModelCreator). TLC's count
// is an estimate that depends on the fingerprint polynomial it picks at
// random each run: for n values of which no two share a register it is
// the linear-counting branch's m ln(m/(m-n)), truncated (n itself up to 44
// values), and less when some do. Here the values are counted exactly
// while there are fewer than m (the hashes of at most m values are kept)
// and the count printed is that formula of the exact number: the count
// TLC prints in the runs where no two values share a register, its most
// likely one for few values. Past m values no run of TLC can avoid
// sharing, and the count is TLC's estimator over the registers, filled
// with the values' hashes here.

// hllBits is TLC's b: 2^b registers.
const hllBits = 10

// valueCount is one variable's count; workers add concurrently.
type valueCount struct {
	reg [1 << hllBits]atomic.Uint32
	// seen holds the hashes of the values while there are at most m of
	// them; over is set (and seen dropped) past that.
	mu   sync.Mutex
	seen map[uint64]struct{}
	over atomic.Bool
}

// add notes the value whose (mixed) hash is x: in the exact count while
// it lasts, and in the registers as TLC's HyperLogLog.add does.
func (c *valueCount) add(x uint64) {
	if !c.over.Load() {
		c.mu.Lock()
		if !c.over.Load() { // another worker may have gone over meanwhile
			if c.seen == nil {
				c.seen = map[uint64]struct{}{}
			}
			c.seen[x] = struct{}{}
			if len(c.seen) >= 1<<hllBits {
				c.over.Store(true)
				c.seen = nil
			}
		}
		c.mu.Unlock()
	}
	j := x >> (64 - hllBits)
	w := uint32(bits.LeadingZeros64((x<<hllBits)|(1<<(hllBits-1)))) + 1
	r := &c.reg[j]
	for {
		old := r.Load()
		if w <= old || r.CompareAndSwap(old, w) {
			return
		}
	}
}

// count is the number TLC prints: m ln(m/(m-n)) of the exact number n
// of values while it is known, else TLC's HyperLogLog.count over the
// registers, with Java's int arithmetic where TLC has it (1 << M[i] is an
// int shift; the result is cast to int).
func (c *valueCount) count() int64 {
	const m = 1 << hllBits
	if !c.over.Load() {
		c.mu.Lock()
		n := len(c.seen)
		c.mu.Unlock()
		if n == 0 {
			return 0
		}
		return javaInt(m * math.Log(float64(m)/float64(m-n)))
	}
	alpha := 0.7213 / (1 + 1.079/float64(m))
	z := 0.0
	zero := 0
	for i := range c.reg {
		r := c.reg[i].Load()
		if r == 0 {
			zero++
		}
		z += 1.0 / float64(int32(1)<<(r&31))
	}
	est := alpha * m * m / z
	if est <= 2.5*m {
		if zero != 0 {
			est = m * math.Log(float64(m)/float64(zero))
		}
	} else if est > math.Pow(2, 64)/30 {
		est = -math.Pow(2, 64) * math.Log(1-est/math.Pow(2, 64))
	}
	return javaInt(est)
}

// javaInt is Java's (int) cast of a double: toward zero, saturating, NaN
// is 0.
func javaInt(f float64) int64 {
	switch {
	case math.IsNaN(f):
		return 0
	case f >= math.MaxInt32:
		return math.MaxInt32
	case f <= math.MinInt32:
		return math.MinInt32
	}
	return int64(int32(f))
}

// mix spreads a value's hash over all 64 bits (splitmix64's finalizer):
// the register is chosen by the top bits.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// CountValues adds the values of the new state s (a successor, as TLC
// counts them) to the variables' counts.
func (cv *Coverage) CountValues(s value.State) {
	if cv.vars == nil {
		return
	}
	for i, v := range s {
		if i < len(cv.vars) && v != nil {
			cv.vars[i].add(mix(v.Hash()))
		}
	}
}

// ValueCounts is TLC's count of the values of each variable so far,
// indexed as the spec's variables.
func (cv *Coverage) ValueCounts() []int64 {
	out := make([]int64, len(cv.vars))
	for i := range cv.vars {
		out[i] = cv.vars[i].count()
	}
	return out
}
