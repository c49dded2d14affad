package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/value"
)

func init() {
	register(&command{Name: "check", Summary: "model-check a TLA+ spec (the lifecycle spec by default), as TLC does", Run: runCheck})
}

const checkUsage = `Usage: wspcycle check [SPEC.tla] [flags]

Explores every reachable state of SPEC.tla under its model configuration,
breadth first on all cores, and checks the cfg's INVARIANTs, deadlock
(unless CHECK_DEADLOCK FALSE) and temporal PROPERTYs (any formula TLC's liveness
checker accepts, under the fairness of SPECIFICATION). Counterexamples are
shortest for invariants, deadlock and a temporal property a finite prefix
violates, lassos for the other temporal properties. With no SPEC.tla it
checks the lifecycle spec built into wspcycle.

The report uses TLC's vocabulary (states generated, distinct states, depth)
and TLC's exit codes:
  0 ok, 11 deadlock, 12 invariant (or a property's finite prefix) violated,
  13 temporal property violated,
  75 evaluation error, 150 bad input (parse or semantic error in spec or cfg),
  2 usage, 3 --max-states reached, 4 --max-memory reached, 130 interrupted,
  1 internal error (e.g. an output file cannot be written).
With --json, input that cannot be checked at all gives
{"result": "bad input", "errors": [...], "exit_code": 150}.
Print and PrintT write on standard output as TLC's do, when they are
evaluated (those of ASSUMEs before the report), on standard error with
--json or --itf -.

Flags:
`

// checkFlags are the parsed flags of `wspcycle check`.
type checkFlags struct {
	config    string
	json      bool
	itf       string
	dot       string
	maxStates int64
	maxSet    int64 // --max-set-size: TLC's -maxSetSize
	maxMemMB  int64
	workers   int
	progress  time.Duration
	diffTrace bool
	disk      string
	recover   string
	ckpt      time.Duration
}

func runCheck(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	var f checkFlags
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	lib := libVar(fs)
	fs.StringVar(&f.config, "config", "", "the model configuration `FILE` (default: SPEC.cfg beside SPEC.tla)")
	fs.BoolVar(&f.json, "json", false, "print the report as JSON (fields of TLC's results: distinct, generated, depth, result, property, trace, ...)")
	fs.StringVar(&f.itf, "itf", "", "write the counterexample to `FILE` in the Informal Trace Format (Apalache's ADR-015; '-': standard output, instead of the report)")
	fs.StringVar(&f.dot, "dot", "", "write the state graph to `FILE` in Graphviz DOT (at most 10000 states: a larger graph fails with exit 1)")
	fs.Int64Var(&f.maxStates, "max-states", 0, "stop with exit code 3 after `N` distinct states (0: no limit)")
	fs.Int64Var(&f.maxMemMB, "max-memory", defaultMaxMemoryMB(), "stop with exit code 4 when the heap passes `MB` megabytes (0: no limit; default: 3/4 of the machine's memory); with --disk, the fingerprint table takes half of it and then spills to disk")
	fs.IntVar(&f.workers, "workers", 0, "number of worker goroutines (0: one per core)")
	fs.Int64Var(&f.maxSet, "max-set-size", value.DefaultSetBound, "the most elements of a set built, as TLC's -maxSetSize: a larger one is TLC's \"Attempted to construct a set with too many elements\"")
	fs.DurationVar(&f.progress, "progress", 3*time.Second, "print a progress line (TLC's) this often, on stdout (stderr with --json) (0: never)")
	fs.BoolVar(&f.diffTrace, "difftrace", false, "in a counterexample, print after the first state only the variables that changed (TLC's -difftrace)")
	fs.StringVar(&f.disk, "disk", "", "keep the queue, the trace links and, past half of --max-memory, the visited states' fingerprints in files under `DIR`: for models larger than memory (with temporal properties, also their behaviour graph)")
	fs.DurationVar(&f.ckpt, "checkpoint", 0, "with --disk, write a checkpoint under DIR at a level boundary this often (0: never); resume it with --recover DIR")
	fs.StringVar(&f.recover, "recover", "", "resume the disk-backed search from the checkpoint in `DIR` (implies --disk DIR)")
	positional, code, ok := parseFlags(fs, args, checkUsage, stdout, stderr)
	if !ok {
		return code
	}
	if !oneSpec("check", positional, stderr) {
		return model.ExitUsage
	}
	if f.recover != "" {
		if f.disk != "" && f.disk != f.recover {
			fmt.Fprintln(stderr, "wspcycle check: --recover DIR resumes in DIR: --disk, if given, must name the same directory")
			return model.ExitUsage
		}
		f.disk = f.recover
	}
	if f.ckpt != 0 && f.disk == "" || f.ckpt < 0 {
		fmt.Fprintln(stderr, "wspcycle check: --checkpoint needs --disk DIR (the checkpoint is the disk store's files) and a positive duration")
		return model.ExitUsage
	}
	if f.workers < 0 || f.maxStates < 0 || f.maxMemMB < 0 {
		fmt.Fprintln(stderr, "wspcycle check: --workers, --max-states and --max-memory must not be negative")
		return model.ExitUsage
	}
	if f.maxSet < 1 || f.maxSet > math.MaxInt32 {
		fmt.Fprintln(stderr, "wspcycle check: --max-set-size must be in 1..2147483647 (TLC's -maxSetSize)")
		return model.ExitUsage
	}
	// The same bound as TLC's, so that check answers as TLC does: a set
	// TLC refuses to build is refused here too, not computed.
	value.SetMaxEnum(f.maxSet)

	// Open the output files before the search, so that a bad path costs
	// nothing; "-itf -" prints the trace on stdout instead of the report.
	var itfFile, dotFile *os.File
	for _, o := range []struct {
		name string
		f    **os.File
	}{{f.itf, &itfFile}, {f.dot, &dotFile}} {
		if o.name == "" || o.name == "-" && o.f == &itfFile {
			continue
		}
		file, err := os.Create(o.name)
		if err != nil {
			fmt.Fprintf(stderr, "wspcycle check: %v\n", err)
			return model.ExitInternal
		}
		defer file.Close()
		*o.f = file
	}
	itfStdout := f.itf == "-"

	defer limitEvalMemory(f.maxMemMB, f.disk != "")()
	// Print and PrintT write on stdout, as TLC's do, through out (whose
	// lock keeps their lines whole among the progress lines), or on stderr
	// when stdout is the JSON or the ITF trace alone.
	out := &syncWriter{w: stdout}
	var prints io.Writer = out
	if f.json || itfStdout {
		prints = stderr
	}
	l, ok := interruptible(ctx, "check", stderr, func() loaded {
		sp, code := loadSpec("check", positional, f.config, *lib, f.json, prints, stdout, stderr)
		return loaded{sp: sp, code: code}
	})
	if !ok {
		return model.ExitInterrupted
	}
	sp := l.sp
	if sp == nil {
		return l.code
	}
	opt := model.Options{
		Workers:     f.workers,
		MaxStates:   f.maxStates,
		MaxMemory:   uint64(f.maxMemMB) << 20,
		RecordGraph: f.dot != "",
		DiskDir:     f.disk,
		Recover:     f.recover != "",
		Checkpoint:  f.ckpt,
		GraphLimit:  dotLimit,
		ReadSource:  sourceReader(positional),
	}
	// In text, the header, the initial-state line and the progress lines
	// go to stdout as they happen; with --json stdout is the JSON alone and
	// progress goes to stderr.
	var initShown atomic.Bool
	writeText := func(rep *model.Report) func(io.Writer) error { return rep.WriteText }
	if f.json {
		if f.progress > 0 {
			opt.Progress, opt.ProgressEvery = stderr, f.progress
		}
	} else if !itfStdout {
		workers := f.workers
		if workers <= 0 {
			workers = runtime.GOMAXPROCS(0)
		}
		model.WriteHeader(out, sp.Name, workers)
		opt.Events = func(ev model.Event) {
			if ev.Kind == model.EventInit && !initShown.Swap(true) {
				model.WriteInitLine(out, ev.Init)
			}
		}
		if f.progress > 0 {
			opt.Progress, opt.ProgressEvery = out, f.progress
		}
		writeText = func(rep *model.Report) func(io.Writer) error {
			return func(w io.Writer) error {
				if !initShown.Swap(true) {
					model.WriteInitLine(out, rep.InitStates)
				}
				if err := rep.WriteVerdict(out); err != nil {
					return err
				}
				return out.err
			}
		}
	}
	restoreGC := tuneGC()
	c, ok := interruptible(ctx, "check", stderr, func() checked {
		rep, err := model.Check(ctx, sp, opt)
		return checked{rep, err}
	})
	restoreGC()
	if !ok {
		return model.ExitInterrupted
	}
	rep, err := c.rep, c.err
	if err != nil {
		return badInput("check", err, f.json, stdout, stderr)
	}
	rep.DiffTrace = f.diffTrace
	if itfStdout {
		if err := rep.WriteITF(stdout); err != nil {
			fmt.Fprintf(stderr, "wspcycle check: %v\n", err)
			return model.ExitInternal
		}
		if len(rep.Trace) == 0 {
			fmt.Fprintln(stderr, "wspcycle check: no counterexample: the trace has no states")
		}
		return rep.ExitCode()
	}
	if !writeReport("check", f.json, rep.WriteJSON, writeText(rep), stdout, stderr) {
		return model.ExitInternal
	}
	if itfFile != nil {
		if len(rep.Trace) == 0 {
			fmt.Fprintf(stderr, "wspcycle check: no counterexample: %s holds a trace of no states\n", f.itf)
		}
		if err := writeTo(itfFile, rep.WriteITF); err != nil {
			fmt.Fprintf(stderr, "wspcycle check: %v\n", err)
			return model.ExitInternal
		}
	}
	if dotFile != nil {
		if rep.Graph == nil {
			// Never "not written" with exit 0: a script asked for the file.
			fmt.Fprintf(stderr, "wspcycle check: the state graph has more than %d states, too many to draw: %s not written\n", dotLimit, f.dot)
			return model.ExitInternal
		}
		if err := writeTo(dotFile, rep.WriteDOT); err != nil {
			fmt.Fprintf(stderr, "wspcycle check: %v\n", err)
			return model.ExitInternal
		}
	}
	return rep.ExitCode()
}

// dotLimit is the most states -dot draws: a larger graph is unreadable.
const dotLimit = 10000

// syncWriter serialises writes from the checker's goroutines (events,
// progress) and the command's, and keeps the first error.
type syncWriter struct {
	mu  sync.Mutex
	w   io.Writer
	err error
}

func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.err != nil {
		return 0, s.err
	}
	n, err := s.w.Write(p)
	s.err = err
	return n, err
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
