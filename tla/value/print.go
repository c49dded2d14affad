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
	case f.IsRecord():
		b.WriteByte('[')
		for i, v := range f.vals {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(f.dom.elems[i].(*StrV).s)
			b.WriteString(" |-> ")
			v.write(b)
		}
		b.WriteByte(']')
	default:
		b.WriteByte('(')
		for i, v := range f.vals {
			if i > 0 {
				b.WriteString(" @@ ")
			}
			f.dom.elems[i].write(b)
			b.WriteString(" :> ")
			v.write(b)
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
