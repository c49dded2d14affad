package eval

import (
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/wspcycle/wspcycle/tla/value"
)

// JSON text to a value, as TLC's Json module reads it: an array is a
// tuple, an object a record (a key given twice keeps its later value), a
// string a string, true/false a boolean, a number an integer converted as
// Java's Gson does (getAsInt: a 32-bit integer, a longer one cut to its low
// 32 bits, a decimal cut toward zero: 2.7 is 2, -3e1 is -30, 3000000000 is
// -1294967296); null is TLC's error. TLC reads with Gson in lenient mode,
// which also takes comments, single quotes and unquoted words: only strict
// JSON (RFC 8259) is read here, and other text is refused as unsupported
// (errJSONSyntax) rather than guessed at.

// errJSONNull is TLC's error for a JSON null (an empty file reads as one).
var errJSONNull = errors.New("Cannot convert value: unsupported JSON value null")

// jsonSyntaxError is text that is not strict JSON, at a line and column
// (1-based) of the text parsed.
type jsonSyntaxError struct {
	line, col int
	msg       string
}

func (e *jsonSyntaxError) Error() string {
	return fmt.Sprintf("line %d column %d: %s", e.line, e.col, e.msg)
}

// jsonDecoder parses one JSON text.
type jsonDecoder struct {
	strs  *value.Strings
	s     string
	i     int
	depth int
}

// maxJSONDepth bounds the nesting of arrays and objects (the parser
// recurses).
const maxJSONDepth = 10000

// decodeJSON converts the one JSON value of text (surrounded by white
// space only); an empty text is JSON null, as Gson reads an empty file.
func decodeJSON(strs *value.Strings, text string) (value.Value, error) {
	d := &jsonDecoder{strs: strs, s: text}
	d.space()
	if d.i == len(d.s) {
		return nil, errJSONNull
	}
	v, err := d.value()
	if err != nil {
		return nil, err
	}
	d.space()
	if d.i != len(d.s) {
		return nil, d.fail("text after the JSON value")
	}
	return v, nil
}

func (d *jsonDecoder) fail(format string, args ...any) error {
	line, col := 1, 1
	for _, r := range d.s[:min(d.i, len(d.s))] {
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return &jsonSyntaxError{line: line, col: col, msg: fmt.Sprintf(format, args...)}
}

func (d *jsonDecoder) space() {
	for d.i < len(d.s) {
		switch d.s[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
		default:
			return
		}
	}
}

func (d *jsonDecoder) value() (value.Value, error) {
	if d.i == len(d.s) {
		return nil, d.fail("end of input where a value was expected")
	}
	switch c := d.s[d.i]; {
	case c == '{':
		return d.object()
	case c == '[':
		return d.array()
	case c == '"':
		s, err := d.str()
		if err != nil {
			return nil, err
		}
		return d.strs.Str(s), nil
	case c == '-' || c >= '0' && c <= '9':
		return d.number()
	case strings.HasPrefix(d.s[d.i:], "true"):
		d.i += 4
		return value.True, nil
	case strings.HasPrefix(d.s[d.i:], "false"):
		d.i += 5
		return value.False, nil
	case strings.HasPrefix(d.s[d.i:], "null"):
		d.i += 4
		return nil, errJSONNull
	}
	return nil, d.fail("unexpected character %q", d.s[d.i])
}

func (d *jsonDecoder) enter() error {
	d.depth++
	if d.depth > maxJSONDepth {
		return d.fail("arrays and objects nested more than %d deep", maxJSONDepth)
	}
	return nil
}

func (d *jsonDecoder) array() (value.Value, error) {
	if err := d.enter(); err != nil {
		return nil, err
	}
	defer func() { d.depth-- }()
	d.i++ // [
	var elems []value.Value
	d.space()
	if d.i < len(d.s) && d.s[d.i] == ']' {
		d.i++
		return value.EmptyTuple, nil
	}
	for {
		d.space()
		v, err := d.value()
		if err != nil {
			return nil, err
		}
		elems = append(elems, v)
		d.space()
		if d.i == len(d.s) {
			return nil, d.fail("end of input in an array")
		}
		switch d.s[d.i] {
		case ',':
			d.i++
		case ']':
			d.i++
			return value.TupleOf(elems), nil
		default:
			return nil, d.fail("expected , or ] in an array")
		}
	}
}

func (d *jsonDecoder) object() (value.Value, error) {
	if err := d.enter(); err != nil {
		return nil, err
	}
	defer func() { d.depth-- }()
	d.i++ // {
	var keys, vals []value.Value
	at := map[string]int{}
	d.space()
	if d.i < len(d.s) && d.s[d.i] == '}' {
		d.i++
		return value.EmptyTuple, nil
	}
	for {
		d.space()
		if d.i == len(d.s) || d.s[d.i] != '"' {
			return nil, d.fail("expected a quoted name in an object")
		}
		k, err := d.str()
		if err != nil {
			return nil, err
		}
		d.space()
		if d.i == len(d.s) || d.s[d.i] != ':' {
			return nil, d.fail("expected : after a name in an object")
		}
		d.i++
		d.space()
		v, err := d.value()
		if err != nil {
			return nil, err
		}
		if j, ok := at[k]; ok {
			vals[j] = v
		} else {
			at[k] = len(keys)
			keys = append(keys, d.strs.Str(k))
			vals = append(vals, v)
		}
		d.space()
		if d.i == len(d.s) {
			return nil, d.fail("end of input in an object")
		}
		switch d.s[d.i] {
		case ',':
			d.i++
		case '}':
			d.i++
			return value.FcnFromPairs(keys, vals), nil
		default:
			return nil, d.fail("expected , or } in an object")
		}
	}
}

// str reads a quoted string, its escapes decoded (a lone surrogate
// becomes U+FFFD, as Go holds strings in UTF-8).
func (d *jsonDecoder) str() (string, error) {
	d.i++ // "
	var b strings.Builder
	for {
		if d.i >= len(d.s) {
			return "", d.fail("end of input in a string")
		}
		c := d.s[d.i]
		switch {
		case c == '"':
			d.i++
			return b.String(), nil
		case c < 0x20:
			return "", d.fail("control character in a string")
		case c == '\\':
			if d.i+1 >= len(d.s) {
				return "", d.fail("end of input in a string")
			}
			esc := d.s[d.i+1]
			d.i += 2
			switch esc {
			case '"', '\\', '/':
				b.WriteByte(esc)
			case 'b':
				b.WriteByte('\b')
			case 'f':
				b.WriteByte('\f')
			case 'n':
				b.WriteByte('\n')
			case 'r':
				b.WriteByte('\r')
			case 't':
				b.WriteByte('\t')
			case 'u':
				r, err := d.hex4()
				if err != nil {
					return "", err
				}
				if utf16.IsSurrogate(r) && strings.HasPrefix(d.s[d.i:], `\u`) {
					save := d.i
					d.i += 2
					r2, err := d.hex4()
					if err == nil && utf16.DecodeRune(r, r2) != utf8.RuneError {
						b.WriteRune(utf16.DecodeRune(r, r2))
						continue
					}
					d.i = save
				}
				b.WriteRune(r)
			default:
				d.i--
				return "", d.fail("bad escape \\%c in a string", esc)
			}
		default:
			r, n := utf8.DecodeRuneInString(d.s[d.i:])
			b.WriteRune(r)
			d.i += n
		}
	}
}

func (d *jsonDecoder) hex4() (rune, error) {
	if d.i+4 > len(d.s) {
		return 0, d.fail("short \\u escape in a string")
	}
	n, err := strconv.ParseUint(d.s[d.i:d.i+4], 16, 32)
	if err != nil {
		return 0, d.fail("bad \\u escape in a string")
	}
	d.i += 4
	return rune(n), nil
}

// number reads a JSON number and converts it as Gson's getAsInt does:
// Integer.parseInt, else (int) Long.parseLong, else new
// BigDecimal(text).intValue() (the integer part, cut to 32 bits).
func (d *jsonDecoder) number() (value.Value, error) {
	start := d.i
	if d.s[d.i] == '-' {
		d.i++
	}
	digits := func() int {
		n := 0
		for d.i < len(d.s) && d.s[d.i] >= '0' && d.s[d.i] <= '9' {
			d.i++
			n++
		}
		return n
	}
	if d.i < len(d.s) && d.s[d.i] == '0' {
		d.i++
	} else if digits() == 0 {
		return nil, d.fail("bad number")
	}
	if d.i < len(d.s) && d.s[d.i] == '.' {
		d.i++
		if digits() == 0 {
			return nil, d.fail("bad number")
		}
	}
	if d.i < len(d.s) && (d.s[d.i] == 'e' || d.s[d.i] == 'E') {
		d.i++
		if d.i < len(d.s) && (d.s[d.i] == '+' || d.s[d.i] == '-') {
			d.i++
		}
		if digits() == 0 {
			return nil, d.fail("bad number")
		}
	}
	return value.Int(int64(gsonInt(d.s[start:d.i]))), nil
}

// gsonInt is Gson's LazilyParsedNumber.intValue of a JSON number text.
func gsonInt(text string) int32 {
	if n, err := strconv.ParseInt(text, 10, 32); err == nil {
		return int32(n)
	}
	if n, err := strconv.ParseInt(text, 10, 64); err == nil {
		return int32(n)
	}
	// BigDecimal: the integer part (toward zero), its low 32 bits.
	mant, exp := text, 0
	if i := strings.IndexAny(text, "eE"); i >= 0 {
		mant = text[:i]
		e, err := strconv.Atoi(text[i+1:])
		if err != nil { // an exponent beyond int: 0 or a multiple of 2^32
			return 0
		}
		exp = e
	}
	neg := strings.HasPrefix(mant, "-")
	mant = strings.TrimPrefix(mant, "-")
	if i := strings.IndexByte(mant, '.'); i >= 0 {
		exp -= len(mant) - i - 1
		mant = mant[:i] + mant[i+1:]
	}
	// The value is mant * 10^exp. A power 10^k with k >= 32 is a multiple
	// of 2^32; a power below -len(mant) leaves no integer part.
	switch {
	case exp >= 32:
		return 0
	case exp < -len(mant):
		return 0
	}
	n, _ := new(big.Int).SetString(mant, 10)
	ten := big.NewInt(10)
	if exp >= 0 {
		n.Mul(n, new(big.Int).Exp(ten, big.NewInt(int64(exp)), nil))
	} else {
		n.Quo(n, new(big.Int).Exp(ten, big.NewInt(int64(-exp)), nil))
	}
	if neg {
		n.Neg(n)
	}
	// The low 32 bits, two's complement.
	m := new(big.Int).And(n, big.NewInt(0xFFFFFFFF))
	return int32(uint32(m.Uint64()))
}
