package cli

import (
	"bytes"
	"flag"
	"strings"
	"testing"
)

func TestParseFlags(t *testing.T) {
	newFS := func() (*flag.FlagSet, *int) {
		fs := flag.NewFlagSet("x", flag.ContinueOnError)
		return fs, fs.Int("workers", 0, "number of `N` workers")
	}
	// Flags on either side of the positional arguments.
	fs, workers := newFS()
	var out, errs bytes.Buffer
	pos, code, ok := ParseFlags("wspcycle x", fs, []string{"A.tla", "-workers", "4", "B"}, "Usage: wspcycle x\n\nFlags:\n", &out, &errs)
	if !ok || code != 0 || *workers != 4 || strings.Join(pos, " ") != "A.tla B" {
		t.Errorf("ok %v code %d workers %d positional %v", ok, code, *workers, pos)
	}
	// --help: usage and flags on stdout, nothing on stderr, exit 0.
	fs, _ = newFS()
	out.Reset()
	errs.Reset()
	_, code, ok = ParseFlags("wspcycle x", fs, []string{"--help"}, "Usage: wspcycle x\n\nFlags:\n", &out, &errs)
	if ok || code != 0 || errs.Len() != 0 || !strings.HasPrefix(out.String(), "Usage: wspcycle x") || !strings.Contains(out.String(), "-workers N") {
		t.Errorf("--help: ok %v code %d stdout %q stderr %q", ok, code, out.String(), errs.String())
	}
	// A bad flag: the error and a hint on stderr, exit 2, nothing on stdout.
	fs, _ = newFS()
	out.Reset()
	errs.Reset()
	_, code, ok = ParseFlags("wspcycle x", fs, []string{"-nope"}, "Usage\n", &out, &errs)
	if ok || code != ExitUsage || out.Len() != 0 || !strings.Contains(errs.String(), "Run 'wspcycle x --help' for usage.") {
		t.Errorf("bad flag: ok %v code %d stdout %q stderr %q", ok, code, out.String(), errs.String())
	}
}
