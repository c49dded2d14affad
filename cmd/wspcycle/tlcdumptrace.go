package main

import (
	"bytes"
	"encoding/json"
	"os"
	"strconv"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TLC's -dumpTrace json FILE writes the counterexample as JSON (TLC rev
// cc6b616; the file is relative to the working directory) and prints
// "CounterExample written: FILE" (with the quotes, outside any -tool
// frame) after the trace:
//
//	{"counterexample":{"action":[[[1,S1],{"name":"Next","location":{"beginLine":6,
//	"beginColumn":12,"endLine":6,"endColumn":45,"module":"InvFail"}},[2,S2]],...],
//	"state":[[1,S1],[2,S2],...]},"vars":["a","b"]}
//
// with each state an object from variable to value: integers as numbers,
// strings and model values as strings, sets and sequences as arrays,
// records and other functions as objects keyed by the printed argument.
// (TLC's object keys come in an order of its own; JSON does not order
// them, and here they are sorted.)

// tlcJSONTrace encodes rep's trace in TLC's JSON form.
func tlcJSONTrace(sp *eval.Spec, rep *model.Report) ([]byte, error) {
	states := make([]any, len(rep.Trace))
	for i, ts := range rep.Trace {
		obj := map[string]any{}
		for j, name := range rep.Vars {
			var v value.Value
			if j < len(ts.State) {
				v = ts.State[j]
			}
			obj[name] = tlcJSON(value.ToITF(v))
		}
		states[i] = []any{i + 1, obj}
	}
	actions := []any{}
	for i := 1; i < len(rep.Trace); i++ {
		act := map[string]any{"name": rep.Trace[i].Action}
		if a := rep.Trace[i].Act; a > 0 && a <= len(sp.Actions) {
			act["name"] = sp.Actions[a-1].Name
			if a <= len(rep.Ranges) && rep.Ranges[a-1].IsValid() {
				r := rep.Ranges[a-1]
				act["location"] = map[string]any{"beginLine": r.Start.Line, "beginColumn": r.Start.Col,
					"endLine": r.End.Line, "endColumn": r.End.Col, "module": r.Module}
			}
		}
		actions = append(actions, []any{states[i-1], act, states[i]})
	}
	doc := map[string]any{"counterexample": map[string]any{"action": actions, "state": states}, "vars": rep.Vars}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// tlcJSON turns the ITF encoding of a value into TLC's JSON encoding.
func tlcJSON(x any) any {
	switch v := x.(type) {
	case []any:
		out := make([]any, len(v))
		for i, e := range v {
			out[i] = tlcJSON(e)
		}
		return out
	case map[string]any:
		if n, ok := v["#bigint"].(string); ok && len(v) == 1 {
			return json.Number(n)
		}
		if s, ok := v["#set"].([]any); ok && len(v) == 1 {
			return tlcJSON(s)
		}
		if pairs, ok := v["#map"].([]any); ok && len(v) == 1 {
			obj := map[string]any{}
			for _, p := range pairs {
				kv, _ := p.([]any)
				if len(kv) == 2 {
					obj[jsonKey(kv[0])] = tlcJSON(kv[1])
				}
			}
			return obj
		}
		if u, ok := v["#unserializable"].(string); ok && len(v) == 1 {
			return u
		}
		obj := make(map[string]any, len(v))
		for k, e := range v {
			obj[k] = tlcJSON(e)
		}
		return obj
	}
	return x
}

// jsonKey is a function's argument as an object key: a number or string
// as itself, anything else as its JSON text.
func jsonKey(k any) string {
	switch v := k.(type) {
	case string:
		return v
	case map[string]any:
		if n, ok := v["#bigint"].(string); ok && len(v) == 1 {
			return n
		}
	case bool:
		return strconv.FormatBool(v)
	}
	b, _ := json.Marshal(tlcJSON(k))
	return string(b)
}

// dumpTraceFiles are the -dumpTrace json files, opened before the search.
type dumpTraceFiles struct {
	names []string
	files []*os.File
}

func openDumpTraces(names []string) (*dumpTraceFiles, error) {
	d := &dumpTraceFiles{}
	for _, n := range names {
		f, err := os.Create(n)
		if err != nil {
			d.close()
			return nil, err
		}
		d.names, d.files = append(d.names, n), append(d.files, f)
	}
	return d, nil
}

func (d *dumpTraceFiles) close() {
	for _, f := range d.files {
		if f != nil {
			f.Close()
		}
	}
}

// write writes the counterexample to every file, each followed by TLC's
// line saying so; a failure is kept for the exit code.
func (d *dumpTraceFiles) write(w lineWriter, sp *eval.Spec, rep *model.Report) error {
	data, err := tlcJSONTrace(sp, rep)
	if err != nil {
		return err
	}
	for i, f := range d.files {
		if _, err := f.Write(data); err != nil {
			return err
		}
		if err := f.Close(); err != nil {
			return err
		}
		d.files[i] = nil
		w.Line(`"CounterExample written: ` + d.names[i] + `"`)
	}
	return nil
}

// finish removes the files no counterexample was written to.
func (d *dumpTraceFiles) finish() {
	for i, f := range d.files {
		if f != nil {
			f.Close()
			os.Remove(d.names[i])
		}
	}
}

type lineWriter interface{ Line(string) }
