package trace_test

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/model/trace"
)

// wrappedLog is a short log in the loopback example's form: line seq over all lines,
// lifecycle seq over the lifecycle events.
var wrappedLog = []string{
	`{"seq":1,"kind":"lifecycle","lifecycle":{"seq":1,"trigger":"Startup","from":"Uninitialized","to":"Active","refs":0,"newRefs":1}}`,
	`{"seq":2,"kind":"socket","socket":1}`,
	`{"seq":3,"kind":"send","socket":1,"bytes":10}`,
	`{"seq":4,"kind":"lifecycle","lifecycle":{"seq":2,"trigger":"Cleanup","from":"Active","to":"Draining","refs":1,"newRefs":0}}`,
	`{"seq":5,"kind":"lifecycle","lifecycle":{"seq":3,"trigger":"DrainDone","from":"Draining","to":"Freeing","refs":0,"newRefs":0}}`,
}

func readAll(t *testing.T, rd *trace.Reader) ([]trace.Event, error) {
	t.Helper()
	var evs []trace.Event
	for {
		ev, err := rd.Next()
		if err == io.EOF {
			return evs, nil
		}
		if err != nil {
			if _, again := rd.Next(); again != err {
				t.Errorf("after %v, Next returns %v", err, again)
			}
			return evs, err
		}
		evs = append(evs, ev)
	}
}

// TestReaderWrappedSeq: in the loopback form both numberings are checked; a lost socket
// line is a gap in the line numbering, a lifecycle event numbered wrong a gap in the other.
func TestReaderWrappedSeq(t *testing.T) {
	evs, err := readAll(t, trace.NewReader(strings.NewReader(strings.Join(wrappedLog, "\n")), "w.ndjson"))
	if err != nil || len(evs) != 3 || evs[1].Line != 4 || evs[2].Seq != 3 {
		t.Fatalf("the log as written: %v, %+v", err, evs)
	}
	cases := []struct {
		name  string
		edit  func(l []string) []string
		want  string
		event string
	}{
		{"socket line lost", func(l []string) []string { return append(l[:1:1], l[2:]...) },
			"w.ndjson:2: seq 3 follows seq 1 (line 1): seq 2 missing (a lost line)", `{"seq":3,"kind":"send","socket":1,"bytes":10}`},
		{"socket lines swapped", func(l []string) []string { return []string{l[0], l[2], l[1], l[3], l[4]} },
			"w.ndjson:2: seq 3 follows seq 1 (line 1), and seq 2 comes after it (line 3): lines out of order", `{"seq":3,`},
		{"lifecycle seq skips", func(l []string) []string {
			return []string{l[0], l[1], l[2], strings.Replace(l[3], `{"seq":2,`, `{"seq":3,`, 1), strings.Replace(l[4], `{"seq":3,`, `{"seq":4,`, 1)}
		}, "w.ndjson:4: seq 3 follows seq 1 (line 1): seq 2 missing (a lost line)", "#3 Cleanup Active(1) -> Draining"},
		{"lifecycle events swapped", func(l []string) []string {
			return []string{l[0], l[1], l[2], strings.Replace(l[3], `{"seq":2,`, `{"seq":3,`, 1), strings.Replace(l[4], `{"seq":3,`, `{"seq":2,`, 1)}
		}, "w.ndjson:4: seq 3 follows seq 1 (line 1), and seq 2 comes after it (line 5): lifecycle events out of order", "#3 Cleanup"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := readAll(t, trace.NewReader(strings.NewReader(strings.Join(tc.edit(wrappedLog), "\n")), "w.ndjson"))
			var se *trace.SeqError
			if !errors.As(err, &se) {
				t.Fatalf("got %v, want a SeqError", err)
			}
			if msg := err.Error(); !strings.HasPrefix(msg, tc.want) || !strings.Contains(msg, "\n  event: "+tc.event) {
				t.Errorf("got\n%s\nwant it to begin %q and name the event %q", msg, tc.want, tc.event)
			}
		})
	}
}

// TestReaderLongLines: a line longer than the reader's buffer but within the bound is read
// (the bound is on the line without its break, CRLF or LF, and the last line needs none);
// one byte more is refused with its line, however long the line goes on.
func TestReaderLongLines(t *testing.T) {
	event := func(seq int, detail string) string {
		return fmt.Sprintf(`{"seq":%d,"kind":"lifecycle","detail":"%s","lifecycle":{"seq":%d,"trigger":"Startup","from":"Uninitialized","to":"Uninitialized","refs":0,"newRefs":0,"err":"WSAVERNOTSUPPORTED"}}`, seq, detail, seq)
	}
	long := event(2, strings.Repeat("x", 200_000)) // past the 64 KiB buffer
	for _, sep := range []string{"\n", "\r\n"} {
		in := event(1, "") + sep + long + sep + event(3, "")
		rd := trace.NewReader(strings.NewReader(in), "l.ndjson")
		rd.MaxLineBytes = len(long)
		evs, err := readAll(t, rd)
		if err != nil || len(evs) != 3 || evs[1].Line != 2 || evs[2].Line != 3 || evs[2].Seq != 3 {
			t.Errorf("%q lines at the bound: %v, %d events", sep, err, len(evs))
		}
		rd = trace.NewReader(strings.NewReader(in+strings.Repeat("y", 10<<20)), "l.ndjson")
		rd.MaxLineBytes = len(long) - 1
		_, err = readAll(t, rd)
		if want := fmt.Sprintf("l.ndjson:2: line longer than %d bytes", len(long)-1); err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("%q a line past the bound: got %v, want %q", sep, err, want)
		}
	}
	// The last line goes on past the bound with no line break at all.
	rd := trace.NewReader(io.MultiReader(strings.NewReader(event(1, "")+"\n"), strings.NewReader(strings.Repeat("z", 3<<20))), "z.ndjson")
	if _, err := readAll(t, rd); err == nil || !strings.HasPrefix(err.Error(), "z.ndjson:2: line longer than 1048576 bytes") {
		t.Errorf("an endless last line: got %v", err)
	}
}
