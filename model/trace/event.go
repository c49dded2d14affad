package trace

import (
	"bufio"
	"encoding/json"
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

// wrapped is the loopback example's line: lifecycle events nested under "lifecycle".
type wrapped struct {
	Kind      string          `json:"kind"`
	Lifecycle json.RawMessage `json:"lifecycle"`
	Detail    string          `json:"detail"`
	Event
}

// ReadNDJSON reads events, one JSON object per line; blank lines are skipped. A line that
// is not valid JSON, or a lifecycle event without trigger or phases, is an error naming
// its line.
func ReadNDJSON(r io.Reader, name string) ([]Event, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	var out []Event
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" {
			continue
		}
		var w wrapped
		if err := json.Unmarshal([]byte(text), &w); err != nil {
			return nil, fmt.Errorf("%s:%d: not a JSON event: %v", name, line, err)
		}
		ev := w.Event
		switch {
		case w.Kind == "lifecycle" && len(w.Lifecycle) > 0:
			ev = Event{}
			if err := json.Unmarshal(w.Lifecycle, &ev); err != nil {
				return nil, fmt.Errorf("%s:%d: bad lifecycle event: %v", name, line, err)
			}
			ev.Wait = ev.Wait || strings.HasSuffix(strings.SplitN(w.Detail, ": ", 2)[0], "(waits)")
		case w.Kind != "":
			continue // a socket event: not part of the lifecycle's control fragment
		}
		if ev.Trigger == "" || ev.From == "" || ev.To == "" {
			return nil, fmt.Errorf("%s:%d: event has no trigger, from or to", name, line)
		}
		ev.Line = line
		out = append(out, ev)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	return out, nil
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
