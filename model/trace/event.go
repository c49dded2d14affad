package trace

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
)

// Event is one lifecycle step as the observer reports it. It is the JSON form of
// fsm.Event, one object per line (NDJSON). The loopback example's wrapped form
// ({"kind":"lifecycle","lifecycle":{...}}) is read too; lines of other kinds (socket
// events) are skipped.
type Event struct {
	Seq     uint64 `json:"seq"`
	Trigger string `json:"trigger"`
	From    string `json:"from"`
	To      string `json:"to"`
	Refs    int64  `json:"refs"`
	NewRefs int64  `json:"newRefs"`
	Wait    bool   `json:"wait,omitempty"`
	Err     string `json:"err,omitempty"` // the error's text; its Winsock code name (WSA...) is what counts

	Line int `json:"-"` // the line of the input it was read from (1-based), 0 if not read
}

// String renders the event as the fsm does: "#3 Cleanup Active(2) -> Active(1)".
func (e Event) String() string {
	s := fmt.Sprintf("#%d %s %s -> %s", e.Seq, e.Trigger, phaseString(e.From, e.Refs), phaseString(e.To, e.NewRefs))
	if e.Wait {
		s += " (waits)"
	}
	if e.Err != "" {
		s += ": " + e.Err
	}
	return s
}

func phaseString(p string, refs int64) string {
	if p == "Active" {
		return fmt.Sprintf("%s(%d)", p, refs)
	}
	if refs != 0 {
		return fmt.Sprintf("%s[refs=%d]", p, refs)
	}
	return p
}

var codeRE = regexp.MustCompile(`\bWSA[A-Z_]+\b`)

// Code returns the Winsock code name in the event's error ("WSANOTINITIALISED"), or "".
func (e Event) Code() string { return codeRE.FindString(e.Err) }

// changed reports whether the event moved the phase or the counter.
func (e Event) changed() bool { return e.From != e.To || e.Refs != e.NewRefs }

// DefaultMaxLineBytes bounds one line of an event log. The observers write lines of a few
// hundred bytes; a longer line is not one of theirs, and reading it whole would let one
// line take any amount of memory.
const DefaultMaxLineBytes = 1 << 20

// Reader reads an event log one line at a time, holding only the current line. It checks
// the sequence numbers as it goes: the observers number events 1, 2, 3, ... in the order
// they write them, so a gap is a lost line, and a number out of order or repeated means
// the log is not the run's record. Every such problem, like a line that is not an event,
// is an error naming the file and line. (To tell two events out of order from a lost one,
// it reads on to the next number of the same sequence.)
//
// Two sequences are checked: the seq of each lifecycle event (fsm's numbering), and, in
// the loopback example's wrapped form, the seq of every line (the example's numbering,
// socket lines included).
type Reader struct {
	MaxLineBytes int // 0 means DefaultMaxLineBytes

	name    string
	br      *bufio.Reader
	line    int   // the number of the last line read
	err     error // sticky: once reading failed, every Next returns this
	lines   seqCheck
	life    seqCheck
	strings interned
}

// NewReader returns a Reader of r; name (the file name) prefixes every error.
func NewReader(r io.Reader, name string) *Reader {
	return &Reader{
		name:    name,
		br:      bufio.NewReaderSize(r, 64<<10),
		lines:   seqCheck{what: "line"},
		life:    seqCheck{what: "lifecycle event"},
		strings: interned{},
	}
}

// Next returns the next lifecycle event; io.EOF after the last one. Any other error is
// final (a later call returns it again) and names its line.
func (r *Reader) Next() (Event, error) {
	if r.err != nil {
		return Event{}, r.err
	}
	ev, err := r.next()
	if err != nil {
		r.err = err
		return Event{}, err
	}
	return ev, nil
}

func (r *Reader) next() (Event, error) {
	for {
		l, err := r.readLine()
		if err != nil {
			return Event{}, err
		}
		if l.blank {
			continue
		}
		if l.wrapped {
			if f := r.lines.see(l.outerSeq, l.line); f != nil {
				return Event{}, r.finding(f, l, &r.lines, func(n parsed) (uint64, bool) { return n.outerSeq, n.wrapped })
			}
		}
		if !l.lifecycle {
			continue
		}
		if f := r.life.see(l.ev.Seq, l.line); f != nil {
			return Event{}, r.finding(f, l, &r.life, func(n parsed) (uint64, bool) { return n.ev.Seq, n.lifecycle })
		}
		return l.ev, nil
	}
}

// parsed is one line of the log.
type parsed struct {
	line      int
	text      []byte // the line, for reports (valid until the next read)
	blank     bool
	wrapped   bool   // the loopback example's form: a "kind" and a seq over all lines
	outerSeq  uint64 // that seq
	lifecycle bool   // a lifecycle event (ev is set)
	ev        Event
}

// wireLine is every field a line may have: a plain fsm event, or the loopback example's
// line with the fsm event under "lifecycle".
type wireLine struct {
	Kind      string `json:"kind"`
	Detail    string `json:"detail"`
	Lifecycle *Event `json:"lifecycle"`
	Event
}

// readLine reads and decodes the next line; io.EOF at the end of the input.
func (r *Reader) readLine() (parsed, error) {
	text, err := r.readRaw()
	if err != nil {
		return parsed{}, err
	}
	p := parsed{line: r.line, text: text}
	if len(text) == 0 {
		p.blank = true
		return p, nil
	}
	var w wireLine
	if err := decodeLine(text, &w, r.strings); err != nil {
		return p, fmt.Errorf("%s:%d: not a JSON event: %v", r.name, r.line, err)
	}
	switch {
	case w.Kind == "lifecycle" && w.Lifecycle != nil:
		p.wrapped, p.outerSeq, p.lifecycle = true, w.Seq, true
		p.ev = *w.Lifecycle
		p.ev.Wait = p.ev.Wait || strings.HasSuffix(strings.SplitN(w.Detail, ": ", 2)[0], "(waits)")
	case w.Kind == "lifecycle":
		return p, fmt.Errorf("%s:%d: lifecycle line without its event (no \"lifecycle\" object)", r.name, r.line)
	case w.Kind != "":
		p.wrapped, p.outerSeq = true, w.Seq // a socket event: not part of the lifecycle's control fragment
		return p, nil
	default:
		p.lifecycle = true
		p.ev = w.Event
	}
	if p.ev.Trigger == "" || p.ev.From == "" || p.ev.To == "" {
		return p, fmt.Errorf("%s:%d: event has no trigger, from or to", r.name, r.line)
	}
	p.ev.Line = r.line
	return p, nil
}

// readRaw returns the next line without its line break and surrounding space, or io.EOF.
// A line longer than the bound is an error; it is not read on.
func (r *Reader) readRaw() ([]byte, error) {
	limit := r.MaxLineBytes
	if limit <= 0 {
		limit = DefaultMaxLineBytes
	}
	var long []byte // the line so far, when it spans more than one buffer
	for {
		chunk, err := r.br.ReadSlice('\n')
		if len(long)+len(chunk) > limit+2 { // +2: the line break ("\r\n") does not count
			r.line++
			return nil, fmt.Errorf("%s:%d: line longer than %d bytes: not an event (the observers write lines of a few hundred bytes)", r.name, r.line, limit)
		}
		switch {
		case errors.Is(err, bufio.ErrBufferFull):
			long = append(long, chunk...)
			continue
		case err == io.EOF && len(long)+len(chunk) == 0:
			return nil, io.EOF
		case err != nil && err != io.EOF:
			return nil, fmt.Errorf("%s:%d: %v", r.name, r.line+1, err)
		}
		r.line++
		if long != nil {
			chunk = append(long, chunk...)
		}
		if len(bytes.TrimRight(chunk, "\r\n")) > limit {
			return nil, fmt.Errorf("%s:%d: line longer than %d bytes: not an event (the observers write lines of a few hundred bytes)", r.name, r.line, limit)
		}
		return bytes.TrimSpace(chunk), nil
	}
}

// ReadNDJSON reads every event of r (see Reader: lines are checked as they are read).
// It holds the whole log; Checker.ValidateReader validates a log without holding it.
func ReadNDJSON(r io.Reader, name string) ([]Event, error) {
	rd := NewReader(r, name)
	var out []Event
	for {
		ev, err := rd.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		out = append(out, ev)
	}
}

// WriteNDJSON writes events one per line, the form ReadNDJSON reads.
func WriteNDJSON(w io.Writer, events []Event) error {
	enc := json.NewEncoder(w)
	for _, e := range events {
		if err := enc.Encode(e); err != nil {
			return err
		}
	}
	return nil
}
