package main

import (
	"bytes"
	"context"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/model/tlcout"
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/source"
)

// TestCoverageTimer: TLC's AbstractChecker.runTLC sets count to the
// coverage interval over the progress interval (N for -coverage N, the
// progress report being every minute), prints the coverage report after a
// progress report when count is 0 (and sets it back to N), and otherwise
// decrements it: with -coverage 1 the report follows every second progress
// report, with -coverage 3 every fourth.
func TestCoverageTimer(t *testing.T) {
	for _, tc := range []struct {
		minutes int
		want    string
	}{{1, "-+-+-+"}, {3, "---+---+"}, {0, "----"}} {
		tm := newCoverageTimer(tc.minutes)
		var got strings.Builder
		for range len(tc.want) {
			if tm.due() {
				got.WriteByte('+')
			} else {
				got.WriteByte('-')
			}
		}
		if got.String() != tc.want {
			t.Errorf("-coverage %d: progress reports followed by coverage %q, want %q", tc.minutes, got.String(), tc.want)
		}
	}
}

// TestTLCCoverageNowAtEnd: the report printed during the search reads each
// action's counts from its coverage tree, where the checker counts them as
// it goes; at the end of the search it must say what the final report says
// (built from the checker's own per-action counts), line for line.
func TestTLCCoverageNowAtEnd(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata")
	for _, name := range []string{"Fifo", "Pool", "CovMix"} {
		for _, workers := range []int{1, 2} {
			sp, err := eval.LoadFilesWith(eval.Options{Coverage: true}, filepath.Join(dir, name+".tla"), filepath.Join(dir, name+".cfg"))
			if err != nil {
				t.Fatal(err)
			}
			rep, err := model.Check(context.Background(), sp, model.Options{Workers: workers, ReadSource: source.ReadFile})
			if err != nil {
				t.Fatal(err)
			}
			final := tlcCoverage(sp, rep, source.ReadFile)
			now := tlcCoverageNow(sp, model.Event{Init: rep.InitStates}, source.ReadFile)
			if !reflect.DeepEqual(final.Actions, now.Actions) {
				t.Errorf("%s, %d workers: actions during the search\n%+v\nat the end\n%+v", name, workers, now.Actions, final.Actions)
			}
			if !reflect.DeepEqual(final.Invariants, now.Invariants) || !reflect.DeepEqual(final.Init.Lines, now.Init.Lines) {
				t.Errorf("%s, %d workers: the initial predicate's or the invariants' lines differ", name, workers)
			}
			var a, b bytes.Buffer
			tlcout.NewWriter(&a, false).CoverageReport(*final, time.Time{})
			tlcout.NewWriter(&b, false).CoverageReport(*now, time.Time{})
			if a.String() != b.String() {
				t.Errorf("%s, %d workers: reports differ:\n%s\n%s", name, workers, a.String(), b.String())
			}
		}
	}
}

// TestTLCCoverageWorkers: with two workers the expressions' counts are the
// same as with one (each state is expanded once, and the counters are
// shared), on specs
// without arguments of operators counted once per application (which two
// workers may count twice); under -race (make test) this also checks that
// the counting is free of data races.
func TestTLCCoverageWorkers(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata")
	for _, name := range []string{"Counter", "Constrained", "Steps", "Mailboxes"} {
		var outs [2]string
		for i, workers := range []string{"1", "2"} {
			var out, errb bytes.Buffer
			args := []string{"tlc", "-workers", workers, "-coverage", "1", "-config", filepath.Join(dir, name+".cfg"), filepath.Join(dir, name+".tla")}
			if code := run(context.Background(), args, &out, &errb); code != 0 {
				t.Fatalf("%s: exit %d\n%s", name, code, errb.String())
			}
			s := out.String()
			s = s[strings.Index(s, "The coverage statistics"):strings.Index(s, "End of statistics.")]
			for _, l := range strings.Split(s, "\n") {
				// Which action finds a state first depends on the workers'
				// timing (as in TLC): the actions' distinct counts are left out.
				if strings.HasPrefix(l, "  ") {
					outs[i] += l + "\n"
				}
			}
		}
		if outs[0] != outs[1] {
			t.Errorf("%s: one worker\n%s\ntwo workers\n%s", name, outs[0], outs[1])
		}
	}
}
