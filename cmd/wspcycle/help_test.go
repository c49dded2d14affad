package main

import (
	"context"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/model"
)

// Every command answers --help on stdout with exit 0 and nothing on stderr
// (asking for help is not an error), and a bad flag with exit 2 and a
// message on stderr, but for `wspcycle tlc`, which answers it as TLC does
// (exit 1, TLC's message 1102 on stdout: TestTLCCommandLineGolden).
// Ranging over the registry keeps this true for commands added later.
func TestEveryCommandHelp(t *testing.T) {
	if len(commands) < 5 {
		t.Fatalf("only %d commands registered; want check, simulate, gen, graph, trace", len(commands))
	}
	for name := range commands {
		code, out, errs := runCLI(t, context.Background(), name, "--help")
		if code != model.ExitOK || errs != "" || !strings.Contains(strings.ToLower(out), "usage: wspcycle "+name) {
			t.Errorf("%s --help: exit %d, stderr %q, stdout starts %.60q", name, code, errs, out)
		}
		code, out, errs = runCLI(t, context.Background(), name, "--no-such-flag")
		if name == "tlc" {
			if code != 1 || errs != "" || !strings.Contains(out, "Error: unrecognized option: --no-such-flag\n") {
				t.Errorf("tlc --no-such-flag: exit %d, stdout %q, stderr %q; want TLC's answer", code, out, errs)
			}
			continue
		}
		if code != model.ExitUsage || errs == "" || out != "" {
			t.Errorf("%s --no-such-flag: exit %d, stdout %q, stderr %q", name, code, out, errs)
		}
	}
}
