package tlcbin

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"io"
	"strings"
)

// Listing is the unzipped stream of a TLC value file as text, one item
// a line, indented by nesting, with each string's tok left out (TLC's
// intern index, which its reader ignores and which is not reproducible
// outside TLC's JVM) and its varLoc kept: two files that list the same
// are the same bytes but for the toks.
func Listing(gz []byte) (string, error) {
	z, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return "", err
	}
	raw, err := io.ReadAll(z)
	if err != nil {
		return "", err
	}
	l := &lister{raw: raw}
	if err := l.value(0); err != nil {
		return l.b.String(), fmt.Errorf("offset %d: %v", l.off, err)
	}
	if l.off != len(raw) {
		return l.b.String(), fmt.Errorf("%d bytes after the value", len(raw)-l.off)
	}
	return l.b.String(), nil
}

type lister struct {
	raw []byte
	off int
	b   strings.Builder
}

func (l *lister) take(n int) []byte {
	if l.off+n > len(l.raw) {
		panic("short")
	}
	b := l.raw[l.off : l.off+n]
	l.off += n
	return b
}
func (l *lister) i32() int32 { return int32(binary.BigEndian.Uint32(l.take(4))) }
func (l *lister) i16() int16 { return int16(binary.BigEndian.Uint16(l.take(2))) }
func (l *lister) nat() int {
	s := l.i16()
	if s >= 0 {
		return int(s)
	}
	return -int(int32(s)<<16 | int32(uint16(l.i16())))
}
func (l *lister) us() string {
	l.i32()
	loc := l.i32()
	n := l.i32()
	return fmt.Sprintf("%q loc %d", l.take(int(n)), loc)
}

func (l *lister) line(depth int, format string, args ...any) {
	l.b.WriteString(strings.Repeat("  ", depth))
	fmt.Fprintf(&l.b, format, args...)
	l.b.WriteByte('\n')
}

func (l *lister) value(depth int) (err error) {
	defer func() {
		if recover() != nil {
			err = fmt.Errorf("the stream ends inside a value")
		}
	}()
	tag := l.take(1)[0]
	switch tag {
	case tagBool:
		l.line(depth, "bool %d", l.take(1)[0])
	case tagInt:
		l.line(depth, "int %d", l.i32())
	case tagString:
		l.line(depth, "string %s", l.us())
	case tagModel:
		l.line(depth, "model %d", l.i16())
	case tagInterval:
		l.line(depth, "interval %d %d", l.i32(), l.i32())
	case tagHandle:
		l.line(depth, "handle %d", l.nat())
	case tagRecord:
		n := l.i32()
		l.line(depth, "record %d", n)
		if n < 0 {
			n = -n
		}
		for i := 0; i < int(n); i++ {
			if t := l.take(1)[0]; t == tagHandle {
				l.line(depth+1, "name handle %d", l.nat())
			} else {
				l.line(depth+1, "name %s", l.us())
			}
			if err := l.value(depth + 2); err != nil {
				return err
			}
		}
	case tagSetEnum:
		n := l.i32()
		l.line(depth, "set %d", n)
		if n < 0 {
			n = -n
		}
		for i := 0; i < int(n); i++ {
			if err := l.value(depth + 1); err != nil {
				return err
			}
		}
	case tagTuple:
		n := l.nat()
		l.line(depth, "tuple %d", n)
		for i := 0; i < n; i++ {
			if err := l.value(depth + 1); err != nil {
				return err
			}
		}
	case tagFcnRcd:
		n := l.nat()
		form := l.take(1)[0]
		if form == 0 {
			l.line(depth, "fcn %d over %d..%d", n, l.i32(), l.i32())
			for i := 0; i < n; i++ {
				if err := l.value(depth + 1); err != nil {
					return err
				}
			}
			return nil
		}
		l.line(depth, "fcn %d form %d", n, form)
		for i := 0; i < 2*n; i++ {
			if err := l.value(depth + 1); err != nil {
				return err
			}
		}
	default:
		return fmt.Errorf("tag %d", tag)
	}
	return nil
}
