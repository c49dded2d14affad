package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/model/simulate"
)

func init() {
	register(&command{Name: "simulate", Summary: "check random behaviours of a spec (invariants, deadlock, properties), as TLC -simulate does", Run: runSimulate})
}

const simulateUsage = `Usage: wspcycle simulate [SPEC.tla] [flags]

Generates random behaviours of SPEC.tla under its model configuration, as
TLC's -simulate does: each behaviour starts in an initial state picked at
random and takes a successor picked uniformly among all those Next yields,
until it has -depth states. Every INVARIANT is checked in every state visited
(and, first, in every initial state), and a state with no successor is a
deadlock unless the cfg says CHECK_DEADLOCK FALSE. A state outside a
CONSTRAINT is checked but ends its behaviour; a step outside an
ACTION_CONSTRAINT is never picked. PROPERTY conjuncts are checked as TLC
checks them: []P in every state, [][A]_v on every step taken, a state
predicate on the initial states, and the temporal ones (<>, ~>, []<>, <>[])
on each whole behaviour under the spec's fairness: a state met twice
closes a cycle, and a behaviour may end by stuttering. With no SPEC.tla it
simulates the lifecycle spec built into wspcycle.

Simulation finds deep bugs fast in models too large to check exhaustively,
but proves nothing when it finds none. The same -seed (and spec, -depth,
-runs) always gives the same behaviours and the same report: those TLC's
simulator draws from that seed (tlc -simulate -workers 1 -seed S).

Exit codes (as 'wspcycle check'):
  0 no error found, 11 deadlock, 12 invariant violated, 13 temporal, action
  or initial-state property violated, 75 evaluation error,
  150 bad input (parse or semantic error in spec or cfg), 2 usage,
  4 --max-memory reached, 130 interrupted, 1 an output file not written.

Flags:
`

// simFlags are the parsed flags of `wspcycle simulate`.
type simFlags struct {
	config   string
	depth    int
	runs     int
	seed     uint64
	json     bool
	itf      string
	maxMemMB int64
	progress time.Duration
}

func runSimulate(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	var f simFlags
	fs := flag.NewFlagSet("simulate", flag.ContinueOnError)
	lib := libVar(fs)
	fs.StringVar(&f.config, "config", "", "the model configuration `FILE` (default: SPEC.cfg beside SPEC.tla)")
	fs.IntVar(&f.depth, "depth", 100, "the most states in one behaviour, the initial state being 1 (TLC's -depth)")
	fs.IntVar(&f.runs, "runs", 1000, "the number of behaviours to generate")
	fs.Uint64Var(&f.seed, "seed", 1, "the random `SEED`: the same seed gives the same behaviours")
	fs.BoolVar(&f.json, "json", false, "print the report as JSON (result, exit_code, seed, behaviours, states, max_depth, trace, ...)")
	fs.StringVar(&f.itf, "itf", "", "write the failing behaviour to `FILE` in the Informal Trace Format ('-': standard output, instead of the report)")
	fs.Int64Var(&f.maxMemMB, "max-memory", defaultMaxMemoryMB(), "stop with exit code 4 when the heap passes `MB` megabytes (0: no limit; default: 3/4 of the machine's memory)")
	fs.DurationVar(&f.progress, "progress", 3*time.Second, "print a progress line on stderr this often (0: never)")
	positional, code, ok := parseFlags(fs, args, simulateUsage, stdout, stderr)
	if !ok {
		return code
	}
	if !oneSpec("simulate", positional, stderr) {
		return model.ExitUsage
	}
	if f.depth < 1 || f.runs < 1 || f.maxMemMB < 0 {
		fmt.Fprintln(stderr, "wspcycle simulate: --depth and --runs must be at least 1, --max-memory not negative")
		return model.ExitUsage
	}
	// Open the trace file first, so that a bad path costs nothing.
	var itf *os.File
	if f.itf != "" && f.itf != "-" {
		var err error
		if itf, err = os.Create(f.itf); err != nil {
			fmt.Fprintf(stderr, "wspcycle simulate: %v\n", err)
			return model.ExitInternal
		}
		defer itf.Close()
	}
	defer limitEvalMemory(f.maxMemMB, false)()
	// Print and PrintT write on stdout, as TLC's do, unless stdout is the
	// JSON or the ITF trace alone.
	prints := stdout
	if f.json || f.itf == "-" {
		prints = stderr
	}
	l, ok := interruptible(ctx, "simulate", stderr, func() loaded {
		sp, code := loadSpec("simulate", positional, f.config, *lib, f.json, prints, stdout, stderr)
		return loaded{sp: sp, code: code}
	})
	if !ok {
		return model.ExitInterrupted
	}
	sp := l.sp
	if sp == nil {
		return l.code
	}
	opt := simulate.Options{Depth: f.depth, Runs: f.runs, Seed: f.seed, MaxMemory: uint64(f.maxMemMB) << 20,
		ReadSource: sourceReader(positional)}
	if f.progress > 0 {
		opt.Progress, opt.ProgressEvery = stderr, f.progress
	}
	type simulated struct {
		res *simulate.Result
		err error
	}
	s, ok := interruptible(ctx, "simulate", stderr, func() simulated {
		res, err := simulate.Run(ctx, sp, opt)
		return simulated{res, err}
	})
	if !ok {
		return model.ExitInterrupted
	}
	res, err := s.res, s.err
	if err != nil {
		return badInput("simulate", err, f.json, stdout, stderr)
	}
	if f.itf == "-" {
		if err := res.WriteITF(stdout); err != nil {
			fmt.Fprintf(stderr, "wspcycle simulate: %v\n", err)
			return model.ExitInternal
		}
		return res.ExitCode()
	}
	if !writeReport("simulate", f.json, res.WriteJSON, res.WriteText, stdout, stderr) {
		return model.ExitInternal
	}
	if itf != nil {
		if len(res.Trace) == 0 {
			fmt.Fprintf(stderr, "wspcycle simulate: no failing behaviour, %s holds no states\n", f.itf)
		}
		if err := writeTo(itf, res.WriteITF); err != nil {
			fmt.Fprintf(stderr, "wspcycle simulate: %v\n", err)
			return model.ExitInternal
		}
	}
	return res.ExitCode()
}
