package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"

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
// records and other functions as objects keyed by the printed argument;
// a lasso's closing step is the last of the actions. The keys come in
// TLC's order, and the file is TLC's byte for byte.

// traceStep is one edge of TLC's CounterExample: from state From to state
// To (1-based) by the action Name, with its source range (zero when TLC
// has none).
type traceStep struct {
	From, To int
	Name     string
	Range    model.SourceRange
}

// tlcUnnamed is what TLC records for a step it has no action for: the
// stuttering of a lasso that never leaves its initial state (TLC rev
// cc6b616 on a spec whose only state stutters).
const (
	tlcUnnamedAction = "UnnamedAction"
	tlcBuiltins      = "--TLA+ BUILTINS--"
)

// traceSteps are the edges of the counterexample as TLC's CounterExample
// has them: one per step of the trace, then for a lasso the step that
// closes it (back to an earlier state, or from the last state to itself
// when it stutters, named by the last state's action, as TLC does).
func traceSteps(sp *eval.Spec, rep *model.Report) []traceStep {
	step := func(from, to int, ts model.TraceState) traceStep {
		st := traceStep{From: from, To: to, Name: ts.Action}
		if a := ts.Act; a > 0 && a <= len(sp.Actions) {
			st.Name = sp.Actions[a-1].Name
			if a <= len(rep.Ranges) && rep.Ranges[a-1].IsValid() {
				st.Range = rep.Ranges[a-1]
			}
		} else {
			st.Name = tlcUnnamedAction
		}
		return st
	}
	var out []traceStep
	for i := 1; i < len(rep.Trace); i++ {
		out = append(out, step(i, i+1, rep.Trace[i]))
	}
	n := len(rep.Trace)
	switch {
	case rep.LoopBack == 0 || n == 0:
	case rep.LoopBack == n: // stuttering: the last state's own action again
		out = append(out, step(n, n, rep.Trace[n-1]))
	default:
		out = append(out, step(n, rep.LoopBack, rep.LoopStep))
	}
	return out
}

// location is TLC's record of a step's source range; TLC writes zeros
// and its built-in module for a step without one.
func (st traceStep) location() (beginLine, beginCol, endLine, endCol int, module string) {
	if !st.Range.IsValid() {
		return 0, 0, 0, 0, tlcBuiltins
	}
	r := st.Range
	return r.Start.Line, r.Start.Col, r.End.Line, r.End.Col, r.Module
}

// tlcJSONTrace encodes rep's trace in TLC's JSON form, byte for byte:
// TLC's keys in TLC's order (each state's variables in the order of its
// printed trace, a record's fields and a function's arguments in the
// order TLC prints them), no spaces, no newline at the end.
func tlcJSONTrace(sp *eval.Spec, rep *model.Report) ([]byte, error) {
	order := model.TraceOrder(rep.Vars, rep.VarOrder, rep.VarsInOrder)
	states := make([]string, len(rep.Trace))
	for i, ts := range rep.Trace {
		var b bytes.Buffer
		fmt.Fprintf(&b, "[%d,{", i+1)
		for k, j := range order {
			if k > 0 {
				b.WriteByte(',')
			}
			b.WriteString(jsonString(rep.Vars[j]) + ":")
			var v value.Value
			if j < len(ts.State) {
				v = ts.State[j]
			}
			writeTLCJSON(&b, v)
		}
		b.WriteString("}]")
		states[i] = b.String()
	}
	var b bytes.Buffer
	b.WriteString(`{"counterexample":{"action":[`)
	for k, st := range traceSteps(sp, rep) {
		if k > 0 {
			b.WriteByte(',')
		}
		bl, bc, el, ec, m := st.location()
		fmt.Fprintf(&b, `[%s,{"name":%s,"location":{"beginLine":%d,"beginColumn":%d,"endLine":%d,"endColumn":%d,"module":%s}},%s]`,
			states[st.From-1], jsonString(st.Name), bl, bc, el, ec, jsonString(m), states[st.To-1])
	}
	b.WriteString(`],"state":[` + strings.Join(states, ",") + `]},"vars":[`)
	for i, v := range rep.Vars {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(jsonString(v))
	}
	b.WriteString("]}")
	return b.Bytes(), nil
}

// writeTLCJSON writes v as TLC's JSON does: integers as numbers, strings
// and model values as strings, sets and sequences as arrays, records and
// other functions as objects keyed by the argument (a number or string as
// itself, anything else as its JSON text); a value that cannot be
// enumerated as TLC prints it, in a string.
func writeTLCJSON(b *bytes.Buffer, v value.Value) {
	switch x := v.(type) {
	case nil:
		b.WriteString("null")
	case value.BoolV:
		b.WriteString(strconv.FormatBool(bool(x)))
	case value.IntV:
		b.WriteString(strconv.FormatInt(int64(x), 10))
	case *value.StrV:
		b.WriteString(jsonString(x.Val()))
	case *value.MV:
		b.WriteString(jsonString(x.Name()))
	case *value.FcnV:
		if x.IsTuple() {
			b.WriteByte('[')
			for i := 0; i < x.Len(); i++ {
				if i > 0 {
					b.WriteByte(',')
				}
				writeTLCJSON(b, x.At(i))
			}
			b.WriteByte(']')
			return
		}
		b.WriteByte('{')
		for i := 0; i < x.Len(); i++ {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(jsonString(jsonKeyOf(x.Key(i))) + ":")
			writeTLCJSON(b, x.At(i))
		}
		b.WriteByte('}')
	case value.SetValue:
		e, err := x.Enum()
		if err != nil {
			b.WriteString(jsonString(x.String()))
			return
		}
		b.WriteByte('[')
		for i, el := range e.Elems() {
			if i > 0 {
				b.WriteByte(',')
			}
			writeTLCJSON(b, el)
		}
		b.WriteByte(']')
	default:
		b.WriteString(jsonString(v.String()))
	}
}

// jsonKeyOf is a function's argument as an object key: a number, string
// or model value as itself, anything else as its JSON text.
func jsonKeyOf(k value.Value) string {
	switch x := k.(type) {
	case value.IntV:
		return strconv.FormatInt(int64(x), 10)
	case *value.StrV:
		return x.Val()
	case *value.MV:
		return x.Name()
	case value.BoolV:
		return strconv.FormatBool(bool(x))
	}
	var b bytes.Buffer
	writeTLCJSON(&b, k)
	return b.String()
}

// jsonString is s as a JSON string (no HTML escapes, as TLC).
func jsonString(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		return `""`
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// dumpTrace is one -dumpTrace FORMAT FILE of the command line.
type dumpTrace struct{ format, file string }

// tlcDumpFormats are the formats of -dumpTrace that are written here,
// each with the group of formats that share TLC's file constant: TLC
// turns each -dumpTrace into a post-condition, in command-line order,
// that writes to the file constant of its format's module, and a later
// -dumpTrace of the same group sets that constant again. So with
// "-dumpTrace json a.json -dumpTrace json b.json" TLC writes b.json twice
// and says so twice, and never creates a.json (TLC rev cc6b616).
var tlcDumpFormats = map[string]string{"json": "json", "tla": "tla", "tlcplain": "tlc"}

// tlcDumpRefused are TLC's other -dumpTrace formats, and why they are
// not written.
var tlcDumpRefused = map[string]string{
	"tlc":       "TLC's binary serialization of its Java values is not reproduced (use json or tlcplain)",
	"tlcaction": "the module of action constraints that replays the trace is not written (use tla or tlcplain)",
	"tlctespec": "trace-exploration specs are not generated (use tla or tlcplain)",
	"dot":       "the trace as GraphViz's DotDiGraph is not written (use json, or 'wspcycle check --dot' for the state graph)",
}

// parseDumpTrace checks a -dumpTrace format (TLC compares it ignoring case).
func parseDumpTrace(format, file string) (dumpTrace, error) {
	f := strings.ToLower(format)
	if _, ok := tlcDumpFormats[f]; ok {
		return dumpTrace{f, file}, nil
	}
	if why, ok := tlcDumpRefused[f]; ok {
		return dumpTrace{}, &errTLCUsage{"-dumpTrace " + format + " is not supported: " + why}
	}
	return dumpTrace{}, &errTLCUsage{"-dumpTrace: unknown format " + format + " (TLC's are json, tla, tlcplain, tlc, tlcaction, tlcTESpec and dot)"}
}

// dumpTraceFiles are the -dumpTrace files, opened before the search so
// that a bad path costs nothing.
type dumpTraceFiles struct {
	dumps []dumpTrace
	file  map[string]string   // group -> the file TLC writes (the last given)
	open  map[string]*os.File // file -> its handle, until written
	done  map[string]bool     // file -> written
}

func openDumpTraces(dumps []dumpTrace) (*dumpTraceFiles, error) {
	d := &dumpTraceFiles{dumps: dumps, file: map[string]string{}, open: map[string]*os.File{}, done: map[string]bool{}}
	for _, dt := range dumps {
		d.file[tlcDumpFormats[dt.format]] = dt.file
	}
	for _, dt := range dumps {
		name := d.file[tlcDumpFormats[dt.format]]
		if _, ok := d.open[name]; ok {
			continue
		}
		f, err := os.Create(name)
		if err != nil {
			d.finish()
			return nil, err
		}
		d.open[name] = f
	}
	return d, nil
}

// write writes the counterexample for every -dumpTrace in order, each
// followed by TLC's line saying so; a failure is kept for the exit code.
func (d *dumpTraceFiles) write(w lineWriter, sp *eval.Spec, rep *model.Report) error {
	for _, dt := range d.dumps {
		name := d.file[tlcDumpFormats[dt.format]]
		var data []byte
		if dt.format == "json" {
			var err error
			if data, err = tlcJSONTrace(sp, rep); err != nil {
				return err
			}
		} else {
			data = tlaTraceModule(dt.format, name, sp, rep)
		}
		if err := os.WriteFile(name, data, 0o644); err != nil {
			return err
		}
		d.done[name] = true
		w.Line(`"CounterExample written: ` + name + `"`)
	}
	return nil
}

// finish closes the files and removes those no counterexample was
// written to.
func (d *dumpTraceFiles) finish() {
	for name, f := range d.open {
		f.Close()
		if !d.done[name] {
			os.Remove(name)
		}
	}
}

type lineWriter interface{ Line(string) }
