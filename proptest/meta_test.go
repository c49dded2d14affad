package proptest

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"strings"
	"sync"
	"testing"

	"pgregory.net/rapid"
)

// suite is one of the test suites, runnable against any implementation.
type suite struct {
	name string
	run  func(tb rapid.TB, impl Impl)
}

var suites = []suite{
	{"conformance", suiteConformance},
	{"statemachine", func(tb rapid.TB, impl Impl) { suiteStateMachine(tb, impl) }},
	{"linearizable", func(tb rapid.TB, impl Impl) { suiteLinearizable(tb, impl) }},
	{"layered", func(tb rapid.TB, impl Impl) { suiteLayered(tb, impl) }},
	{"calls", func(tb rapid.TB, impl Impl) { suiteCalls(tb, impl) }},
}

// recorder is a rapid.TB that records a failure instead of failing the test, so that a
// suite can be run against a mutant and be expected to fail.
type recorder struct {
	name   string
	dir    string // ArtifactDir
	mu     sync.Mutex
	failed bool
	msg    string
	logs   []string
}

func (r *recorder) ArtifactDir() string { return r.dir }

func (r *recorder) Helper()                 {}
func (r *recorder) Name() string            { return r.name }
func (r *recorder) Logf(f string, a ...any) { r.log(fmt.Sprintf(f, a...)) }
func (r *recorder) Log(a ...any)            { r.log(fmt.Sprint(a...)) }

func (r *recorder) log(s string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.logs) < 100 {
		r.logs = append(r.logs, s)
	}
}
func (r *recorder) Skipf(f string, a ...any) {
	r.fail(fmt.Sprintf("skipped: "+f, a...))
	runtime.Goexit()
}
func (r *recorder) Skip(a ...any)             { r.fail(fmt.Sprint(a...)); runtime.Goexit() }
func (r *recorder) SkipNow()                  { r.fail("skipped"); runtime.Goexit() }
func (r *recorder) Errorf(f string, a ...any) { r.fail(fmt.Sprintf(f, a...)) }
func (r *recorder) Error(a ...any)            { r.fail(fmt.Sprint(a...)) }
func (r *recorder) Fatalf(f string, a ...any) { r.fail(fmt.Sprintf(f, a...)); runtime.Goexit() }
func (r *recorder) Fatal(a ...any)            { r.fail(fmt.Sprint(a...)); runtime.Goexit() }
func (r *recorder) FailNow()                  { r.fail(""); runtime.Goexit() }
func (r *recorder) Fail()                     { r.fail("") }
func (r *recorder) Failed() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.failed
}

func (r *recorder) fail(msg string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.failed = true
	if r.msg == "" {
		r.msg = msg
	}
}

// runRecorded runs a suite against impl in its own goroutine (FailNow ends it) and
// returns whether it failed, with the first message.
func runRecorded(t *testing.T, name string, s suite, impl Impl) (bool, string) {
	r := &recorder{name: name, dir: t.ArtifactDir()}
	done := make(chan struct{})
	go func() {
		defer close(done)
		s.run(r, impl)
	}()
	<-done
	if r.Failed() && s.name == "linearizable" {
		checkVisualization(t, r)
	}
	return r.Failed(), r.msg
}

// checkVisualization checks that a history found not linearizable left porcupine's
// visualization where the log says.
func checkVisualization(t *testing.T, r *recorder) {
	const prefix = "visualization of the failing history: "
	for _, l := range r.logs {
		if path, ok := strings.CutPrefix(l, prefix); ok {
			if fi, err := os.Stat(path); err != nil || fi.Size() == 0 {
				t.Errorf("%s: the visualization %s is missing or empty (%v)", r.name, path, err)
			}
			return
		}
	}
	t.Errorf("%s: a non-linearizable history left no visualization; log: %v", r.name, r.logs)
}

// setFlag sets a rapid flag for the duration of a test.
func setFlag(t *testing.T, name, val string) {
	f := flag.Lookup(name)
	if f == nil {
		t.Fatalf("no flag %s", name)
	}
	old := f.Value.String()
	if err := flag.Set(name, val); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = flag.Set(name, old) })
}

// TestMutantsAreKilled runs every suite against every mutant: each mutant must make at
// least one suite fail (a surviving mutant is a missing test). It reports the kill rate
// and which suites kill which mutant. The real runtime, run the same way, must pass every
// suite: the recorder itself must be able to say "passed".
func TestMutantsAreKilled(t *testing.T) {
	setFlag(t, "rapid.nofailfile", "true") // mutant failures are expected: no fail files
	setFlag(t, "rapid.shrinktime", "200ms")
	// The quick run (make test) stops at the first suite that kills a mutant, cheapest
	// suite first; a deep run (make proptest) fills in the whole matrix.
	deep := flag.Lookup("rapid.checks").Value.String() != "100"
	if deep {
		setFlag(t, "rapid.checks", "300") // a mutant dies within far fewer checks
	}
	for i, s := range suites {
		if i > 0 && !deep {
			break // the quick run has the real runtime's own tests for the rest
		}
		if failed, msg := runRecorded(t, "real/"+s.name, s, Real); failed {
			t.Fatalf("the real runtime fails suite %s when recorded: %s", s.name, msg)
		}
	}
	killed := 0
	for _, m := range mutants {
		var by []string
		for _, s := range suites {
			if failed, msg := runRecorded(t, "mutant/"+m.Name+"/"+s.name, s, m); failed {
				by = append(by, s.name)
				t.Logf("%-36s killed by %-15s %s", m.Name, s.name, firstLine(msg))
				if !deep {
					break
				}
			}
		}
		if len(by) == 0 {
			t.Errorf("mutant %s survives every suite: a test is missing", m.Name)
			continue
		}
		killed++
	}
	t.Logf("mutant kill rate: %d/%d", killed, len(mutants))
}

func firstLine(s string) string {
	if i := strings.Index(s, " tests: "); i >= 0 {
		s = s[i+len(" tests: "):]
	}
	s = strings.TrimSpace(s)
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "[rapid]") {
			return l
		}
	}
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
