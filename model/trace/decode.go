package trace

import (
	"encoding/json"
	"strconv"
	"strings"
)

// decodeLine decodes one line of a log into w exactly as json.Unmarshal would.
//
// Decoding is most of the cost of validating a long log (encoding/json's reflection took
// about 80% of the time), so the lines the observers write, flat objects of strings,
// integers and booleans with one nested "lifecycle" object, go through a small scanner
// (fastDecode). Anything it does not handle the same way as encoding/json (null, a
// repeated key, a key in another case, a nested value under an unknown key, a number
// that is not a plain integer, any syntax error) makes it give up, and encoding/json
// decodes the line: its result and its errors are the reference.
func decodeLine(text []byte, w *wireLine, strs interned) error {
	if fastDecode(text, w, strs) {
		return nil
	}
	*w = wireLine{}
	return json.Unmarshal(text, w)
}

// The fields of a line, as bits of a set of keys seen.
const (
	fSeq = 1 << iota
	fTrigger
	fFrom
	fTo
	fRefs
	fNewRefs
	fWait
	fErr
	fKind // the loopback form's fields, on the outer object only
	fDetail
	fLifecycle
)

var eventFields = map[string]int{
	"seq": fSeq, "trigger": fTrigger, "from": fFrom, "to": fTo,
	"refs": fRefs, "newRefs": fNewRefs, "wait": fWait, "err": fErr,
}

var lineFields = map[string]int{
	"seq": fSeq, "trigger": fTrigger, "from": fFrom, "to": fTo,
	"refs": fRefs, "newRefs": fNewRefs, "wait": fWait, "err": fErr,
	"kind": fKind, "detail": fDetail, "lifecycle": fLifecycle,
}

// fastDecode decodes text into w (which must be zero) and reports whether it could; when
// it could not, w holds garbage. strs, which may be nil, interns short strings.
func fastDecode(text []byte, w *wireLine, strs interned) bool {
	s := scanner{b: text, strings: strs}
	if !s.object(&w.Event, w) {
		return false
	}
	s.ws()
	return s.i == len(s.b)
}

// scanner reads JSON from b[i:].
type scanner struct {
	b       []byte
	i       int
	strings interned // may be nil
}

func (s *scanner) ws() {
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case ' ', '\t', '\n', '\r':
			s.i++
		default:
			return
		}
	}
}

// consume skips c if it is next.
func (s *scanner) consume(c byte) bool {
	if s.i < len(s.b) && s.b[s.i] == c {
		s.i++
		return true
	}
	return false
}

// object reads an object into ev; w is the line when this is the outer object (then the
// loopback form's fields are known too), nil for the "lifecycle" object.
func (s *scanner) object(ev *Event, w *wireLine) bool {
	fields := eventFields
	if w != nil {
		fields = lineFields
	}
	s.ws()
	if !s.consume('{') {
		return false
	}
	s.ws()
	if s.consume('}') {
		return true
	}
	seen := 0
	for {
		key, ok := s.str()
		if !ok {
			return false
		}
		s.ws()
		if !s.consume(':') {
			return false
		}
		s.ws()
		f := fields[key]
		switch {
		case f == 0 && knownInOtherCase(key):
			return false
		case f == 0:
			ok = s.skip()
		case seen&f != 0:
			return false
		case f == fSeq:
			ev.Seq, ok = s.uint()
		case f == fTrigger:
			ev.Trigger, ok = s.str()
		case f == fFrom:
			ev.From, ok = s.str()
		case f == fTo:
			ev.To, ok = s.str()
		case f == fRefs:
			ev.Refs, ok = s.int()
		case f == fNewRefs:
			ev.NewRefs, ok = s.int()
		case f == fWait:
			ev.Wait, ok = s.bool()
		case f == fErr:
			ev.Err, ok = s.str()
		case f == fKind:
			w.Kind, ok = s.str()
		case f == fDetail:
			w.Detail, ok = s.str()
		case f == fLifecycle:
			w.Lifecycle = &Event{}
			ok = s.object(w.Lifecycle, nil)
		}
		if !ok {
			return false
		}
		seen |= f
		s.ws()
		if s.consume('}') {
			return true
		}
		if !s.consume(',') {
			return false
		}
		s.ws()
	}
}

// knownInOtherCase reports whether encoding/json might match key to a field although it
// is not the field's exact name (it matches names case-insensitively, with Unicode
// folding). Some names are fields of the outer object only; giving up on them in the
// "lifecycle" object too costs nothing, since the observers never write them there.
func knownInOtherCase(key string) bool {
	for i := 0; i < len(key); i++ {
		if key[i] >= 0x80 {
			return true
		}
	}
	for _, name := range fieldNames {
		if len(name) == len(key) && strings.EqualFold(key, name) {
			return true
		}
	}
	return false
}

// fieldNames are the keys of lineFields (a superset of eventFields's).
var fieldNames = []string{"seq", "trigger", "from", "to", "refs", "newRefs", "wait", "err", "kind", "detail", "lifecycle"}

// str reads a string. Escapes of ASCII characters are decoded here; a string with other
// escapes or non-ASCII bytes is decoded by encoding/json.
func (s *scanner) str() (string, bool) {
	if !s.consume('"') {
		return "", false
	}
	start := s.i
	var esc []byte // the string so far, once an escape was met
	for s.i < len(s.b) {
		switch c := s.b[s.i]; {
		case c == '"':
			s.i++
			if esc != nil {
				return string(esc), true
			}
			return s.strings.get(s.b[start : s.i-1]), true
		case c < 0x20:
			return "", false
		case c >= 0x80:
			return s.slowStr(start - 1)
		case c == '\\':
			r, n := asciiEscape(s.b[s.i:])
			if n == 0 {
				return s.slowStr(start - 1)
			}
			if esc == nil {
				esc = append(make([]byte, 0, 2*(s.i-start)), s.b[start:s.i]...)
			}
			esc = append(esc, r)
			s.i += n
		default:
			if esc != nil {
				esc = append(esc, c)
			}
			s.i++
		}
	}
	return "", false
}

// asciiEscape decodes the escape at the start of b when it stands for an ASCII character
// (\" \\ \/ \b \f \n \r \t or \u00XX below 0x80), returning it and the escape's length;
// n is 0 for any other escape.
func asciiEscape(b []byte) (r byte, n int) {
	if len(b) < 2 {
		return 0, 0
	}
	switch b[1] {
	case '"', '\\', '/':
		return b[1], 2
	case 'b':
		return '\b', 2
	case 'f':
		return '\f', 2
	case 'n':
		return '\n', 2
	case 'r':
		return '\r', 2
	case 't':
		return '\t', 2
	case 'u':
		if len(b) < 6 || b[2] != '0' || b[3] != '0' {
			return 0, 0
		}
		hi, ok1 := unhex(b[4])
		lo, ok2 := unhex(b[5])
		if !ok1 || !ok2 || hi >= 8 {
			return 0, 0
		}
		return hi<<4 | lo, 6
	}
	return 0, 0
}

func unhex(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// interned keeps one copy of the short strings a log repeats on every line (keys, phases,
// triggers, kinds), so that decoding them does not allocate.
type interned map[string]string

const maxInterned = 1 << 10

func (m interned) get(b []byte) string {
	if s, ok := m[string(b)]; ok {
		return s
	}
	s := string(b)
	if m != nil && len(b) <= 32 && len(m) < maxInterned {
		m[s] = s
	}
	return s
}

// slowStr decodes the string token starting at open with encoding/json.
func (s *scanner) slowStr(open int) (string, bool) {
	i := open + 1
	for i < len(s.b) && s.b[i] != '"' {
		if s.b[i] == '\\' {
			i++
		}
		i++
	}
	if i >= len(s.b) {
		return "", false
	}
	var v string
	if json.Unmarshal(s.b[open:i+1], &v) != nil {
		return "", false
	}
	s.i = i + 1
	return v, true
}

// number reads a JSON number and returns its text; plain reports whether it is an integer
// written without fraction or exponent.
func (s *scanner) number() (lit string, plain, ok bool) {
	start := s.i
	s.consume('-')
	switch {
	case s.consume('0'):
	case s.i < len(s.b) && s.b[s.i] >= '1' && s.b[s.i] <= '9':
		s.digits()
	default:
		return "", false, false
	}
	plain = true
	if s.consume('.') {
		plain = false
		if !s.digits() {
			return "", false, false
		}
	}
	if s.consume('e') || s.consume('E') {
		plain = false
		if !s.consume('+') {
			s.consume('-')
		}
		if !s.digits() {
			return "", false, false
		}
	}
	return string(s.b[start:s.i]), plain, true
}

// digits skips one or more digits.
func (s *scanner) digits() bool {
	start := s.i
	for s.i < len(s.b) && s.b[s.i] >= '0' && s.b[s.i] <= '9' {
		s.i++
	}
	return s.i > start
}

func (s *scanner) uint() (uint64, bool) {
	lit, plain, ok := s.number()
	if !ok || !plain {
		return 0, false
	}
	n, err := strconv.ParseUint(lit, 10, 64)
	return n, err == nil
}

func (s *scanner) int() (int64, bool) {
	lit, plain, ok := s.number()
	if !ok || !plain {
		return 0, false
	}
	n, err := strconv.ParseInt(lit, 10, 64)
	return n, err == nil
}

func (s *scanner) literal(word string) bool {
	if len(s.b)-s.i >= len(word) && string(s.b[s.i:s.i+len(word)]) == word {
		s.i += len(word)
		return true
	}
	return false
}

func (s *scanner) bool() (bool, bool) {
	switch {
	case s.literal("true"):
		return true, true
	case s.literal("false"):
		return false, true
	}
	return false, false
}

// skip reads a value of a field the line does not use: a string, a number, true, false
// or null. An object or an array is left to encoding/json.
func (s *scanner) skip() bool {
	if s.i == len(s.b) {
		return false
	}
	switch c := s.b[s.i]; {
	case c == '"':
		_, ok := s.str()
		return ok
	case c == '-' || c >= '0' && c <= '9':
		_, _, ok := s.number()
		return ok
	}
	return s.literal("true") || s.literal("false") || s.literal("null")
}
