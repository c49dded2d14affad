package main

import (
	"bytes"
	"context"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// tlc -recover DIR resumes a checkpointed disk-backed run and ends with
// the counts of an uninterrupted run: the checkpoint is made by `check
// --disk DIR --checkpoint 1ns --max-states 600`, which stops Pool (1408
// distinct states) at a level boundary after 600 states with a checkpoint
// of that level. TLC's recovery messages frame it (2197, 2198), and no
// "Computing initial states..." is printed for a recovered run.
func TestTLCRecover(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "meta")
	spec := filepath.Join("..", "..", "model", "testdata", "Pool.tla")
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"check", "--disk", dir, "--checkpoint", "1ns", "--max-states", "600", spec}, &out, &errb); code != 3 {
		t.Fatalf("check --max-states: exit %d, want 3; %s", code, errb.String())
	}
	counts := regexp.MustCompile(`(?m)^\d+ states generated, \d+ distinct states found, \d+ states left on queue\.$`)
	out.Reset()
	if code := run(context.Background(), []string{"tlc", "-tool", "-recover", dir, spec}, &out, &errb); code != 0 {
		t.Fatalf("tlc -recover: exit %d; %s%s", code, out.String(), errb.String())
	}
	got := out.String()
	var full bytes.Buffer
	run(context.Background(), []string{"tlc", spec}, &full, &errb)
	if c, w := counts.FindString(got), counts.FindString(full.String()); c == "" || c != w {
		t.Errorf("recovered counts %q, want the uninterrupted run's %q", c, w)
	}
	for _, want := range []string{"@!@!@STARTMSG 2197:0 @!@!@\nStarting recovery from checkpoint " + dir, "@!@!@STARTMSG 2198:0 @!@!@\nRecovery completed. "} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "Computing initial states") {
		t.Errorf("a recovered run computes no initial states:\n%s", got)
	}
	// A directory without a checkpoint: TLC's system error exit.
	out.Reset()
	if code := run(context.Background(), []string{"tlc", "-recover", t.TempDir(), spec}, &out, &errb); code != tlcExitSystem {
		t.Errorf("-recover of an empty directory: exit %d, want %d", code, tlcExitSystem)
	}
}

// tlc -checkpoint N runs the disk-backed search in -metadir DIR, with
// temporal properties too (LiveFail: exit 13, as in memory), also when
// their evaluations print (liveprint/LiveCex: exit 13; what it prints is
// TestTLCLivePrintsDisk's).
func TestTLCCheckpointFlag(t *testing.T) {
	meta := filepath.Join(t.TempDir(), "meta")
	td := filepath.Join("..", "..", "model", "testdata")
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"tlc", "-checkpoint", "5", "-metadir", meta, filepath.Join(td, "Pool.tla")}, &out, &errb); code != 0 {
		t.Fatalf("exit %d; %s", code, errb.String())
	}
	if !strings.Contains(out.String(), "disk-backed fingerprint set") || !strings.Contains(out.String(), "6441 states generated, 1408 distinct states found") {
		t.Errorf("not a disk-backed run with Pool's counts:\n%s", out.String())
	}
	out.Reset()
	errb.Reset()
	if code := run(context.Background(), []string{"tlc", "-checkpoint", "5", "-metadir", meta, filepath.Join(td, "LiveFail.tla")}, &out, &errb); code != 13 {
		t.Errorf("LiveFail with -checkpoint: exit %d, want 13", code)
	}
	if !strings.Contains(out.String(), "disk-backed fingerprint set") || errb.Len() > 0 {
		t.Errorf("LiveFail with -checkpoint: not a disk-backed run: %s%s", out.String(), errb.String())
	}
	out.Reset()
	errb.Reset()
	cex := filepath.Join(td, "tlc", "liveprint")
	args := []string{"tlc", "-checkpoint", "5", "-metadir", meta, "-config", filepath.Join(cex, "LiveCex.cfg"), filepath.Join(cex, "LiveCex.tla")}
	if code := run(context.Background(), args, &out, &errb); code != 13 {
		t.Errorf("LiveCex with -checkpoint: exit %d, want 13", code)
	}
	if !strings.Contains(out.String(), "disk-backed fingerprint set") || errb.Len() > 0 {
		t.Errorf("LiveCex with -checkpoint: not a disk-backed run: %s%s", out.String(), errb.String())
	}
}

// TestTLCRecoverLiveSafety: tlc -recover of a run whose temporal property
// a finite prefix violates (Leads, model/testdata/tlc/livesafety, stopped
// after its third level) stops the resumed search as the uninterrupted
// run and TLC do: "Temporal property P was violated.", the 9-state
// prefix, TLC's counts, exit 12. wspcycle tlc refused -recover with
// temporal properties; the disk-backed search checks them (and prints
// what their evaluations print: TestTLCLivePrintsDisk).
func TestTLCRecoverLiveSafety(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "meta")
	spec := filepath.Join(liveSafetyDir, "Leads.tla")
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"check", "--disk", dir, "--checkpoint", "1ns", "--max-states", "5", spec}, &out, &errb); code != 3 {
		t.Fatalf("check --max-states: exit %d, want 3; %s", code, errb.String())
	}
	out.Reset()
	code := run(context.Background(), []string{"tlc", "-recover", dir, spec}, &out, &errb)
	var full bytes.Buffer
	run(context.Background(), []string{"tlc", spec}, &full, &errb)
	// From the error to the counts, both included.
	part := regexp.MustCompile(`(?s)Error: Temporal propert.*?\d+ states generated, \d+ distinct states found, \d+ states left on queue\.`)
	got, want := part.FindString(out.String()), part.FindString(full.String())
	if code != 12 || got == "" || got != want {
		t.Errorf("tlc -recover: exit %d, want 12; got\n%s%s\nwant the uninterrupted run's\n%s", code, got, errb.String(), want)
	}
}
