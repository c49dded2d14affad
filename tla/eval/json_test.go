package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The answers below are TLC's (tla2tools, whose tlc2.module.Json computes
// these operators in Java), from small specs of ASSUME PrintT(e) run on
// TLC; the comments quote what TLC printed. Where TLC's text depends on
// its internal order of strings (a set of strings, a record's fields:
// TLC printed ToJson({"zz", "aa", "mm"}) as ["zz","aa","mm"] and
// ToJson([q5 |-> 1, p5 |-> 2]) as {"q5":1,"p5":2}) the value is refused as
// unsupported here: these expressions are evaluated without the spec's
// files, so their strings are in no TLC order (value.Alphabetical), and a
// record's text depends on how it was built. A set of a loaded spec's
// strings is written in TLC's order (TestStringOrder).
func TestToJSON(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		// TLC: "[1,\"a\",true,false,-5]"
		{`ToJson(<<1, "a", TRUE, FALSE, -5>>)`, `[1,"a",true,false,-5]`},
		// TLC: "[1,2,3]" (a set in TLC's order of its elements)
		{`ToJson({3, 1, 2})`, `[1,2,3]`},
		{`ToJson(1..4)`, `[1,2,3,4]`},
		// A function over 1..n is an array; over another domain an object
		// keyed by the printed elements. TLC: "[2,4,6]", "{\"2\":4,\"3\":6}"
		{`ToJson([i \in 1..3 |-> i * 2])`, `[2,4,6]`},
		{`ToJson([i \in 2..3 |-> i * 2])`, `{"2":4,"3":6}`},
		// TLC: "{\"<<0>>\":1,\"<<1, 2>>\":1}", "{\"{}\":1,\"{1}\":1}"
		{`ToJson([i \in {<<1, 2>>, <<0>>} |-> 1])`, `{"<<0>>":1,"<<1, 2>>":1}`},
		{`ToJson([i \in {{1}, {}} |-> 1])`, `{"{}":1,"{1}":1}`},
		// TLC: "[]", "[]"
		{`ToJson(<<>>)`, `[]`},
		{`ToJson({})`, `[]`},
		// TLC: "\"a\\\"b\\\\c\\nd\\te<>&='\"" (Gson escapes no HTML)
		{`ToJson("a\"b\\c\nd\te<>&='")`, `"a\"b\\c\nd\te<>&='"`},
		{`ToJson(42)`, `42`},
		{`ToJson(TRUE)`, `true`},
		// TLC: "{\"a\":[1,2],\"b\":[{\"c\":1}]}" is refused (two fields);
		// one field: a record in a record.
		{`ToJson([a |-> <<{1, 2}, [c |-> 1]>>])`, `{"a":[[1,2],{"c":1}]}`},
		// TLC: "[[],[1],[2],[1,2]]", "[[3,3]]", "[[1,3],[2,3]]"
		{`ToJson(SUBSET {1, 2})`, `[[],[1],[2],[1,2]]`},
		{`ToJson([{1, 2} -> {3}])`, `[[3,3]]`},
		{`ToJson({1, 2} \X {3})`, `[[1,3],[2,3]]`},
		// TLC: "[[1,2],[],[[1]],[[\"a\"]]]"
		{`ToJson(<<{1, 2}, [x \in {} |-> 1], {<<1>>}, {{"a"}}>>)`, `[[1,2],[],[[1]],[["a"]]]`},
		// TLC: "[1,2]", "[1,2]", "{\"2\":2,\"3\":3}"
		{`ToJsonArray(<<1, 2>>)`, `[1,2]`},
		{`ToJsonArray({2, 1})`, `[1,2]`},
		{`ToJsonArray([i \in 2..3 |-> i])`, `{"2":2,"3":3}`},
		// TLC: "{\"0\":0,\"1\":1}" (a function over 0..1)
		{`ToJsonObject([i \in 0..1 |-> i])`, `{"0":0,"1":1}`},
		{`ToJsonObject([a |-> 1])`, `{"a":1}`},
	} {
		v, err := evalExpr(t, tc.src, nil)
		if err != nil {
			t.Errorf("%s: %v", tc.src, err)
			continue
		}
		if s, ok := v.(interface{ Val() string }); !ok || s.Val() != tc.want {
			t.Errorf("%s = %s, want %q", tc.src, v, tc.want)
		}
	}
}

// TLC's errors (after its "Attempted to apply the operator overridden by
// the Java method ..." preamble), and the refusals.
func TestToJSONErrors(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		// TLC: "Cannot convert value: unsupported value type tlc2.value.impl.UserValue"
		{`ToJson(Nat)`, "Cannot convert value: unsupported value type tlc2.value.impl.UserValue"},
		{`ToJson(<<1, Int>>)`, "Cannot convert value: unsupported value type tlc2.value.impl.UserValue"},
		// TLC: "... unsupported value type tlc2.value.impl.IntValue", "... SetEnumValue"
		{`ToJsonArray(1)`, "Cannot convert value: unsupported value type tlc2.value.impl.IntValue"},
		{`ToJsonObject({1})`, "Cannot convert value: unsupported value type tlc2.value.impl.SetEnumValue"},
		// TLC orders these by its internal order of strings.
		{`ToJson({"zz", "aa", "mm"})`, "unsupported"},
		{`ToJson([q5 |-> 1, p5 |-> 2])`, "unsupported"},
		{`ToJson({[a |-> 1, b |-> 2], [a |-> 2, b |-> 1]})`, "unsupported"},
		// TLC: an error for [a |-> 1] (a RecordValue), an object for a
		// function built otherwise; "{\"0\":5,\"1\":6}" for <<5, 6>>, "[1,2]"
		// for [i \in 1..2 |-> i]: one value here, so refused.
		{`ToJsonArray([a |-> 1])`, "unsupported"},
		{`ToJsonObject(<<5, 6>>)`, "unsupported"},
		// TLC: "Cannot cast tlc2.value.impl.IntValue to tlc2.value.impl.StringValue"
		{`JsonDeserialize(3)`, "Cannot cast tlc2.value.impl.IntValue to tlc2.value.impl.StringValue"},
		// TLC: "The second argument of JsonSerialize should be a sequence or record, but instead it is:\n3"
		{`JsonSerialize("never-written.json", 3)`, "The second argument of JsonSerialize should be a sequence or record, but instead it is:\n3"},
		// TLC: "The second argument of ndJsonSerialize should be a sequence, but instead it is:\n{1}"
		{`ndJsonSerialize("never-written.json", {1})`, "The second argument of ndJsonSerialize should be a sequence, but instead it is:\n{1}"},
	} {
		_, err := evalExpr(t, tc.src, nil)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want %q", tc.src, err, tc.want)
		}
	}
}

// TestJSONFiles writes and reads files as TLC does: relative names are
// relative to the working directory; JsonSerialize writes one value with
// no newline at the end, ndJsonSerialize one line per element; both equal
// TRUE.
func TestJSONFiles(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// The files TLC read (the same text): obj.json printed
	// [a |-> <<1, 2, -30, -1294967296>>, b |-> 5, c |-> [x |-> "sé\n", y |-> TRUE]]
	// (Gson's getAsInt: 2.7 is 2, -3e1 is -30, 3000000000 wraps; the later
	// "b" wins); lines.ndjson printed <<[a |-> 1], <<1, 2>>, "x">> (blank
	// lines skipped).
	write("obj.json", `{"b": 1, "a": [1, 2.7, -3e1, 3000000000], "c": {"y": true, "x": "s\u00e9\n"}, "b": 5}`)
	write("lines.ndjson", "\n  {\"a\":1}  \n\n[1,2]\n\"x\"\n")
	write("empty.json", "")
	write("null.json", `{"a": null}`)
	write("lenient.json", "{a: 1}")
	for _, tc := range []struct{ src, want string }{
		{`JsonDeserialize("obj.json")`, `[a |-> <<1, 2, -30, -1294967296>>, b |-> 5, c |-> [x |-> "sé\n", y |-> TRUE]]`},
		{`ndJsonDeserialize("lines.ndjson")`, `<<[a |-> 1], <<1, 2>>, "x">>`},
		// TLC (W.tla): out/sub/w1.json is [{"b":1,"a":[1,3]},"x\ty","m1",[],true]
		// (folders created); here the record's keys are in name order.
		{`JsonSerialize("out/sub/w1.json", <<[b |-> 1, a |-> {3, 1}], "x\ty", <<>>, TRUE>>)`, `TRUE`},
		// TLC: w3.ndjson is {"b":1,"a":2}\n[1,2]\n3\n"s"\n; w4.ndjson empty.
		{`ndJsonSerialize("w3.ndjson", <<[a |-> 2], <<1, 2>>, 3, "s">>)`, `TRUE`},
		{`ndJsonSerialize("w4.ndjson", <<>>)`, `TRUE`},
		// TLC: w6.json is [1,2]
		{`JsonSerialize("w6.json", [i \in 1..2 |-> i])`, `TRUE`},
		// TLC (B4.tla): the lines before an element it cannot convert stay.
		{`ndJsonDeserialize("w3.ndjson")`, `<<[a |-> 2], <<1, 2>>, 3, "s">>`},
	} {
		v, err := evalExpr(t, tc.src, nil)
		if err != nil {
			t.Errorf("%s: %v", tc.src, err)
			continue
		}
		if v.String() != tc.want {
			t.Errorf("%s = %s, want %s", tc.src, v, tc.want)
		}
	}
	for name, want := range map[string]string{
		"out/sub/w1.json": `[{"a":[1,3],"b":1},"x\ty",[],true]`,
		"w3.ndjson":       "{\"a\":2}\n[1,2]\n3\n\"s\"\n",
		"w4.ndjson":       "",
		"w6.json":         "[1,2]",
	} {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || string(got) != want {
			t.Errorf("%s = %q (%v), want %q", name, got, err, want)
		}
	}
	for _, tc := range []struct{ src, want string }{
		// TLC: "missing.json (No such file or directory)"
		{`JsonDeserialize("missing.json")`, "missing.json (No such file or directory)"},
		{`ndJsonDeserialize("missing.json")`, "missing.json (No such file or directory)"},
		// TLC: "Cannot convert value: unsupported JSON value null" (an
		// empty file too)
		{`JsonDeserialize("empty.json")`, "Cannot convert value: unsupported JSON value null"},
		{`JsonDeserialize("null.json")`, "Cannot convert value: unsupported JSON value null"},
		// TLC read [a |-> 1] (Gson is lenient): refused here.
		{`JsonDeserialize("lenient.json")`, "unsupported"},
		// TLC: "Cannot convert value: unsupported value type tlc2.value.impl.UserValue",
		// leaving "1\n" in b4.json.
		{`ndJsonSerialize("b4.ndjson", <<1, Nat, 2>>)`, "Cannot convert value: unsupported value type tlc2.value.impl.UserValue"},
	} {
		_, err := evalExpr(t, tc.src, nil)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want %q", tc.src, err, tc.want)
		}
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "b4.ndjson")); string(got) != "1\n" {
		t.Errorf("b4.ndjson = %q, want %q", got, "1\n")
	}
}

// TestGsonInt is Gson's getAsInt of JSON numbers.
func TestGsonInt(t *testing.T) {
	for text, want := range map[string]int32{
		"7": 7, "-7": -7, "2.7": 2, "-2.7": -2, "-3e1": -30, "3000000000": -1294967296,
		"1e40": 0, "1.5e1": 15, "4294967297": 1, "1e-5": 0, "12345678901234567890": -350287150,
	} {
		if got := gsonInt(text); got != want {
			t.Errorf("gsonInt(%s) = %d, want %d", text, got, want)
		}
	}
}
