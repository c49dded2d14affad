package model

import (
	"encoding/json"
	"io"
)

// JSONReport is the machine-readable report (`wspcycle check --json`). Its
// field names are those of tlc-reference/expected.json where they exist
// (distinct, generated, depth, result, property, message), and len(trace)
// is TLC's trace_states.
type JSONReport struct {
	Spec                 string         `json:"spec"`
	Result               string         `json:"result"`
	Property             string         `json:"property,omitempty"`
	Message              string         `json:"message,omitempty"`
	Position             string         `json:"position,omitempty"`
	ExitCode             int            `json:"exit_code"`
	Distinct             int64          `json:"distinct"`
	Generated            int64          `json:"generated"`
	Depth                int            `json:"depth"`
	Queue                int64          `json:"queue"`
	InitialStates        int64          `json:"initial_states"`
	Trace                []JSONState    `json:"trace"`
	LoopsBackTo          int            `json:"loops_back_to,omitempty"`
	Coverage             []JSONCoverage `json:"coverage"`
	Warnings             []string       `json:"warnings,omitempty"`
	Workers              int            `json:"workers"`
	Seconds              float64        `json:"seconds"`
	StatesPerSecond      float64        `json:"states_per_second"`
	CollisionProbability float64        `json:"collision_probability"`
	PeakRSSMB            float64        `json:"peak_rss_mb,omitempty"`
	PeakHeapMB           float64        `json:"peak_heap_mb,omitempty"`
	BytesPerState        float64        `json:"bytes_per_state,omitempty"`
}

// JSONState is one trace state: variable values in TLA+ syntax.
type JSONState struct {
	Index   int               `json:"index"` // 1-based, as TLC numbers states
	Action  string            `json:"action"`
	State   map[string]string `json:"state"`
	Changed []string          `json:"changed,omitempty"`
}

// JSONCoverage is one action's coverage.
type JSONCoverage struct {
	Action    string `json:"action"`
	Position  string `json:"position,omitempty"`
	Enabled   int64  `json:"enabled"`
	Generated int64  `json:"generated"`
	Distinct  int64  `json:"distinct"`
}

// JSON converts the report to its machine-readable form.
func (r *Report) JSON() *JSONReport {
	j := &JSONReport{
		Spec: r.Spec, Result: r.Result, Property: r.Property, Message: r.Message, ExitCode: r.ExitCode(),
		Distinct: r.Distinct, Generated: r.Generated, Depth: r.Depth, Queue: r.Queue, InitialStates: r.InitStates,
		Trace: []JSONState{}, LoopsBackTo: r.LoopBack, Coverage: []JSONCoverage{}, Warnings: r.Warnings,
		Workers: r.Workers, Seconds: r.Duration.Seconds(), CollisionProbability: r.CollisionProbability,
	}
	if r.Pos.IsValid() {
		j.Position = r.Pos.String()
	}
	j.PeakRSSMB = float64(r.PeakRSS) / (1 << 20)
	j.PeakHeapMB = float64(r.PeakHeap) / (1 << 20)
	j.BytesPerState = r.BytesPerState
	if j.Seconds > 0 {
		j.StatesPerSecond = float64(r.Distinct) / j.Seconds
	}
	for i, ts := range r.Trace {
		js := JSONState{Index: i + 1, Action: ts.Action, State: map[string]string{}}
		for k, name := range r.Vars {
			if k < len(ts.State) && ts.State[k] != nil {
				js.State[name] = ts.State[k].String()
			}
			if i > 0 && k < len(ts.Changed) && ts.Changed[k] {
				js.Changed = append(js.Changed, name)
			}
		}
		j.Trace = append(j.Trace, js)
	}
	for _, c := range r.Coverage {
		jc := JSONCoverage{Action: c.Name, Enabled: c.Enabled, Generated: c.Generated, Distinct: c.Distinct}
		if c.Pos.IsValid() {
			jc.Position = c.Pos.String()
		}
		j.Coverage = append(j.Coverage, jc)
	}
	return j
}

// WriteJSON writes the JSON report, indented.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r.JSON())
}
