package simulate

import "testing"

// TLC's generators, from its own classes (tlc2.util.RandomGenerator of TLC
// rev cc6b616 under Java 17): r.setSeed(seed, aril); w = new
// RandomGenerator(r.nextLong()); then three w.nextDouble(), three
// w.nextPrime() and one w.nextLong(). Java's Random is specified to the
// bit, so these numbers are its algorithm's, not an implementation's.
func TestTLCWorkerRand(t *testing.T) {
	for _, c := range []struct {
		seed, aril int64
		worker     int64
		doubles    [3]float64
		primes     [3]int
		long       int64
	}{
		{7, 0, -4967725919621401576, [3]float64{0.5833885859925366, 0.11370909594147105, 0.9445380178172891}, [3]int{1282201, 1294087, 1281941}, 12098074553022149},
		{1, 0, -4964420948893066024, [3]float64{0.017514838216565187, 0.8109796785161656, 0.12538074005904243}, [3]int{1290593, 1281029, 1282163}, -6970981491166889775},
		{-5, 3, 5300084627461521827, [3]float64{0.3578986791057338, 0.5356175174993241, 0.9628341352195406}, [3]int{1287361, 1284043, 1292737}, 3929898791505630812},
		{123456789012, 0, 255228109917356495, [3]float64{0.049394316311149766, 0.30022704514380794, 0.29700161512773116}, [3]int{1294823, 1287697, 1292801}, 684686192777272035},
	} {
		main := newJavaRand(c.seed)
		for i := int64(0); i < c.aril; i++ {
			main.nextDouble()
		}
		if got := main.nextLong(); got != c.worker {
			t.Errorf("seed %d aril %d: worker seed %d, TLC's %d", c.seed, c.aril, got, c.worker)
			continue
		}
		w := tlcWorkerRand(c.seed, c.aril)
		for i, want := range c.doubles {
			if got := w.nextDouble(); got != want {
				t.Errorf("seed %d: double %d = %v, TLC's %v", c.seed, i, got, want)
			}
		}
		for i, want := range c.primes {
			if got := w.nextPrime(); got != want {
				t.Errorf("seed %d: prime %d = %d, TLC's %d", c.seed, i, got, want)
			}
		}
		if got := w.nextLong(); got != c.long {
			t.Errorf("seed %d: long %d, TLC's %d", c.seed, got, c.long)
		}
	}
}

// TLC's prime table has 1341 entries, from 1277011 to 1295953: every prime
// between them (checked against TLC's class file).
func TestTLCPrimes(t *testing.T) {
	if n := len(tlcPrimes); n != 1341 || tlcPrimes[0] != 1277011 || tlcPrimes[n-1] != 1295953 {
		t.Errorf("%d primes from %d to %d; TLC's 1341 from 1277011 to 1295953", n, tlcPrimes[0], tlcPrimes[n-1])
	}
}

// Random.nextInt(bound), which TLC's RandomSubset starts from: new
// Random(1) then nextInt(10), nextInt(100), nextInt(16) (a power of two:
// the high bits), nextInt(1000000007) (a bound past 2^30, where draws are
// rejected) and nextInt(3) gave 5 88 6 874970313 2 under Java 17.
func TestJavaNextInt(t *testing.T) {
	r := newJavaRand(1)
	for i, c := range [][2]int32{{10, 5}, {100, 88}, {16, 6}, {1000000007, 874970313}, {3, 2}} {
		if got := r.nextInt(c[0]); got != c[1] {
			t.Errorf("draw %d: nextInt(%d) = %d, Java's %d", i, c[0], got, c[1])
		}
	}
}
