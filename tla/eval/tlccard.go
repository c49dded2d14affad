package eval

import "github.com/wspcycle/wspcycle/tla/value"

// javaCardinality is the preamble of an error TLC's Java method for
// Cardinality raises: the failure of the set's size(), caught by the
// method.
const javaCardinality = "Attempted to apply the operator overridden by the Java method\npublic static tlc2.value.impl.IntValue tlc2.module.FiniteSets.Cardinality(tlc2.value.impl.Value),\nbut it produced the following error:\n"

// tlcCardinality is the size TLC's size() computes for the lazy sets whose
// size it counts in 32 bits, without enumerating them: an interval
// (IntervalValue), SUBSET S (SubsetValue) and [S -> T] (SetOfFcnsValue).
// ok is false for any other set, or when a part's own size fails (the
// caller's Size then reports it). When the size leaves TLC's int range,
// msg is TLC's error, which Cardinality's Java method wraps (TLC rev
// cc6b616: Cardinality(0..2147483647) "Size of interval value exceeds the
// maximum representable size (32bits): 0..2147483647."; Cardinality(SUBSET
// (1..40)) and Cardinality([1..40 -> {0, 1}]) "Overflow when computing the
// number of elements in:\n..."). Computing it here rather than through
// Size also gives the size of a function set too large to enumerate but
// within TLC's range.
func tlcCardinality(s value.SetValue) (n int64, msg string, ok bool) {
	const overflow = "Overflow when computing the number of elements in:\n"
	switch s := s.(type) {
	case *value.IntervalV:
		if s.Hi < s.Lo {
			return 0, "", true
		}
		// Both ends are TLC integers (32 bits): no int64 overflow.
		d := s.Hi - s.Lo + 1
		if d > maxInt {
			return 0, "Size of interval value exceeds the maximum representable size (32bits): " + s.String() + ".", true
		}
		return d, "", true
	case *value.SubsetV:
		b, err := s.Base.Size()
		if err != nil {
			return 0, "", false
		}
		if b >= 31 {
			return 0, overflow + s.String(), true
		}
		return 1 << b, "", true
	case *value.FcnSetV:
		d, err := s.Dom.Size()
		if err != nil {
			return 0, "", false
		}
		r, err := s.Rng.Size()
		if err != nil {
			return 0, "", false
		}
		total := int64(1)
		for i := int64(0); i < d; i++ {
			total *= r
			if total > maxInt {
				return 0, overflow + s.String(), true
			}
			if total == 0 {
				break
			}
		}
		return total, "", true
	}
	return 0, "", false
}
