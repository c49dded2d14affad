package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/model/trace"
)

func init() {
	register(&command{Name: "trace", Summary: "validate an observed run (NDJSON events) against a spec", Run: runTrace})
}

const traceUsage = `Usage: wspcycle trace validate SPEC.tla EVENTS.ndjson [--config FILE]

Reads the lifecycle events an fsm.Provider's observer wrote (one JSON object
per line: seq, trigger, from, to, refs, newRefs, wait, err; the loopback
example's {"kind":"lifecycle",...} lines are read too) and checks that they
form a behaviour of SPEC.tla under its model: each event must be an action
the spec's @trigger annotations map it to, enabled in a state the run can be
in, landing on the event's phase and counter. Actions the observer does not
see (sockets, the network) may happen between events.

On failure it names the first event that does not fit, the actions enabled
there, and the conjunct of the expected action that is false. An event
whose trigger no action is annotated with never fits.

The log is read as it is checked, one line at a time (a line may be at most
1 MiB). Its seq numbers must run 1, 2, 3, ... : a gap (a lost line), a
repeat or two events out of order is bad input, reported with its line,
since the log is then not the run's record. In the loopback example's form
the seq of every line is checked too.

Exit codes: 0 the run fits, 12 it does not, 150 bad input (spec, cfg, or
events: not JSON, a line too long, seq out of sequence), 2 usage, 130
interrupted.

Flags:
`

func runTrace(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("trace", flag.ContinueOnError)
	config := fs.String("config", "", "the model configuration `FILE` (default: SPEC.cfg beside SPEC.tla)")
	maxStates := fs.Int("max-states", 0, "give up when more than `N` candidate states are held (0: a default of 1048576)")
	positional, code, ok := parseFlags(fs, args, traceUsage, stdout, stderr)
	if !ok {
		return code
	}
	if len(positional) != 3 || positional[0] != "validate" {
		fmt.Fprintln(stderr, "wspcycle trace: want: trace validate SPEC.tla EVENTS.ndjson")
		return model.ExitUsage
	}
	if *maxStates < 0 {
		fmt.Fprintln(stderr, "wspcycle trace: --max-states must not be negative (0: the default)")
		return model.ExitUsage
	}
	specPath, eventsPath := positional[1], positional[2]
	cfgPath := *config
	if cfgPath == "" {
		cfgPath = configBeside(specPath)
	}
	// Loading, opening and reading the log (the events may come from a
	// FIFO, where a read blocks) do not all poll the context:
	// interruptible ends the command on Ctrl-C all the same. The log is
	// streamed: it is never held whole.
	type outcome struct {
		c   *trace.Checker
		res *trace.Result
		err error
	}
	out, ok := interruptible(ctx, "trace", stderr, func() outcome {
		c, err := trace.LoadFiles(specPath, cfgPath)
		if err != nil {
			return outcome{err: err}
		}
		c.MaxStates = *maxStates
		f, err := os.Open(eventsPath)
		if err != nil {
			return outcome{err: err}
		}
		defer f.Close()
		res, err := c.ValidateStream(ctx, trace.NewReader(f, eventsPath))
		return outcome{c, res, err}
	})
	if !ok {
		return model.ExitInterrupted
	}
	c, res, err := out.c, out.res, out.err
	switch {
	case ctx.Err() != nil:
		fmt.Fprintln(stderr, "wspcycle trace: interrupted")
		return model.ExitInterrupted
	case err != nil:
		fmt.Fprintf(stderr, "wspcycle trace: %v\n", err)
		return model.ExitBadInput
	case res.Failure != nil:
		fmt.Fprintf(stdout, "%s: the first %d events fit %s; then:\n%s", eventsPath, res.Events, c.Spec.Name, res.Failure)
		return model.ExitSafety
	}
	fmt.Fprintf(stdout, "%s: all %d events form a behaviour of %s (at most %d candidate states).\n",
		eventsPath, res.Events, c.Spec.Name, res.MaxCandidates)
	return model.ExitOK
}
