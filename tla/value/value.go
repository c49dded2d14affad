// Package value holds TLA+ values with TLC's semantics.
//
// Every value has exactly one canonical form, so that equality, hashing and
// fingerprinting are structural: a record is a function whose domain is a set
// of strings and a tuple is a function on 1..n (so <<1, 2>> = [i \in 1..2 |-> i]),
// sets are sorted and deduplicated. Infinite or large sets (Nat, SUBSET S,
// [S -> T], Seq(S), ...) are kept symbolic and only enumerated when an
// operation truly needs their elements; enumerating an infinite one is an
// error, never a hang.
package value

import (
	"strings"
)

// Kind classifies values for comparison and printing. The order of the kinds
// is the order Compare uses between values of different kinds. Model values
// come first, as in TLC (a model value is less than any other value); the
// order between other kinds matters only for Compare's totality, since TLC
// refuses to compare them.
type Kind uint8

// The kinds of values.
const (
	KindModel Kind = iota
	KindBool
	KindInt
	KindString
	KindFcn
	KindSet
)

func (k Kind) String() string {
	switch k {
	case KindBool:
		return "boolean"
	case KindInt:
		return "integer"
	case KindString:
		return "string"
	case KindModel:
		return "model value"
	case KindFcn:
		return "function"
	case KindSet:
		return "set"
	}
	return "value"
}

// Value is an immutable TLA+ value.
type Value interface {
	// String prints the value in TLA+ syntax, as TLC prints it.
	String() string
	// Kind says what sort of value this is.
	Kind() Kind
	// Hash is a 64-bit hash of the canonical form: equal values have equal
	// hashes. Compound values cache it.
	Hash() uint64
	write(b *strings.Builder)
}

// IntV is an integer value.
type IntV int64

// BoolV is TRUE or FALSE.
type BoolV bool

// StrV is a string value. Its hash is computed once, at construction;
// its rank is its place in its spec's order of strings (Strings.Str).
type StrV struct {
	s    string
	h    uint64
	rank uint32
}

// MV is a model value (a cfg constant such as c1 that equals only itself).
// Model values are interned, so two with the same name are the same pointer.
type MV struct {
	name string
	h    uint64
	rank uint32 // as StrV's
}

const (
	smallIntMin = -256
	smallIntMax = 1 << 14
)

// smallInts holds pre-boxed integers so that the common small values cost no
// allocation when they become interfaces.
var smallInts [smallIntMax - smallIntMin + 1]Value

// True and False are the two boolean values.
var (
	True  Value = BoolV(true)
	False Value = BoolV(false)
)

func init() {
	for i := range smallInts {
		smallInts[i] = IntV(int64(i) + smallIntMin)
	}
}

// Int returns the integer n; small integers are not allocated.
func Int(n int64) Value {
	if n >= smallIntMin && n <= smallIntMax {
		return smallInts[n-smallIntMin]
	}
	return IntV(n)
}

// Bool returns TRUE or FALSE.
func Bool(b bool) Value {
	if b {
		return True
	}
	return False
}

// Val returns the Go string of a string value.
func (s *StrV) Val() string { return s.s }

// Name returns the name of a model value.
func (m *MV) Name() string { return m.name }

func (IntV) Kind() Kind  { return KindInt }
func (BoolV) Kind() Kind { return KindBool }
func (*StrV) Kind() Kind { return KindString }
func (*MV) Kind() Kind   { return KindModel }
func (v IntV) Hash() uint64 {
	return finish(round(seed^tagInt, uint64(v)))
}
func (v BoolV) Hash() uint64 {
	if v {
		return finish(round(seed^tagBool, 1))
	}
	return finish(round(seed^tagBool, 0))
}
func (s *StrV) Hash() uint64 { return s.h }
func (m *MV) Hash() uint64   { return m.h }

// AsInt returns the integer in v, if v is one.
func AsInt(v Value) (int64, bool) {
	i, ok := v.(IntV)
	return int64(i), ok
}

// AsBool returns the boolean in v, if v is one.
func AsBool(v Value) (bool, bool) {
	b, ok := v.(BoolV)
	return bool(b), ok
}

// AsString returns the string in v, if v is a string value.
func AsString(v Value) (string, bool) {
	s, ok := v.(*StrV)
	if !ok {
		return "", false
	}
	return s.s, true
}
