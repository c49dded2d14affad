package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/eval"
)

func init() {
	register(&command{Name: "check", Summary: "model-check a TLA+ spec (the lifecycle spec by default), as TLC does", Run: runCheck})
}

const checkUsage = `Usage: wspcycle check [SPEC.tla] [flags]

Explores every reachable state of SPEC.tla under its model configuration,
breadth first on all cores, and checks the cfg's INVARIANTs, deadlock
(unless CHECK_DEADLOCK FALSE) and temporal PROPERTYs ([]P, <>P, []<>P, <>[]P,
P ~> Q under the WF_/SF_ fairness of SPECIFICATION). Counterexamples are
shortest for invariants and deadlock, lassos for temporal properties. With no
SPEC.tla it checks the lifecycle spec built into wspcycle.

The report uses TLC's vocabulary (states generated, distinct states, depth)
and TLC's exit codes:
  0 ok, 11 deadlock, 12 invariant violated, 13 temporal property violated,
  75 evaluation error, 150 bad input (parse or semantic error in spec or cfg),
  2 usage, 3 --max-states reached, 4 --max-memory reached, 130 interrupted,
  1 internal error (e.g. an output file cannot be written).
With --json, input that cannot be checked at all gives
{"result": "bad input", "errors": [...], "exit_code": 150}.

Flags:
`

// checkFlags are the parsed flags of `wspcycle check`.
type checkFlags struct {
	config    string
	json      bool
	itf       string
	dot       string
	maxStates int64
	maxMemMB  int64
	workers   int
	progress  time.Duration
}

func runCheck(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	var f checkFlags
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&f.config, "config", "", "the model configuration `FILE` (default: SPEC.cfg beside SPEC.tla)")
	fs.BoolVar(&f.json, "json", false, "print the report as JSON (fields of TLC's results: distinct, generated, depth, result, property, trace, ...)")
	fs.StringVar(&f.itf, "itf", "", "write the counterexample to `FILE` in the Informal Trace Format (Apalache, Quint)")
	fs.StringVar(&f.dot, "dot", "", "write the state graph to `FILE` in Graphviz DOT (small models: at most 10000 states)")
	fs.Int64Var(&f.maxStates, "max-states", 0, "stop with exit code 3 after `N` distinct states (0: no limit)")
	fs.Int64Var(&f.maxMemMB, "max-memory", defaultMaxMemoryMB(), "stop with exit code 4 when the heap passes `MB` megabytes (0: no limit; default: 3/4 of the machine's memory)")
	fs.IntVar(&f.workers, "workers", 0, "number of worker goroutines (0: one per core)")
	fs.DurationVar(&f.progress, "progress", 3*time.Second, "print a progress line on stderr this often (0: never)")
	// The flag package calls Usage before returning any parse error, --help
	// included: print nothing there; a bad flag gets a one-line hint below,
	// --help the full text on stdout.
	fs.Usage = func() {}
	// Go's flag package stops at the first positional argument; accept
	// flags on either side of SPEC.tla, as TLC users write them.
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				io.WriteString(stdout, checkUsage)
				fs.SetOutput(stdout)
				fs.PrintDefaults()
				return model.ExitOK
			}
			fmt.Fprintln(stderr, "Run 'wspcycle check --help' for usage.")
			return model.ExitUsage
		}
		if fs.NArg() == 0 {
			break
		}
		positional = append(positional, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if len(positional) > 1 {
		fmt.Fprintf(stderr, "wspcycle check: one spec at a time, got %d: %s\n", len(positional), strings.Join(positional, " "))
		return model.ExitUsage
	}
	if f.workers < 0 || f.maxStates < 0 || f.maxMemMB < 0 {
		fmt.Fprintln(stderr, "wspcycle check: --workers, --max-states and --max-memory must not be negative")
		return model.ExitUsage
	}

	sp, code, lerr := loadSpec("check", positional, f.config, stderr)
	if sp == nil {
		if f.json && code == model.ExitBadInput {
			// Machines reading --json get a verdict for bad input too.
			writeBadInputJSON(stdout, lerr)
		}
		return code
	}
	opt := model.Options{
		Workers:     f.workers,
		MaxStates:   f.maxStates,
		MaxMemory:   uint64(f.maxMemMB) << 20,
		RecordGraph: f.dot != "",
	}
	if f.progress > 0 {
		opt.Progress, opt.ProgressEvery = stderr, f.progress
	}
	restoreGC := tuneGC()
	rep, err := model.Check(ctx, sp, opt)
	restoreGC()
	if err != nil {
		fmt.Fprintf(stderr, "wspcycle check: %v\n", err)
		if f.json {
			writeBadInputJSON(stdout, err)
		}
		return model.ExitBadInput
	}
	code = rep.ExitCode()
	if f.json {
		err = rep.WriteJSON(stdout)
	} else {
		err = rep.WriteText(stdout)
	}
	if err != nil {
		fmt.Fprintf(stderr, "wspcycle check: %v\n", err)
		return model.ExitInternal
	}
	if f.itf != "" {
		if len(rep.Trace) == 0 {
			fmt.Fprintf(stderr, "wspcycle check: no counterexample, %s not written\n", f.itf)
		} else if err := writeFile(f.itf, rep.WriteITF); err != nil {
			fmt.Fprintf(stderr, "wspcycle check: %v\n", err)
			return model.ExitInternal
		}
	}
	if f.dot != "" {
		if rep.Graph == nil {
			fmt.Fprintf(stderr, "wspcycle check: the state graph is too large to draw, %s not written\n", f.dot)
		} else if err := writeFile(f.dot, rep.WriteDOT); err != nil {
			fmt.Fprintf(stderr, "wspcycle check: %v\n", err)
			return model.ExitInternal
		}
	}
	return code
}

// loadSpec loads the spec named on the command line, or the built-in one,
// for the command cmd (named in its messages). On failure it prints the
// errors (each with file:line:col) and returns nil, the exit code and the
// error.
func loadSpec(cmd string, positional []string, config string, stderr io.Writer) (*eval.Spec, int, error) {
	var sp *eval.Spec
	var err error
	if len(positional) == 0 {
		if config != "" {
			fmt.Fprintln(stderr, "wspcycle "+cmd+": --config needs a SPEC.tla")
			return nil, model.ExitUsage, nil
		}
		fsys, tlaName, cfgName, derr := defaultSpec()
		if derr != nil {
			fmt.Fprintf(stderr, "wspcycle %s: %v\n", cmd, derr)
			return nil, model.ExitUsage, derr
		}
		sp, err = eval.Load(fsys, tlaName, cfgName)
	} else {
		tla := positional[0]
		if filepath.Ext(tla) == "" {
			tla += ".tla"
		}
		if config == "" {
			config = strings.TrimSuffix(tla, filepath.Ext(tla)) + ".cfg"
		}
		for _, p := range []string{tla, config} {
			if _, serr := os.Stat(p); serr != nil {
				fmt.Fprintf(stderr, "wspcycle %s: %v\n", cmd, serr)
				return nil, model.ExitBadInput, serr
			}
		}
		sp, err = eval.LoadFiles(tla, config)
	}
	if err != nil {
		fmt.Fprintln(stderr, err.Error())
		return nil, model.ExitBadInput, err
	}
	return sp, 0, nil
}

// writeBadInputJSON writes the --json verdict for a spec that could not be
// checked at all: result "bad input", every error message, exit code 150.
func writeBadInputJSON(w io.Writer, err error) {
	var msgs []string
	if err != nil {
		msgs = strings.Split(err.Error(), "\n")
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.Encode(map[string]any{"result": "bad input", "errors": msgs, "exit_code": model.ExitBadInput})
}

// writeFile creates path and writes it with write.
func writeFile(path string, write func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	if err := write(w); err != nil {
		f.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// defaultMaxMemoryMB is three quarters of the machine's memory, read from
// /proc/meminfo, so that a state space too large for the machine ends with
// a verdict (exit 4) instead of the kernel's OOM killer; 0 (no limit) where
// that file does not exist.
func defaultMaxMemoryMB() int64 {
	data, err := os.ReadFile("/proc/meminfo")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "MemTotal:"); ok {
			fields := strings.Fields(rest)
			if len(fields) >= 1 {
				kb, err := strconv.ParseInt(fields[0], 10, 64)
				if err == nil {
					return kb / 1024 * 3 / 4
				}
			}
		}
	}
	return 0
}
