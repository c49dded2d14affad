package eval

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/wspcycle/wspcycle/tla/value"
)

// The JSON text of a value, as TLC's Json module writes it (its Java
// override converts the value to a Gson tree and prints it compactly, with
// no spaces): a tuple or sequence is an array, a record (and any other
// function) an object, a set an array of its elements in their order, a
// string or model value a JSON string, an integer a number, a boolean
// true/false. A function whose domain is not 1..n is an object keyed by
// the printed form of each domain element ("2", "<<1, 2>>"; a string key
// is the string itself).
//
// TLC orders strings (the elements of a set of strings, the fields of a
// record it has normalized) by the order in which it first read them, as
// value.Compare does for the strings of the spec's table (value.Strings),
// but not for strings made at run time, which TLC orders by when it made
// them. And TLC keeps a record built by [f |-> e, ...] in the order
// written, and the keys of f @@ g in f's order then g's, until something
// normalizes it (a comparison, a state): its keys' order depends on the
// record's history, not known here. So a text whose order would depend on
// that, or on comparing a string made at run time, is refused
// (jsonOrderErr) where the text is a TLA+ value (ToJson), unless the spec
// builds every record in TLC's order of strings (recordsInOrder), and written in
// the canonical order into a file, where only the order of an object's
// keys (not its meaning) can differ from TLC's file.

// jsonMode is the conversion TLC's override starts with: getNode
// (ToJson and the files), getArrayNode (ToJsonArray) or getObjectNode
// (ToJsonObject).
type jsonMode uint8

const (
	jsonNode jsonMode = iota
	jsonArray
	jsonObject
)

// jsonEncoder writes values as JSON text.
type jsonEncoder struct {
	b strings.Builder
	// strictKeys refuses an object with two string or model-value keys,
	// whose key order TLC decides by its own order of strings or by how
	// the value was built, unless keysInOrder says both are the order of
	// the spec's strings and the keys are all of the spec's table.
	strictKeys  bool
	keysInOrder bool
}

// jsonConvErr is TLC's IOException for a value it cannot convert, named by
// TLC's Java class of the value.
func jsonConvErr(class string) error {
	return fmt.Errorf("Cannot convert value: unsupported value type tlc2.value.impl.%s", class)
}

// jsonOrderErr refuses a text whose order only TLC's internal order of
// strings decides.
type jsonOrderErr struct{ what string }

func (e *jsonOrderErr) Error() string {
	return "unsupported: the JSON text of " + e.what + " (its order follows TLC's internal order of strings, or the order a record was written in)"
}

// encode writes v converted as mode says.
func (e *jsonEncoder) encode(v value.Value, mode jsonMode) error {
	switch mode {
	case jsonArray:
		return e.array(v)
	case jsonObject:
		return e.object(v)
	}
	return e.node(v)
}

// node is TLC's getNode: any value.
func (e *jsonEncoder) node(v value.Value) error {
	switch x := v.(type) {
	case value.IntV:
		e.b.WriteString(strconv.FormatInt(int64(x), 10))
		return nil
	case value.BoolV:
		e.b.WriteString(strconv.FormatBool(bool(x)))
		return nil
	case *value.StrV:
		jsonQuote(&e.b, x.Val())
		return nil
	case *value.MV:
		jsonQuote(&e.b, x.Name())
		return nil
	case *value.FcnV:
		if x.IsTuple() {
			return e.elems(x.Elems())
		}
		return e.fcnObject(x)
	case value.SetValue:
		return e.set(x)
	}
	return jsonConvErr(tlcClass(v))
}

// array is TLC's getArrayNode: a sequence or a set is an array, another
// function an object; a record is TLC's error, unless TLC built it as a
// function (["a", "b"] -> ...): which of the two it is depends on how it
// was built, so it is refused.
func (e *jsonEncoder) array(v value.Value) error {
	switch x := v.(type) {
	case *value.FcnV:
		if x.IsTuple() {
			return e.elems(x.Elems())
		}
		if x.IsRecord() {
			return &jsonOrderErr{what: "ToJsonArray of a record (TLC's answer is an error for [f |-> e] and an object for a function built otherwise)"}
		}
		return e.fcnObject(x)
	case value.SetValue:
		return e.set(x)
	}
	return jsonConvErr(tlcClass(v))
}

// object is TLC's getObjectNode: a record or function is an object; a
// sequence is an object keyed "0", "1", ... when TLC holds it as a tuple
// (<<a, b>>, Append, \o) and an array when it holds a function over 1..n
// ([i \in 1..n |-> e]): the two are one value here, so it is refused.
func (e *jsonEncoder) object(v value.Value) error {
	if x, ok := v.(*value.FcnV); ok {
		if x.IsTuple() {
			return &jsonOrderErr{what: "ToJsonObject of a sequence (TLC's answer depends on whether it was built as a tuple or as a function)"}
		}
		return e.fcnObject(x)
	}
	return jsonConvErr(tlcClass(v))
}

func (e *jsonEncoder) elems(vs []value.Value) error {
	e.b.WriteByte('[')
	for i, v := range vs {
		if i > 0 {
			e.b.WriteByte(',')
		}
		if err := e.node(v); err != nil {
			return err
		}
	}
	e.b.WriteByte(']')
	return nil
}

// set writes a finite set as the array of its elements. TLC orders them
// by its comparison of values, which is this one unless two elements
// differ by their strings or model values.
func (e *jsonEncoder) set(s value.SetValue) error {
	switch s.(type) {
	case value.NatV, value.IntSetV, value.StringSetV, value.AnyV:
		return jsonConvErr("UserValue")
	}
	en, err := s.Enum()
	if err != nil {
		return err
	}
	elems := en.Elems()
	// TLC's order is a total order too: agreeing on each adjacent pair, it
	// sorts the set alike.
	for i := 1; i < len(elems); i++ {
		if byNames(elems[i-1], elems[i]) {
			return &jsonOrderErr{what: "a set whose order depends on comparing strings or model values"}
		}
	}
	return e.elems(elems)
}

// fcnObject writes a function whose domain is not 1..n as an object,
// in the order of its domain.
func (e *jsonEncoder) fcnObject(f *value.FcnV) error {
	n := f.Len()
	if e.strictKeys && keyNames(f) && !(e.keysInOrder && rankedKeys(f)) {
		return &jsonOrderErr{what: "a record or function with two or more keys and strings or model values among them"}
	}
	// Gson's object keeps one entry per key, the later value in the
	// earlier place: two keys printing alike ("1" and 1) are one entry.
	keys := make([]string, 0, n)
	at := make(map[string]int, n)
	vals := make([]value.Value, 0, n)
	for i := 0; i < n; i++ {
		k := f.Key(i)
		var name string
		if s, ok := value.AsString(k); ok {
			name = s
		} else {
			name = k.String()
		}
		if j, ok := at[name]; ok {
			vals[j] = f.At(i)
			continue
		}
		at[name] = len(keys)
		keys = append(keys, name)
		vals = append(vals, f.At(i))
	}
	e.b.WriteByte('{')
	for i, k := range keys {
		if i > 0 {
			e.b.WriteByte(',')
		}
		jsonQuote(&e.b, k)
		e.b.WriteByte(':')
		if err := e.node(vals[i]); err != nil {
			return err
		}
	}
	e.b.WriteByte('}')
	return nil
}

// byNames reports whether the order of two different values a and b (as
// value.Compare decides it) may depend on comparing two different strings
// or model values one of which was made at run time, or on the order of a
// record's fields: TLC orders those its own way. Functions and sets of
// different sizes are ordered by size, by TLC too.
func byNames(a, b value.Value) bool {
	if a.Kind() != b.Kind() {
		return false
	}
	switch x := a.(type) {
	case *value.StrV, *value.MV:
		return !value.Equal(a, b) && (!value.Ranked(a) || !value.Ranked(b))
	case *value.FcnV:
		y := b.(*value.FcnV)
		if x.Len() != y.Len() || value.Equal(x, y) {
			return false
		}
		// TLC compares two records (two functions) of the same keys value
		// by value in the order of the keys, its order of strings when
		// they are the spec's; other records it compares its own way.
		if (keyNames(x) || keyNames(y)) && !(rankedKeys(x) && rankedKeys(y) && sameKeys(x, y)) {
			return true
		}
		for i := 0; i < x.Len(); i++ {
			if !x.IsTuple() || !y.IsTuple() {
				if !value.Equal(x.Key(i), y.Key(i)) {
					return byNames(x.Key(i), y.Key(i))
				}
			}
			if !value.Equal(x.At(i), y.At(i)) {
				return byNames(x.At(i), y.At(i))
			}
		}
	case value.SetValue:
		ea, erra := x.Enum()
		eb, errb := b.(value.SetValue).Enum()
		if erra != nil || errb != nil {
			return true
		}
		if ea.Len() != eb.Len() || value.Equal(ea, eb) {
			return false
		}
		for _, s := range []*value.SetV{ea, eb} {
			for i := 1; i < s.Len(); i++ {
				if byNames(s.Elems()[i-1], s.Elems()[i]) {
					return true
				}
			}
		}
		for i := range ea.Elems() {
			if !value.Equal(ea.Elems()[i], eb.Elems()[i]) {
				return byNames(ea.Elems()[i], eb.Elems()[i])
			}
		}
	}
	return false
}

// keyNames reports whether f has two or more keys and one of them holds a
// string or model value: TLC compares such functions key by key in its own
// order of those keys.
func keyNames(f *value.FcnV) bool {
	if f.IsTuple() || f.Len() < 2 {
		return false
	}
	for i := 0; i < f.Len(); i++ {
		if hasNames(f.Key(i)) {
			return true
		}
	}
	return false
}

// hasNames reports whether comparing v with another value may compare
// strings or model values (whose order TLC keeps its own way): v is or
// contains one, a record's field names included.
func hasNames(v value.Value) bool {
	switch x := v.(type) {
	case *value.StrV, *value.MV:
		return true
	case *value.FcnV:
		for i := 0; i < x.Len(); i++ {
			if (!x.IsTuple() && hasNames(x.Key(i))) || hasNames(x.At(i)) {
				return true
			}
		}
	case *value.SetV:
		for _, y := range x.Elems() {
			if hasNames(y) {
				return true
			}
		}
	case value.SetValue:
		en, err := x.Enum()
		return err != nil || hasNames(en)
	}
	return false
}

// jsonQuote writes s as a JSON string the way Gson's JsonWriter does
// (HTML escaping off): ", \ and the control characters escaped (\t, \b,
// \n, \r, \f by name, the others as \u00XX), and U+2028, U+2029 as \u2028,
// \u2029; everything else as is.
func jsonQuote(b *strings.Builder, s string) {
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\f':
			b.WriteString(`\f`)
		case '\u2028', '\u2029':
			fmt.Fprintf(b, `\u%04x`, r)
		default:
			if r < 0x20 {
				fmt.Fprintf(b, `\u%04x`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
}
