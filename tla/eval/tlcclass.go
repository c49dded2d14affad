package eval

import "github.com/wspcycle/wspcycle/tla/value"

// tlcValueClass is what TLC's errors say of the class of a value: the
// name of its Java class in tlc2.value.impl (in "Cannot cast
// tlc2.value.impl.StringValue to ...", "unsupported value type ...") and
// its ValueImage ("an integer", in "Attempted to apply the operator ~ to
// a non-boolean\n(an integer)"), "" where TLC's image is not known here.
type tlcValueClass struct {
	java, image string
}

// tlcValueClassOf is TLC's class of v; ok is false when the class of the
// value TLC would hold is not known here (a lazily enumerated set, say).
// The one table behind tlcJavaClass, tlcClass and tlcKindImage.
func tlcValueClassOf(v value.Value) (c tlcValueClass, ok bool) {
	switch v := v.(type) {
	case value.BoolV:
		return tlcValueClass{"BoolValue", "a Boolean value"}, true
	case value.IntV:
		return tlcValueClass{"IntValue", "an integer"}, true
	case *value.StrV:
		return tlcValueClass{"StringValue", "a string"}, true
	case *value.MV:
		return tlcValueClass{"ModelValue", "a model value"}, true
	case *value.SetV:
		return tlcValueClass{"SetEnumValue", "a set of the form {e1, ... ,eN}"}, true
	case *value.IntervalV:
		return tlcValueClass{"IntervalValue", ""}, true
	case *value.FcnV:
		switch {
		case v.IsTuple():
			return tlcValueClass{"TupleValue", "a tuple"}, true
		case v.IsRecord():
			return tlcValueClass{"RecordValue", "a record"}, true
		}
		return tlcValueClass{"FcnRcdValue", "a function  of the form (d1 :> e1 @@ ... @@ dN :> eN)"}, true
	case value.NatV, value.IntSetV, value.StringSetV, value.AnyV:
		// Nat, Int, STRING, Any: the standard modules' UserValues.
		return tlcValueClass{"UserValue", ""}, true
	}
	return tlcValueClass{}, false
}

// tlcJavaClass is the class of TLC's value for v (tlc2.value.impl); ""
// when not known here.
func tlcJavaClass(v value.Value) string {
	c, _ := tlcValueOrLazyClassOf(v)
	return c.java
}

// tlcValueOrLazyClassOf is tlcValueClassOf, and for the lazy sets the
// class TLC holds them in, for its errors naming a value's class or kind
// (TLC rev cc6b616: 1 + SUBSET {x, 5} is "Cannot cast
// tlc2.value.impl.SubsetValue to tlc2.value.impl.IntValue", golden
// lazyprint/ErrSub). A filter of an enumerated set or an interval is
// not one: TLC filters those at once (OPCODE_sso).
func tlcValueOrLazyClassOf(v value.Value) (tlcValueClass, bool) {
	switch x := v.(type) {
	case *value.SubsetV:
		return tlcValueClass{"SubsetValue", "a set of the form SUBSET S"}, true
	case *value.FcnSetV:
		return tlcValueClass{"SetOfFcnsValue", "a set of the form [S -> T]"}, true
	case *value.RcdSetV:
		return tlcValueClass{"SetOfRcdsValue", "a set of the form [d1 : S1, ... , dN : SN]"}, true
	case *value.ProductV:
		return tlcValueClass{"SetOfTuplesValue", "a cartesian product"}, true
	case *value.DiffV:
		return tlcValueClass{"SetDiffValue", "a set of the form S \\ T"}, true
	case *value.CapV:
		return tlcValueClass{"SetCapValue", "a set of the form S \\cap T"}, true
	case *value.CupV:
		if x.Union != nil {
			return tlcValueClass{"UnionValue", "a set of the form UNION  S"}, true
		}
		return tlcValueClass{"SetCupValue", "a set of the form S \\cup T"}, true
	case *value.SeqSetV:
		return tlcValueClass{"UserValue", "a special set constant"}, true
	case *value.FilterV:
		if !tlcReducible(x.Base) {
			return tlcValueClass{"SetPredValue", "a set of the form {x \\in S : expr}"}, true
		}
	}
	return tlcValueClassOf(v)
}

// tlcClass is the Java class TLC's value of v has, for the JSON
// modules' error texts: a value of a class not known here is a set to
// them (SetEnumValue), as every other value is one.
func tlcClass(v value.Value) string {
	if c, ok := tlcValueClassOf(v); ok {
		return c.java
	}
	return "SetEnumValue"
}

// tlcKindImage is TLC's name of the kind of v (Value.ValueImage); ""
// when the kind of value TLC would hold is not known here.
func tlcKindImage(v value.Value) string {
	c, _ := tlcValueOrLazyClassOf(v)
	return c.image
}

// nonFcnImage is TLC's ValueImage of v in "A non-function (...) was
// applied as a function.", by the class TLC holds v in: the lazy sets
// too (TLC rev cc6b616: (1..2)[1] is "a set of the form i..j", Nat[1]
// "a special set constant", golden NonFcnApply).
func nonFcnImage(v value.Value) string {
	switch x := v.(type) {
	case *value.IntervalV:
		return "a set of the form i..j"
	case value.NatV, value.IntSetV, value.StringSetV, value.AnyV:
		return "a special set constant"
	case *value.FilterV:
		return "a set of the form {x \\in S : expr}"
	case *value.FcnSetV:
		return "a set of the form [S -> T]"
	case *value.RcdSetV:
		return "a set of the form [d1 : S1, ... , dN : SN]"
	case *value.ProductV:
		return "a cartesian product"
	case *value.SubsetV:
		return "a set of the form SUBSET S"
	case *value.DiffV:
		return "a set of the form S \\ T"
	case *value.CapV:
		return "a set of the form S \\cap T"
	case *value.CupV:
		if x.Union != nil {
			return "a set of the form UNION  S"
		}
		return "a set of the form S \\cup T"
	}
	if img := tlcKindImage(v); img != "" {
		return img
	}
	return withArticle(v.Kind())
}
