package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/model/tlcout"
)

// reOutcome picks the lines of TLC's output that carry the search's
// outcome: the liveness check's announcement, the errors, the last
// progress line, the final counts and the depth.
var reOutcome = regexp.MustCompile(`^(Checking |Error: |Progress\(|\d+ states generated|The depth)`)

func outcome(out string) []string {
	var keep []string
	for _, l := range strings.Split(tlcout.Normalize(out, false), "\n") {
		if reOutcome.MatchString(l) {
			keep = append(keep, l)
		}
	}
	return keep
}

// TestTLCLivenessCountsFinal: on the FreeWaitsForCaller mutant TLC's
// verdict comes from a periodic liveness check when its search outlives
// its 3-second clock (testdata/tlc/periodic: its counts then depend on the
// machine, tlcout.PeriodicLiveness). Run with -lncheck final, TLC checks
// liveness once, on the complete graph, as wspcycle always does, and the
// outcome is wspcycle's line for line: the same announcement (15,812
// nodes in 4 branches), property, counts and depth.
func TestTLCLivenessCountsFinal(t *testing.T) {
	if testing.Short() {
		t.Skip("a search of 29,489 states")
	}
	data, err := os.ReadFile(filepath.Join("..", "..", "model", "testdata", "tlc", "periodic", "FreeWaitsForCallerFinal.text.out"))
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join("..", "..", "spec", "mutants")
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"tlc", "-workers", "1", "-lncheck", "final",
		"-config", filepath.Join(dir, "FreeWaitsForCaller.cfg"), filepath.Join(dir, "FreeWaitsForCaller.tla")}, &out, &errb)
	if code != 13 {
		t.Fatalf("exit %d, want TLC's 13; stderr:\n%s", code, errb.String())
	}
	want, got := outcome(string(data)), outcome(out.String())
	if len(want) < 5 || !slices.Equal(got, want) {
		t.Errorf("outcome\n%s\nTLC's\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestTLCQuantifiedPropertyName: LostWakeup's WaitingStartupCompletes is
// \A t \in Threads : ..., violated for t1; TLC's message names the cfg's
// property ("Temporal property WaitingStartupCompletes was violated."),
// not the instance wspcycle check reports. The rest of the outcome (TLC's
// run in testdata/tlc/lifecycle, complete before its clock struck) is
// wspcycle's too.
func TestTLCQuantifiedPropertyName(t *testing.T) {
	if testing.Short() {
		t.Skip("a search of 8,484 states")
	}
	data, err := os.ReadFile(filepath.Join("..", "..", "model", "testdata", "tlc", "lifecycle", "LostWakeup.text.out"))
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join("..", "..", "spec", "mutants")
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"tlc", "-workers", "1",
		"-config", filepath.Join(dir, "LostWakeup.cfg"), filepath.Join(dir, "LostWakeup.tla")}, &out, &errb)
	if code != 13 {
		t.Fatalf("exit %d, want TLC's 13; stderr:\n%s", code, errb.String())
	}
	want, got := outcome(string(data)), outcome(out.String())
	if !slices.Contains(want, "Error: Temporal property WaitingStartupCompletes was violated.") || !slices.Equal(got, want) {
		t.Errorf("outcome\n%s\nTLC's\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
