package value

import (
	"strconv"
	"strings"
)

// Printing follows TLC: <<1, 2>> for tuples, [a |-> 1] for records,
// (1 :> 2 @@ 3 :> 4) for other functions, {1, 2} for sets.

func (v IntV) String() string { return strconv.FormatInt(int64(v), 10) }
func (v BoolV) String() string {
	if v {
		return "TRUE"
	}
	return "FALSE"
}
func (s *StrV) String() string { return strconv.Quote(s.s) }
func (m *MV) String() string   { return m.name }
func (f *FcnV) String() string {
	var b strings.Builder
	f.write(&b)
	return b.String()
}
func (s *SetV) String() string {
	var b strings.Builder
	s.write(&b)
	return b.String()
}

func (v IntV) write(b *strings.Builder)  { b.WriteString(v.String()) }
func (v BoolV) write(b *strings.Builder) { b.WriteString(v.String()) }
func (s *StrV) write(b *strings.Builder) { b.WriteString(s.String()) }
func (m *MV) write(b *strings.Builder)   { b.WriteString(m.name) }

func (f *FcnV) write(b *strings.Builder) {
	switch {
	case f.held == heldEmptyRecord && len(f.vals) == 0:
		b.WriteString("[]")
	case f.dom == nil:
		writeList(b, "<<", f.vals, ">>")
	case f.IsRecord() && f.namedKeys():
		// In the order TLC built it, which sorts it first only when it
		// has to (order.go).
		order := f.printOrder()
		b.WriteByte('[')
		for i := range f.vals {
			if i > 0 {
				b.WriteString(", ")
			}
			j := i
			if order != nil {
				j = int(order[i])
			}
			b.WriteString(f.dom.elems[j].(*StrV).s)
			b.WriteString(" |-> ")
			f.vals[j].write(b)
		}
		b.WriteByte(']')
	default:
		order := f.printOrder()
		b.WriteByte('(')
		for i := range f.vals {
			if i > 0 {
				b.WriteString(" @@ ")
			}
			j := i
			if order != nil {
				j = int(order[i])
			}
			f.dom.elems[j].write(b)
			b.WriteString(" :> ")
			f.vals[j].write(b)
		}
		b.WriteByte(')')
	}
}

func (s *SetV) write(b *strings.Builder) { writeList(b, "{", s.elems, "}") }

// writeList writes vals separated by commas between left and right: the
// form of both tuples and sets.
func writeList(b *strings.Builder, left string, vals []Value, right string) {
	b.WriteString(left)
	for i, v := range vals {
		if i > 0 {
			b.WriteString(", ")
		}
		v.write(b)
	}
	b.WriteString(right)
}

// namedKeys reports whether every key of f (a function over strings) is a
// name TLC prints as a record's field (isName): ("b c" :> 1) prints as
// a function.
func (f *FcnV) namedKeys() bool {
	for _, k := range f.dom.elems {
		if !isName(k.(*StrV).s) {
			return false
		}
	}
	return true
}
