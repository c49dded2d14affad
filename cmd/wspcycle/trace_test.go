package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/wspcycle/wspcycle/fsm"
	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/spec"
)

// traceSpec writes the lifecycle spec and its small model (the ones embedded in spec/)
// into a temporary directory, SPEC.cfg beside SPEC.tla as `trace validate` looks for it,
// and returns the path of the .tla.
func traceSpec(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, name := range []string{spec.DefaultSpec, spec.DefaultConfig} {
		data, err := spec.FS.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return filepath.Join(dir, spec.DefaultSpec)
}

// recordTrace runs a real fsm.Provider, configured with the small model's constants
// (versions 2..3, at most 2 users), through refusals, the counter's bound, a teardown, a
// failed Init and a Startup that waits out a teardown, with the fsm.NDJSON observer, and
// returns the log it wrote.
func recordTrace(t *testing.T) []byte {
	t.Helper()
	var buf bytes.Buffer
	write := fsm.NDJSON(&buf)
	var mu sync.Mutex
	waitSeen := make(chan struct{}, 1)
	obs := func(e fsm.Event) {
		mu.Lock()
		defer mu.Unlock()
		write(e)
		if e.Wait {
			waitSeen <- struct{}{}
		}
	}
	var failInit, slowDrain bool
	draining, release := make(chan struct{}, 1), make(chan struct{})
	p := fsm.New(fsm.Hooks{
		Init: func(context.Context) error {
			if failInit {
				return errors.New("not ready")
			}
			return nil
		},
		Drain: func(context.Context) error {
			if slowDrain {
				draining <- struct{}{}
				<-release
			}
			return nil
		},
	}, fsm.Versions(fsm.Version{Major: 2}, fsm.Version{Major: 3}), fsm.WithMaxRefs(2), fsm.WithObserver(obs))
	ctx := context.Background()
	v := func(n uint8) fsm.Version { return fsm.Version{Major: n} }
	want := func(err, target error) {
		t.Helper()
		if !errors.Is(err, target) {
			t.Fatalf("got %v, want %v", err, target)
		}
	}
	want(p.Cleanup(ctx), fsm.ErrNotInitialised)
	_, err := p.Startup(ctx, v(1))
	want(err, fsm.ErrVersionNotSupported)
	failInit = true
	_, err = p.Startup(ctx, v(2))
	want(err, fsm.ErrSysNotReady)
	failInit = false
	for _, req := range []uint8{2, 4} {
		_, err := p.Startup(ctx, v(req))
		want(err, nil)
	}
	_, err = p.Startup(ctx, v(3))
	want(err, fsm.ErrProcessLimit)
	want(p.Cleanup(ctx), nil)
	want(p.Cleanup(ctx), nil)
	want(p.Cleanup(ctx), fsm.ErrNotInitialised)

	// A Startup arriving while the final Cleanup drains waits, then starts afresh.
	_, err = p.Startup(ctx, v(3))
	want(err, nil)
	slowDrain = true
	done := make(chan error, 1)
	go func() { done <- p.Cleanup(ctx) }()
	<-draining
	started := make(chan error, 1)
	go func() {
		_, err := p.Startup(ctx, v(2))
		started <- err
	}()
	<-waitSeen // the waiting Startup has reported its wait
	close(release)
	want(<-done, nil)
	want(<-started, nil)
	want(p.Cleanup(ctx), nil)
	mu.Lock()
	defer mu.Unlock()
	return append([]byte(nil), buf.Bytes()...)
}

func writeEvents(t *testing.T, lines []string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "run.ndjson")
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func traceLines(t *testing.T) []string {
	t.Helper()
	lines := strings.Split(strings.TrimSpace(string(recordTrace(t))), "\n")
	if len(lines) < 15 {
		t.Fatalf("only %d events recorded:\n%s", len(lines), strings.Join(lines, "\n"))
	}
	return lines
}

// TestTraceValidateRealRun: the log of a real run is a behaviour of the spec.
func TestTraceValidateRealRun(t *testing.T) {
	specPath := traceSpec(t)
	lines := traceLines(t)
	events := writeEvents(t, lines)
	code, out, errs := runCLI(t, context.Background(), "trace", "validate", specPath, events)
	if code != model.ExitOK {
		t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s\nevents:\n%s", code, model.ExitOK, out, errs, strings.Join(lines, "\n"))
	}
	wantOut := fmt.Sprintf("%s: all %d events form a behaviour of ProviderLifecycle", events, len(lines))
	if !strings.HasPrefix(out, wantOut) || errs != "" {
		t.Errorf("stdout %q, want it to begin %q; stderr %q", out, wantOut, errs)
	}
	// The same with the model named explicitly, flag after the positional arguments.
	code, out, _ = runCLI(t, context.Background(), "trace", "validate", specPath, events,
		"--config", strings.TrimSuffix(specPath, ".tla")+".cfg")
	if code != model.ExitOK || !strings.HasPrefix(out, wantOut) {
		t.Errorf("with --config: exit %d, stdout %q", code, out)
	}
}

// TestTraceValidateDoctored: a real log with one event changed (a release that drops the
// counter by two) exits 12 and names that event, by line and by content.
func TestTraceValidateDoctored(t *testing.T) {
	specPath := traceSpec(t)
	lines := traceLines(t)
	at := -1
	for i, l := range lines {
		if strings.Contains(l, `"trigger":"Cleanup"`) && strings.Contains(l, `"refs":2,"newRefs":1`) {
			at = i
			break
		}
	}
	if at < 0 {
		t.Fatalf("the run has no release from 2 to 1:\n%s", strings.Join(lines, "\n"))
	}
	lines[at] = strings.Replace(lines[at], `"newRefs":1`, `"newRefs":0`, 1)
	events := writeEvents(t, lines)
	code, out, errs := runCLI(t, context.Background(), "trace", "validate", specPath, events)
	if code != model.ExitSafety {
		t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, model.ExitSafety, out, errs)
	}
	seq := at + 1 // the observer numbers events from 1, one per line
	for _, want := range []string{
		fmt.Sprintf("the first %d events fit ProviderLifecycle; then:", at),
		fmt.Sprintf("line %d (event %d) does not fit the spec", at+1, at+1),
		fmt.Sprintf("#%d Cleanup Active(2) -> Active(0)", seq),
		"expected: CleanupFinal, CleanupRelease",
		"failed:   ",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

// TestTraceValidateMalformed: a line that is not a JSON event, or an event without its
// trigger, exits 150 and says which line.
func TestTraceValidateMalformed(t *testing.T) {
	specPath := traceSpec(t)
	lines := traceLines(t)
	cases := []struct {
		name, line, want string
	}{
		{"not JSON", `{"seq":3,"trigger":"Startup",`, "not a JSON event"},
		{"no trigger", `{"seq":3,"from":"Active","to":"Active","refs":1,"newRefs":2}`, "event has no trigger, from or to"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			bad := append([]string(nil), lines...)
			bad[2] = tc.line
			events := writeEvents(t, bad)
			code, out, errs := runCLI(t, context.Background(), "trace", "validate", specPath, events)
			if code != model.ExitBadInput {
				t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, model.ExitBadInput, out, errs)
			}
			if want := events + ":3: " + tc.want; !strings.Contains(errs, want) {
				t.Errorf("stderr %q lacks %q", errs, want)
			}
		})
	}
}

// TestTraceHelpAndUsage: --help prints the usage and exits 0; a wrong command line exits 2.
func TestTraceHelpAndUsage(t *testing.T) {
	code, out, _ := runCLI(t, context.Background(), "trace", "--help")
	if code != model.ExitOK {
		t.Fatalf("--help: exit %d", code)
	}
	for _, want := range []string{"Usage: wspcycle trace validate SPEC.tla EVENTS.ndjson", "Exit codes:", "-config"} {
		if !strings.Contains(out, want) {
			t.Errorf("--help output lacks %q:\n%s", want, out)
		}
	}
	for _, args := range [][]string{{"trace"}, {"trace", "check", "a.tla", "b.ndjson"}, {"trace", "validate", "a.tla"}} {
		if code, _, errs := runCLI(t, context.Background(), args...); code != model.ExitUsage || errs == "" {
			t.Errorf("%v: exit %d, stderr %q; want %d with a message", args, code, errs, model.ExitUsage)
		}
	}
}

// eventAt decodes line i of a log in the fsm's form.
func eventAt(t *testing.T, lines []string, i int) (ev struct {
	Seq          int
	From, To     string
	Refs         int `json:"refs"`
	NewRefs      int `json:"newRefs"`
	Trigger, Err string
}) {
	t.Helper()
	if err := json.Unmarshal([]byte(lines[i]), &ev); err != nil {
		t.Fatal(err)
	}
	if ev.Seq != i+1 {
		t.Fatalf("line %d has seq %d, want %d (the observer numbers events from 1, one a line)", i+1, ev.Seq, i+1)
	}
	return ev
}

// TestTraceValidateSeq: a log with a line lost, two lines swapped or a line repeated is not
// the run's record: exit 150, naming the line, the seq numbers and the event. The edits
// are among the first three lines of a real run's log, three refusals that change nothing
// the spec sees, so the spec alone would accept each edited log.
func TestTraceValidateSeq(t *testing.T) {
	specPath := traceSpec(t)
	lines := traceLines(t)
	for i := range 3 {
		if ev := eventAt(t, lines, i); ev.Err == "" || ev.From != "Uninitialized" || ev.To != "Uninitialized" {
			t.Fatalf("line %d is not a refusal at Uninitialized: %s", i+1, lines[i])
		}
	}
	event := func(i int) string {
		return fmt.Sprintf("#%d %s Uninitialized -> Uninitialized", i+1, eventAt(t, lines, i).Trigger)
	}
	cases := []struct {
		name        string
		edit        func([]string) []string
		want, event string
	}{
		{"gap", func(l []string) []string { return append(l[:1:1], l[2:]...) },
			":2: seq 3 follows seq 1 (line 1): seq 2 missing (a lost line)", event(2)},
		{"two lost", func(l []string) []string { return append(l[:1:1], l[3:]...) },
			":2: seq 4 follows seq 1 (line 1): seqs 2 to 3 missing (lost lines)", "#4 "},
		{"start lost", func(l []string) []string { return l[1:] },
			":1: the log starts at seq 2: seq 1 missing (a lost line)", event(1)},
		{"reorder", func(l []string) []string {
			l = append([]string(nil), l...)
			l[1], l[2] = l[2], l[1]
			return l
		}, ":2: seq 3 follows seq 1 (line 1), and seq 2 comes after it (line 3): lifecycle events out of order", event(2)},
		{"duplicate", func(l []string) []string {
			return append(append(l[:2:2], l[1]), l[2:]...)
		}, ":3: seq 2 repeats line 2's: the lifecycle event is in the log twice", event(1)},
		{"earlier repeated", func(l []string) []string {
			return append(append(l[:3:3], l[0]), l[3:]...)
		}, ":4: seq 1 again after seq 3: every seq up to 3 was already seen, so this lifecycle event is in the log twice", event(0)},
		{"no seq", func(l []string) []string {
			l = append([]string(nil), l...)
			l[1] = strings.Replace(l[1], `"seq":2,`, "", 1)
			return l
		}, ":2: lifecycle event has no seq (the observers number from 1)", "#0 "},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			events := writeEvents(t, tc.edit(lines))
			code, out, errs := runCLI(t, context.Background(), "trace", "validate", specPath, events)
			if code != model.ExitBadInput {
				t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, model.ExitBadInput, out, errs)
			}
			if want := events + tc.want; !strings.Contains(errs, want) {
				t.Errorf("stderr lacks %q:\n%s", want, errs)
			}
			if want := "event: " + tc.event; !strings.Contains(errs, want) {
				t.Errorf("stderr lacks %q:\n%s", want, errs)
			}
		})
	}
}

// TestTraceValidateUnknownTrigger: an event whose trigger no action of the spec is
// annotated with does not fit, even when it changes nothing (the phase and counter stay
// what the run has there) and even when it says it waits: exit 12, naming it.
func TestTraceValidateUnknownTrigger(t *testing.T) {
	specPath := traceSpec(t)
	lines := traceLines(t)
	prev := eventAt(t, lines, 3) // the state the run is in before line 5
	for _, extra := range []string{"", `,"wait":true`, `,"err":"fsm: Poll: WSAEINVAL (10022)"`} {
		bogus := fmt.Sprintf(`{"seq":5,"trigger":"Poll","from":%q,"to":%q,"refs":%d,"newRefs":%d%s}`,
			prev.To, prev.To, prev.NewRefs, prev.NewRefs, extra)
		edited := append(append(lines[:4:4], bogus), lines[4:]...)
		for i := 5; i < len(edited); i++ { // renumber: seq stays 1, 2, 3, ...
			edited[i] = strings.Replace(edited[i], fmt.Sprintf(`{"seq":%d,`, i), fmt.Sprintf(`{"seq":%d,`, i+1), 1)
		}
		events := writeEvents(t, edited)
		code, out, errs := runCLI(t, context.Background(), "trace", "validate", specPath, events)
		if code != model.ExitSafety {
			t.Fatalf("%s: exit %d, want %d\nstdout:\n%s\nstderr:\n%s", bogus, code, model.ExitSafety, out, errs)
		}
		for _, want := range []string{
			"the first 4 events fit ProviderLifecycle; then:",
			"line 5 (event 5) does not fit the spec: no action of the spec is annotated @trigger Poll (its triggers: Cleanup, DrainDone, FreeDone, Startup)",
			"event:    #5 Poll ",
		} {
			if !strings.Contains(out, want) {
				t.Errorf("%s: stdout lacks %q:\n%s", bogus, want, out)
			}
		}
	}
}

// TestTraceValidateHugeLine: a 20 MB line is refused with its line number and the bound,
// without reading it whole (the log is read line by line, and a line is at most 1 MiB).
func TestTraceValidateHugeLine(t *testing.T) {
	specPath := traceSpec(t)
	lines := traceLines(t)
	huge := `{"seq":4,"trigger":"Startup","from":"Uninitialized","to":"Active","refs":0,"newRefs":1,"err":"` +
		strings.Repeat("x", 20<<20) + `"}`
	events := writeEvents(t, append(append(lines[:3:3], huge), lines[4:]...))
	code, out, errs := runCLI(t, context.Background(), "trace", "validate", specPath, events)
	if code != model.ExitBadInput {
		t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%.1000s", code, model.ExitBadInput, out, errs)
	}
	if want := events + ":4: line longer than 1048576 bytes: not an event"; !strings.Contains(errs, want) {
		t.Errorf("stderr lacks %q:\n%.1000s", want, errs)
	}
}
