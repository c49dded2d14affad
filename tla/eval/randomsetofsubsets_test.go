package eval

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/wspcycle/wspcycle/tla/value"
)

// scriptedRandom draws the given doubles in turn.
type scriptedRandom struct {
	ds []float64
	n  int
}

func (r *scriptedRandom) NextDouble() float64 { d := r.ds[r.n]; r.n++; return d }
func (r *scriptedRandom) NextInt(int) int     { return 0 }
func (r *scriptedRandom) NextPrime() int      { return 7 }

// TLC's CoinTossingSubsetEnumerator draws one double per element of S (in
// S's order) for each of the k picks, whatever they give, and keeps the
// element when the double is below n/|S|; equal picks are one element of
// the set. Here k = 3, |S| = 2, n = 1: p = 0.5, six draws, picks {1},
// {2} and {1} again.
func TestRandomSetOfSubsetsDraws(t *testing.T) {
	elems := []value.Value{value.IntV(1), value.IntV(2)}
	rnd := &scriptedRandom{ds: []float64{0.2, 0.7, 0.5, 0.49, 0.0, 0.99}}
	got := value.NewSet(randomSetOfSubsets(rnd, 3, 0.5, elems))
	want := value.NewSet([]value.Value{value.NewSet(elems[:1]), value.NewSet(elems[1:])})
	if rnd.n != 6 || !value.Equal(got, want) {
		t.Errorf("got %v after %d draws, want %v after 6", got, rnd.n, want)
	}
	// An empty S draws nothing: each pick is {} (TLC's n/|S| is NaN).
	rnd = &scriptedRandom{}
	if got := randomSetOfSubsets(rnd, 2, 0, nil); rnd.n != 0 || len(got) != 2 || !value.Equal(value.NewSet(got), value.NewSet([]value.Value{value.EmptySet})) {
		t.Errorf("empty S: %v after %d draws", got, rnd.n)
	}
}

// The arguments are checked as TLC's Randomization.RandomSetOfSubsets
// checks them, with its messages (TLC rev cc6b616, each in an ASSUME):
// "The <which> argument of RandomSetOfSubsets should be a <what>, but
// instead it is:\n<value>", the number of picks bounded by 2^|S| only
// when its bit length passes |S| (Java's arithmetic).
func TestRandomSetOfSubsetsArgErrors(t *testing.T) {
	for _, c := range []struct{ expr, want string }{
		{`RandomSetOfSubsets(1, 3, {1, 2})`, "The second argument of RandomSetOfSubsets should be a nonnegative integer in range 0..Cardinality(S), but instead it is:\n3"},
		{`RandomSetOfSubsets(9, 1, {1, 2})`, "The first argument of RandomSetOfSubsets should be a nonnegative integer that is smaller than the subset's size of 2^2, but instead it is:\n9"},
		{`RandomSetOfSubsets(2, 0, {})`, "The first argument of RandomSetOfSubsets should be a nonnegative integer that is smaller than the subset's size of 2^0, but instead it is:\n2"},
		{`RandomSetOfSubsets(1, 1, Nat)`, "The third argument of RandomSetOfSubsets should be a finite set, but instead it is:\nNat"},
		{`RandomSetOfSubsets("a", 1, {1})`, "The first argument of RandomSetOfSubsets should be a nonnegative integer, but instead it is:\n\"a\""},
		{`RandomSetOfSubsets(1, -1, {1})`, "The second argument of RandomSetOfSubsets should be a nonnegative integer, but instead it is:\n-1"},
		{`RandomSubset(1, Nat)`, "The second argument of RandomSubset should be a a finite set, but instead it is:\nNat"},
	} {
		src := "---- MODULE E ----\nEXTENDS Integers, Randomization\nASSUME " + c.expr + " = {}\n====\n"
		_, err := LoadWith(Options{}, fstest.MapFS{"E.tla": {Data: []byte(src)}, "E.cfg": {Data: nil}}, "E.tla", "E.cfg")
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v\nwant %s", c.expr, err, c.want)
		}
	}
	// Within bounds: 4 picks of {1, 2} (4 = 2^2) is allowed.
	src := "---- MODULE E ----\nEXTENDS Naturals, Randomization\nASSUME RandomSetOfSubsets(4, 1, {1, 2}) \\subseteq SUBSET {1, 2}\n====\n"
	if _, err := LoadWith(Options{}, fstest.MapFS{"E.tla": {Data: []byte(src)}, "E.cfg": {Data: nil}}, "E.tla", "E.cfg"); err != nil {
		t.Error(err)
	}
}
