package fsm

import (
	"encoding/json"
	"fmt"
	"io"
	"sync"
)

// MarshalJSON gives an Event its wire form, one object per line in an NDJSON log:
// {"seq":3,"trigger":"Cleanup","from":"Active","to":"Active","refs":2,"newRefs":1}.
// `wspcycle trace validate` reads exactly this form and checks the run against the spec;
// the fsm package owns the form so that a trace reader never needs to import the runtime.
func (e Event) MarshalJSON() ([]byte, error) {
	w := struct {
		Seq     uint64 `json:"seq"`
		Trigger string `json:"trigger"`
		From    string `json:"from"`
		To      string `json:"to"`
		Refs    int    `json:"refs"`
		NewRefs int    `json:"newRefs"`
		Wait    bool   `json:"wait,omitempty"`
		Err     string `json:"err,omitempty"`
	}{e.Seq, e.Trigger.String(), e.From.String(), e.To.String(), e.Refs, e.NewRefs, e.Wait, ""}
	if e.Err != nil {
		w.Err = e.Err.Error()
	}
	return json.Marshal(w)
}

// EventLog is an Observer that writes every event to a writer as one JSON line, the input
// of `wspcycle trace validate`. A write error does not change what the provider does (an
// observer must not), but it is not dropped silently either: the log counts the events it
// lost and keeps the first error, and Err reports them once the run is over, so a log with
// lines missing is never taken for a complete one.
type EventLog struct {
	mu    sync.Mutex
	enc   *json.Encoder
	lost  int
	first error
}

// NewEventLog returns an EventLog writing to w. Install it with WithObserver(l.Observe).
func NewEventLog(w io.Writer) *EventLog {
	return &EventLog{enc: json.NewEncoder(w)}
}

// Observe writes e as one line. It is safe for concurrent use.
func (l *EventLog) Observe(e Event) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if err := l.enc.Encode(e); err != nil {
		l.lost++
		if l.first == nil {
			l.first = err
		}
	}
}

// Err returns nil if every event was written, or an error counting the events lost and
// wrapping the first write error.
func (l *EventLog) Err() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.lost == 0 {
		return nil
	}
	return fmt.Errorf("fsm: event log: %d event(s) not written: %w", l.lost, l.first)
}

// NDJSON returns NewEventLog(w).Observe, for a writer that cannot fail (a bytes.Buffer,
// say). With any other writer, keep the EventLog (NewEventLog) and check its Err after the
// run: NDJSON leaves no way to learn that a line was lost.
func NDJSON(w io.Writer) Observer {
	return NewEventLog(w).Observe
}
