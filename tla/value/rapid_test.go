package value

import (
	"testing"

	"pgregory.net/rapid"
)

// genValue draws small values of every kind, building the same value in
// different ways (tuples as explicit functions, sets in any order) so that
// canonicalisation is exercised.
func genValue(depth int) *rapid.Generator[Value] {
	return rapid.Custom(func(t *rapid.T) Value {
		max := 5
		if depth <= 0 {
			max = 3
		}
		switch rapid.IntRange(0, max).Draw(t, "kind") {
		case 0:
			return Bool(rapid.Bool().Draw(t, "b"))
		case 1:
			return Int(rapid.Int64Range(-3, 3).Draw(t, "i"))
		case 2:
			return Alphabetical.Str(rapid.SampledFrom([]string{"a", "b", ""}).Draw(t, "s"))
		case 3:
			return Alphabetical.Model(rapid.SampledFrom([]string{"m1", "m2"}).Draw(t, "m"))
		case 4:
			n := rapid.IntRange(0, 3).Draw(t, "n")
			elems := make([]Value, n)
			for i := range elems {
				elems[i] = genValue(depth-1).Draw(t, "e")
			}
			if rapid.Bool().Draw(t, "explicit") {
				keys := make([]Value, n)
				for i := range keys {
					keys[i] = Int(int64(i + 1))
				}
				// Reverse the pairs: FcnFromPairs must sort them.
				for i, j := 0, n-1; i < j; i, j = i+1, j-1 {
					keys[i], keys[j] = keys[j], keys[i]
					elems[i], elems[j] = elems[j], elems[i]
				}
				return FcnFromPairs(keys, elems)
			}
			return Tuple(elems...)
		default:
			n := rapid.IntRange(0, 3).Draw(t, "n")
			elems := make([]Value, n)
			for i := range elems {
				elems[i] = genValue(depth-1).Draw(t, "e")
			}
			return Set(elems...)
		}
	})
}

func TestCompareProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := genValue(2).Draw(t, "a")
		b := genValue(2).Draw(t, "b")
		c := genValue(2).Draw(t, "c")
		if Compare(a, a) != 0 || !Equal(a, a) {
			t.Fatalf("%v not equal to itself", a)
		}
		ab, ba := Compare(a, b), Compare(b, a)
		if ab != -ba {
			t.Fatalf("Compare(%v, %v) = %d but reverse = %d", a, b, ab, ba)
		}
		if (ab == 0) != Equal(a, b) {
			t.Fatalf("Compare and Equal disagree on %v, %v", a, b)
		}
		if ab == 0 && a.Hash() != b.Hash() {
			t.Fatalf("equal values %v, %v hash differently", a, b)
		}
		if ab == 0 && a.String() != b.String() {
			t.Fatalf("equal values print differently: %v, %v", a, b)
		}
		if ab < 0 && Compare(b, c) < 0 && Compare(a, c) >= 0 {
			t.Fatalf("not transitive: %v < %v < %v", a, b, c)
		}
	})
}

// TestWithIntoHash checks the hash WithInto computes from its base's hash
// (and the in-place update of a reused function) against the hash of the
// same function built afresh, for records and tuples.
func TestWithIntoHash(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(1, 6).Draw(t, "n")
		record := rapid.Bool().Draw(t, "record")
		keys := make([]Value, n)
		vals := make([]Value, n)
		for i := range keys {
			keys[i] = Int(int64(i + 1))
			if record {
				keys[i] = Alphabetical.Str(string(rune('a' + i)))
			}
			vals[i] = genValue(1).Draw(t, "v")
		}
		f := FcnFromPairs(keys, append([]Value(nil), vals...)).(*FcnV)
		if rapid.Bool().Draw(t, "hashed") {
			f.Hash()
		}
		var dst *FcnV
		if rapid.Bool().Draw(t, "reuse") {
			dst = f.Copy()
		}
		for range rapid.IntRange(1, 3).Draw(t, "updates") {
			i := rapid.IntRange(0, n-1).Draw(t, "i")
			vals[i] = genValue(1).Draw(t, "new")
			f = f.WithInto(dst, i, vals[i])
			dst = f // later updates in place, as an EXCEPT with several updates
		}
		fresh := FcnFromPairs(keys, append([]Value(nil), vals...))
		if !Equal(f, fresh) || f.Hash() != fresh.Hash() {
			t.Fatalf("%v (hash %x) built by WithInto, %v (hash %x) afresh", f, f.Hash(), fresh, fresh.Hash())
		}
	})
}
