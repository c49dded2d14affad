package eval

import (
	"sync"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/value"
)

// Randomization's RandomSubset(k, S) as TLC (rev cc6b616) computes it:
// EnumerableValue.getRandomSubset enumerates S in TLC's order (n
// elements) and takes k indices from a linear congruential generator of
// full period over m >= n (computeOptimalMandA), started at nextInt(n)
// with a prime increment (nextPrime), skipping the indices past n. The
// draws are TLC's generator's when a simulator installed it (SetRandom),
// else the run's own.

// subsetNotFinite is TLC's message for a second argument of RandomSubset
// that is not a finite set: its "a" is doubled (Randomization passes "a
// finite set" to a message that says "should be a %s").
const subsetNotFinite = "The second argument of RandomSubset should be a a finite set, but instead it is:\n%s"

// randomSubsetApp compiles RandomSubset(k, S); ok is false for any other
// application.
func (c *compiler) randomSubsetApp(e *ast.OpApp, en cenv) (cx, bool) {
	if e.Name.Name != "RandomSubset" || len(e.Args) != 2 {
		return cx{}, false
	}
	kx, sx := c.expr(e.Args[0], en), c.expr(e.Args[1], en)
	pos := e.Pos()
	r := c.run
	return cx{fn: func(k *ctx) (value.Value, error) {
		kv, err := kx.fn(k)
		if err != nil {
			return nil, err
		}
		n, ok := kv.(value.IntV)
		if !ok {
			return nil, errorf(pos, "The first argument of RandomSubset should be a nonnegative integer, but instead it is:\n%s", kv)
		}
		sv, err := sx.fn(k)
		if err != nil {
			return nil, err
		}
		set, ok := sv.(value.SetValue)
		if !ok {
			return nil, errorf(pos, subsetNotFinite, sv)
		}
		elems, err := setElems(set, pos)
		if err != nil {
			return nil, errorf(pos, subsetNotFinite, sv)
		}
		if n < 0 {
			// Java's ValueVec(k) throws NegativeArraySizeException(k).
			return nil, errorf(pos, "Attempted to apply the operator overridden by the Java method\n"+
				"public static tlc2.value.impl.Value tlc2.module.Randomization.RandomSubset(tlc2.value.impl.Value,tlc2.value.impl.Value),\n"+
				"but it produced the following error:\n%d", n)
		}
		var rnd Random = runRandom{r}
		if p := r.draw.Load(); p != nil {
			rnd = *p
		}
		return value.NewSet(randomSubset(rnd, int(n), elems)), nil
	}, dep: depSide | depRun | kx.dep | sx.dep, pos: pos}, true
}

// randomSubset is TLC's SubsetEnumerator(k) over elems: at most k
// elements (fewer when k > len(elems): the indices repeat). The
// generator, x -> a*x + c mod m with a prime to m, is a bijection of
// 0..m-1, so its indices repeat with a period of at most m steps: once m
// steps are made every index to come has been drawn already, and the
// draws stop there (a huge k costs no more than m steps, and TLC's set is
// the same).
func randomSubset(rnd Random, k int, elems []value.Value) []value.Value {
	n := len(elems)
	if n == 0 {
		return nil // TLC draws nothing then
	}
	m, a := lcgParams(n)
	index := rnd.NextInt(n)
	c := int64(rnd.NextPrime())
	var out []value.Value
	for i, steps := 0, 0; i < k && steps < m; i++ {
		for {
			index = int((a*int64(index) + c) % int64(m))
			steps++
			if index < n {
				break
			}
		}
		out = append(out, elems[index])
	}
	return out
}

var (
	lcgMu    sync.Mutex
	lcgCache = map[int][2]int64{}
)

// lcgParams is TLC's computeOptimalMandA(n): the modulus m, the least
// number from max(n, 9) that is not a multiple of 4 and has a repeated
// prime factor, and the multiplier a, one more than the product of m's
// distinct prime factors (Hull-Dobell: a full period for any prime
// increment not dividing m).
func lcgParams(n int) (m int, a int64) {
	lcgMu.Lock()
	defer lcgMu.Unlock()
	if v, ok := lcgCache[n]; ok {
		return int(v[0]), v[1]
	}
	m = max(n, 9)
	for {
		fs := primeFactors(m)
		distinct := map[int]bool{}
		for _, f := range fs {
			distinct[f] = true
		}
		if m%4 != 0 && len(distinct) != len(fs) {
			a = 1
			for f := range distinct {
				a *= int64(f)
			}
			a++
			break
		}
		m++
	}
	lcgCache[n] = [2]int64{int64(m), a}
	return m, a
}

// primeFactors are n's prime factors with their multiplicity.
func primeFactors(n int) []int {
	var out []int
	for d := 2; d*d <= n; d++ {
		for n%d == 0 {
			out = append(out, d)
			n /= d
		}
	}
	if n > 1 {
		out = append(out, n)
	}
	return out
}

// runRandom draws from the run's own source, outside a simulation: a
// random subset, not TLC's (its model checker seeds a generator with each
// state's fingerprint, which differs from wspcycle's).
type runRandom struct{ r *Run }

func (g runRandom) NextDouble() float64 {
	g.r.mu.Lock()
	defer g.r.mu.Unlock()
	return g.r.rnd.Float64()
}

func (g runRandom) NextInt(n int) int {
	g.r.mu.Lock()
	defer g.r.mu.Unlock()
	return g.r.rnd.IntN(n)
}

// NextPrime is a prime larger than any set TLC enumerates, so prime to m.
func (g runRandom) NextPrime() int { return 1299709 }
