package loopback

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/wspcycle/wspcycle/fsm"
	"github.com/wspcycle/wspcycle/model/trace"
	"github.com/wspcycle/wspcycle/spec"
)

// The promise, automated: a real run of the provider emits observer
// events, and the lifecycle part of them is a behaviour of the TLA+ spec
// (what `wspcycle trace validate` checks). A run that the spec forbids, made
// by doctoring the same log, is rejected at the event that breaks it.

var (
	specRunOnce sync.Once
	specRunLog  []byte
	specRunErr  error
)

// specRun runs the provider end to end once (for all the tests here) and
// returns its NDJSON log as written to a file.
func specRun(t *testing.T) []byte {
	t.Helper()
	specRunOnce.Do(func() {
		// Stays if the recording stops the first caller (t.Fatal), so that
		// the other tests fail with the reason instead of on an empty log.
		specRunErr = errors.New("the test that recorded the run failed before it finished")
		path := filepath.Join(t.TempDir(), "events.ndjson")
		specRunErr = recordLoopbackRun(t, path)
		if specRunErr == nil {
			specRunLog, specRunErr = os.ReadFile(path)
		}
	})
	if specRunErr != nil {
		t.Fatalf("recording the run: %v", specRunErr)
	}
	return specRunLog
}

// recordLoopbackRun drives one provider through the lifecycle with real
// sockets: a refused Cleanup and Startup, two users, sockets closed in every
// linger mode (graceful in the background, timed and blocking, would-block
// then abortive), a non-final Cleanup, a final Cleanup that drains a socket
// the peer is not reading and a socket with a pending receive, a Startup that
// arrives during that drain and waits, another final Cleanup, and a Startup
// and Cleanup again. Every wait is bounded.
func recordLoopbackRun(t *testing.T, path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	write := NDJSON(f)
	draining := make(chan struct{}, 1) // the final Cleanup entered Draining
	waiting := make(chan struct{}, 1)  // a Startup is waiting for the teardown
	observe := func(e Event) {
		write(e)
		if le, ok := e.Lifecycle.(LifecycleEvent); ok {
			if le.Trigger == "Cleanup" && le.To == fsm.StateDraining.String() {
				signal(draining)
			}
			if le.Wait {
				signal(waiting)
			}
		}
	}
	p := New(WithEvents(observe), WithDrainTimeout(20*time.Second))
	good := newPeer(t, false, 0)
	stuck := newPeer(t, true, 4096)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	fail := func(what string, err error) error { return errors.New(what + ": " + err.Error()) }

	if err := p.Cleanup(ctx); !errors.Is(err, fsm.ErrNotInitialised) {
		return errors.New("cleanup at zero was not refused")
	}
	if _, err := p.Startup(ctx, fsm.Version{Major: 1, Minor: 1}); !errors.Is(err, fsm.ErrVersionNotSupported) {
		return errors.New("startup 1.1 was not refused")
	}
	mustStartup(t, p)
	mustStartup(t, p)

	data, _ := payload(7, 1<<20)
	graceful := mustSocket(t, p, good) // SO_DONTLINGER: returns at once, sends in the background
	mustSend(t, graceful, data)
	timed := mustSocket(t, p, good) // linger t, blocking: returns once the peer has it all
	mustSend(t, timed, data)
	mustLinger(t, timed, Linger{On: true, Timeout: 10 * time.Second})
	big, _ := payload(8, 8<<20)
	refused := mustSocket(t, p, stuck) // linger t, non-blocking, undelivered: would-block; then linger 0
	mustSend(t, refused, big)
	mustLinger(t, refused, Linger{On: true, Timeout: time.Hour})
	if err := refused.SetNonBlocking(ctx, true); err != nil {
		return fail("nonblocking", err)
	}
	for _, s := range []*Socket{graceful, timed} {
		if err := s.Close(ctx); err != nil {
			return fail("close", err)
		}
	}
	if err := refused.Close(ctx); !errors.Is(err, ErrWouldBlock) {
		return errors.New("non-blocking timed close did not would-block")
	}
	mustLinger(t, refused, Linger{On: true})
	if err := refused.Close(ctx); err != nil {
		return fail("abortive close", err)
	}
	pending := mustSocket(t, p, good) // left open with a receive pending: the final Cleanup aborts it silently
	if _, err := pending.RecvAsync(ctx, make([]byte, 8), nil); err != nil {
		return fail("recv", err)
	}
	mustCleanup(t, p)               // not the last user: nothing is torn down
	slow := mustSocket(t, p, stuck) // left open, unread: holds the drain until the peer reads
	huge, _ := payload(9, 16<<20)
	mustSend(t, slow, huge)

	cleaned := make(chan error, 1)
	go func() { cleaned <- p.Cleanup(ctx) }()
	if err := await(draining, "the final Cleanup to drain"); err != nil {
		return err
	}
	started := make(chan error, 1)
	go func() { _, err := p.Startup(ctx, v22); started <- err }()
	if err := await(waiting, "the Startup to wait"); err != nil {
		return err
	}
	stuck.unstall() // the drain can finish now
	if err := <-cleaned; err != nil {
		return fail("final cleanup", err)
	}
	if err := <-started; err != nil {
		return fail("startup during the drain", err)
	}
	fresh := mustSocket(t, p, good)
	mustSend(t, fresh, []byte("fresh generation"))
	mustCleanup(t, p) // final again
	mustStartup(t, p) // and a Startup after it behaves like the first
	mustCleanup(t, p)
	if p.Refs() != 0 || p.Live() != 0 {
		return errors.New("the run did not end idle")
	}
	return f.Sync()
}

func signal(c chan struct{}) {
	select {
	case c <- struct{}{}:
	default:
	}
}

func await(c chan struct{}, what string) error {
	select {
	case <-c:
		return nil
	case <-time.After(20 * time.Second):
		return errors.New("timed out waiting for " + what)
	}
}

func specChecker(t *testing.T) *trace.Checker {
	t.Helper()
	c, err := trace.Load(spec.FS, spec.DefaultSpec, spec.DefaultConfig)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func readEvents(t *testing.T, log []byte) []trace.Event {
	t.Helper()
	evs, err := trace.ReadNDJSON(bytes.NewReader(log), "events.ndjson")
	if err != nil {
		t.Fatal(err)
	}
	return evs
}

// TestRunValidatesAgainstSpec: the whole run's lifecycle events fit the spec.
func TestRunValidatesAgainstSpec(t *testing.T) {
	log := specRun(t)
	evs := readEvents(t, log)
	triggers := map[string]int{}
	waits := 0
	for _, e := range evs {
		triggers[e.Trigger]++
		if e.Wait {
			waits++
		}
	}
	// The run must contain what it claims to exercise, or validating it proves little.
	for _, want := range []string{"Startup", "Cleanup", "DrainDone", "FreeDone"} {
		if triggers[want] == 0 {
			t.Errorf("no %s event among %d lifecycle events", want, len(evs))
		}
	}
	if triggers["DrainDone"] != 3 || waits != 1 {
		t.Errorf("%d teardowns and %d waiting Startups, want 3 and 1", triggers["DrainDone"], waits)
	}
	if !bytes.Contains(log, []byte(`"wait":true`)) {
		t.Error(`no lifecycle event carries "wait":true`)
	}
	for _, k := range []string{EvWouldBlock, EvAbort, EvOpAborted, EvDrainBegin, EvFreeEnd} {
		if !bytes.Contains(log, []byte(`"kind":"`+k+`"`)) {
			t.Errorf("no %q socket event in the log", k)
		}
	}
	res, err := specChecker(t).Validate(context.Background(), evs)
	if err != nil {
		t.Fatal(err)
	}
	if res.Failure != nil {
		t.Fatalf("the loopback run is not a behaviour of the spec:\n%v\nlog:\n%s", res.Failure, log)
	}
	if res.Events != len(evs) {
		t.Fatalf("validated %d of %d events", res.Events, len(evs))
	}
	t.Logf("%d lifecycle events (of %d lines) validated, at most %d candidate states",
		res.Events, bytes.Count(log, []byte("\n")), res.MaxCandidates)
}

// TestEventFieldsSuffice: the structured fields alone (wait included) carry
// the run, so the validator need not read the event's text: without the
// "detail" field the log reads as the very same events.
func TestEventFieldsSuffice(t *testing.T) {
	log := string(specRun(t))
	var b strings.Builder
	for _, line := range strings.SplitAfter(log, "\n") {
		const key = `"detail":"`
		if i := strings.Index(line, key); i >= 0 && strings.Contains(line, `"kind":"lifecycle"`) {
			j := strings.Index(line[i+len(key):], `"`)
			line = line[:i] + line[i+len(key)+j+2:] // the field and its comma
		}
		b.WriteString(line)
	}
	stripped := b.String()
	if strings.Contains(stripped, "(waits)") || !strings.Contains(log, "(waits)") {
		t.Fatal("the waiting Startup's detail was not there to strip")
	}
	want, got := readEvents(t, []byte(log)), readEvents(t, []byte(stripped))
	if !slices.Equal(got, want) {
		t.Fatalf("without detail the log reads differently:\n%v\nwant\n%v", got, want)
	}
}

// TestDoctoredRunFails removes one Cleanup from the real log; validation must
// fail at the event that no longer fits, and name it.
// seqRE matches a line's seq and its lifecycle event's.
var seqRE = regexp.MustCompile(`(^\{"seq":|"lifecycle":\{"seq":)(\d+),`)

func TestDoctoredRunFails(t *testing.T) {
	cases := []struct {
		name   string
		remove func(e trace.Event) bool
	}{
		{"non-final Cleanup", func(e trace.Event) bool { return e.Trigger == "Cleanup" && e.Refs == 2 && e.NewRefs == 1 }},
		{"final Cleanup", func(e trace.Event) bool { return e.Trigger == "Cleanup" && e.To == "Draining" }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			log := specRun(t)
			evs := readEvents(t, log)
			at := -1
			for i, e := range evs {
				if tc.remove(e) {
					at = i
					break
				}
			}
			if at < 0 || at+1 >= len(evs) {
				t.Fatalf("the run has no event to remove (at %d of %d)", at, len(evs))
			}
			// Doctor the log itself: drop the line, keep every other one, and number the
			// later ones (lines and lifecycle events) one lower, as a run without that
			// event would have (a gap in seq alone is refused as a lost line).
			lines := strings.SplitAfter(string(log), "\n")
			line := evs[at].Line
			later := slices.Clone(lines[line:])
			for i, l := range later {
				later[i] = seqRE.ReplaceAllStringFunc(l, func(m string) string {
					sub := seqRE.FindStringSubmatch(m)
					n, _ := strconv.Atoi(sub[2])
					return sub[1] + strconv.Itoa(n-1) + ","
				})
			}
			doctored := strings.Join(append(lines[:line-1:line-1], later...), "")
			devs := readEvents(t, []byte(doctored))
			if len(devs) != len(evs)-1 {
				t.Fatalf("doctored log has %d events, want %d", len(devs), len(evs)-1)
			}
			res, err := specChecker(t).Validate(context.Background(), devs)
			if err != nil {
				t.Fatal(err)
			}
			if res.Failure == nil {
				t.Fatal("the doctored log validated")
			}
			next := evs[at+1] // the event after the removed one is the first that cannot fit
			next.Seq--
			if res.Failure.Index != at || res.Failure.Event.Seq != next.Seq || res.Events != at {
				t.Fatalf("failure at event %d (seq %d, %d fit), want event %d (seq %d):\n%v",
					res.Failure.Index, res.Failure.Event.Seq, res.Events, at, next.Seq, res.Failure)
			}
			msg := res.Failure.Error()
			where := fmt.Sprintf("line %d (event %d) does not fit the spec", next.Line-1, at+1) // one line up in the doctored log
			if !strings.Contains(msg, where) || !strings.Contains(msg, next.String()) {
				t.Errorf("report does not say %q about %q:\n%s", where, next.String(), msg)
			}
			t.Logf("\n%s", msg)
		})
	}
}
