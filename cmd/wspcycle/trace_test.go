package main

import (
	"bytes"
	"context"
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
		fmt.Sprintf("%d of %d events fit ProviderLifecycle", at, len(lines)),
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
