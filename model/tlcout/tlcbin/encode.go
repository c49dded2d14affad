package tlcbin

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"math"
	"unicode/utf16"

	"github.com/wspcycle/wspcycle/tla/value"
)

// The tags of TLC's value stream (tlc2.value.ValueConstants).
const (
	tagBool     = 0
	tagInt      = 1
	tagString   = 3
	tagRecord   = 4
	tagSetEnum  = 5
	tagTuple    = 7
	tagFcnRcd   = 9
	tagModel    = 21
	tagInterval = 23
	tagHandle   = 26
)

// Encoder writes values as TLC's ValueOutputStream does, into one
// stream whose handles they share (TLC serializes one value per file:
// the whole record of the trace).
type Encoder struct {
	buf bytes.Buffer
	// model is the index of a model value in TLC's table (ModelIndex).
	model func(name string) (int, bool)
	// varLoc is a name's place among the state variables in TLC's
	// order (-1 for any other), which TLC writes with each string.
	varLoc map[string]int
	next   int            // the next handle
	keys   map[any]int    // the caller's keys (Record, Tuple, SetEnum) -> handle
	names  map[string]int // record field name -> handle
	// prev and cur are the Go identities of the values Value may share
	// and of those it writes (Share), nil for none.
	prev, cur map[any]int
	// deepCopy: prev is a state TLC deep-copied (Share).
	deepCopy bool
}

// Share sets which values Value shares: one whose Go identity is in
// prev is written as its handle there, and each value written is
// recorded in cur (either may be nil). TLC shares a value between two
// states when it is one Java object, as an UNCHANGED variable's is
// between a state and the successor TLC computed from that very state
// object; which those are is for the caller to say.
//
// With deepCopy, the values of prev are those of a state TLC copied with
// Value.deepCopy before computing the successor from it: its tuples,
// records and functions are new objects, its strings and sets (which
// deepCopy returns as they are) the same.
func (e *Encoder) Share(prev, cur map[any]int, deepCopy bool) {
	e.prev, e.cur, e.deepCopy = prev, cur, deepCopy
}

// NewEncoder is an encoder numbering model values by model (false: a
// model value TLC would not know) and writing the variables' places
// vars (TLC's order) with their names.
func NewEncoder(model func(name string) (int, bool), vars []string) *Encoder {
	e := &Encoder{model: model, varLoc: map[string]int{}, keys: map[any]int{}, names: map[string]int{}}
	for i, v := range vars {
		e.varLoc[v] = i
	}
	return e
}

// Bytes is the stream gzipped, as TLC's file holds it.
func (e *Encoder) Bytes() []byte {
	var out bytes.Buffer
	z := gzip.NewWriter(&out)
	z.Write(e.buf.Bytes())
	z.Close()
	return out.Bytes()
}

func (e *Encoder) byte1(b byte)  { e.buf.WriteByte(b) }
func (e *Encoder) int32(x int32) { e.buf.Write(binary.BigEndian.AppendUint32(nil, uint32(x))) }
func (e *Encoder) int16(x int16) { e.buf.Write(binary.BigEndian.AppendUint16(nil, uint16(x))) }

// nat is ValueOutputStream.writeNat.
func (e *Encoder) nat(x int) {
	if x > 0x7fff {
		e.int32(int32(-x))
	} else {
		e.int16(int16(x))
	}
}

// put is the handle table for the caller's objects: the handle of key
// when it was written before, else (key recorded, unless nil: an object
// TLC makes afresh each time) -1. Every new object takes the next handle.
func (e *Encoder) put(key any) int {
	if key != nil {
		if h, ok := e.keys[key]; ok {
			return h
		}
		e.keys[key] = e.next
	}
	e.next++
	return -1
}

// putValue is put for a value of the trace, shared as Share says.
func (e *Encoder) putValue(v any) int {
	if _, fcn := v.(*value.FcnV); !(fcn && e.deepCopy) {
		if h, ok := e.prev[v]; ok {
			return h
		}
	}
	if e.cur != nil {
		e.cur[v] = e.next
	}
	e.next++
	return -1
}

func (e *Encoder) handle(h int) {
	e.byte1(tagHandle)
	e.nat(h)
}

// us writes an interned string: tok (TLC's intern index, which its
// reader ignores: 0 here), varLoc, then its UTF-16 units' low bytes, as
// String.getBytes(int, int, byte[], int) keeps them.
func (e *Encoder) us(s string) {
	loc, ok := e.varLoc[s]
	if !ok {
		loc = -1
	}
	units := utf16.Encode([]rune(s))
	e.int32(0)
	e.int32(int32(loc))
	e.int32(int32(len(units)))
	for _, u := range units {
		e.byte1(byte(u))
	}
}

// Name writes a record's field name: interned, so shared by name.
func (e *Encoder) Name(s string) {
	if h, ok := e.names[s]; ok {
		e.handle(h)
		return
	}
	e.names[s] = e.next
	e.next++
	e.byte1(tagString)
	e.us(s)
}

// FreshString writes s as a string value TLC makes anew (it never
// shares it with an equal one written before).
func (e *Encoder) FreshString(s string) {
	e.put(nil)
	e.byte1(tagString)
	e.us(s)
}

// Record writes a record TLC builds itself, with its fields in the
// order given (TLC's), normalized as TLC holds it; value writes field i.
// A nil key makes it fresh (never shared).
func (e *Encoder) Record(key any, names []string, value func(i int) error) error {
	if h := e.put(key); h >= 0 {
		e.handle(h)
		return nil
	}
	e.byte1(tagRecord)
	e.int32(int32(len(names)))
	for i, n := range names {
		e.Name(n)
		if err := value(i); err != nil {
			return err
		}
	}
	return nil
}

// Tuple writes a tuple TLC builds itself; elem writes element i.
func (e *Encoder) Tuple(key any, n int, elem func(i int) error) error {
	if h := e.put(key); h >= 0 {
		e.handle(h)
		return nil
	}
	e.byte1(tagTuple)
	e.nat(n)
	for i := 0; i < n; i++ {
		if err := elem(i); err != nil {
			return err
		}
	}
	return nil
}

// SetEnum writes a set TLC builds itself, normalized (its elements in
// TLC's order); elem writes element i.
func (e *Encoder) SetEnum(key any, n int, elem func(i int) error) error {
	if h := e.put(key); h >= 0 {
		e.handle(h)
		return nil
	}
	e.byte1(tagSetEnum)
	e.int32(int32(n))
	for i := 0; i < n; i++ {
		if err := elem(i); err != nil {
			return err
		}
	}
	return nil
}

// Int writes an integer, which TLC holds in 32 bits.
func (e *Encoder) Int(n int64) error {
	if n < math.MinInt32 || n > math.MaxInt32 {
		return fmt.Errorf("the integer %d does not fit TLC's 32 bits", n)
	}
	e.byte1(tagInt)
	e.int32(int32(n))
	return nil
}

// Value writes v as TLC holds it: a tuple as TupleValue, a record as
// RecordValue, another function as FcnRcdValue (over an interval when
// TLC holds it so), a set as its enumeration, normalized (the order of
// value.Compare is TLC's: strings and model values by intern order).
// It fails on a value TLC could not write either (a lazy function, a
// set it cannot enumerate, an integer beyond 32 bits) and on a model
// value TLC's table does not have.
func (e *Encoder) Value(v value.Value) error {
	switch x := v.(type) {
	case value.BoolV:
		e.byte1(tagBool)
		if x {
			e.byte1(1)
		} else {
			e.byte1(0)
		}
		return nil
	case value.IntV:
		return e.Int(int64(x))
	case *value.StrV:
		if h := e.putValue(x); h >= 0 {
			e.handle(h)
			return nil
		}
		e.byte1(tagString)
		e.us(x.Val())
		return nil
	case *value.MV:
		i, ok := e.model(x.Name())
		if !ok || i > math.MaxInt16 {
			return fmt.Errorf("the model value %s is not one of the cfg's (TLC numbers model values by its table)", x.Name())
		}
		e.byte1(tagModel)
		e.int16(int16(i))
		return nil
	case *value.IntervalV:
		if x.Lo < math.MinInt32 || x.Hi > math.MaxInt32 || x.Lo > math.MaxInt32 || x.Hi < math.MinInt32 {
			return fmt.Errorf("the interval %d..%d does not fit TLC's 32 bits", x.Lo, x.Hi)
		}
		e.byte1(tagInterval)
		e.int32(int32(x.Lo))
		e.int32(int32(x.Hi))
		return nil
	case *value.FcnV:
		return e.fcn(x)
	case value.SetValue:
		s, err := x.Enum()
		if err != nil {
			return err
		}
		var h int
		if s == v {
			h = e.putValue(s)
		} else {
			h = e.put(nil) // enumerated for writing: a new object
		}
		if h >= 0 {
			e.handle(h)
			return nil
		}
		e.byte1(tagSetEnum)
		e.int32(int32(s.Len()))
		for _, el := range s.Elems() {
			if err := e.Value(el); err != nil {
				return err
			}
		}
		return nil
	}
	return fmt.Errorf("the value %s cannot be written (TLC serializes only enumerated values)", v)
}

func (e *Encoder) fcn(f *value.FcnV) error {
	if h := e.putValue(f); h >= 0 {
		e.handle(h)
		return nil
	}
	n := f.Len()
	switch {
	case f.HeldOverInterval():
		lo, ok := f.Key(0).(value.IntV)
		if !ok {
			return fmt.Errorf("the function %s has no interval domain", f)
		}
		e.byte1(tagFcnRcd)
		e.nat(n)
		e.byte1(0)
		e.int32(int32(lo))
		e.int32(int32(int64(lo) + int64(n) - 1))
		for i := 0; i < n; i++ {
			if err := e.Value(f.At(i)); err != nil {
				return err
			}
		}
		return nil
	case f.IsTuple() && !f.HeldAsFunction() && !(n == 0 && f == value.EmptyRecord):
		e.byte1(tagTuple)
		e.nat(n)
		for i := 0; i < n; i++ {
			if err := e.Value(f.At(i)); err != nil {
				return err
			}
		}
		return nil
	case (f.IsRecord() && !f.HeldOverSet()) || f == value.EmptyRecord:
		e.byte1(tagRecord)
		e.int32(int32(n))
		for i := 0; i < n; i++ {
			e.Name(f.Key(i).(*value.StrV).Val())
			if err := e.Value(f.At(i)); err != nil {
				return err
			}
		}
		return nil
	}
	e.byte1(tagFcnRcd)
	e.nat(n)
	e.byte1(1) // normalized: the arguments in TLC's order
	for i := 0; i < n; i++ {
		if err := e.Value(f.Key(i)); err != nil {
			return err
		}
		if err := e.Value(f.At(i)); err != nil {
			return err
		}
	}
	return nil
}
