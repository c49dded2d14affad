// Package tlcout prints a model checker's run as TLC prints it: the same
// messages in the same order with the same words, plain or, for tools
// (-tool), each framed by TLC's markers with TLC's message code and class:
//
//	@!@!@STARTMSG 2110:1 @!@!@
//	Invariant Safe is violated.
//	@!@!@ENDMSG 2110 @!@!@
//
// so that scripts, CI jobs, the TLA+ VS Code extension and the Toolbox,
// which parse TLC's output, read `wspcycle tlc` as they read TLC. The codes
// are those of TLC's tlc2.output.EC; only facts of the machine and the
// moment (dates, pid, memory, durations, version) differ from TLC's text.
package tlcout

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/pprint"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TLC's message codes (tlc2.output.EC), those this package prints.
const (
	General                = 1000 // EC.GENERAL: an error without a code of its own
	CommandLine            = 1102 // EC.WRONG_COMMANDLINE_PARAMS_TLC: a command line TLC rejects
	AssumptionFalse        = 2104 // EC.TLC_ASSUMPTION_FALSE
	InvariantViolatedInit  = 2107
	PropertyViolatedInit   = 2108
	NotCompletelySpecified = 2109
	InvariantViolated      = 2110
	InvariantEvalFailed    = 2111
	ActionPropertyViolated = 2112
	DeadlockReached        = 2114
	TemporalViolated       = 2116
	BehaviorUpToThisPoint  = 2121
	BackToState            = 2122
	Starting               = 2185
	Finished               = 2186
	ModeMC                 = 2187
	ModeSimulation         = 2188
	ComputingInit          = 2189
	InitGenerated          = 2190
	InitGenerated2         = 2191 // TLC_INIT_GENERATED2: generated and distinct differ
	CheckingTemporal       = 2192
	Success                = 2193
	SearchDepth            = 2194
	Stats                  = 2199
	CheckpointStart        = 2195 // "Checkpointing of run DIR"
	CheckpointEnd          = 2196 // "Checkpointing completed at (DATE)"
	CheckpointRecoverStart = 2197 // "Starting recovery from checkpoint DIR"
	CheckpointRecoverEnd   = 2198 // "Recovery completed. N states examined. M states on queue."
	ProgressStats          = 2200
	ComputingInitProgress  = 2269
	ProgressSimulation     = 2209
	StatsSimulation        = 2210
	LiveImplied            = 2212
	LiveStateLevel         = 2255 // EC.TLC_LIVE_FORMULA_STATE_LEVEL: a state predicate as PROPERTY
	SymmetrySetTooSmall    = 2300 // EC.TLC_SYMMETRY_SET_TOO_SMALL
	LivenessSymmetry       = 2279 // EC.TLC_FEATURE_UNSUPPORTED_LIVENESS_SYMMETRY
	NoSpecButProperty      = 2257 // EC.TLC_CONFIG_NO_SPEC_BUT_PROPERTY: a stuttering counterexample with INIT and NEXT
	NoFairnessButLive      = 2259 // EC.TLC_CONFIG_NO_FAIRNESS_BUT_LIVE_PROPERTY: one with a SPECIFICATION without fairness
	StatePrint1            = 2216 // TLC_STATE_PRINT1: a state alone, "State :" (simulator, -depth -1)
	ErrorState             = 2120 // TLC_ERROR_STATE: "The error state is:"
	StatePrint2            = 2217
	StatePrint3            = 2218
	SanyEnd                = 2219
	SanyStart              = 2220
	Version                = 2262
	CounterExample         = 2264
	CheckingTemporalEnd    = 2267
	OutDegree              = 2268
	ParsingFailed          = 3002 // EC.TLC_PARSING_FAILED: "Parsing or semantic analysis failed."
	ConfigGeneral          = 5002 // EC.CFG_GENERAL
	ConfigReadError        = 5001 // EC.CFG_ERROR_READING_FILE
	ConfigExpectedSymbol   = 5006 // EC.CFG_EXPECTED_SYMBOL
	ConfigNoValue          = 2222 // EC.TLC_CONFIG_VALUE_NOT_ASSIGNED_TO_CONSTANT_PARAM
	ConfigNotDefined       = 2229 // EC.TLC_CONFIG_SPECIFIED_NOT_DEFINED
	ConfigUndefinedSubst   = 2224 // "substitutes for C with the undefined identifier Op" (C <- Op)
	ConfigMissingInit      = 2231 // EC.TLC_CONFIG_MISSING_INIT
	ConfigBoth             = 2227 // EC.TLC_CONFIG_NOT_BOTH_SPEC_AND_INIT
	ConfigNoArgs           = 2228 // EC.TLC_CONFIG_ID_REQUIRES_NO_ARG
	InvariantLevel         = 2146 // EC.TLC_INVARIANT_VIOLATED_LEVEL (exit 76)
)

// Message classes (tlc2.output.MP).
const (
	ClassNone    = 0
	ClassError   = 1
	ClassWarning = 3
	ClassState   = 4
)

// Writer prints TLC's messages on one stream. With Tool set it frames each
// message; without, it prints its text, error messages prefixed by
// "Error: " as TLC does. It is safe for use by several goroutines (progress
// lines come from the checker's watcher) and keeps the first write error.
type Writer struct {
	Tool     bool
	w        io.Writer
	mu       sync.Mutex
	err      error
	suppress map[int]bool
	warned   map[string]bool // the warnings printed (Warning)
	user     io.Writer       // where the spec's prints go (SetUser; nil: w)
}

// Suppress makes the writer drop the messages with these codes (TLC's
// -suppressMessages).
func (w *Writer) Suppress(codes ...int) {
	for _, c := range codes {
		if w.suppress == nil {
			w.suppress = map[int]bool{}
		}
		w.suppress[c] = true
	}
}

// NewWriter returns a Writer on w.
func NewWriter(w io.Writer, tool bool) *Writer { return &Writer{w: w, Tool: tool} }

// Err is the first error writing failed with.
func (w *Writer) Err() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.err
}

// Msg prints one message: its text and a newline (a text ending in "\n"
// is followed by a blank line, as in TLC).
func (w *Writer) Msg(code, class int, text string) {
	if w.suppress[code] {
		return
	}
	var b strings.Builder
	if w.Tool {
		fmt.Fprintf(&b, "@!@!@STARTMSG %d:%d @!@!@\n%s\n@!@!@ENDMSG %d @!@!@\n", code, class, text, code)
	} else {
		switch class {
		case ClassError:
			b.WriteString("Error: ")
		case ClassWarning:
			b.WriteString("Warning: ")
		}
		b.WriteString(text)
		b.WriteString("\n")
	}
	w.write(b.String())
}

// Line prints a line outside any message (SANY's "Parsing file ..." lines
// are not framed in TLC's -tool output either).
func (w *Writer) Line(text string) { w.write(text + "\n") }

func (w *Writer) write(s string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.err != nil {
		return
	}
	_, w.err = io.WriteString(w.w, s)
}

// Date is TLC's timestamp format.
func Date(t time.Time) string { return t.Format("2006-01-02 15:04:05") }

// Duration is TLC's spelling of a duration in its text: "00s", "05s",
// "01min 05s", "01h 02min". (With -tool, TLC gives the run's length in
// milliseconds: "Finished in 676ms", which the VS Code extension parses.)
func Duration(d time.Duration) string {
	switch {
	case d < time.Minute:
		return fmt.Sprintf("%02ds", int(d.Seconds()))
	case d < time.Hour:
		return fmt.Sprintf("%02dmin %02ds", int(d.Minutes()), int(d.Seconds())%60)
	}
	return fmt.Sprintf("%02dh %02dmin", int(d.Hours()), int(d.Minutes())%60)
}

// Thousands writes n with TLC's thousands separators: 847,766.
func Thousands(n int64) string { return model.Thousands(n) }

// Progress prints TLC's progress line (2200) for the counts of ev, at now;
// with rates, also the states per minute since the start, as TLC's
// periodic and final progress lines do.
func (w *Writer) Progress(ev model.Event, now time.Time, rates bool) {
	if !rates {
		w.Msg(ProgressStats, ClassNone, fmt.Sprintf("Progress(%d) at %s: %s states generated, %s distinct states found, %s states left on queue.",
			ev.Level, Date(now), Thousands(ev.Generated), Thousands(ev.Distinct), Thousands(ev.Queue)))
		return
	}
	mins := ev.Elapsed.Minutes()
	perMin := func(n int64) string {
		if mins <= 0 {
			return Thousands(n)
		}
		return Thousands(int64(float64(n) / max(mins, 1.0/60)))
	}
	w.Msg(ProgressStats, ClassNone, fmt.Sprintf("Progress(%d) at %s: %s states generated (%s s/min), %s distinct states found (%s ds/min), %s states left on queue.",
		ev.Level, Date(now), Thousands(ev.Generated), perMin(ev.Generated), Thousands(ev.Distinct), perMin(ev.Distinct), Thousands(ev.Queue)))
}

// InitDone prints "Finished computing initial states" (2190), or, when
// fewer of the generated initial states are distinct (a CONSTRAINT
// excluded them, or they repeat), TLC's 2191 with both counts (TLC rev
// cc6b616: model/testdata/tlc/postrun, InitRunCons).
func (w *Writer) InitDone(n, generated int64, now time.Time) {
	s := "s"
	if n == 1 {
		s = ""
	}
	if generated > n {
		gs := "s"
		if generated == 1 {
			gs = ""
		}
		w.Msg(InitGenerated2, ClassNone, fmt.Sprintf("Finished computing initial states: %d state%s generated, with %d of them distinct at %s.", generated, gs, n, Date(now)))
		return
	}
	w.Msg(InitGenerated, ClassNone, fmt.Sprintf("Finished computing initial states: %d distinct state%s generated at %s.", n, s, Date(now)))
}

// CheckingTemporal prints the announcement of the liveness check (2192).
func (w *Writer) CheckingTemporal(ev model.Event, now time.Time) {
	if ev.Branches > 1 {
		w.Msg(CheckingTemporal, ClassNone, fmt.Sprintf("Checking %d branches of temporal properties for the complete state space with %d total distinct states at (%s)",
			ev.Branches, ev.Distinct*int64(ev.Branches)+ev.LiveExtra, Date(now)))
		return
	}
	w.Msg(CheckingTemporal, ClassNone, fmt.Sprintf("Checking temporal properties for the complete state space with %d total distinct states at (%s)", ev.Distinct+ev.LiveExtra, Date(now)))
}

// TraceOptions say how to print a behaviour.
type TraceOptions struct {
	// Simulator: the verdict is one of TLC's simulator, which words some
	// evaluation errors its own way (simevalerr.go).
	Simulator bool
	// ErrorStateOnly prints, in place of a safety verdict's trace, its
	// last state alone, as TLC's simulator does with -depth -1 (no bound
	// on a behaviour: Simulator.printBehavior, rev cc6b616): "The error
	// state is:" (2120) and the state (2216).
	ErrorStateOnly bool
	// Ranges are the source ranges of the spec's actions (model.ActionRanges),
	// indexed by TraceState.Act-1; a missing one prints the label alone.
	Ranges []model.SourceRange
	// DiffOnly prints, after the first state, only the variables that
	// changed (TLC's -difftrace), compared with the state Diff says.
	DiffOnly bool
	// Diff is how TLC's code printing this trace compares its states
	// under -difftrace (Verdict sets it from the verdict but for the
	// simulator's, which compares each state with the one before).
	Diff DiffEnd
	// View, when not nil, prints each state as the value of the cfg's VIEW
	// in it (TLC's -view): one line, with no blank line after it. A state
	// the view cannot be computed in is printed as usual. level is the
	// state's position in the trace (1 for the first), its TLCGet("level")
	// as TLC gives it: each state of TLC's trace carries its own.
	View func(level int, s value.State) (value.Value, error)
	// AfterTrace, when not nil, is called after a counterexample is
	// printed (TLC's -dumpTrace writes its files there).
	AfterTrace func()
	// InOrder prints the variables in their order: the fields of an
	// ALIAS (Verdict sets it from Report.VarsInOrder).
	InOrder bool
	// Order is TLC's order of the variables (model.SpecVarOrder; Verdict
	// sets it from Report.VarOrder); nil prints them by name.
	Order []int
	// StutterWarning, when not nil, is TLC's warning (its code and text)
	// after a counterexample to a temporal property that ends in
	// stuttering when Report.StutterHint says TLC gives it (nil: the
	// specification has fairness, or -nowarning).
	StutterWarning func() (int, string)
	// prints are what the spec printed before each state as TLC rebuilt
	// the trace (Verdict sets them from Report.TracePrints).
	prints    []string
	loopPrint string
}

// viewLine is the view of st, the trace's state at level, or false.
func viewLine(view func(int, value.State) (value.Value, error), level int, st value.State) (s string, ok bool) {
	if view == nil {
		return "", false
	}
	for _, v := range st {
		if v == nil {
			return "", false // a partial state
		}
	}
	defer func() {
		if recover() != nil {
			s, ok = "", false
		}
	}()
	v, err := view(level, st)
	if err != nil || v == nil {
		return "", false
	}
	return v.String(), true
}

// Label is the action of a trace state as TLC prints it between < and >:
// "Request line 7, col 12 to line 7, col 67 of module LiveFail".
func Label(ts model.TraceState, ranges []model.SourceRange) string {
	return model.TraceFormat{Ranges: ranges}.Label(ts)
}

// SortedVars returns the indices of vars by name, the order of traces of a
// spec without a module (model.SpecVarOrder gives TLC's order).
func SortedVars(vars []string) []int { return model.VarOrder(vars) }

// StateLines prints the variables of one trace state as TLC's
// TLCStateMut does: in order, each "/\\ x = v" (a spec of one variable: "x
// = v"), v broken over lines as TLC's pretty-printer breaks a value wider
// than 80 columns (package pprint), "null" for an undefined one; with
// diffOnly and i > 0, only the changed ones.
func StateLines(vars []string, order []int, ts model.TraceState, diffOnly bool, first bool) string {
	var b strings.Builder
	single := len(vars) == 1
	if ts.Own != nil {
		// The state's own names (an ALIAS's states differing in fields).
		order, single = ts.Own, len(ts.Own) == 1
	}
	for _, j := range order {
		if diffOnly && !first && (j >= len(ts.Changed) || !ts.Changed[j]) {
			continue
		}
		val := "null"
		if j < len(ts.State) && ts.State[j] != nil {
			val = pprint.Format(ts.State[j].String(), pprint.Width)
		}
		if single {
			fmt.Fprintf(&b, "%s = %s\n", vars[j], val)
			continue
		}
		fmt.Fprintf(&b, "/\\ %s = %s\n", vars[j], val)
	}
	return b.String()
}

// Trace prints a counterexample: one message per state (2217), then, for
// a lasso, the step back (2122, named by loopStep, the action that closes
// the lasso) or the stuttering (2218).
func (w *Writer) Trace(vars []string, tr []model.TraceState, loopBack int, loopStep model.TraceState, opt TraceOptions) {
	order := model.TraceOrder(vars, opt.Order, opt.InOrder)
	var bases []int
	if opt.DiffOnly {
		bases = diffBases(len(tr), opt.Diff)
	}
	for i, ts := range tr {
		w.printed(opt.statePrinted(i))
		head := fmt.Sprintf("State %d: <%s>", i+1, Label(ts, opt.Ranges))
		if w.Tool {
			head = fmt.Sprintf("%d: <%s>", i+1, Label(ts, opt.Ranges))
		}
		if line, ok := viewLine(opt.View, i+1, ts.State); ok {
			w.Msg(StatePrint2, ClassState, head+"\n"+line)
			continue
		}
		if bases != nil {
			ts.Changed = diffChanged(tr, i, bases[i])
		}
		w.Msg(StatePrint2, ClassState, head+"\n"+StateLines(vars, order, ts, opt.DiffOnly && ts.Changed != nil, i == 0 && bases == nil))
	}
	switch {
	case loopBack > 0 && loopBack == len(tr) && loopStep.State == nil:
		// A step back to the last state is TLC's simulator's: its
		// LiveCheck1 prints the behaviour's states, whatever its lasso's
		// (model/livecheck1.go), and names a step back to the last one.
		if w.Tool {
			w.Msg(StatePrint3, ClassState, fmt.Sprintf("%d: Stuttering", len(tr)+1))
		} else {
			w.Msg(StatePrint3, ClassState, fmt.Sprintf("State %d: Stuttering", len(tr)+1))
		}
	case loopBack > 0:
		w.printed(opt.loopPrint)
		if w.Tool {
			w.Msg(BackToState, ClassState, fmt.Sprintf("%d: Back to state: <%s>\n", loopBack, Label(loopStep, opt.Ranges)))
		} else {
			w.Msg(BackToState, ClassState, fmt.Sprintf("Back to state %d: <%s>\n", loopBack, Label(loopStep, opt.Ranges)))
		}
	}
}

// Header is what TLC prints before it starts: its version, the mode line
// and SANY's progress over the modules.
type Header struct {
	Version  string // printed after "TLC2 Version "
	Mode     string // "breadth-first search Model-Checking", "Random Simulation" or "RL Simulation" (sched=rl)
	FP       int
	Seed     int64
	Workers  int
	Cores    int
	HeapMB   int64
	PID      int
	Platform string   // in the parentheses at the end of the mode line
	Files    []string // each file parsed, the root module's first (package sany's Load)
	Modules  []string // each module in the order it is processed (extended ones first)
	Lint     []string // the modules linted, in that order (none when SANY failed)
	// ModuleNotes, when not nil, is what SANY prints after each module's
	// line (its warnings so far; "" for nothing), one per module of
	// Modules (package sany's ModuleNotes).
	ModuleNotes []string
	// FileNotes, when not nil, is what is printed after each file's line
	// ("" for nothing), one per file of Files: what TLC's PlusCal
	// translator prints when SANY parses a module holding a translation
	// ("Labels added.").
	FileNotes []string
	// LintReport is what SANY's linter says about the modules of Lint
	// (package sany's LintReport), printed after their lines.
	LintReport string
	// SanyErrors is SANY's report of a spec it could not load (a parse
	// error, or semantic errors), printed after the modules it processed.
	SanyErrors string
	// NoSany: the run stopped before SANY started (TLC reads the model
	// configuration first, and a syntax error there ends the run).
	NoSany bool
	// SanyCrashed: SANY died of an exception (printed in SanyErrors), so
	// it never says "SANY finished.".
	SanyCrashed bool
}

// Header prints the version (2262), the mode line (2187, or 2188 for
// simulation) and, between SANY's start (2220) and end (2219), which are
// framed in -tool output only, one line per file parsed and module processed.
func (w *Writer) Header(h Header) {
	w.Msg(Version, ClassNone, "TLC2 Version "+h.Version)
	workers := "workers"
	if h.Workers == 1 {
		workers = "worker"
	}
	if strings.HasSuffix(h.Mode, " Simulation") { // TLC's simulation mode line has no fp
		w.Msg(ModeSimulation, ClassNone, fmt.Sprintf("Running %s with seed %d with %d %s on %d cores with %dMB heap and 64MB offheap memory [pid: %d] (%s).",
			h.Mode, h.Seed, h.Workers, workers, h.Cores, h.HeapMB, h.PID, h.Platform))
	} else {
		code := ModeMC
		if h.Mode == ModeDFID {
			code = ModeMCDFID // TLC_MODE_MC_DFS
		}
		w.Msg(code, ClassNone, fmt.Sprintf("Running %s with fp %d and seed %d with %d %s on %d cores with %dMB heap and 64MB offheap memory [pid: %d] (%s).",
			h.Mode, h.FP, h.Seed, h.Workers, workers, h.Cores, h.HeapMB, h.PID, h.Platform))
	}
	if h.NoSany {
		return
	}
	if w.Tool {
		w.Msg(SanyStart, ClassNone, "Starting SANY...")
	}
	for i, f := range h.Files {
		w.Line("Parsing file " + f)
		if i < len(h.FileNotes) && h.FileNotes[i] != "" {
			w.Line(h.FileNotes[i])
		}
	}
	for i, m := range h.Modules {
		w.Line("Semantic processing of module " + m)
		if i < len(h.ModuleNotes) && h.ModuleNotes[i] != "" {
			w.write(h.ModuleNotes[i])
		}
	}
	for _, m := range h.Lint {
		w.Line("Linting of module " + m)
	}
	if len(h.Lint) > 0 && h.LintReport != "" {
		w.write(h.LintReport)
	}
	if h.SanyErrors != "" {
		w.write(h.SanyErrors)
	}
	if w.Tool && !h.SanyCrashed {
		w.Msg(SanyEnd, ClassNone, "SANY finished.")
	}
}

// Sci formats a probability as TLC prints it (two significant digits in
// Java's Double.toString form): 3.8E-13, 2.0E-7, and 0.0 for zero.
func Sci(x float64) string {
	if x == 0 {
		return "0.0"
	}
	s := strconv.FormatFloat(x, 'E', 1, 64) // 2.0E-07
	mant, exp, ok := strings.Cut(s, "E")
	if !ok {
		return s
	}
	sign := ""
	if strings.HasPrefix(exp, "-") {
		sign = "-"
	}
	exp = strings.TrimLeft(strings.TrimLeft(exp, "+-"), "0")
	if exp == "" {
		exp = "0"
	}
	return mant + "E" + sign + exp
}

// OutDegreeStats are TLC's out-degree figures from a histogram (h[k]:
// states with k new successors): the rounded mean, the minimum, the
// maximum and the 95th percentile.
func OutDegreeStats(h []int64) (mean, lo, hi, p95 int64) {
	var n, sum int64
	lo = -1
	for k, c := range h {
		if c == 0 {
			continue
		}
		if lo < 0 {
			lo = int64(k)
		}
		hi = int64(k)
		n += c
		sum += int64(k) * c
	}
	if n == 0 {
		return 0, 0, 0, 0
	}
	mean = (2*sum + n) / (2 * n) // rounded half up
	// TLC's BucketStatistics.getPercentile: the first bucket whose
	// cumulative count passes floor(n * 0.95).
	pos := int64(float64(n) * 0.95)
	var cum int64
	for k, c := range h {
		cum += c
		if cum > pos {
			p95 = int64(k)
			break
		}
	}
	return mean, lo, hi, p95
}

// Result prints everything after the search: the verdict and its trace,
// the end of the temporal check, (with -tool) the final progress line,
// the counts, the depth, the out-degree of a complete search and the
// finishing line. start is when the run started, now when it ended.
func (w *Writer) Result(rep *model.Report, opt TraceOptions, start, now time.Time) {
	w.ResultCoverage(rep, opt, nil, start, now)
}

// ResultCoverage is Result with, when cov is not nil, TLC's final
// coverage report after the verdict (where TLC prints it with -coverage).
func (w *Writer) ResultCoverage(rep *model.Report, opt TraceOptions, cov *Coverage, start, now time.Time) {
	w.Verdict(rep, opt, now)
	if rep.Result == model.ResultError && (rep.FingerprintCrash || rep.IllegalInit) {
		w.Finished(start, now) // no counts
		return
	}
	if initViolation(rep) {
		// TLC stops at an initial state that violates an invariant
		// without its statistics (TLC rev cc6b616).
		w.Finished(start, now)
		return
	}
	if cov != nil {
		w.CoverageReport(*cov, now)
	}
	if w.Tool {
		w.Progress(model.Event{Level: max(rep.Depth, 1), Generated: rep.Generated, Distinct: rep.Distinct, Queue: rep.Queue, Elapsed: now.Sub(start)}, now, true)
	}
	w.Msg(Stats, ClassNone, fmt.Sprintf("%d states generated, %d distinct states found, %d states left on queue.", rep.Generated, rep.Distinct, rep.Queue))
	w.Msg(SearchDepth, ClassNone, fmt.Sprintf("The depth of the complete state graph search is %d.", searchDepth(rep)))
	// TLC has no out-degree of an empty graph; it prints it after an
	// invariant that failed to evaluate too (TLC rev cc6b616).
	if (rep.Result == model.ResultOK || invariantEvalFailed(rep) || rep.LiveEval && rep.Result == model.ResultError || rep.PrefixExpanded != nil || rep.ContinuePartial) && rep.Distinct > 0 {
		mean, lo, hi, p95 := OutDegreeStats(rep.OutDegree)
		w.Msg(OutDegree, ClassNone, fmt.Sprintf("The average outdegree of the complete state graph is %d (minimum is %d, the maximum %d and the 95th percentile is %d).", mean, lo, hi, p95))
	}
	w.Finished(start, now)
}

// Finished prints TLC's last line (2186): the run's length (in
// milliseconds with -tool, as TLC gives it) and the time.
func (w *Writer) Finished(start, now time.Time) {
	took := Duration(now.Sub(start))
	if w.Tool {
		took = fmt.Sprintf("%dms", now.Sub(start).Milliseconds())
	}
	w.Msg(Finished, ClassNone, fmt.Sprintf("Finished in %s at (%s)", took, Date(now)))
}

// Verdict prints the verdict and its trace: TLC's success message, or the
// violation's messages and counterexample, and the end of the temporal
// check when there was one.
func (w *Writer) Verdict(rep *model.Report, opt TraceOptions, now time.Time) {
	if rep.Result == model.ResultError && rep.IllegalInit && len(rep.Trace) > 0 {
		// An initial state left incomplete: TLC's refusal of the state,
		// with it, and nothing after (model.Report.IllegalInit).
		order := model.TraceOrder(rep.Vars, rep.VarOrder, rep.VarsInOrder)
		state := StateLines(rep.Vars, order, rep.Trace[len(rep.Trace)-1], false, true)
		if opt.Simulator {
			// TLC's simulator checks the state itself, in its words.
			w.Msg(SimInitIncomplete, ClassError, "State is not completely specified by the initial predicate:\n"+state)
			return
		}
		w.Msg(InitialStateError, ClassError, illegalState+state)
		return
	}
	if rep.Result == model.ResultError && rep.FingerprintCrash {
		// An exception TLC does not catch: its message alone.
		w.Msg(General, ClassError, exceptionWrapper(rep.Message)+rep.Message)
		return
	}
	opt.InOrder = opt.InOrder || rep.VarsInOrder
	if !opt.Simulator {
		opt.Diff = diffEnd(rep)
	}
	if rep.TracePrints != nil {
		w.printed(rep.TracePrints.Early)
	}
	if opt.Order == nil {
		opt.Order = rep.VarOrder
	}
	// post evaluates the POSTCONDITION after a violation's trace, as TLC
	// does (model's Report.PostconditionAfter).
	post := func() {
		if rep.PostconditionAfter != nil {
			if msg := rep.PostconditionAfter(); msg != "" {
				code, text := postconditionMsg(msg, w.Tool)
				w.Msg(code, ClassError, text)
			}
		}
	}
	trace := func(up int) {
		if len(rep.Trace) == 0 {
			return
		}
		tp := rep.TracePrints
		if tp == nil {
			tp = &model.TracePrints{}
		}
		w.printed(tp.Before)
		if up != 0 && opt.ErrorStateOnly {
			last := rep.Trace[len(rep.Trace)-1]
			order := model.TraceOrder(rep.Vars, opt.Order, opt.InOrder)
			w.Msg(ErrorState, ClassNone, "The error state is:\n")
			head := "State :"
			if w.Tool {
				head = ":"
			}
			w.Msg(StatePrint1, ClassState, head+"\n"+StateLines(rep.Vars, order, last, false, true))
			w.printed(tp.After)
			if opt.AfterTrace != nil {
				opt.AfterTrace()
			}
			post()
			return
		}
		if up != 0 {
			w.Msg(up, ClassError, "The behavior up to this point is:")
		}
		opt.prints, opt.loopPrint = tp.States, tp.Loop
		w.Trace(rep.Vars, rep.Trace, rep.LoopBack, rep.LoopStep, opt)
		if up == 0 && rep.StutterHint && opt.StutterWarning != nil && rep.LoopBack > 0 && rep.LoopBack == len(rep.Trace) && rep.LoopStep.State == nil {
			w.Warning(opt.StutterWarning()) // right after "State N: Stuttering", as LiveWorker prints it
		}
		w.printed(tp.After)
		if opt.AfterTrace != nil {
			opt.AfterTrace()
		}
		post()
	}
	endTemporal := func() {
		if rep.LiveBranches > 0 {
			w.Msg(CheckingTemporalEnd, ClassNone, fmt.Sprintf("Finished checking temporal properties in %s at %s", Duration(rep.LiveDuration), Date(now)))
		}
	}
	switch rep.Result {
	case model.ResultOK:
		endTemporal()
		w.Msg(Success, ClassNone, "Model checking completed. No error has been found.\n"+
			"  Estimates of the probability that TLC did not check all reachable states\n"+
			"  because two distinct states had the same fingerprint:\n"+
			"  calculated (optimistic):  val = "+Sci(rep.CollisionProbability))
	case model.ResultInvariant:
		if initViolation(rep) {
			// TLC's message ends with a blank line; -dumpTrace's files
			// follow it.
			order := model.TraceOrder(rep.Vars, rep.VarOrder, rep.VarsInOrder)
			w.Msg(InvariantViolatedInit, ClassError, fmt.Sprintf("Invariant %s is violated by the initial state:\n%s", rep.Property,
				StateLines(rep.Vars, order, rep.Trace[0], false, true)))
			if opt.AfterTrace != nil {
				opt.AfterTrace()
			}
			post()
			break
		}
		w.Msg(InvariantViolated, ClassError, fmt.Sprintf("Invariant %s is violated.", rep.Property))
		trace(BehaviorUpToThisPoint)
	case model.ResultDeadlock:
		w.Msg(DeadlockReached, ClassError, "Deadlock reached.")
		trace(BehaviorUpToThisPoint)
	case model.ResultProperty:
		if rep.Message != "" { // a state predicate false in an initial state
			if initViolation(rep) {
				msg := strings.TrimSuffix(rep.Message, " is violated by the initial state.")
				// TLC (DoInitFunctor) prints the state in the message, as for
				// an invariant, and no trace: "Property P is violated by the
				// initial state:\nx = 0\n".
				order := model.TraceOrder(rep.Vars, rep.VarOrder, rep.VarsInOrder)
				w.Msg(PropertyViolatedInit, ClassError, fmt.Sprintf("%s is violated by the initial state:\n%s", msg,
					StateLines(rep.Vars, order, rep.Trace[0], false, true)))
				if opt.AfterTrace != nil {
					opt.AfterTrace()
				}
				break
			}
			w.Msg(PropertyViolatedInit, ClassError, rep.Message)
			trace(BehaviorUpToThisPoint)
			break
		}
		name := rep.Property
		if rep.PropertyName != "" {
			name = rep.PropertyName // TLC names the cfg's property, not the instance
		}
		w.Msg(TemporalViolated, ClassError, temporalViolated(name, rep.Violated, rep.NoneViolated))
		w.Msg(CounterExample, ClassError, "The following behavior constitutes a counter-example:\n")
		trace(0)
		endTemporal()
	case model.ResultActionProperty:
		w.Msg(ActionPropertyViolated, ClassError, fmt.Sprintf("Action property %s is violated.", rep.Property))
		trace(BehaviorUpToThisPoint)
	case model.ResultError:
		switch {
		case strings.HasPrefix(rep.Message, "Successor state is not completely specified"):
			if rep.ContinuePartial && !opt.Simulator {
				w.continuedPartial(rep, &opt, trace)
			}
			w.Msg(NotCompletelySpecified, ClassError, rep.Message+"\n")
		case rep.InitialState && len(rep.Trace) > 0:
			if code, text, ok := initialModuleError(rep, w.Tool); ok {
				w.Msg(code, ClassError, text)
			} else {
				w.Msg(InitialStateError, ClassError, initialStateError(rep, w.Tool))
			}
			if opt.AfterTrace != nil {
				opt.AfterTrace()
			}
			w.nestedStack(rep)
			return
		default:
			if rep.LiveEval {
				// TLC prints the stack first here (rev cc6b616: LState).
				w.nestedStack(rep)
			}
			code, text := evalErrorMessage(rep, w.Tool)
			if opt.Simulator {
				code, text = simEvalErrorMessage(rep, w.Tool)
			}
			if ce := rep.ContinueError; ce != nil && !rep.LiveEval && !opt.Simulator {
				w.continuedError(rep, ce, code, text, &opt, trace)
				if !ce.Deadlock {
					w.nestedStack(rep)
				}
				break
			}
			w.Msg(code, ClassError, text)
		}
		if rep.ContinueError != nil && !rep.LiveEval && !opt.Simulator && !rep.ContinuePartial {
			break
		}
		trace(BehaviorUpToThisPoint)
		if !rep.LiveEval && !opt.Simulator {
			// TLC's simulator replays nothing: no stack, not even an
			// empty one (TLC rev cc6b616: a CASE action under -generate).
			w.nestedStack(rep)
		}
	case model.ResultPostcondition:
		code, text := postconditionMsg(rep.Message, w.Tool)
		w.Msg(code, ClassError, text)
	default: // a limit or an interruption: no verdict
		w.Msg(General, ClassError, rep.Message)
	}
	if t := rep.ThenTemporal; t != nil {
		// TLC adds the state to its behaviour graph after the violation
		// too, and reports the temporal property it finds violated there
		// (model.Report.ThenTemporal).
		w.Msg(TemporalViolated, ClassError, temporalViolated(t.Property, t.Violated, false))
		w.Msg(CounterExample, ClassError, "The following behavior constitutes a counter-example:\n")
		opt.prints, opt.loopPrint = nil, ""
		opt.Diff = DiffNone
		w.Trace(rep.Vars, t.Trace, 0, model.TraceState{}, opt)
	}
	if x := rep.PrefixExpanded; x != nil {
		// -continue: the exception that stops the search after a
		// finite prefix reaches TLC's worker as an unexpected one, which
		// it prints with the trace of the state it was expanding.
		w.Msg(General, ClassError, prefixException)
		w.Msg(BehaviorUpToThisPoint, ClassError, "The behavior up to this point is:")
		opt.prints, opt.loopPrint = nil, ""
		opt.Diff = DiffExpanded
		w.Trace(rep.Vars, x, 0, model.TraceState{}, opt)
	}
}

// prefixException is TLC's message for the exception its finite-prefix
// check throws to stop the search, when -continue lets it through
// (LiveCheck's printErrorTrace: "stop() ignores TLCGlobals.continuation").
const prefixException = "TLC threw an unexpected exception.\nThis was probably caused by an error in the spec or model.\n" +
	"See the User Output or TLC Console for clues to what happened.\n" +
	"The exception was a tlc2.tool.INextStateFunctor$InvariantViolatedException\n: Invariant violated"

// initViolation reports whether rep is an invariant or a PROPERTY's state
// predicate (an implied init) violated by an initial state, which TLC
// reports without a trace.
func initViolation(rep *model.Report) bool {
	return len(rep.Trace) == 1 && (rep.Result == model.ResultInvariant || impliedInitViolation(rep))
}

// impliedInitViolation reports whether rep is a PROPERTY's state predicate
// false in an initial state.
func impliedInitViolation(rep *model.Report) bool {
	return rep.Result == model.ResultProperty && strings.HasSuffix(rep.Message, " is violated by the initial state.")
}
