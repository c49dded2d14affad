//go:build wspcycle_mutants

package proptest

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/wspcycle/wspcycle/proptest/internal/fsmmutant"
)

// envMutant names the runtime mutant a child test binary was built with (see
// TestRuntimeMutantsAreKilled); it is empty in the parent.
const envMutant = "WSPCYCLE_FSM_MUTANT"

// resultPrefix starts each line by which a child reports one suite's verdict.
const resultPrefix = "fsmmutant-result "

// TestRuntimeMutantsAreKilled runs every suite against every mutant of the runtime
// (internal/fsmmutant lists them) and requires each mutant to be killed by at least one
// suite: a surviving mutant is a missing test. fsm's sources carry no mutation point; for
// each mutant this test rewrites a copy of the files concerned, builds this package's
// test binary against the copy (go test -c -overlay), and runs it as a child that runs
// every suite, one at a time, and reports which failed. It logs the whole kill matrix and
// the kill rate. With no mutant, the same recorded runs must pass, so that "killed" means
// the mutant and not the recording.
//
// Only with the tag (it builds one test binary per mutant, a minute or two):
//
//	go test -tags wspcycle_mutants -run Mutant ./proptest/
func TestRuntimeMutantsAreKilled(t *testing.T) {
	setFlag(t, "rapid.nofailfile", "true") // mutant failures are expected: no fail files
	setFlag(t, "rapid.shrinktime", "200ms")
	if flag.Lookup("rapid.checks").Value.String() != "100" {
		setFlag(t, "rapid.checks", "300") // a deep run: a mutant dies within far fewer checks
	}
	if name := os.Getenv(envMutant); name != "" {
		runSuitesAsChild(t, name)
		return
	}
	for _, s := range suites {
		if failed, msg := runRecorded(t, "real/"+s.name, s, Real); failed {
			t.Fatalf("with no mutant, the runtime fails suite %s when recorded: %s", s.name, msg)
		}
	}
	if len(fsmmutant.Table) < 10 {
		t.Fatalf("only %d runtime mutants", len(fsmmutant.Table))
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	// Two mutants at a time: each is mostly a build (compile and link), which a second
	// core speeds up; the suites of a child run a second or two.
	results := make([]map[string]string, len(fsmmutant.Table))
	errs := make([]error, len(fsmmutant.Table))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(2, runtime.NumCPU()) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i], errs[i] = runMutant(t, goTool, dir, fsmmutant.Table[i])
			}
		}()
	}
	for i := range fsmmutant.Table {
		next <- i
	}
	close(next)
	wg.Wait()
	var rows []string
	killed := 0
	for i, m := range fsmmutant.Table {
		if errs[i] != nil {
			t.Error(errs[i])
			continue
		}
		verdicts := results[i]
		row := fmt.Sprintf("%-40s", m.Name)
		var by []string
		for _, s := range suites {
			mark := "-"
			if msg, ok := verdicts[s.name]; !ok {
				t.Errorf("mutant %s: the child reported nothing for suite %s", m.Name, s.name)
			} else if msg != "" {
				mark = "KILLED"
				by = append(by, s.name)
				t.Logf("%-40s killed by %-13s %s", m.Name, s.name, msg)
			}
			row += fmt.Sprintf(" %-13s", mark)
		}
		rows = append(rows, row)
		if len(by) == 0 {
			t.Errorf("runtime mutant %s (%s) survives every suite: a test is missing", m.Name, m.Breaks)
			continue
		}
		killed++
	}
	head := fmt.Sprintf("%-40s", "runtime mutant \\ suite")
	for _, s := range suites {
		head += fmt.Sprintf(" %-13s", s.name)
	}
	t.Logf("kill matrix:\n%s\n%s", head, strings.Join(rows, "\n"))
	t.Logf("runtime mutant kill rate: %d/%d", killed, len(fsmmutant.Table))
}

// runMutant builds the test binary with m planted in fsm and runs it as a child. It
// returns, per suite, "" when the suite passed and the first line of its failure when it
// killed the mutant. It may run in a goroutine of its own: it reports through its error.
func runMutant(t *testing.T, goTool, dir string, m fsmmutant.Mutant) (map[string]string, error) {
	overlay, err := fsmmutant.Overlay(m, "../fsm", dir)
	if err != nil {
		return nil, err
	}
	bin := filepath.Join(dir, m.Name+".test")
	start := time.Now()
	build := exec.Command(goTool, "test", "-c", "-tags", "wspcycle_mutants", "-overlay", overlay, "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("mutant %s does not build: %v\n%s", m.Name, err, out)
	}
	built := time.Since(start)
	child := exec.Command(bin, "-test.run", "^TestRuntimeMutantsAreKilled$", "-test.count=1",
		"-rapid.checks="+flag.Lookup("rapid.checks").Value.String())
	child.Env = append(os.Environ(), envMutant+"="+m.Name)
	var stdout bytes.Buffer
	child.Stdout, child.Stderr = &stdout, &stdout
	if err := child.Run(); err != nil {
		return nil, fmt.Errorf("mutant %s: the child test failed: %v\n%s", m.Name, err, stdout.String())
	}
	verdicts := map[string]string{}
	sc := bufio.NewScanner(&stdout)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), resultPrefix); ok {
			suite, msg, _ := strings.Cut(rest, " ")
			verdicts[suite] = strings.TrimPrefix(msg, "passed")
		}
	}
	t.Logf("mutant %s: built in %v, suites run in %v", m.Name, built.Round(time.Millisecond), (time.Since(start) - built).Round(time.Millisecond))
	return verdicts, nil
}

// runSuitesAsChild is the child's side: the binary was built with the mutant planted; it
// runs every suite recorded and prints one verdict line per suite.
func runSuitesAsChild(t *testing.T, name string) {
	if _, ok := fsmmutant.Lookup(name); !ok {
		t.Fatalf("%s=%s names no mutant", envMutant, name)
	}
	for _, s := range suites {
		verdict := "passed"
		if failed, msg := runRecorded(t, "runtime-mutant/"+name+"/"+s.name, s, Real); failed {
			verdict = "killed: " + firstLine(msg)
			if verdict == "killed: " {
				verdict = "killed: (no message)"
			}
		}
		fmt.Printf("%s%s %s\n", resultPrefix, s.name, verdict)
	}
}
