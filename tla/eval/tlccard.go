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
	case *value.RcdSetV:
		return productCardinality(s.Sets, overflow+s.String())
	case *value.ProductV:
		// SetOfTuplesValue's own words (TLC rev cc6b616: TupSetCardOver).
		return productCardinality(s.Sets, "Overflow when computing the number of elements in "+s.String())
	}
	return 0, "", false
}

// productCardinality is TLC's SetOfRcdsValue and SetOfTuplesValue size:
// the product of the operands' sizes, computed without enumerating the
// set (so not bounded by -maxSetSize), an overflow past TLC's 32-bit
// count its error (TLC rev cc6b616: Cardinality([a : 1..30, b : 1..30])
// is 900 under -maxSetSize 10).
func productCardinality(sets []value.SetValue, overflow string) (int64, string, bool) {
	total := int64(1)
	for _, o := range sets {
		n, err := o.Size()
		if err != nil {
			return 0, "", false
		}
		total *= n
		if total > maxInt {
			return 0, overflow, true
		}
	}
	return total, "", true
}

// javaIsFiniteSet is javaCardinality for IsFiniteSet.
const javaIsFiniteSet = "Attempted to apply the operator overridden by the Java method\npublic static tlc2.value.IBoolValue tlc2.module.FiniteSets.IsFiniteSet(tlc2.value.impl.Value),\nbut it produced the following error:\n"

// lazyNonSetMsg is the error of Cardinality(s) (card) or IsFiniteSet(s)
// when s is a lazy set one of whose operands is not a set (value.NonSetV),
// which TLC's size() and isFinite() reach through the operands in order:
// the operand's own method fails in its class's words (TLC rev cc6b616:
// Cardinality([a : 3]) "Attempted to compute the number of elements in
// the integer 3.", IsFiniteSet([{1} -> 3]) "Attempted to check if the
// integer 3 is a finite set."). "" when no such operand is reached.
func lazyNonSetMsg(s value.SetValue, card bool) string {
	if card {
		return printSizeMsg(s)
	}
	msg, _ := finiteNonSetMsg(s)
	return msg
}

// finiteNonSetMsg walks TLC's isFinite of s: the error of the first
// operand that is not a set it reaches, or whether s is finite when it
// reaches none (SetOfFcnsValue: an empty domain or range decides before
// the other is asked; SetOfTuplesValue, SetOfRcdsValue, SetCupValue stop
// at the first infinite operand; SetDiffValue asks its left set).
func finiteNonSetMsg(s value.SetValue) (string, bool) {
	all := func(ops []value.SetValue) (string, bool) {
		for _, o := range ops {
			if m, fin := finiteNonSetMsg(o); m != "" || !fin {
				return m, fin
			}
		}
		return "", true
	}
	switch x := s.(type) {
	case *value.NonSetV:
		return nonSetFiniteMsg(x.V), false
	case *value.FcnSetV:
		m, fin := finiteNonSetMsg(x.Dom)
		if m != "" {
			return m, false
		}
		if fin && isEmptySet(x.Dom) {
			return "", true
		}
		m, rfin := finiteNonSetMsg(x.Rng)
		if m != "" {
			return m, false
		}
		return "", (fin && rfin) || (rfin && isEmptySet(x.Rng))
	case *value.RcdSetV:
		return all(x.Sets)
	case *value.ProductV:
		return all(x.Sets)
	case *value.SubsetV:
		return finiteNonSetMsg(x.Base)
	case *value.CupV:
		if x.Union != nil {
			// TLC's UnionValue asks each member in turn.
			for _, m := range x.Union {
				if _, ok := m.(value.SetValue); !ok {
					return nonSetFiniteMsg(m), false
				}
			}
			return "", true
		}
		return all([]value.SetValue{x.A, x.B})
	case *value.DiffV:
		return finiteNonSetMsg(x.A)
	}
	_, err := s.Size()
	return "", err == nil
}

// isEmptySet reports whether s is a set known to be empty.
func isEmptySet(s value.SetValue) bool {
	n, err := s.Size()
	return err == nil && n == 0
}

// nonSetFiniteMsg is TLC's error asking whether v, a value that is not a
// set, is finite, in the words of v's class; "" for the classes whose
// words are not known here.
func nonSetFiniteMsg(v value.Value) string {
	if !scalarClass(v) && !untypedModel(v) {
		return ""
	}
	return "Attempted to check if the " + v.Kind().String() + " " + v.String() + " is a finite set."
}

// untypedModel reports whether v is a model value without a type (TLC's
// ModelValue whose name is not of the form T_name, whose words differ):
// "the model value M".
func untypedModel(v value.Value) bool {
	m, ok := v.(*value.MV)
	if !ok {
		return false
	}
	n := m.Name()
	return !(len(n) > 2 && n[1] == '_')
}

// scalarClass reports whether v is an integer, a string or a boolean:
// the classes (IntValue, StringValue, BoolValue) whose words TLC's
// messages about a value that is not a set use, "the integer 3".
func scalarClass(v value.Value) bool {
	switch v.Kind() {
	case value.KindInt, value.KindString, value.KindBool:
		return true
	}
	return false
}
