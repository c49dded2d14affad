package simulate

// tlcPrimes is the table RandomGenerator.nextPrime draws from: every prime
// from 1277011 to 1295953 in increasing order, 1341 of them (checked
// against TLC's table by TestTLCPrimes). It is computed rather than
// written out.
var tlcPrimes = primesBetween(1277011, 1295953)

// primesBetween returns the primes p with lo <= p <= hi, by trial division
// (the range is small and this runs once).
func primesBetween(lo, hi int) []int {
	var out []int
	for n := max(lo, 2); n <= hi; n++ {
		prime := true
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				prime = false
				break
			}
		}
		if prime {
			out = append(out, n)
		}
	}
	return out
}
