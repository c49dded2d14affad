package model

import (
	"encoding/json"
	"io"

	"github.com/wspcycle/wspcycle/tla/value"
)

// WriteITF writes the counterexample in the Informal Trace Format, the JSON
// trace format that Apalache and Quint read and write
// (https://apalache-mc.org/docs/adr/015adr-trace.html): the variables, the
// states in order, each with its index, and for a lasso "loop", the 0-based
// index of the state the last one steps back to. An undefined variable (in
// a partial successor) is left out of its state. Values are encoded as
// value.ToITF says (sequences as JSON arrays, model values as their names);
// "source" is the spec's file name.
func (r *Report) WriteITF(w io.Writer) error {
	meta := map[string]any{
		"format":             "ITF",
		"format-description": "https://apalache-mc.org/docs/adr/015adr-trace.html",
		"source":             r.Source,
		"description":        r.describe(),
	}
	doc := map[string]any{"#meta": meta, "vars": r.Vars}
	states := make([]any, 0, len(r.Trace))
	for i, ts := range r.Trace {
		st := map[string]any{"#meta": map[string]any{"index": i, "action": ts.Action}}
		for k, name := range r.Vars {
			if k < len(ts.State) && ts.State[k] != nil {
				st[name] = value.ToITF(ts.State[k])
			}
		}
		states = append(states, st)
	}
	doc["states"] = states
	if r.LoopBack > 0 {
		doc["loop"] = r.LoopBack - 1
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}

func (r *Report) describe() string {
	switch r.Result {
	case ResultInvariant:
		return "invariant " + r.Property + " violated"
	case ResultProperty:
		return "property " + r.Property + " violated"
	case ResultActionProperty:
		return "action property " + r.Property + " violated"
	case ResultDeadlock:
		return "deadlock"
	case ResultError:
		return "evaluation error: " + r.Message
	}
	return r.Result
}
