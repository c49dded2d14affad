package store

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/wspcycle/wspcycle/tla/value"
)

// Tags of the value encoding. Each value is a tag byte followed by its
// payload: integers as zig-zag varints, strings and model values as a
// length and bytes, functions as their length, a domain flag and (when the
// domain is not 1..n) the keys, then the values; sets as their length and
// elements in canonical order. Decoding rebuilds the canonical form
// directly (the elements are already sorted), so a decoded state is equal
// to, and has the fingerprint of, the encoded one.
const (
	tagNil byte = iota // an undefined variable (nil in value.State)
	tagFalse
	tagTrue
	tagInt
	tagStr
	tagModel
	tagTuple    // a function on 1..n: n, values
	tagFcn      // a function on another domain: n, keys, values
	tagSet      // an enumerated set: n, elements
	tagInterval // lo..hi, kept symbolic
)

// ErrUnsupported is returned (wrapped) for a value the encoding does not
// cover: a symbolic infinite or lazy set held in a state variable.
var ErrUnsupported = errors.New("unsupported")

// AppendState appends the encoding of s to buf.
func AppendState(buf []byte, s value.State) ([]byte, error) {
	buf = binary.AppendUvarint(buf, uint64(len(s)))
	var err error
	for _, v := range s {
		if buf, err = appendValue(buf, v); err != nil {
			return buf, err
		}
	}
	return buf, nil
}

func appendValue(buf []byte, v value.Value) ([]byte, error) {
	var err error
	switch x := v.(type) {
	case nil:
		return append(buf, tagNil), nil
	case value.BoolV:
		if x {
			return append(buf, tagTrue), nil
		}
		return append(buf, tagFalse), nil
	case value.IntV:
		return binary.AppendVarint(append(buf, tagInt), int64(x)), nil
	case *value.StrV:
		return appendString(append(buf, tagStr), x.Val()), nil
	case *value.MV:
		return appendString(append(buf, tagModel), x.Name()), nil
	case *value.FcnV:
		n := x.Len()
		if x.IsTuple() {
			buf = binary.AppendUvarint(append(buf, tagTuple), uint64(n))
		} else {
			buf = binary.AppendUvarint(append(buf, tagFcn), uint64(n))
			for i := 0; i < n; i++ {
				if buf, err = appendValue(buf, x.Key(i)); err != nil {
					return buf, err
				}
			}
		}
		for _, e := range x.Elems() {
			if buf, err = appendValue(buf, e); err != nil {
				return buf, err
			}
		}
		return buf, nil
	case *value.SetV:
		elems := x.Elems()
		buf = binary.AppendUvarint(append(buf, tagSet), uint64(len(elems)))
		for _, e := range elems {
			if buf, err = appendValue(buf, e); err != nil {
				return buf, err
			}
		}
		return buf, nil
	case *value.IntervalV:
		buf = binary.AppendVarint(append(buf, tagInterval), x.Lo)
		return binary.AppendVarint(buf, x.Hi), nil
	}
	return buf, fmt.Errorf("%w: the value %v cannot be written to disk (a symbolic set in a state variable)", ErrUnsupported, v)
}

func appendString(buf []byte, s string) []byte {
	return append(binary.AppendUvarint(buf, uint64(len(s))), s...)
}

// errCorrupt is returned for bytes that are not an encoding: a truncated
// or damaged file.
var errCorrupt = errors.New("store: corrupt state encoding")

// DecodeState decodes a state encoded by AppendState at the start of buf
// and returns it with the number of bytes read. strs is the order of
// strings of the spec that encoded it (a set's elements are stored in it,
// and its strings and model values must be that spec's).
func DecodeState(buf []byte, strs *value.Strings) (value.State, int, error) {
	d := decoder{buf: buf, strs: strs}
	n := d.uvarint()
	if d.err != nil || n > uint64(len(buf)) {
		return nil, 0, errCorrupt
	}
	s := make(value.State, n)
	for i := range s {
		s[i] = d.value()
	}
	if d.err != nil {
		return nil, 0, d.err
	}
	return s, d.off, nil
}

type decoder struct {
	strs *value.Strings
	buf  []byte
	off  int
	err  error
}

func (d *decoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.buf[d.off:])
	if n <= 0 {
		d.err = errCorrupt
		return 0
	}
	d.off += n
	return v
}

func (d *decoder) varint() int64 {
	v, n := binary.Varint(d.buf[d.off:])
	if n <= 0 {
		d.err = errCorrupt
		return 0
	}
	d.off += n
	return v
}

func (d *decoder) string() string {
	n := d.uvarint()
	if d.err != nil || n > uint64(len(d.buf)-d.off) {
		d.err = errCorrupt
		return ""
	}
	s := string(d.buf[d.off : d.off+int(n)])
	d.off += int(n)
	return s
}

// count reads a length, which cannot exceed the bytes left (every element
// takes at least one).
func (d *decoder) count() int {
	n := d.uvarint()
	if d.err != nil || n > uint64(len(d.buf)-d.off) {
		d.err = errCorrupt
		return 0
	}
	return int(n)
}

func (d *decoder) values(n int) []value.Value {
	vs := make([]value.Value, n)
	for i := range vs {
		vs[i] = d.value()
	}
	return vs
}

func (d *decoder) value() value.Value {
	if d.err != nil {
		return nil
	}
	if d.off >= len(d.buf) {
		d.err = errCorrupt
		return nil
	}
	tag := d.buf[d.off]
	d.off++
	switch tag {
	case tagNil:
		return nil
	case tagFalse:
		return value.False
	case tagTrue:
		return value.True
	case tagInt:
		return value.Int(d.varint())
	case tagStr:
		return d.strs.Str(d.string())
	case tagModel:
		return d.strs.Model(d.string())
	case tagTuple:
		return value.TupleOf(d.values(d.count()))
	case tagFcn:
		n := d.count()
		keys := d.values(n)
		vals := d.values(n)
		if d.err != nil {
			return nil
		}
		return value.FcnFromSorted(keys, vals)
	case tagSet:
		return value.SetFromSorted(d.values(d.count()))
	case tagInterval:
		lo := d.varint()
		hi := d.varint()
		return &value.IntervalV{Lo: lo, Hi: hi}
	}
	d.err = errCorrupt
	return nil
}
