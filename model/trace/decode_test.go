package trace

import (
	"encoding/json"
	"io"
	"reflect"
	"strings"
	"testing"
)

// decodeSeeds are lines of both forms, and the ways a line can differ from what the
// observers write that the fast path must either decode as encoding/json does or leave
// to it.
var decodeSeeds = []string{
	`{"seq":3,"trigger":"Cleanup","from":"Active","to":"Active","refs":2,"newRefs":1}`,
	`{"seq":1,"trigger":"Cleanup","from":"Uninitialized","to":"Uninitialized","refs":0,"newRefs":0,"err":"fsm: Cleanup: WSANOTINITIALISED (10093)"}`,
	`{"seq":9,"trigger":"Startup","from":"Draining","to":"Draining","refs":0,"newRefs":0,"wait":true}`,
	`{"seq":4,"kind":"connect","socket":1,"detail":"127.0.0.1:50944"}`,
	`{"seq":13,"kind":"lifecycle","detail":"#3 Startup Draining -\u003e Draining (waits)","lifecycle":{"seq":3,"trigger":"Startup","from":"Draining","to":"Draining","refs":0,"newRefs":0,"wait":true}}`,
	` { "seq" : 1 , "trigger" : "Startup" , "from":"Uninitialized","to":"Active","refs":0,"newRefs":1 } `,
	`{}`, `null`, `[]`, `{"seq":null,"trigger":"Startup"}`, `{"seq":1,"seq":2}`, `{"Seq":5,"trigger":"x"}`,
	`{"ſeq":5}`, `{"newrefs":3}`, `{"seq":1.0}`, `{"seq":1e2}`, `{"seq":-1}`, `{"seq":01}`, `{"refs":-0}`,
	`{"seq":18446744073709551616}`, `{"refs":-9223372036854775809}`, `{"seq":"1"}`, `{"trigger":1}`,
	`{"wait":"true"}`, `{"wait":tru}`, `{"x":{"y":1},"seq":2}`, `{"x":[1],"seq":2}`, `{"x":nul}`,
	`{"trigger":"a\"b\u00e9\ud800"}`, `{"trigger":"\u0041\u007f\u0080\u00"}`, `{"err":"\/\b\f\n\r\t\\\u001F\u001f\u00zz"}`,
	`{"trigger":"\u0041\u007f\u0080","err":"\/\b\f\n\r\t\\\u001F\u001f\u0000x"}`, "{\"trigger\":\"caf\xc3\xa9\xff\"}", "{\"trigger\":\"a\tb\"}", `{"trigger":"a\x"}`,
	`{"tr\u0069gger":"Startup"}`, `{"seq":1}x`, `{"seq":1,}`, `{"seq":1`, `{"seq"1}`, `{"lifecycle":null,"kind":"lifecycle"}`,
	`{"lifecycle":{"kind":"x","lifecycle":3,"seq":2},"kind":"lifecycle"}`, `{"lifecycle":{"lifecycle":{}}}`,
	`{"lifecycle":{"Seq":1}}`, `{"lifecycle":{"seq":1},"lifecycle":{"trigger":"x"}}`, `{"Line":7,"-":1}`,
}

// checkDecode decodes line both ways: wherever the fast path decodes, encoding/json must
// accept the line and give the same result.
func checkDecode(t *testing.T, line []byte) {
	var fast, want wireLine
	if !fastDecode(line, &fast, interned{}) {
		return
	}
	if err := json.Unmarshal(line, &want); err != nil {
		t.Fatalf("%q: the fast path decodes what encoding/json refuses (%v): %+v", line, err, fast)
	}
	if !reflect.DeepEqual(fast, want) {
		t.Fatalf("%q:\nfast path     %+v (lifecycle %+v)\nencoding/json %+v (lifecycle %+v)", line, fast, fast.Lifecycle, want, want.Lifecycle)
	}
}

func TestFastDecodeAgreesWithEncodingJSON(t *testing.T) {
	for _, s := range decodeSeeds {
		checkDecode(t, []byte(s))
	}
	// The observers' own lines must take the fast path, or it would be of no use.
	for _, s := range decodeSeeds[:6] {
		var w wireLine
		if !fastDecode([]byte(s), &w, nil) {
			t.Errorf("%s: not decoded by the fast path", s)
		}
	}
	data, _ := io.ReadAll(io.LimitReader(newLoopbackLog(30), 1<<20))
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		checkDecode(t, []byte(line))
		var w wireLine
		if !fastDecode([]byte(line), &w, nil) {
			t.Errorf("%s: not decoded by the fast path", line)
		}
	}
}

func FuzzFastDecode(f *testing.F) {
	for _, s := range decodeSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(checkDecode)
}
