package fsm

import (
	"encoding/json"
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

// NDJSON returns an Observer that writes every event to w as one JSON line, the input of
// `wspcycle trace validate`. Write errors are dropped: observing must never change what
// the provider does.
func NDJSON(w io.Writer) Observer {
	var mu sync.Mutex
	enc := json.NewEncoder(w)
	return func(e Event) {
		mu.Lock()
		defer mu.Unlock()
		_ = enc.Encode(e)
	}
}
