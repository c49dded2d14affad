package tlcbin

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/wspcycle/wspcycle/tla/value"
)

// maxDecoded bounds the stream a file may unzip to (a trace file is
// small; a zip bomb is not).
const maxDecoded = 1 << 30

// Decode reads the one value of a file TLC's ValueOutputStream wrote
// (gzipped), as TLC's -loadTrace reads it (readExternal): strings and
// field names through strs, model values by their index among models
// (ModelNames: TLC's table for the same spec and cfg). An error says
// where in the unzipped stream the file went wrong.
func Decode(data []byte, strs *value.Strings, models []string) (value.Value, error) {
	z, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("not a gzipped TLC value file: %v", err)
	}
	raw, err := io.ReadAll(io.LimitReader(z, maxDecoded+1))
	if err != nil {
		return nil, fmt.Errorf("not a gzipped TLC value file: %v", err)
	}
	if len(raw) > maxDecoded {
		return nil, fmt.Errorf("the file unzips to more than %d bytes", maxDecoded)
	}
	return DecodeRaw(raw, strs, models)
}

// DecodeRaw is Decode of the unzipped stream. Bytes after the value are
// ignored, as TLC ignores them.
func DecodeRaw(raw []byte, strs *value.Strings, models []string) (value.Value, error) {
	d := &decoder{raw: raw, strs: strs, models: models}
	v, err := d.value(0)
	if err != nil {
		return nil, fmt.Errorf("offset %d: %w", d.at, err)
	}
	return v, nil
}

type decoder struct {
	raw     []byte
	off, at int // the next byte; the start of the value being read
	strs    *value.Strings
	models  []string
	handles []any // handle -> value.Value, or string for a field name
}

var errShort = errors.New("the stream ends inside a value")

// maxDepth bounds the nesting of values (a hostile file is not a stack
// overflow).
const maxDepth = 10000

func (d *decoder) need(n int) ([]byte, error) {
	if n < 0 || d.off+n > len(d.raw) || d.off+n < d.off {
		return nil, errShort
	}
	b := d.raw[d.off : d.off+n]
	d.off += n
	return b, nil
}

func (d *decoder) byte1() (byte, error) {
	b, err := d.need(1)
	if err != nil {
		return 0, err
	}
	return b[0], nil
}

func (d *decoder) int32() (int32, error) {
	b, err := d.need(4)
	if err != nil {
		return 0, err
	}
	return int32(binary.BigEndian.Uint32(b)), nil
}

func (d *decoder) int16() (int16, error) {
	b, err := d.need(2)
	if err != nil {
		return 0, err
	}
	return int16(binary.BigEndian.Uint16(b)), nil
}

// nat is ValueInputStream.readNat.
func (d *decoder) nat() (int, error) {
	s, err := d.int16()
	if err != nil {
		return 0, err
	}
	if s >= 0 {
		return int(s), nil
	}
	lo, err := d.int16()
	if err != nil {
		return 0, err
	}
	return -int(int32(s)<<16 | int32(uint16(lo))), nil
}

// count is a size that must fit what is left of the stream (each
// element takes a byte at least).
func (d *decoder) count(n int, per int) (int, error) {
	if n < 0 || n > (len(d.raw)-d.off)/per {
		return 0, fmt.Errorf("a size of %d is more than the stream holds", n)
	}
	return n, nil
}

// markedCount reads the size of a set or a record, an int32 that the
// writer negates to mark the value not normalized (doc.go), and checks
// it as count does.
func (d *decoder) markedCount(per int) (int, error) {
	n, err := d.int32()
	if err != nil {
		return 0, err
	}
	if n < 0 {
		n = -n
	}
	return d.count(int(n), per)
}

// newHandle is ValueInputStream.getIndex: the next handle, taken
// before the value's parts are read (as the writer numbers them).
func (d *decoder) newHandle() int {
	d.handles = append(d.handles, nil)
	return len(d.handles) - 1
}

// us reads an interned string (UniqueString.readExternal: tok and varLoc
// are ignored); each byte is a Java char, sign-extended as TLC reads it.
func (d *decoder) us() (string, error) {
	if _, err := d.need(8); err != nil {
		return "", err
	}
	n, err := d.int32()
	if err != nil {
		return "", err
	}
	if n < 0 || int(n) > len(d.raw)-d.off {
		return "", fmt.Errorf("a string of %d bytes is more than the stream holds", n)
	}
	b, _ := d.need(int(n))
	var s strings.Builder
	for _, c := range b {
		if c < 0x80 {
			s.WriteByte(c)
		} else {
			s.WriteRune(rune(0xff00 | uint16(c)))
		}
	}
	return s.String(), nil
}

func (d *decoder) handle(want string) (any, error) {
	h, err := d.nat()
	if err != nil {
		return nil, err
	}
	if h < 0 || h >= len(d.handles) || d.handles[h] == nil {
		return nil, fmt.Errorf("handle %d names no %s written before", h, want)
	}
	return d.handles[h], nil
}

func (d *decoder) value(depth int) (value.Value, error) {
	if depth > maxDepth {
		return nil, errors.New("values nested too deeply")
	}
	d.at = d.off
	tag, err := d.byte1()
	if err != nil {
		return nil, err
	}
	switch tag {
	case tagBool:
		b, err := d.byte1()
		return value.BoolV(b != 0), err
	case tagInt:
		n, err := d.int32()
		return value.Int(int64(n)), err
	case tagString:
		s, err := d.us()
		if err != nil {
			return nil, err
		}
		v := d.strs.Str(s)
		d.handles = append(d.handles, v)
		return v, nil
	case tagModel:
		i, err := d.int16()
		if err != nil {
			return nil, err
		}
		if i < 0 || int(i) >= len(d.models) {
			// TLC: ArrayIndexOutOfBoundsException from ModelValue.mvs
			return nil, fmt.Errorf("model value %d is not in the table of the cfg's %d model values", i, len(d.models))
		}
		return d.strs.Model(d.models[i]), nil
	case tagInterval:
		lo, err := d.int32()
		if err != nil {
			return nil, err
		}
		hi, err := d.int32()
		return &value.IntervalV{Lo: int64(lo), Hi: int64(hi)}, err
	case tagHandle:
		v, err := d.handle("value")
		if err != nil {
			return nil, err
		}
		if vv, ok := v.(value.Value); ok {
			return vv, nil
		}
		return d.strs.Str(v.(string)), nil // a field name read as a value: TLC's cast fails
	case tagRecord:
		return d.record(depth)
	case tagSetEnum:
		h := d.newHandle()
		m, err := d.markedCount(1)
		if err != nil {
			return nil, err
		}
		elems, err := d.values(m, depth+1)
		if err != nil {
			return nil, err
		}
		v, err := value.NewSetChecked(elems)
		if err != nil {
			return nil, err
		}
		d.handles[h] = value.Value(v)
		return v, nil
	case tagTuple:
		h := d.newHandle()
		n, err := d.nat()
		if err != nil {
			return nil, err
		}
		m, err := d.count(n, 1)
		if err != nil {
			return nil, err
		}
		elems, err := d.values(m, depth+1)
		if err != nil {
			return nil, err
		}
		v := value.TupleOf(elems)
		d.handles[h] = v
		return v, nil
	case tagFcnRcd:
		return d.fcn(depth)
	}
	return nil, fmt.Errorf("ValueInputStream: Can not unpickle a value of kind %d", tag)
}

// values reads n values, the elements of a set or a tuple, at depth.
func (d *decoder) values(n, depth int) ([]value.Value, error) {
	elems := make([]value.Value, n)
	for i := range elems {
		v, err := d.value(depth)
		if err != nil {
			return nil, err
		}
		elems[i] = v
	}
	return elems, nil
}

func (d *decoder) record(depth int) (value.Value, error) {
	h := d.newHandle()
	m, err := d.markedCount(2)
	if err != nil {
		return nil, err
	}
	keys := make([]value.Value, m)
	vals := make([]value.Value, m)
	for i := 0; i < m; i++ {
		tag, err := d.byte1()
		if err != nil {
			return nil, err
		}
		var name string
		if tag == tagHandle {
			v, err := d.handle("field name")
			if err != nil {
				return nil, err
			}
			s, ok := v.(string)
			if !ok {
				return nil, fmt.Errorf("a field name refers to a value, not a name")
			}
			name = s
		} else {
			if name, err = d.us(); err != nil {
				return nil, err
			}
			d.handles = append(d.handles, name)
		}
		keys[i] = d.strs.Str(name)
		if vals[i], err = d.value(depth + 1); err != nil {
			return nil, err
		}
	}
	var v value.Value = value.EmptyRecord
	if m > 0 {
		v = value.FcnFromPairs(keys, vals)
	}
	d.handles[h] = v
	return v, nil
}

func (d *decoder) fcn(depth int) (value.Value, error) {
	h := d.newHandle()
	n, err := d.nat()
	if err != nil {
		return nil, err
	}
	form, err := d.byte1()
	if err != nil {
		return nil, err
	}
	var v value.Value
	if form == 0 {
		lo, err := d.int32()
		if err != nil {
			return nil, err
		}
		hi, err := d.int32()
		if err != nil {
			return nil, err
		}
		m, err := d.count(n, 1)
		if err != nil {
			return nil, err
		}
		if int64(hi)-int64(lo)+1 != int64(m) && !(m == 0 && hi < lo) {
			return nil, fmt.Errorf("a function over %d..%d with %d values", lo, hi, m)
		}
		keys := make([]value.Value, m)
		vals := make([]value.Value, m)
		for i := range vals {
			keys[i] = value.Int(int64(lo) + int64(i))
			if vals[i], err = d.value(depth + 1); err != nil {
				return nil, err
			}
		}
		v = value.FcnOfTuple(value.FcnFromSorted(keys, vals))
	} else {
		m, err := d.count(n, 2)
		if err != nil {
			return nil, err
		}
		keys := make([]value.Value, m)
		vals := make([]value.Value, m)
		for i := 0; i < m; i++ {
			if keys[i], err = d.value(depth + 1); err != nil {
				return nil, err
			}
			if vals[i], err = d.value(depth + 1); err != nil {
				return nil, err
			}
		}
		v = value.FcnOverSet(value.FcnFromPairs(keys, vals))
	}
	d.handles[h] = v
	return v, nil
}
