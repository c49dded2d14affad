package tlcbin

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/tla/cfg"
	"github.com/wspcycle/wspcycle/tla/value"
)

var testdata = filepath.Join("..", "..", "testdata", "tlc", "dumptrace")

func readTLC(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(testdata, name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func field(t *testing.T, v value.Value, name string) value.Value {
	t.Helper()
	f, ok := v.(*value.FcnV)
	if !ok {
		t.Fatalf("%s is not a record", v)
	}
	x, ok := f.Field(name)
	if !ok {
		t.Fatalf("%s has no field %s", v, name)
	}
	return x
}

// Decode reads TLC's files (TLC rev cc6b616, -dumpTrace tlc) into the
// values TLC wrote (printed here without the spec's order of strings:
// fields and strings alphabetically): J's trace, every kind of value (a set, a tuple, a
// record, a string, a function over {1, 3}, a model value, <<>>), and
// Share's, whose model values are read by their index in the cfg's order
// (B = 0, A = 1, s2 = 2, s1 = 3).
func TestDecodeTLCFiles(t *testing.T) {
	for _, c := range []struct {
		file   string
		models []string
		vars   string
		states []string // the records of counterexample.state, by level
	}{
		{"J.bin", []string{"m"}, `{"f", "mv", "q", "r", "s", "str", "t"}`, []string{
			`[f |-> (1 :> 1 @@ 3 :> 3), mv |-> m, q |-> <<1, "a">>, r |-> [a |-> 1, b |-> TRUE], s |-> {1, 2}, str |-> "hi", t |-> <<>>]`,
			`[f |-> (1 :> 1 @@ 3 :> 3), mv |-> m, q |-> <<1, "a">>, r |-> [a |-> 1, b |-> TRUE], s |-> {}, str |-> "hi", t |-> <<>>]`,
		}},
		{"Share.bin", []string{"B", "A", "s2", "s1"}, `{"x", "y", "z"}`, []string{
			`[x |-> 0, y |-> "a", z |-> A]`,
			`[x |-> 1, y |-> "a", z |-> B]`,
			`[x |-> 2, y |-> "b", z |-> <<B, [f |-> 1, g |-> {A, s1, s2}]>>]`,
			`[x |-> 3, y |-> "b", z |-> <<<<B, [f |-> 1, g |-> {A, s1, s2}]>>, [f |-> 2, g |-> {A, s1, s2}]>>]`,
		}},
	} {
		v, err := Decode(readTLC(t, c.file), nil, c.models)
		if err != nil {
			t.Fatalf("%s: %v", c.file, err)
		}
		if vars := field(t, v, "vars"); vars.String() != c.vars {
			t.Errorf("%s: vars %s, want %s", c.file, vars, c.vars)
		}
		st := field(t, field(t, v, "counterexample"), "state").(*value.SetV)
		if st.Len() != len(c.states) {
			t.Fatalf("%s: %d states, want %d", c.file, st.Len(), len(c.states))
		}
		for i, s := range c.states {
			want := fmt.Sprintf("<<%d, %s>>", i+1, s)
			if got := st.Elems()[i].String(); got != want {
				t.Errorf("%s: state %d is %s, want %s", c.file, i+1, got, want)
			}
		}
		acts := field(t, field(t, v, "counterexample"), "action").(*value.SetV)
		if acts.Len() != len(c.states)-1 {
			t.Errorf("%s: %d actions, want %d", c.file, acts.Len(), len(c.states)-1)
		}
	}
}

// Encoding what Decode read gives TLC's stream again but for the toks
// and the sharing (Encode shares by Go identity, which Decode's handles
// give back): Decode of it is the same value.
func TestRoundTrip(t *testing.T) {
	for _, name := range []string{"J.bin", "Share.bin", "InvFail.bin", "Deadlock.bin", "LiveFail.bin", "Stay.bin", "InvInit.bin"} {
		models := []string{"m", "B", "A", "s2", "s1"}
		v, err := Decode(readTLC(t, name), nil, models)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		e := NewEncoder(Index(models), nil)
		if err := e.Value(v); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		w, err := Decode(e.Bytes(), nil, models)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !value.Equal(v, w) {
			t.Errorf("%s: %s read back as %s", name, v, w)
		}
	}
}

// A file that is not TLC's is an error that says where, never a panic:
// every truncation of a file, a tag TLC does not know, a handle to
// nothing, a model value outside the cfg's table, a size beyond the
// stream, a file that is not gzip.
func TestDecodeBadInput(t *testing.T) {
	raw := gunzip(t, readTLC(t, "J.bin"))
	for n := 0; n < len(raw); n++ {
		if _, err := DecodeRaw(raw[:n], nil, []string{"m"}); err == nil {
			t.Errorf("the first %d of %d bytes decode without an error", n, len(raw))
		}
	}
	for _, c := range []struct {
		raw  []byte
		want string
	}{
		{[]byte{2}, "Can not unpickle a value of kind 2"},
		{[]byte{tagHandle, 0, 5}, "handle 5 names no value"},
		{[]byte{tagModel, 0, 1}, "model value 1 is not in the table"},
		{[]byte{tagSetEnum, 0x7f, 0, 0, 0}, "more than the stream holds"},
		{[]byte{tagRecord, 0, 0, 0, 1, tagHandle, 0, 0}, "handle 0 names no field name"},
		{[]byte{tagString, 0, 0, 0, 0, 0, 0, 0, 0, 0x7f, 0, 0, 0}, "more than the stream holds"},
		{[]byte{tagFcnRcd, 0, 2, 0, 0, 0, 0, 1, 0, 0, 0, 5, tagInt, 0, 0, 0, 0, tagInt, 0, 0, 0, 0}, "a function over 1..5 with 2 values"},
	} {
		_, err := DecodeRaw(c.raw, nil, []string{"m"})
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.HasPrefix(err.Error(), "offset ") {
			t.Errorf("% x: %v, want an error at an offset saying %q", c.raw, err, c.want)
		}
	}
	if _, err := Decode([]byte("not gzip"), nil, nil); err == nil {
		t.Error("a file that is not gzip decodes")
	}
}

// ModelNames numbers the cfg's model values as TLC's ModelConfig makes
// them: in the file's order, a name once, those inside sets too.
func TestModelNames(t *testing.T) {
	c, err := cfg.Parse("M.cfg", []byte("CONSTANT B = B\nINIT Init\nCONSTANTS A = A\n S = {s2, s1, A}\n N = 3\n T = {\"x\"}\n Op <- Def\nNEXT Next\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(ModelNames(c), " "), "B A s2 s1"; got != want {
		t.Errorf("ModelNames = %s, want %s", got, want)
	}
}

func FuzzDecodeRaw(f *testing.F) {
	for _, name := range []string{"J.bin", "Share.bin", "Deadlock.bin"} {
		data, err := os.ReadFile(filepath.Join(testdata, name))
		if err != nil {
			f.Fatal(err)
		}
		z, err := gzip.NewReader(bytes.NewReader(data))
		if err != nil {
			f.Fatal(err)
		}
		var b bytes.Buffer
		b.ReadFrom(z)
		f.Add(b.Bytes())
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		DecodeRaw(raw, nil, []string{"m", "A", "B"}) // no panic, no hang
	})
}

func gunzip(t *testing.T, data []byte) []byte {
	t.Helper()
	z, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if _, err := b.ReadFrom(z); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}
