package simulate

import (
	"math"
	"sync"

	"github.com/wspcycle/wspcycle/tla/eval"
)

// javaRand is java.util.Random, whose draws TLC's simulator makes through
// tlc2.util.RandomGenerator (a subclass that only counts nextDouble calls,
// its "aril", and adds nextPrime): the 48-bit linear congruential generator
// of Knuth's TAOCP 3.2.1, with Java's exact derivations of doubles and
// longs, so that a seed draws what TLC draws from it.
type javaRand struct{ seed uint64 }

const (
	javaMultiplier = 0x5DEECE66D
	javaAddend     = 0xB
	javaMask       = 1<<48 - 1
)

// newJavaRand is new Random(seed) (setSeed: the seed scrambled).
func newJavaRand(seed int64) *javaRand {
	return &javaRand{seed: (uint64(seed) ^ javaMultiplier) & javaMask}
}

// next is Random.next(bits): the top bits of the next 48-bit seed, as a
// Java int (sign-extended).
func (r *javaRand) next(bits uint) int32 {
	r.seed = (r.seed*javaMultiplier + javaAddend) & javaMask
	return int32(int64(r.seed) >> (48 - bits))
}

// nextDouble is Random.nextDouble: 53 random bits in [0, 1).
func (r *javaRand) nextDouble() float64 {
	hi := int64(r.next(26))
	lo := int64(r.next(27))
	return float64(hi<<27+lo) * (1.0 / (1 << 53))
}

// nextLong is Random.nextLong: two 32-bit draws, the second added signed.
func (r *javaRand) nextLong() int64 {
	hi := int64(r.next(32))
	lo := int64(r.next(32))
	return hi<<32 + lo
}

// index is TLC's (int) Math.floor(rng.nextDouble() * n): an index below n.
func (r *javaRand) index(n int) int {
	return int(math.Floor(r.nextDouble() * float64(n)))
}

// nextPrime is RandomGenerator.nextPrime: one of TLC's table of primes
// (tlcprimes.go), the stride by which the simulator tries the actions.
func (r *javaRand) nextPrime() int {
	i := len(tlcPrimes)
	for i == len(tlcPrimes) {
		i = r.index(i)
	}
	return tlcPrimes[i]
}

// tlcWorkerRand is the generator of TLC's simulation worker 0 for a seed
// (TLC.java, Simulator): the main generator is seeded with seed, draws
// aril doubles (-aril), and gives each worker new RandomGenerator(nextLong()).
func tlcWorkerRand(seed int64, aril int64) *javaRand {
	main := newJavaRand(seed)
	for ; aril > 0; aril-- {
		main.nextDouble()
	}
	return newJavaRand(main.nextLong())
}

// nextInt is Random.nextInt(bound): 31 bits, the bound a power of two
// taken from the high bits, else a remainder rejected where it would be
// biased.
func (r *javaRand) nextInt(bound int32) int32 {
	v := r.next(31)
	m := bound - 1
	if bound&m == 0 {
		return int32((int64(bound) * int64(v)) >> 31)
	}
	for u := v; ; u = r.next(31) {
		v = u % bound
		if u-v+m >= 0 { // no int overflow in Java: the draw is unbiased
			return v
		}
	}
}

// NextDouble, NextInt and NextPrime make a javaRand TLC's generator for
// eval's RandomElement and RandomSubset (eval.Random).
func (r *javaRand) NextDouble() float64   { return r.nextDouble() }
func (r *javaRand) NextInt(bound int) int { return int(r.nextInt(int32(bound))) }
func (r *javaRand) NextPrime() int        { return r.nextPrime() }

// NewTLCRandom is the generator of TLC's main thread for seed (tlc2.value.
// RandomEnumerableValues: new Random(seed)), for eval.Options.Random: the
// constant definitions that draw draw from it as the spec loads, then the
// initial states (Run goes on with it). It is safe for concurrent use: a
// model checker's workers may draw from it too.
func NewTLCRandom(seed int64) eval.Random { return &lockedRand{r: newJavaRand(seed)} }

// lockedRand is a javaRand behind a mutex.
type lockedRand struct {
	mu sync.Mutex
	r  *javaRand
}

func (l *lockedRand) NextDouble() float64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.r.nextDouble()
}

func (l *lockedRand) NextInt(bound int) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return int(l.r.nextInt(int32(bound)))
}

func (l *lockedRand) NextPrime() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.r.nextPrime()
}
