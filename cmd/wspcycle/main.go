// Command wspcycle checks, compiles and exercises the provider lifecycle
// spec: check (model-check, as TLC does), tlc (the same with TLC's command
// line and output, -tool included), simulate (random behaviours), gen
// (compile the control fragment to Go), graph (draw the machine), trace
// (validate an observed run) and version. Each subcommand lives in its own
// file and registers itself with register in an init function, so a new
// command is one more file; every one reads its flags through
// internal/cli.
//
// Exit codes (`wspcycle check`, and the others where they apply; TLC's own
// codes where TLC has one; `wspcycle tlc` uses TLC's alone, see its help):
//
//	0    ok: no error found
//	1    internal error (cannot write an output file, a bug)
//	2    usage: bad command line
//	3    state limit (--max-states) reached before the search finished
//	4    memory limit (--max-memory) reached: out-of-memory risk
//	11   deadlock reached
//	12   invariant violated (safety)
//	13   temporal or action property violated (liveness, [][A]_v, initial-state property)
//	75   evaluation error while exploring (e.g. a successor not completely specified)
//	130  interrupted (Ctrl-C); the counts so far are printed
//	150  bad input: the spec or cfg does not parse or names something undefined,
//	     or asks for what the checker cannot do
package main

import (
	"context"
	"fmt"
	"github.com/wspcycle/wspcycle/tla/value"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"

	"github.com/wspcycle/wspcycle/model"
)

// command is one subcommand. Run gets the arguments after its name and
// returns the process exit code; it writes only to the given writers so
// that tests can run it in-process.
type command struct {
	Name    string
	Summary string // one line, for `wspcycle help`
	Run     func(ctx context.Context, args []string, stdout, stderr io.Writer) int
}

var commands = map[string]*command{}

// register adds a subcommand; each command file calls it from init.
func register(c *command) {
	if _, dup := commands[c.Name]; dup {
		panic("wspcycle: command registered twice: " + c.Name)
	}
	commands[c.Name] = c
}

func main() {
	// Ctrl-C cancels the context: the checker stops at once and reports the
	// counts so far (exit 130) instead of dying mid-line.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run is main without the process: it dispatches to a subcommand.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	// Each command starts with TLC's default set bound (value.MaxEnum);
	// tlc -maxSetSize and check --max-set-size change it for their run.
	value.SetMaxEnum(value.DefaultSetBound)
	if len(args) == 0 {
		usage(stderr)
		return model.ExitUsage
	}
	switch args[0] {
	case "--version", "-version", "-v":
		return commands["version"].Run(ctx, nil, stdout, stderr)
	case "help", "-h", "-help", "--help":
		if len(args) > 1 {
			if c, ok := commands[args[1]]; ok {
				return c.Run(ctx, []string{"--help"}, stdout, stderr)
			}
		}
		usage(stdout)
		return model.ExitOK
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "wspcycle: unknown command %q\n\n", args[0])
		usage(stderr)
		return model.ExitUsage
	}
	return c.Run(ctx, args[1:], stdout, stderr)
}

func usage(w io.Writer) {
	var names []string
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	b.WriteString("wspcycle: the provider lifecycle spec, its checker, compiler and tests.\n\nUsage:\n  wspcycle <command> [arguments]\n\nCommands:\n")
	for _, n := range names {
		fmt.Fprintf(&b, "  %-10s %s\n", n, commands[n].Summary)
	}
	b.WriteString("\nRun 'wspcycle <command> --help' for a command's flags.\n")
	io.WriteString(w, b.String())
}
