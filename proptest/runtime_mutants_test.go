//go:build wspcycle_mutants

package proptest

import (
	"flag"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/wspcycle/wspcycle/fsm"
)

// TestRuntimeMutantsAreKilled runs every suite against every mutant planted inside the
// runtime (fsm/mutation.go lists them; fsm.SetMutant switches one on, process-wide), one
// mutant and one suite at a time, and requires each mutant to be killed by at least one
// suite: a surviving mutant is a missing test. It logs the whole kill matrix and the kill
// rate. With no mutant switched on, the same recorded runs must pass, so that "killed"
// means the mutant and not the recording.
//
// Only in a build with the mutation points compiled in:
//
//	go test -tags wspcycle_mutants -run Mutant ./proptest/
func TestRuntimeMutantsAreKilled(t *testing.T) {
	setFlag(t, "rapid.nofailfile", "true") // mutant failures are expected: no fail files
	setFlag(t, "rapid.shrinktime", "200ms")
	if flag.Lookup("rapid.checks").Value.String() != "100" {
		setFlag(t, "rapid.checks", "300") // a deep run: a mutant dies within far fewer checks
	}
	t.Cleanup(func() { _ = fsm.SetMutant("") })
	if err := fsm.SetMutant(""); err != nil {
		t.Fatal(err)
	}
	for _, s := range suites {
		if failed, msg := runRecorded(t, "real/"+s.name, s, Real); failed {
			t.Fatalf("with no mutant switched on, the runtime fails suite %s when recorded: %s", s.name, msg)
		}
	}
	names := fsm.Mutants()
	if len(names) < 10 {
		t.Fatalf("only %d runtime mutants: %v", len(names), names)
	}
	var rows []string
	killed := 0
	for _, m := range names {
		if err := fsm.SetMutant(m); err != nil {
			t.Fatal(err)
		}
		row := fmt.Sprintf("%-40s", m)
		var by []string
		for _, s := range suites {
			start := time.Now()
			failed, msg := runRecorded(t, "runtime-mutant/"+m+"/"+s.name, s, Real)
			mark := "-"
			if failed {
				mark = "KILLED"
				by = append(by, s.name)
				t.Logf("%-40s killed by %-13s in %-6v %s", m, s.name, time.Since(start).Round(time.Millisecond), firstLine(msg))
			}
			row += fmt.Sprintf(" %-13s", mark)
		}
		if err := fsm.SetMutant(""); err != nil {
			t.Fatal(err)
		}
		rows = append(rows, row)
		if len(by) == 0 {
			t.Errorf("runtime mutant %s survives every suite: a test is missing", m)
			continue
		}
		killed++
	}
	head := fmt.Sprintf("%-40s", "runtime mutant \\ suite")
	for _, s := range suites {
		head += fmt.Sprintf(" %-13s", s.name)
	}
	t.Logf("kill matrix:\n%s\n%s", head, strings.Join(rows, "\n"))
	t.Logf("runtime mutant kill rate: %d/%d", killed, len(names))
}
