package eval

import "github.com/wspcycle/wspcycle/tla/value"

// keyKindError is TLC's error for the key x of an application f[x] or of
// an EXCEPT's path through f, x being outside f's domain, when TLC fails
// on x's kind instead of finding it absent; "" when x is merely absent.
// TLC decides by the class of f's value (value.FcnV's held class):
//
//   - a TupleValue (a tuple not built as a function) takes an integer
//     only: "Attempted to access tuple at a non integral index: "c"";
//   - a FcnRcdValue over an IntervalValue ([i \in 1..2 |-> e]) too:
//     "Attempted to apply function with integer domain to the
//     non-integer argument "c"";
//   - a RecordValue a string only: "Attempted to access record by a
//     non-string argument: 3";
//   - any other FcnRcdValue ([i \in {1, 2} |-> e], 1 :> a @@ 2 :> b,
//     [i \in {"a"} |-> e]) compares x with the elements of its domain
//     (lookupDomain, IntValue.equals): "Attempted to check equality of
//     integer 1 with non-integer:\n"c"".
//
// (TLC rev cc6b616: XE1-XE8, XA1-XA3 in model/testdata/tlc/keykind.)
func keyKindError(f *value.FcnV, x value.Value) string {
	if f.Len() == 0 || x.Kind() == value.KindModel {
		return ""
	}
	_, isInt := x.(value.IntV)
	switch {
	case f.IsTuple() && !f.HeldAsFunction():
		if !isInt {
			return tupleNonInt + x.String()
		}
		return ""
	case f.IsTuple() && !f.HeldOverSet() || f.HeldOverInterval():
		if !isInt {
			return "Attempted to apply function with integer domain to the non-integer argument " + x.String()
		}
		return ""
	case f.IsRecord() && !f.HeldOverSet():
		if _, isStr := x.(*value.StrV); !isStr {
			return recordNonStr + x.String()
		}
		return ""
	}
	// FcnRcdValue.lookupDomain compares x with the domain's elements in
	// turn; they are of one kind, so the first tells.
	if _, err := value.EqualChecked(f.Key(0), x); err != nil {
		return err.Error()
	}
	return ""
}
