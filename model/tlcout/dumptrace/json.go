package dumptrace

import (
	"bytes"
	"encoding/json"
	"fmt"
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

// JSON encodes rep's trace in TLC's JSON form, byte for byte:
// TLC's keys in TLC's order (each state's variables in the order of its
// printed trace, a record's fields and a function's arguments in the
// order TLC prints them), no spaces, no newline at the end.
func JSON(sp *eval.Spec, rep *model.Report) ([]byte, error) {
	vars, order := rep.Vars, model.TraceOrder(rep.Vars, rep.VarOrder, rep.VarsInOrder)
	trace := make([]value.State, len(rep.Trace))
	for i, ts := range rep.Trace {
		trace[i] = ts.State
	}
	if u := rep.Unaliased; u != nil && unaliasedJSON(rep) {
		vars, order, trace = u.Vars, u.Order, u.States
	}
	states := make([]string, len(trace))
	for i, st := range trace {
		var b bytes.Buffer
		fmt.Fprintf(&b, "[%d,{", i+1)
		for k, j := range order {
			if k > 0 {
				b.WriteByte(',')
			}
			b.WriteString(jsonString(vars[j]) + ":")
			var v value.Value
			if j < len(st) {
				v = st[j]
			}
			writeJSON(&b, v)
		}
		b.WriteString("}]")
		states[i] = b.String()
	}
	var b bytes.Buffer
	b.WriteString(`{"counterexample":{"action":[`)
	for k, st := range steps(sp, rep) {
		if k > 0 {
			b.WriteByte(',')
		}
		bl, bc, el, ec, m := st.location()
		fmt.Fprintf(&b, `[%s,{"name":%s,"location":{"beginLine":%d,"beginColumn":%d,"endLine":%d,"endColumn":%d,"module":%s}},%s]`,
			states[st.From-1], jsonString(st.Name), bl, bc, el, ec, jsonString(m), states[st.To-1])
	}
	b.WriteString(`],"state":[` + strings.Join(states, ",") + `]},"vars":[`)
	for i, v := range vars {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(jsonString(v))
	}
	b.WriteString("]}")
	return b.Bytes(), nil
}

// unaliasedJSON reports whether TLC's JSON of rep's counterexample holds
// the spec's variables where its printed trace shows an ALIAS (TLC rev
// cc6b616): a temporal property's counterexample (a lasso, or stuttering
// forever: the liveness checker's states carry no ALIAS), and an
// invariant or a state-level PROPERTY violated by an initial state
// (checked as the initial states are computed). A deadlock, an initial
// one too, and an invariant violated by a later state are written as the
// ALIAS, as printed.
func unaliasedJSON(rep *model.Report) bool {
	if rep.LoopBack > 0 {
		return true
	}
	return len(rep.Trace) == 1 && (rep.Result == model.ResultInvariant || rep.Result == model.ResultProperty)
}

// writeJSON writes v as TLC's JSON does: integers as numbers, strings
// and model values as strings, sets and sequences as arrays, records and
// other functions as objects keyed by the argument (a number or string as
// itself, anything else as its JSON text); a value that cannot be
// enumerated as TLC prints it, in a string.
func writeJSON(b *bytes.Buffer, v value.Value) {
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
				writeJSON(b, x.At(i))
			}
			b.WriteByte(']')
			return
		}
		// In the order the function prints in: an ALIAS's record built
		// by @@ keeps the order TLC built it in (value.FcnV.PrintPos).
		b.WriteByte('{')
		for i := 0; i < x.Len(); i++ {
			if i > 0 {
				b.WriteByte(',')
			}
			p := x.PrintPos(i)
			b.WriteString(jsonString(jsonKey(x.Key(p))) + ":")
			writeJSON(b, x.At(p))
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
			writeJSON(b, el)
		}
		b.WriteByte(']')
	default:
		b.WriteString(jsonString(v.String()))
	}
}

// jsonKey is a function's argument as an object key: a number, string
// or model value as itself, anything else as its JSON text.
func jsonKey(k value.Value) string {
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
	writeJSON(&b, k)
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
