package eval

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/tla/value"
)

// TestJsonRecordOrder: TLC writes a record's fields in the order the
// record was built in until something normalizes it, then in its order of
// strings. testdata/jsonorder/JsonRec.tla builds every record in TLC's
// order of strings (a before b), so the text is decided and TLC
// (-workers 1) printed want: records written inline, in a set (sorted by
// value), a function over {"b", "a"} (in its domain's order), a record set
// [b : {1}, a : {2}] (TLC normalizes its records, whatever the text's
// order), nested records, ToJsonObject, and a state's record after
// EXCEPT.
//
// JsonRecOut.tla writes [b |-> 1, a |-> 2] (out of that order) somewhere,
// and JsonRecCombine.tla combines [b |-> 1] @@ [a |-> 2]: TLC printed
// {"a":1,"b":2} for the first (a record written in order, never
// normalized) and {"b":1,"a":2} for the second (f's keys, then g's), but a
// record's history is not kept here, so a record with two keys is refused
// in such specs, with a positioned unsupported error.
func TestJsonRecordOrder(t *testing.T) {
	dir := filepath.Join("testdata", "jsonorder")
	var out bytes.Buffer
	sp, err := LoadFilesWith(Options{Print: &out}, filepath.Join(dir, "JsonRec.tla"), filepath.Join(dir, "JsonRec.cfg"))
	if err != nil {
		t.Fatal(err)
	}
	var states []value.State
	if err := sp.Init(func(s value.State) error { states = append(states, s); return nil }); err != nil {
		t.Fatal(err)
	}
	for len(states) > 0 {
		s := states[0]
		states = states[1:]
		if err := sp.Next(s, func(st Step) error { states = append(states, st.State.Clone()); return nil }); err != nil {
			t.Fatal(err)
		}
	}
	want := `"{\"a\":1,\"b\":2}"
"[{\"a\":0,\"b\":5},{\"a\":1,\"b\":2}]"
"{\"a\":1,\"b\":1}"
"[{\"a\":2,\"b\":1}]"
"[{\"a\":1,\"b\":[{\"a\":2,\"b\":3}]}]"
"{\"a\":\"x\",\"b\":[\"a\",\"b\"]}"
"{\"a\":1,\"b\":3}"
`
	if got := out.String(); got != want {
		t.Errorf("printed:\n%s\nwant TLC's:\n%s", got, want)
	}

	for _, tc := range []struct{ spec, pos string }{
		{"JsonRecOut", "JsonRecOut.tla:8:15:"},
		{"JsonRecCombine", "JsonRecCombine.tla:4:15:"},
	} {
		_, err := LoadFiles(filepath.Join(dir, tc.spec+".tla"), filepath.Join(dir, tc.spec+".cfg"))
		if err == nil || !strings.Contains(err.Error(), "unsupported:") || !strings.Contains(err.Error(), tc.pos) {
			t.Errorf("%s: %v, want an unsupported error at %s", tc.spec, err, tc.pos)
		}
	}
}
