package trace

import "fmt"

// SeqError is a sequence number that breaks the numbering 1, 2, 3, ...: a gap (a lost
// line), a number out of order, or one repeated. The log is then not a faithful record of
// the run, and checking it against the spec would judge something that did not happen.
type SeqError struct {
	File  string
	Line  int
	Event string // the event of that line, as the fsm renders it (or the line itself)
	Msg   string // what is wrong, e.g. "seq 9 follows seq 7: seq 8 is missing (a lost line)"
}

func (e *SeqError) Error() string {
	return fmt.Sprintf("%s:%d: %s\n  event: %s", e.File, e.Line, e.Msg, e.Event)
}

// seqCheck follows one numbering. Since it stops at the first problem, every number up to
// last has been seen exactly once when see is called.
type seqCheck struct {
	what     string // what is numbered: "line", "lifecycle event"
	last     uint64 // the last number seen (0: none yet)
	lastLine int
}

// seqFinding is a problem see found; a jump (a number past the next one) is resolved by
// looking at the next number of the same sequence.
type seqFinding struct {
	msg  string
	jump bool
	got  uint64
}

// see takes the number of the next element, read at line. It returns nil when the number
// is the expected one.
func (c *seqCheck) see(seq uint64, line int) *seqFinding {
	want := c.last + 1
	switch {
	case seq == want:
		c.last, c.lastLine = seq, line
		return nil
	case seq == 0:
		return &seqFinding{msg: fmt.Sprintf("%s has no seq (the observers number from 1)", c.what)}
	case seq == c.last:
		return &seqFinding{msg: fmt.Sprintf("seq %d repeats line %d's: the %s is in the log twice", seq, c.lastLine, c.what)}
	case seq < c.last:
		return &seqFinding{msg: fmt.Sprintf("seq %d again after seq %d: every seq up to %d was already seen, so this %s is in the log twice", seq, c.last, c.last, c.what)}
	}
	return &seqFinding{jump: true, got: seq}
}

// finding turns f, found at line l of sequence c, into a SeqError. For a jump it reads on
// to the next element of the same sequence (of returns its number): if that one is the
// number skipped, the two are out of order; otherwise numbers are missing.
func (r *Reader) finding(f *seqFinding, l parsed, c *seqCheck, of func(parsed) (uint64, bool)) error {
	e := &SeqError{File: r.name, Line: l.line, Event: describeLine(l), Msg: f.msg}
	if !f.jump {
		return e
	}
	want := c.last + 1
	after := fmt.Sprintf("the log starts at seq %d", f.got)
	if c.last > 0 {
		after = fmt.Sprintf("seq %d follows seq %d (line %d)", f.got, c.last, c.lastLine)
	}
	missing := fmt.Sprintf("seq %d missing (a lost line)", want)
	if f.got > want+1 {
		missing = fmt.Sprintf("seqs %d to %d missing (lost lines)", want, f.got-1)
	}
	e.Msg = after + ": " + missing
	for {
		n, err := r.readLine()
		if err != nil { // the end, or a line that is no event: the gap stands
			return e
		}
		if seq, ok := of(n); ok {
			if seq == want {
				e.Msg = fmt.Sprintf("%s, and seq %d comes after it (line %d): %ss out of order", after, want, n.line, c.what)
			}
			return e
		}
	}
}

// describeLine renders the event of a line for a report: a lifecycle event as the fsm does,
// any other line as it is (shortened).
func describeLine(l parsed) string {
	if l.lifecycle {
		return l.ev.String()
	}
	const max = 200
	if len(l.text) > max {
		return string(l.text[:max]) + "..."
	}
	return string(l.text)
}
