package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/model/simulate"
	"github.com/wspcycle/wspcycle/model/tlcout"
	"github.com/wspcycle/wspcycle/model/tlcout/dumptrace"
	"github.com/wspcycle/wspcycle/model/tlcout/sany"
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/module"
	"github.com/wspcycle/wspcycle/tla/parser"
	"github.com/wspcycle/wspcycle/tla/source"
	"github.com/wspcycle/wspcycle/tla/span"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

func init() {
	register(&command{Name: "tlc", Summary: "model-check with TLC's command line and TLC's output (-tool for tools)", Run: runTLC})
}

const tlcUsage = `Usage: wspcycle tlc [TLC's flags] SPEC[.tla]

Model-checks SPEC.tla as TLC does, taking TLC's command line (single-dash
flags, anywhere on the line) and printing TLC's messages in TLC's order;
with -tool each message is framed with TLC's code, as the TLA+ VS Code
extension and the Toolbox read it. Modules are looked up in the spec's
folder, then in the folders of $TLA_PATH (colon separated: what TLC takes
as -DTLA-Library), then among the standard modules; SANY's lines name
each file where it was found, in SANY's order. Exit codes are TLC's: 0
ok, 10 a false ASSUME (or one that fails to evaluate), 11 deadlock, 12
safety, 13 liveness, 14 a false Assert while computing next states, 75
evaluation error, 76 invariant evaluation failed, 150 spec parse or
semantic error, 151 configuration error (a constant without a value, an
undefined name, no INIT), 153 system error (memory exhausted, a file
that cannot be written), 255 a .cfg that cannot be read or parsed,
Head of <<>>, a comparison of a non-integer (TLC's exception), 1 a
command line TLC rejects (TLC's message 1102 on stdout,
in TLC's words; also -help and -h, which print this text), 2 a flag or
value TLC takes but wspcycle refuses (the reason on stderr).

Flags (TLC's; each either honoured, or accepted and said to change nothing
here, or refused with the reason):
  -config FILE        the model configuration (default SPEC.cfg)
  -workers N|auto     worker goroutines (auto: one per core; TLC's default is 1)
  -deadlock           do not check for deadlock
  -continue           go on after an invariant is violated: every violation is
                      printed with its trace, the whole state space explored
  -difftrace          print only the variables that changed in trace states
  -view               print trace states as the value of the cfg's VIEW
  -tool               frame every message for tools
  -dump [dot[,colorize][,actionlabels][,constrained][,snapshot]] FILE
                      write the states (TLC's dump format), or the state graph
                      as TLC's DOT file: its lines in its order, states named
                      by their fingerprints (ours, not TLC's), edges coloured
                      by action (colorize) and labelled (actionlabels), the
                      steps to successors a constraint excludes (constrained)
  -simulate [num=N,file=F]
                      random behaviours instead of the search (until interrupted,
                      or N of them), checked as TLC's simulator checks them;
                      file=F writes each behaviour to F_0_K as TLC does;
                      stats=basic|full writes TLC's action graph SPEC_actions.dot
                      (full: a node per action, clustered by context);
                      sched=rl|rlaction draws each step's first action by
                      TLC's learnt weights (per state, per previous action)
  -generate [num=N,file=F]
                      TLC's generation mode: -simulate, but each action tried
                      computes one successor (a \/ or \E takes its branches in
                      a random order, up to the first with a successor), so a
                      behaviour follows each branch with the probability of
                      the choices leading to it; TLCGet("config").mode is
                      "generate"
  -depth N            simulation: the most steps in a behaviour (default 100)
  -seed N             simulation: the random seed (TLC's draws from it); printed
                      in the mode line
  -fp N               printed in the mode line (no effect on the search)
  -aril N             simulation: with -seed, skips N draws of the seed's
                      generator as TLC does; printed with the seed
  -suppressMessages C1,C2,...
                      do not print the messages with these codes (each one
                      TLC knows, as TLC requires)
  -inv EXPR           check the state predicate EXPR as one more invariant, after
                      the cfg's (named __DebuggerExpr__K for the K-th -inv)
  -invlevel N         the invariant TLCGet("level") < N: stop at the first trace
                      of N states (the spec must EXTENDS TLC here)
  -coverage N         TLC's coverage report after the verdict, at the level of
                      definitions (Init and each action: distinct:generated;
                      the invariants); what is not printed is said on stderr;
                      N may be 0, as in TLC
  -checkpoint N       write a checkpoint every N minutes (0: never): the search
                      then keeps its queue and visited set on disk, in
                      -metadir DIR (default states/yy-MM-dd-HH-mm-ss)
  -recover DIR        resume the checkpointed run in DIR (same spec and cfg)
  -metadir DIR        where -checkpoint keeps its files
  -nowarning          do not print warnings
  -maxSetSize N       the most elements of a set built, as TLC's bound (default
                      1000000): a quantifier, CHOOSE or set over a larger
                      function, record, product, union or mapped set is TLC's
                      "Attempted to construct a set with too many elements"
  -generateSpecTE, -noGenerateSpecTE, -noTE, -teSpecOutDir DIR
                      after a violation, TLC's trace exploration spec
                      SPEC_TTrace_SECONDS.tla (in DIR, else the spec's folder;
                      not with -tool or -continue, as TLC; -simulate too)
                      is written, which "-config F.tla F.tla" checks, and
                      beside it the trace as TLC's SPEC_TTrace_SECONDS.bin;
                      TLC's default, turned off by -noGenerateSpecTE and -noTE
  -noGenerateSpecTEBin, -noTEBin
                      the trace exploration spec without its .bin
  -modelcheck, -terse, -cleanup, -gzip, -lncheck MODE, -fpbits N,
  -fpmem N, -debug
                      accepted: they change nothing here (said once on stderr)
  -dumpTrace json|tla|tlcplain|tlc FILE
                      write the counterexample to FILE as TLC does: its JSON,
                      its TLA+ module of the CounterExample record, or of the
                      Trace sequence, or its binary serialization of the
                      CounterExample (repeatable; the last FILE of a format wins)
  -loadTrace tlc|json FILE
                      replay the trace of a -dumpTrace tlc FILE (or a
                      SPEC_TTrace_SECONDS.bin), or of a -dumpTrace json FILE,
                      as TLC does: a constraint that keeps the trace's states
                      at each level, and unless the cfg has a VIEW, a view of
                      <<level, state>> (JSON's arrays read back as tuples)
  -userFile FILE      what the spec prints (Print, PrintT, the lines saying a
                      -dumpTrace file was written) goes to FILE, not stdout
  -postCondition MODULE!OP
                      load MODULE as one more module of the spec and evaluate
                      its OP once the run is over, as a cfg POSTCONDITION
  -messagesAsErrors C1,C2,...
                      SANY's warnings with these codes are errors (4800: two
                      modules extended define a name; 4801: a name declared
                      again or brought in again by INSTANCE): exit 150
  -dfid N             TLC's depth-first iterative deepening to depth N (one
                      worker; TLC picks successors at random, here the first;
                      -checkpoint N saves its fingerprint set, by default every
                      30 minutes, and -recover DIR counts it and searches
                      again, as TLC does)
  -dumpTrace tlcaction|tlcTESpec|dot FILE
                      TLC's modules for these need the CommunityModules'
                      IOUtils (GraphViz): SANY's error as TLC's without them
                      (exit 150); refused when they are on TLA_PATH
  -debugger           refused, with the reason
`

// tlcFlags are the parsed flags of `wspcycle tlc`.
type tlcFlags struct {
	spec       string
	config     string
	workers    int
	noDeadlock bool
	diffTrace  bool
	tool       bool
	dump       string
	dumpDot    bool
	dotOpts    model.TLCDotOptions // -dump dot,colorize,actionlabels
	seed       int64
	seedSet    bool
	fp         int
	noWarning  bool
	simulate   bool
	generate   bool               // -generate: the simulator in TLC's generation mode
	simNum     int                // behaviours to generate; 0: until interrupted, as TLC
	simFile    string             // -simulate file=F: write behaviour k to F_0_k
	simStats   string             // -simulate stats=basic|full: TLC's action graph; the last given wins
	simSched   simulate.Scheduler // -simulate sched=rl|rlaction; rl wins over rlaction, as in TLC
	simMemory  uint64             // the simulator's memory bound in bytes (tlcSimMaxMemory), set once the run starts
	view       bool               // -view: print trace states through the cfg's VIEW
	cont       bool               // -continue: go on after an invariant violation
	aril       int64              // -aril N: printed in the simulation statistics
	suppress   []int              // -suppressMessages: message codes not printed
	dumpTrace  []dumptrace.Dump   // -dumpTrace FORMAT FILE: files for the counterexample
	loadTrace  []tlcLoad          // -loadTrace FORMAT FILE: traces to replay (tlcloadtrace.go)
	depth      int                // simulation: the most states in a behaviour
	coverage   int                // -coverage N: minutes between coverage reports; -1: none (0: at the end only, as TLC)
	metadir    string             // -metadir DIR: where a checkpointed run keeps its files
	checkpoint int                // -checkpoint N: minutes between checkpoints; -1: not given
	recover    string             // -recover DIR: resume the checkpoint in DIR
	ignored    []string           // flags accepted that change nothing
	invs       []string           // -inv EXPR: state predicates checked as more invariants
	early      []string           // lines TLC prints as it reads its arguments (tlcFpmem), unframed
	maxSetSize int64              // -maxSetSize N: the most elements of a set built (TLC's setBound)
	userFile   *tlcUserFile       // -userFile FILE: where the spec's prints go
	postMod    string             // -postCondition MOD!OP: the module added to the root's EXTENDS
	postOp     string             // and the operator evaluated once the run is over
	elevate    []int              // -messagesAsErrors: SANY's warnings made errors, by code
	// noTE: -noGenerateSpecTE or -noTE, no trace exploration spec;
	// teSet: one of those or -generateSpecTE was given (else the default,
	// tlcTEByDefault, decides); teDir: -teSpecOutDir DIR.
	noTE, teSet bool
	noTEBin     bool // -noTEBin, -noGenerateSpecTEBin: the trace exploration spec without its .bin
	teDir       string
	tla         string // the spec's file (spec with .tla added)
	// dfid: -dfid N, TLC's depth-first iterative deepening to depth N
	// (tlcdfid.go); -1 when not given.
	dfid int
}

// tlcStateLevelPropertyWarnings prints TLC's warning (2255) for each
// PROPERTY that is a state predicate, which TLC checks in the initial
// states only. In plain output TLC adds its hint about -nowarning to the
// first one only (TLC rev cc6b616 on Steps.cfg).
func tlcStateLevelPropertyWarnings(w *tlcout.Writer, sp *eval.Spec) {
	for _, name := range sp.StateLevelProperties {
		msg := fmt.Sprintf("The formula %[1]s is a state-level formula, but it was used as a PROPERTY (or PROPERTIES), where a temporal formula is typically expected. "+
			"State-level formulas used as PROPERTY or PROPERTIES are only checked in the initial state. To verify that the formula %[1]s holds in all states of every behavior, "+
			"use INVARIANT %[1]s instead. Alternatively, applying the \"always\" temporal operator ([]) to the state-level formula %[1]s changes it into a temporal formula, "+
			"asserting that %[1]s holds in all states of every behavior. See https://explain.tlapl.us/invariants-and-properties for additional details.", name)
		w.Warning(tlcout.LiveStateLevel, msg)
	}
}

// tlcSymmetryWarnings prints TLC's warnings about the SYMMETRY, after
// those of 2149 and 2255 (TLC rev cc6b616): a symmetry set of fewer than
// two elements (2300, also under -simulate), and, when model checking
// temporal properties with a liveness part (MCPaxos's PROPERTY V!Spec,
// all safety, has none), symmetry with liveness (2279: printed whenever
// the cfg declares a SYMMETRY, even one whose sets are all too small).
func tlcSymmetryWarnings(w *tlcout.Writer, sp *eval.Spec, simulate bool) {
	if sp.SymmetryWarning != "" {
		w.Warning(tlcout.SymmetrySetTooSmall, sp.SymmetryWarning)
	}
	if simulate || !sp.SymmetryDeclared || len(sp.Properties) == 0 {
		return
	}
	if bc, err := model.NewBehaviourChecker(sp); err == nil && bc.Branches() > 0 {
		w.Warning(tlcout.LivenessSymmetry, model.SymmetryLivenessWarning)
	}
}

// tlcPrintedWarning reports whether the checker's warning msg is one
// tlcSymmetryWarnings printed already, in TLC's place.
func tlcPrintedWarning(sp *eval.Spec, msg string) bool {
	return msg == sp.SymmetryWarning || msg == model.SymmetryLivenessWarning
}

// viewOf is the cfg's VIEW when -view asks to print states through it.
// An ALIAS wins: TLC's breadth-first search, simulator and liveness
// checker print a trace's states through the ALIAS, -view or not (TLC
// rev cc6b616); its depth-first search, which knows no ALIAS, through
// the VIEW (dfidViewOf).
func (f *tlcFlags) viewOf(sp *eval.Spec) func(int, value.State) (value.Value, error) {
	if sp.Alias != nil {
		return nil
	}
	return f.dfidViewOf(sp)
}

// dfidViewOf is the cfg's VIEW when -view asks to print states through
// it, ALIAS or not (TLC's DFIDWorker prints its trace with StatePrinter,
// which applies the VIEW only).
func (f *tlcFlags) dfidViewOf(sp *eval.Spec) func(int, value.State) (value.Value, error) {
	if !f.view || sp.View == nil {
		return nil
	}
	if sp.ViewAt != nil {
		return sp.ViewAt
	}
	return func(_ int, s value.State) (value.Value, error) { return sp.View(s) }
}

// errTLCUsage is a command line error; its message is printed as is.
type errTLCUsage struct{ msg string }

func (e *errTLCUsage) Error() string { return e.msg }

// tlcNoEffect are TLC's flags that change nothing here, with how many
// arguments each takes and why it changes nothing.
var tlcNoEffect = map[string]struct {
	args int
	why  string
}{
	"-terse":      {0, "values are printed as TLC prints them either way"},
	"-cleanup":    {0, "wspcycle writes no state files to clean up"},
	"-gzip":       {0, "wspcycle writes no checkpoint or state files"},
	"-lncheck":    {1, "liveness is always checked once the state graph is complete"},
	"-fpbits":     {1, "the visited set is in memory, not partitioned by fingerprint bits"},
	"-fpmem":      {1, "the visited set grows in memory as needed"},
	"-debug":      {0, "there is no debug output"},
	"-modelcheck": {0, "model checking is the default mode"},
}

// tlcFoldedFlags are the flags TLC compares ignoring case, by their
// lower-case spelling.
var tlcFoldedFlags = map[string]string{"-dumptrace": "-dumpTrace", "-note": "-noTE", "-notebin": "-noTEBin"}

// tlcIsSimulateArg reports whether arg is the optional argument of
// -simulate: as TLC reads it, one naming num=, file=, stats= or sched.
func tlcIsSimulateArg(arg string) bool {
	for _, k := range []string{"num=", "file=", "stats=", "sched"} {
		if strings.Contains(arg, k) {
			return true
		}
	}
	return false
}

// tlcRefused are TLC's flags we cannot honour, and why.
var tlcRefused = map[string]string{
	"-debugger": "the TLA+ debugger (DAP) is not supported",
	"-lib":      "TLC has no -lib: put the library folders in TLA_PATH (colon separated), which is searched after the spec's folder",
}

// parseTLCFlags reads TLC's command line: single-dash flags anywhere, the
// spec the one other argument. On an error the flags read so far are
// returned too (whether -tool came before the mistake frames TLC's
// answer to it).
func parseTLCFlags(args []string) (*tlcFlags, error) {
	f := &tlcFlags{workers: 1, depth: 100, checkpoint: -1, coverage: -1, maxSetSize: value.DefaultSetBound, dfid: -1}
	next := func(i *int, name string) (string, error) {
		if *i+1 >= len(args) {
			return "", tlcMissing(name)
		}
		*i++
		return args[*i], nil
	}
	for i := 0; i < len(args); i++ {
		a := args[i]
		if strings.HasPrefix(a, "--") && len(a) > 2 {
			a = a[1:] // Go users' habit: --tool is -tool
		}
		if c, ok := tlcFoldedFlags[strings.ToLower(a)]; ok {
			a = c // TLC compares these ignoring case
		}
		if !strings.HasPrefix(a, "-") {
			if f.spec != "" {
				return f, &errTLCCommandLine{fmt.Sprintf("Error: more than one input files: %s and %s", strings.TrimSuffix(f.spec, ".tla"), a)}
			}
			f.spec = a
			continue
		}
		var err error
		switch a {
		case "-config":
			f.config, err = next(&i, a)
		case "-workers":
			var v string
			if v, err = next(&i, a); err == nil {
				if strings.ToLower(strings.TrimSpace(v)) == "auto" {
					f.workers = runtime.GOMAXPROCS(0)
				} else if n, perr := tlcInt(a, v); perr != nil {
					err = perr
				} else if n < 1 {
					err = &errTLCCommandLine{"Error: at least one worker required."}
				} else {
					f.workers = n
				}
			}
		case "-noGenerateSpecTEBin", "-noTEBin":
			f.noTEBin = true
		case "-noGenerateSpecTE", "-noTE":
			f.noTE, f.teSet = true, true
		case "-generateSpecTE":
			f.noTE, f.teSet = false, true
		case "-teSpecOutDir":
			f.teDir, err = next(&i, a)
		case "-view":
			f.view = true
		case "-continue":
			f.cont = true
		case "-deadlock":
			f.noDeadlock = true
		case "-difftrace":
			f.diffTrace = true
		case "-tool":
			f.tool = true
		case "-nowarning":
			f.noWarning = true
		case "-maxSetSize":
			var v string
			if v, err = next(&i, a); err == nil {
				if err = tlcCheckValue(f, a, v); err == nil {
					n, _ := tlcInt(a, v)
					f.maxSetSize = int64(n)
				}
			}
		case "-seed", "-fp":
			var v string
			if v, err = next(&i, a); err == nil {
				if a == "-seed" {
					var n int64
					if n, err = tlcLong(a, v); err == nil {
						f.seed, f.seedSet = n, true
					}
				} else if f.fp, err = tlcInt(a, v); err == nil && (f.fp < 0 || f.fp > 130) {
					err = &errTLCCommandLine{"Error: The number for -fp must be between 0 and 130 (inclusive)."} // TLC's 131 polynomials
				}
			}
		case "-dump":
			var v string
			if v, err = next(&i, a); err == nil {
				if strings.HasPrefix(v, "dot") && i+1 < len(args) {
					for _, opt := range strings.Split(v, ",")[1:] {
						switch opt {
						case "colorize":
							f.dotOpts.Colorize = true
						case "actionlabels":
							f.dotOpts.ActionLabels = true
						case "constrained":
							f.dotOpts.Constrained = true
						case "snapshot":
							// TLC rewrites the file as it goes; the file
							// at the end is the same.
						default:
							return nil, &errTLCUsage{"-dump dot: unknown option " + opt}
						}
					}
					f.dumpDot = true
					v, err = next(&i, a)
				}
				f.dump = v
			}
		case "-simulate", "-generate":
			// -generate is TLC's simulator in its generation mode, with
			// -simulate's options (TLC.java).
			f.simulate = true
			f.generate = f.generate || a == "-generate"
			// An optional argument: num=N and file=F, comma-separated.
			if i+1 < len(args) && tlcIsSimulateArg(args[i+1]) {
				i++
				for _, kv := range strings.Split(args[i], ",") {
					k, v, _ := strings.Cut(kv, "=")
					switch k {
					case "num":
						n, perr := strconv.Atoi(v)
						if perr != nil || n < 1 {
							return nil, &errTLCUsage{a + " num= takes a positive number, not " + v}
						}
						f.simNum = n
					case "file":
						if v == "" {
							return nil, &errTLCUsage{a + " file= needs a file name"}
						}
						f.simFile = v
					case "stats":
						// TLC takes exactly basic and full, the last given;
						// any other value is ignored, as TLC ignores it.
						if v == "basic" || v == "full" {
							f.simStats = v
						}
					case "sched":
						// TLC takes exactly rl and rlaction (each sets its
						// own switch, rl read first); any other value is
						// ignored, as TLC ignores it.
						switch {
						case v == "rl":
							f.simSched = simulate.SchedRL
						case v == "rlaction" && f.simSched != simulate.SchedRL:
							f.simSched = simulate.SchedRLAction
						}
					default:
						return nil, &errTLCUsage{a + ": unknown option " + kv}
					}
				}
				if f.simFile != "" && f.simNum == 0 {
					// TLC's words (rev cc6b616).
					return f, &errTLCCommandLine{"Error: You need to specify a 'num' argument when using the 'file' argument, for example: '\"num=5,file=test.txt\"'."}
				}
			}
		case "-depth":
			var v string
			if v, err = next(&i, a); err == nil {
				n, perr := tlcInt(a, v)
				if perr != nil {
					err = perr
				} else if n < -1 {
					// TLC takes any number: below -1 its simulator's
					// behaviours have no state (not emulated).
					err = &errTLCUsage{"-depth takes a number of steps, 0 or more, or -1 (no bound), not " + v}
				}
				f.depth = n
			}
		case "-coverage":
			var v string
			if v, err = next(&i, a); err == nil {
				n, perr := tlcInt(a, v)
				if perr != nil {
					err = perr
				} else if n < 0 {
					err = &errTLCCommandLine{"Error: expect a nonnegative integer for -coverage option."}
				}
				f.coverage = n
			}
		case "-inv":
			var v string
			if v, err = next(&i, a); err == nil {
				f.invs = append(f.invs, v)
			}
		case "-invlevel":
			var v string
			if v, err = next(&i, a); err == nil {
				n, perr := tlcInt(a, v)
				if perr != nil {
					err = perr
				} else {
					f.invs = append(f.invs, tlcInvLevel(n))
				}
			}
		case "-postCondition":
			var v string
			if v, err = next(&i, a); err == nil {
				f.postMod, f.postOp, err = tlcPostCondition(v)
			}
		case "-messagesAsErrors":
			var v string
			if v, err = next(&i, a); err == nil {
				var codes []int
				codes, err = tlcMessageCodes(v, false)
				f.elevate = append(f.elevate, codes...)
			}
		case "-dfid":
			var v string
			if v, err = next(&i, a); err == nil {
				if n, perr := tlcInt(a, v); perr != nil {
					err = perr
				} else if n < 0 {
					err = tlcMissing(a) // TLC's words for a negative depth
				} else {
					f.dfid = n
				}
			}
		case "-loadTrace":
			var format, file string
			if format, err = next(&i, a); err == nil {
				if file, err = next(&i, a); err == nil {
					format = strings.ToLower(format) // TLC compares it ignoring case
					if format != "tlc" && format != "json" {
						return f, &errTLCCommandLine{"Error: Unknown format " + args[i-1] + " given to -loadTrace."}
					}
					f.loadTrace = append(f.loadTrace, tlcLoad{format, file})
				}
			}
		case "-userFile":
			var v string
			if v, err = next(&i, a); err == nil {
				if f.userFile != nil {
					f.userFile.f.Close() // TLC opens each; the last one given is written
				}
				f.userFile, err = tlcOpenUserFile(v)
			}
		case "-metadir":
			f.metadir, err = next(&i, a)
		case "-recover":
			f.recover, err = next(&i, a)
		case "-checkpoint":
			var v string
			if v, err = next(&i, a); err == nil {
				n, perr := tlcInt(a, v)
				if perr != nil {
					err = perr
				} else if n < 0 {
					err = &errTLCCommandLine{"Error: expect a nonnegative integer for -checkpoint option."}
				}
				f.checkpoint = n
			}
		case "-aril":
			var v string
			if v, err = next(&i, a); err == nil {
				f.aril, err = tlcLong(a, v)
			}
		case "-suppressMessages":
			var v string
			if v, err = next(&i, a); err == nil {
				var codes []int
				codes, err = tlcMessageCodes(v, true)
				f.suppress = append(f.suppress, codes...)
			}
		case "-dumpTrace":
			var format, file string
			if format, err = next(&i, a); err == nil {
				if file, err = next(&i, a); err == nil {
					if !tlcDumpTraceFormats[strings.ToLower(format)] {
						return f, &errTLCCommandLine{"Error: Unknown format " + format + " given to -dumpTrace."}
					}
					dt, derr := dumptrace.Parse(format, file)
					if derr != nil {
						return f, &errTLCUsage{derr.Error()}
					}
					f.dumpTrace = append(f.dumpTrace, dt)
				}
			}
		case "-h", "-help":
			if args[i] == "--help" {
				return f, flagHelp // wspcycle's convention (TLC has no --help)
			}
			return f, flagTLCHelp
		default:
			if ne, ok := tlcNoEffect[a]; ok {
				for k := 0; k < ne.args && err == nil; k++ {
					var v string
					if v, err = next(&i, a); err == nil {
						err = tlcCheckValue(f, a, v)
					}
				}
				f.ignored = append(f.ignored, a)
				break
			}
			if why, ok := tlcRefused[a]; ok {
				return f, &errTLCUsage{a + " is not supported: " + why}
			}
			return f, &errTLCCommandLine{"Error: unrecognized option: " + args[i]} // TLC's words, on the argument as given
		}
		if err != nil {
			return f, err
		}
	}
	if f.noWarning && len(f.suppress) > 0 {
		// TLC's words (rev cc6b616): it refuses the two together, before
		// it looks for the spec.
		return f, &errTLCCommandLine{"Error: -nowarning already suppresses all warnings, making -suppressMessages redundant. Remove -nowarning to suppress only the specified messages, or remove -suppressMessages to suppress all warnings."}
	}
	if f.spec == "" {
		return f, &errTLCCommandLine{"Error: Missing input TLA+ module."}
	}
	return f, nil
}

var flagHelp = errors.New("help")

// flagTLCHelp is TLC's -help (or -h): TLC prints its manual on stdout and
// exits 1 (rev cc6b616), wherever the flag is, unless a mistake came
// before it; `wspcycle tlc` prints its own usage there, with TLC's exit
// code. --help, which TLC does not know, is wspcycle's: exit 0.
var flagTLCHelp = errors.New("TLC's help")

func runTLC(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	f, err := parseTLCFlags(args)
	if f != nil && f.userFile != nil {
		defer f.userFile.f.Close()
	}
	if f != nil {
		for _, l := range f.early {
			io.WriteString(stdout, l+"\n")
		}
	}
	if errors.Is(err, flagHelp) {
		io.WriteString(stdout, tlcUsage)
		return model.ExitOK
	}
	if errors.Is(err, flagTLCHelp) {
		io.WriteString(stdout, tlcUsage)
		return tlcExitCommandLine
	}
	var ce *errTLCCommandLine
	if errors.As(err, &ce) {
		return tlcCommandLineError(stdout, f.tool, ce)
	}
	var ue *errTLCUsage
	if errors.As(err, &ue) {
		fmt.Fprintf(stderr, "wspcycle tlc: %s\nRun 'wspcycle tlc -help' for usage.\n", ue.msg)
		return tlcExitUsage
	}
	// TLC's bound on the sets it builds, for this run (the default when
	// -maxSetSize is not given, whatever an earlier run in this process set).
	value.SetMaxEnum(f.maxSetSize)
	said := map[string]bool{}
	for _, name := range f.ignored {
		if !said[name] { // once per flag, however often it is given
			said[name] = true
			fmt.Fprintf(stderr, "wspcycle tlc: %s changes nothing here: %s\n", name, tlcNoEffect[name].why)
		}
	}
	if f.coverage >= 0 && f.simulate {
		fmt.Fprintln(stderr, "wspcycle tlc: -coverage changes nothing with -simulate: the simulator keeps no coverage")
	} else if f.coverage >= 0 {
		io.WriteString(stderr, tlcCoverageNote)
	}
	if f.metadir != "" && f.checkpoint <= 0 && f.recover == "" && f.dfid < 0 {
		fmt.Fprintln(stderr, "wspcycle tlc: -metadir changes nothing here: only a run with -checkpoint N writes files (the in-memory search writes none)")
	}
	start := time.Now()
	w := tlcout.NewWriter(stdout, f.tool)
	w.Suppress(f.suppress...)
	tla := f.spec
	if filepath.Ext(tla) == "" {
		tla += ".tla"
	}
	f.tla = tla
	if why := tlcLoadRefusal(f, tlcCfgPath(f, tla)); why != "" {
		fmt.Fprintln(stderr, "wspcycle tlc: "+why)
		return tlcExitUsage
	}
	if !f.seedSet {
		f.seed = rand.Int64()
	}
	mode := "breadth-first search Model-Checking"
	if f.dfid >= 0 && !f.simulate {
		mode = tlcout.ModeDFID
	}
	if f.simulate {
		mode = "Random Simulation"
		if f.simSched == simulate.SchedRL {
			mode = "RL Simulation" // TLC's words; sched=rlaction keeps "Random"
		}
		if f.dump != "" {
			fmt.Fprintln(stderr, "wspcycle tlc: -dump applies to model checking, not to -simulate")
			return tlcExitUsage
		}
	}
	platform := fmt.Sprintf("%s %s, %s", runtime.GOOS, runtime.GOARCH, runtime.Version())
	if !f.simulate {
		platform += ", in-memory fingerprint set, in-memory level queue"
	}
	heapMB := defaultMaxMemoryMB()
	if f.simulate {
		// The simulator's bound, TLC's heap there (tlcSimMaxMemory).
		f.simMemory = tlcSimMaxMemory()
		heapMB = int64(f.simMemory >> 20)
	}
	hdr := tlcout.Header{
		Version:  versionString(),
		Mode:     mode,
		FP:       f.fp,
		Seed:     f.seed,
		Workers:  f.workers,
		Cores:    runtime.NumCPU(),
		HeapMB:   heapMB,
		PID:      os.Getpid(),
		Platform: platform,
	}
	// Open the dump file before the search, so that a bad path costs nothing.
	var dumpFile *os.File
	if f.dump != "" {
		name := tlcDumpName(f.dump, f.dumpDot)
		dumpFile, err = os.Create(name)
		if err != nil {
			w.Msg(tlcout.General, tlcout.ClassError, err.Error())
			return tlcExitSystem
		}
		defer dumpFile.Close()
	}

	var loadErrs bytes.Buffer
	prints := &tlcPrints{}
	if f.userFile != nil {
		prints.user = f.userFile
		w.SetUser(f.userFile) // the prints of a trace's rebuilding too
	}
	loadOpt := eval.Options{Print: prints, Coverage: f.coverage >= 0 && !f.simulate, CovMismatch: prints.covMismatch(source.ReadFile)}
	loadOpt.Random, loadOpt.TLCConfig = tlcMainRandom(f.seed), tlcRunConfig(f) // tlcsimrandom.go
	loadOpt.ExtraStd = f.teExtra()
	if !f.noWarning {
		loadOpt.Warn = prints.warn
	}
	var read func(string) ([]byte, error) // the spec's files as TLC reads them (nil: as they are)
	if f.postMod != "" {
		cfgPath := f.config
		if cfgPath == "" {
			cfgPath = configBeside(tla)
		}
		var why string
		if read, why = tlcPostRead(nil, tla, cfgPath, f.postMod, f.postOp); why != "" {
			fmt.Fprintf(stderr, "wspcycle tlc: %s\n", why)
			return tlcExitUsage
		}
		if read != nil {
			if why := tlcPostRefusal(read, tla, filepath.Join(filepath.Dir(tla), f.postMod+".tla"), f.postMod); why != "" {
				fmt.Fprintf(stderr, "wspcycle tlc: -postCondition %s!%s is not supported: %s\n", f.postMod, f.postOp, why)
				return tlcExitUsage
			}
			// A name the spec resolves only through the module, which
			// TLC's spec does not extend: SANY's errors without it, under
			// the lines of the modules it loaded (the module's own errors,
			// which SANY meets first, are the changed spec's).
			if perr := eval.CheckFiles(nil, tla, cfgPath); perr != nil && eval.CheckFiles(read, tla, cfgPath) == nil {
				return tlcLoadFailure(w, hdr, tla, cfgPath, start, model.ExitBadInput, perr, perr.Error(), prints, read, f.teExtra())
			}
		}
		loadOpt.Read = read
		loadOpt.PostconditionFlag = true
		if read != nil {
			loadOpt.Unbound = tlcPostUnbound(read, tla, f.postMod)
		}
	}
	if code, done := tlcDumpTraceUnwritten(w, hdr, f, tla, tlcCfgPath(f, tla), start, prints, read, stderr); done {
		return code
	}
	l, ok := interruptible(ctx, "tlc", stderr, func() loaded {
		if len(f.invs) > 0 {
			sp, code, err := loadTLCWithInvariants(tla, f.config, f.invs, loadOpt, &loadErrs)
			return loaded{sp, code, err}
		}
		sp, code, err := loadSpecWith("tlc", []string{tla}, f.config, nil, loadOpt, &loadErrs)
		return loaded{sp, code, err}
	})
	if !ok {
		return model.ExitInterrupted
	}
	sp, code, lerr := l.sp, l.code, l.err
	if ie := (*errTLCInv)(nil); errors.As(lerr, &ie) {
		if strings.HasPrefix(ie.expr, `TLCGet("level") < `) && strings.Contains(ie.err.Error(), "TLCGet") {
			fmt.Fprintln(stderr, "wspcycle tlc: -invlevel is not supported for a spec that does not EXTENDS TLC: "+
				"TLC checks LET _T == INSTANCE TLC IN _T!TLCGet(\"level\") < N, and INSTANCE of the standard module TLC is not supported here")
			return tlcExitUsage
		}
		return tlcInvFailure(w, hdr, tla, f.config, start, ie, f.teExtra())
	}
	if sp == nil {
		cfgPath := f.config
		if cfgPath == "" {
			cfgPath = configBeside(tla)
		}
		return tlcLoadFailure(w, hdr, tla, cfgPath, start, code, lerr, loadErrs.String(), prints, read, f.teExtra())
	}
	for _, u := range sp.Unimplemented {
		// Keywords of TLC's cfg grammar whose effect we lack: said
		// once, the run otherwise TLC's (they change no check).
		fmt.Fprintf(stderr, "wspcycle tlc: the cfg's %s: not implemented, accepted\n", u)
	}
	if err := tlcLoadTrace(f, sp, tlcModelNames(tlcCfgPath(f, tla))); err != nil {
		fmt.Fprintf(stderr, "wspcycle tlc: %v\n", err)
		return tlcExitUsage
	}
	if f.postMod != "" && !tlcModuleDefines(read, module.SearchPath(filepath.Dir(tla), nil), f.postMod, f.postOp, true, map[string]bool{}) {
		// TLC's exception after the run. The operator is the first post
		// condition (eval's builder.postconditions), unless it did not
		// compile.
		pc := &eval.Postcondition{Name: f.postOp, Missing: f.postMod}
		if len(sp.Postconditions) > 0 && sp.Postconditions[0].Name == f.postOp {
			sp.Postconditions[0] = pc
		} else {
			sp.Postconditions = append([]*eval.Postcondition{pc}, sp.Postconditions...)
		}
	}
	tlcSanyHeader(&hdr, tla, read, f.teExtra()...)
	if code, ok := tlcElevated(w, hdr, tla, read, f.elevate, start); ok {
		return code
	}
	if (f.recover != "" || f.checkpoint > 0) && tlcDiskRefusal(sp, f.dump != "") == "" {
		hdr.Platform = strings.Replace(hdr.Platform, "in-memory fingerprint set, in-memory level queue", "disk-backed fingerprint set, disk level queue", 1)
	}
	w.Header(hdr)
	if sp.InitName == "" && len(sp.Vars) > 0 {
		// A .cfg without INIT or SPECIFICATION: TLC checks only the
		// assumptions of a spec without variables, and refuses any other.
		w.Msg(tlcout.Starting, tlcout.ClassNone, fmt.Sprintf("Starting... (%s)", tlcout.Date(start)))
		w.Msg(tlcout.ConfigMissingInit, tlcout.ClassError, "The configuration file did not specify the initial state predicate.")
		w.Finished(start, time.Now())
		return tlcExitConfigParse
	}
	tlcAliasErrorTool(sp, w.Tool)
	if f.noDeadlock {
		sp.CheckDeadlock = false
	}
	w.Msg(tlcout.Starting, tlcout.ClassNone, fmt.Sprintf("Starting... (%s)", tlcout.Date(start)))
	prints.start(w)
	if !f.noWarning {
		cfgPath := f.config
		if cfgPath == "" {
			cfgPath = configBeside(tla)
		}
		tlcStateLevelPropertyWarnings(w, sp)
		tlcSymmetryWarnings(w, sp, f.simulate)
	}
	if f.simulate {
		return runTLCSimulate(ctx, f, sp, w, start, stderr)
	}
	if f.dfid >= 0 {
		return runTLCDFID(ctx, f, sp, w, start, loadOpt, dumpFile, stderr)
	}

	periodic := newCoverageTimer(f.coverage)
	if f.simulate {
		periodic = nil
	}
	opt := model.Options{
		Workers:       f.workers,
		MaxMemory:     uint64(defaultMaxMemoryMB()) << 20,
		ProgressEvery: time.Minute,
		RecordGraph:   dumpFile != nil,
		// -dump dot,constrained: the steps to excluded successors too.
		RecordConstrained: f.dotOpts.Constrained,
		GraphLimit:        tlcDumpLimit,
		ReadSource:        source.ReadFile,
		AliasErrorText: func(err error) string {
			return tlcout.AliasErrorText(err, source.ReadFile, f.tool)
		},
		Events: func(ev model.Event) {
			now := time.Now()
			switch ev.Kind {
			case model.EventStart:
				if ev.Branches > 0 {
					w.Msg(tlcout.LiveImplied, tlcout.ClassNone, fmt.Sprintf("Implied-temporal checking--satisfiability problem has %d branches.", ev.Branches))
				}
				if f.recover == "" {
					w.Msg(tlcout.ComputingInit, tlcout.ClassNone, "Computing initial states...")
				}
			case model.EventInit:
				if f.recover != "" {
					// The queue's length is not among the event's counts at this point.
					w.Msg(tlcout.CheckpointRecoverEnd, tlcout.ClassNone, fmt.Sprintf("Recovery completed. %d states examined.", ev.Distinct))
					break
				}
				w.InitDone(ev.Init, ev.Generated, now)
			case model.EventProgress:
				w.Progress(ev, now, true)
				if periodic.due() {
					w.CoverageReport(*tlcCoverageNow(sp, ev, source.ReadFile), now)
				}
			case model.EventLiveness:
				w.Progress(ev, now, false)
				w.CheckingTemporal(ev, now)
			}
		},
	}
	if !tlcDiskMode(f, sp, &opt, w, stderr) {
		return tlcExitUsage
	}
	traces, err := dumptrace.Open(f.dumpTrace)
	if err != nil {
		w.Msg(tlcout.General, tlcout.ClassError, err.Error())
		return tlcExitSystem
	}
	defer traces.Finish()
	traces.Models, traces.Simulated = tlcModelNames(tlcCfgPath(f, tla)), f.simulate
	var traceErr error
	var cont *continuePrinter
	if f.cont {
		// The trace options of the verdict's trace, but for -dumpTrace,
		// which writes the verdict's trace only.
		cont = &continuePrinter{w: w, opt: tlcout.TraceOptions{DiffOnly: f.diffTrace, View: f.viewOf(sp)}}
		if !f.noWarning {
			cont.opt.StutterWarning = tlcStutterWarning(sp, source.ReadFile)
		}
		opt.Continue = cont.print
		opt.DeferPostcondition = true // after the search (continuedPostcondition)
		opt.PrefixExpanded = true     // TLC's crash after a finite prefix (ExitCrash)
	}
	defer limitEvalMemory(defaultMaxMemoryMB(), opt.DiskDir != "")()
	restoreGC := tuneGC()
	c, ok := interruptible(ctx, "tlc", stderr, func() checked {
		rep, err := model.Check(ctx, sp, opt)
		return checked{rep, err}
	})
	restoreGC()
	if !ok {
		return model.ExitInterrupted
	}
	rep, err := c.rep, c.err
	if errors.Is(err, model.ErrTautology) {
		return tlcTautology(w, start)
	}
	if lce := (*model.LiveConstError)(nil); errors.As(err, &lce) {
		return tlcLiveConstError(w, lce, start, f.tool)
	}
	if r := (*eval.LiveRefusal)(nil); errors.As(err, &r) {
		return tlcLiveRefusal(w, r, start, f.tool)
	}
	if err != nil { // temporal properties the checker cannot handle, a disk store that cannot be opened
		w.Msg(tlcout.General, tlcout.ClassError, err.Error())
		if opt.DiskDir != "" {
			return tlcExitSystem
		}
		return tlcExitSpecParse
	}
	if code, ok := tlcNoNext(w, sp, rep, start); ok {
		return code
	}
	f.nestedStack(tla, loadOpt, rep)
	traceOpt := tlcout.TraceOptions{Ranges: rep.Ranges, DiffOnly: f.diffTrace, View: f.viewOf(sp)}
	if !f.noWarning {
		traceOpt.StutterWarning = tlcStutterWarning(sp, source.ReadFile)
	}
	if len(f.dumpTrace) > 0 && rep.Result != model.ResultError {
		// TLC's -dumpTrace post-conditions write CounterExample, which
		// only a violation (invariant, property, deadlock) fills: the
		// trace of an evaluation error is written nowhere (TLC rev
		// cc6b616, golden DumpEvalError).
		traceOpt.AfterTrace = func() {
			if err := traces.Write(f.traceLines(w), sp, rep); err != nil && traceErr == nil {
				traceErr = err
			}
		}
	}
	tlcTEBin(w, f, tla, sp, rep, start, &traceOpt)
	if cont != nil {
		// Added to the counts of the verdict's own trace, if any.
		rep.CovRebuild = rep.CovRebuild.Add(cont.cov)
		rep.Warnings = append(rep.Warnings, cont.warnings...)
		continuedPostcondition(rep)
	}
	var cov *tlcout.Coverage
	if f.coverage >= 0 && !tlcNoActions(sp) {
		// After -continue's traces, whose rebuilding TLC counts.
		cov = tlcCoverage(sp, rep, source.ReadFile)
	}
	if rep.Expr != nil {
		// TLC names an evaluation error's expression by its whole range.
		files := span.NewFiles(source.ReadFile)
		if end, ok := files.End(rep.Expr); ok {
			rep.End = end
		}
		for _, e := range rep.FingerprintInner {
			if end, ok := files.End(e); ok {
				rep.FingerprintInnerRanges = append(rep.FingerprintInnerRanges, model.SourceRange{Module: span.Module(e.Pos().Filename), Start: e.Pos(), End: end})
			}
		}
	}
	w.ResultCoverage(rep, traceOpt, cov, start, time.Now())
	if err := tlcWriteTE(w, f, tla, tlcCfgPath(f, tla), sp, rep, start); err != nil {
		// TLC's EC.TLC_TE_SPEC_GENERATION_ERROR, said on stderr here.
		fmt.Fprintf(stderr, "wspcycle tlc: the trace exploration spec could not be written: %v\n", err)
	}
	if !f.noWarning {
		for _, msg := range rep.Warnings {
			if tlcPrintedWarning(sp, msg) {
				continue
			}
			fmt.Fprintf(stderr, "wspcycle tlc: warning: %s\n", msg)
		}
	}
	if dumpFile != nil {
		if rep.Graph == nil {
			fmt.Fprintf(stderr, "wspcycle tlc: the state graph has more than %d states: %s not written\n", tlcDumpLimit, dumpFile.Name())
			return tlcExitSystem
		}
		write := rep.WriteDump
		if f.dumpDot {
			o := f.dotOpts
			o.Actions, o.Unnamed = model.TLCActionNames(sp)
			if al := sp.Alias; al != nil && al.Eval != nil {
				var strs *value.Strings
				if sp.Run != nil {
					strs = sp.Run.Strings()
				}
				errText := func(err error) string { return tlcout.AliasErrorText(err, source.ReadFile, f.tool) }
				o.Alias = func(vars []string, order []int, st value.State, level int) ([]string, []value.Value) {
					// TLC's successor there is its empty state: no
					// variable has a primed value.
					return model.AliasShow(al, vars, order, st, make(value.State, len(st)), level, strs, errText)
				}
			}
			o.Constraints, o.ActionConstraints = model.ConstraintRanges(sp, source.ReadFile)
			write = func(w io.Writer) error { return rep.WriteTLCDOT(w, o) }
			if rep.Graph.Live {
				// With temporal properties, TLC writes its behaviour graph
				// beside (DotLivenessStateWriter).
				live, err := os.Create(model.LivenessDotName(dumpFile.Name()))
				if err == nil {
					err = writeTo(live, func(w io.Writer) error { return rep.WriteTLCLivenessDOT(w, o) })
				}
				if err != nil {
					fmt.Fprintf(stderr, "wspcycle tlc: %v\n", err)
					return tlcExitSystem
				}
			}
		}
		if err := writeTo(dumpFile, write); err != nil {
			fmt.Fprintf(stderr, "wspcycle tlc: %v\n", err)
			return tlcExitSystem
		}
	}
	if traceErr != nil {
		fmt.Fprintf(stderr, "wspcycle tlc: -dumpTrace: %v\n", traceErr)
		return tlcExitSystem
	}
	if err := w.Err(); err != nil {
		fmt.Fprintf(stderr, "wspcycle tlc: %v\n", err)
		return tlcExitSystem
	}
	return tlcExitCode(rep)
}

// TLC's exit codes beyond the checker's own (tlc2.output.EC.ExitStatus).
const (
	tlcExitInvariantEval = 76              // FAILURE_SAFETY_EVAL
	tlcExitSpecParse     = 150             // ERROR_SPEC_PARSE: SANY's parse and semantic errors
	tlcExitConfigParse   = 151             // ERROR_CONFIG_PARSE
	tlcExitSystem        = 153             // ERROR_SYSTEM
	tlcExitCrash         = 255             // ERROR: TLC's exit for an exception, e.g. a .cfg it cannot parse
	tlcExitUsage         = model.ExitUsage // a bad command line, as every wspcycle command
	tlcDumpLimit         = 1_000_000
)

// tlcExitCode is TLC's exit code for the verdict.
func tlcExitCode(rep *model.Report) int {
	if rep.PrefixExpanded != nil {
		return tlcExitCrash // -continue after a finite prefix (model.Report.PrefixExpanded)
	}
	switch rep.Result {
	case model.ResultError:
		if ce := rep.ContinueError; ce != nil && ce.Deadlock {
			// -continue: the state is found deadlocked after the error
			// (model.ContinueError.Deadlock).
			return model.ExitDeadlock
		}
		if ce := rep.ContinueError; ce != nil && ce.Rethrown && !ce.Rerun {
			// -continue: the exception TLC rethrows after an invariant
			// failed to evaluate ends the run (TLC rev cc6b616: ContInvError).
			return tlcExitCrash
		}
		if strings.HasPrefix(rep.Message, "Evaluating invariant") && !rep.InitialState {
			return tlcExitInvariantEval
		}
		if rep.LiveInit {
			return 0 // TLC rev cc6b616 (WTempInit)
		}
		if rep.LiveEval {
			return tlcExitCrash // TLC rev cc6b616 (LState, LAct)
		}
		if c := tlcout.EvalErrorExit(rep); c != 0 {
			return c
		}
	case model.ResultPostcondition:
		if model.IsPostconditionLookup(rep.Message) {
			return tlcExitCrash // TLC's exception (model.PostconditionConstant)
		}
	case model.ResultMemoryLimit:
		return tlcExitSystem
	case model.ResultStateLimit:
		return tlcExitSystem
	}
	return rep.ExitCode()
}

// tlcLoadFailure prints why the spec could not be loaded as TLC does, and
// returns TLC's exit code. An error in the spec is SANY's (a parse error
// as "***Parse Error***" with its position, semantic errors as "*** Errors:
// N" with a range each, the forms the VS Code extension turns into
// diagnostics), then "Parsing or semantic analysis failed." (3002), exit
// 150; an error in the model configuration comes after SANY succeeded, as
// a configuration error, exit 151.
//
// read, when not nil, reads the spec's files as the run changed them
// (-postCondition); extra are the modules TLC adds to the root's
// EXTENDS (the trace exploration spec's _TLCTrace).
func tlcLoadFailure(w *tlcout.Writer, hdr tlcout.Header, tla, cfgPath string, start time.Time, code int, err error, text string, prints *tlcPrints, read func(string) ([]byte, error), extra []string) int {
	text = strings.TrimSpace(text)
	finish := func(code int) int {
		w.Finished(start, time.Now())
		return code
	}
	if code != model.ExitBadInput {
		// An ASSUME that is false or fails to evaluate: SANY loaded the
		// spec, and TLC has said "Starting..." and printed what the
		// ASSUMEs before it print.
		tlcSanyHeader(&hdr, tla, read, extra...)
		w.Header(hdr)
		w.Msg(tlcout.Starting, tlcout.ClassNone, fmt.Sprintf("Starting... (%s)", tlcout.Date(start)))
		prints.start(w)
		msgCode, msg := tlcout.General, strings.TrimPrefix(text, "Error: ")
		if ae := (*eval.AssumptionError)(nil); errors.As(err, &ae) {
			msgCode, msg = tlcout.AssumptionFalse, ae.Msg
			if ae.Failed {
				msgCode = tlcout.AssumptionEvalFailed
				msg = tlcout.AssumptionCause(msg, w.Tool)
			}
		}
		w.Msg(msgCode, tlcout.ClassError, msg)
		return finish(code)
	}
	var list token.ErrorList
	errors.As(err, &list)
	list = startupFirst(sanyErrorsOnly(list), tla)
	var pe *os.PathError
	inCfg := len(list) > 0 && strings.HasSuffix(list[0].Pos.Filename, ".cfg") ||
		errors.As(err, &pe) && strings.HasSuffix(pe.Path, ".cfg")
	src, rerr := source.ReadFile(tla)
	var mod *ast.Module
	var perr error
	if rerr == nil {
		mod, perr = parser.ParseFile(tla, src)
	}
	root := strings.TrimSuffix(filepath.Base(tla), filepath.Ext(tla))
	if mod != nil && mod.Name != nil {
		root = mod.Name.Name
	}
	ld := tlcSanyLoad(tla, read, extra...)
	hdr.Files, hdr.Modules, hdr.Lint, hdr.LintReport = ld.Files, ld.Modules, ld.Lint, ld.LintReport()
	hdr.ModuleNotes = ld.ModuleNotes()
	hdr.FileNotes = pcalNotes(tla, read)
	switch {
	case rerr != nil && !errors.Is(rerr, fs.ErrNotExist):
		hdr.Files, hdr.Modules, hdr.Lint = nil, nil, nil
		w.Header(hdr)
		w.Msg(tlcout.General, tlcout.ClassError, text)
		return finish(tlcExitSpecParse)
	case rerr != nil:
		hdr.Files, hdr.Modules, hdr.Lint = nil, nil, nil
		hdr.SanyErrors = sany.RootNotFound(tla, root)
		w.Header(hdr)
		w.Msg(tlcout.Starting, tlcout.ClassNone, fmt.Sprintf("Starting... (%s)", tlcout.Date(start)))
		w.Msg(tlcout.ParsingFailed, tlcout.ClassError, "Parsing or semantic analysis failed.")
		return finish(tlcExitSpecParse)
	case inCfg && !cfgReadable(cfgPath):
		hdr.NoSany = true
		w.Header(hdr)
		w.Msg(tlcout.General, tlcout.ClassError, tlcConfigException(w.Tool, tlcout.ConfigReadError,
			fmt.Sprintf("TLC encountered the following error when trying to read the configuration file %s:\nFile not found.", cfgPath)))
		return finish(tlcExitCrash)
	case inCfg && cfgSyntaxError(cfgPath) != nil:
		hdr.NoSany = true
		w.Header(hdr)
		e := cfgSyntaxError(cfgPath)
		code, msg := tlcCfgSyntax(e.Msg)
		w.Msg(tlcout.General, tlcout.ClassError, tlcConfigException(w.Tool, code,
			fmt.Sprintf("TLC found an error in the configuration file at line %d\n%s", e.Pos.Line, msg)))
		return finish(tlcExitCrash)
	case len(list) > 0 && tlcConfigCode(list[0].Msg) != 0:
		w.Header(hdr)
		w.Msg(tlcout.Starting, tlcout.ClassNone, fmt.Sprintf("Starting... (%s)", tlcout.Date(start)))
		// TLC checks the cfg's names after it has evaluated the constant
		// definitions (SpecProcessor: processConstantDefns, then
		// processConfig): what they printed comes first (Inv ==
		// PrintT("x") /\ FALSE prints "x", then "is equal to FALSE").
		prints.start(w)
		c, msg := tlcConfigMessageFor(w.Tool, list[0].Msg)
		w.Msg(c, tlcout.ClassError, msg)
		if c == tlcout.InvariantLevel {
			return finish(tlcExitInvariantEval)
		}
		if c == tlcout.General || c == tlcNumberTooBig {
			return finish(tlcExitCrash) // an exception (tlcerrors.go)
		}
		return finish(tlcExitConfigParse)
	case inCfg:
		w.Header(hdr)
		w.Msg(tlcout.Starting, tlcout.ClassNone, fmt.Sprintf("Starting... (%s)", tlcout.Date(start)))
		w.Msg(tlcout.ConfigGeneral, tlcout.ClassError, text)
		return finish(tlcExitConfigParse)
	case perr == nil && sanyCrash(list) != nil:
		return tlcSanyCrash(w, hdr, ld.Modules, sanyCrash(list), start)
	case perr != nil:
		hdr.Files, hdr.Modules, hdr.Lint = hdr.Files[:1], nil, nil
		hdr.SanyErrors = sany.ParseError(sany.SpecName(tla), root, sany.SpecFile(tla), src, perr)
	default:
		hdr.Lint = nil
		// The semantic report prints the warnings with the errors.
		hdr.ModuleNotes = nil
		if ld.StopFile != "" {
			// A module the spec uses that does not parse: SANY parsed the
			// files up to it (ld.Files ends with it), and processed none.
			file := ld.StopFile
			if esrc, err := source.ReadFile(file); err == nil {
				if _, eperr := parser.ParseFile(file, esrc); eperr != nil {
					base := filepath.Base(file)
					if _, m, _, ok := token.SplitInFile(file); ok {
						base = m + ".tla" // a module after the root's, in a file of its own for SANY
					}
					hdr.Modules, hdr.SanyErrors = nil, sany.ParseError(sany.SpecName(tla), ld.Stop, base, esrc, eperr)
					break
				}
			}
		}
		if report, ok := sany.CircularDependency(tla, list); ok {
			hdr.Modules, hdr.SanyErrors = nil, report // after parsing every file
			break
		}
		if report, _, ok := sany.MissingModule(sany.SpecName(tla), list); ok {
			// SANY parsed the modules up to the missing one (ld.Files),
			// and processed none; of several missing modules it names the
			// first it looked for, which need not be our loader's first.
			if r := ld.MissingReport(sany.SpecName(tla)); r != "" && !onSearchPath(tla, ld.Stop) {
				report = r
			}
			hdr.Modules, hdr.SanyErrors = nil, report
			break
		}
		if r := ld.MissingReport(sany.SpecName(tla)); r != "" && !onSearchPath(tla, ld.Stop) {
			// SANY stopped at a missing module though our first error is
			// another: a semantic one, found because our loader went on
			// (BagsTheorems of the tlapm library: Functions, which
			// FiniteSetTheorems extends, is on no path, and its errors
			// come after the root's). SANY processed no module.
			hdr.Modules, hdr.SanyErrors = nil, r
			break
		}
		hdr.Modules, hdr.ModuleNotes, hdr.SanyErrors = ld.SemanticReport(root, mod, list, text)
	}
	w.Header(hdr)
	w.Msg(tlcout.Starting, tlcout.ClassNone, fmt.Sprintf("Starting... (%s)", tlcout.Date(start)))
	w.Msg(tlcout.ParsingFailed, tlcout.ClassError, "Parsing or semantic analysis failed.")
	return finish(tlcExitSpecParse)
}

// writeTo writes f with write through a buffer.
func writeTo(f *os.File, write func(io.Writer) error) error {
	var b bytes.Buffer
	if err := write(&b); err != nil {
		return err
	}
	if _, err := f.Write(b.Bytes()); err != nil {
		return err
	}
	return f.Close()
}
