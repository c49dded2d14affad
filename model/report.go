package model

import (
	"time"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// The verdicts of a run. The first six are TLC's verdicts, in the words
// expected.json uses; the others say why a run stopped before it could give
// one.
const (
	ResultOK        = "ok"
	ResultInvariant = "invariant violated"
	ResultDeadlock  = "deadlock"
	ResultProperty  = "property violated"
	// ResultActionProperty is a step violating a [][A]_v conjunct of a
	// PROPERTY (TLC's EC.TLC_ACTION_PROPERTY_VIOLATED_BEHAVIOR, "Action
	// property P is violated.", which TLC maps to exit 13).
	ResultActionProperty = "action property violated"
	ResultError          = "error"
	ResultStateLimit     = "state limit reached"
	ResultMemoryLimit    = "memory limit reached"
	ResultInterrupted    = "interrupted"
)

// Exit codes of `wspcycle check`, one per kind of outcome so that scripts and
// CI can tell them apart. 0, 11, 12, 13 and 75 are TLC's own codes.
const (
	ExitOK          = 0   // no error found
	ExitInternal    = 1   // cannot write an output file, or a bug
	ExitUsage       = 2   // bad command line
	ExitStateLimit  = 3   // --max-states reached before the search finished
	ExitMemoryLimit = 4   // the heap grew past --max-memory (out-of-memory risk)
	ExitDeadlock    = 11  // a reachable state has no successor
	ExitSafety      = 12  // an invariant is violated
	ExitLiveness    = 13  // a temporal property or an action property ([][A]_v) is violated
	ExitEval        = 75  // an evaluation error while exploring (TLC's "error")
	ExitInterrupted = 130 // Ctrl-C (or the context was cancelled)
	ExitBadInput    = 150 // the spec or cfg does not parse, or names something wrong
)

// Report is the outcome of Check: TLC's verdict and counts, the
// counterexample if there is one, and per-action coverage.
type Report struct {
	Spec     string   // module name
	Source   string   // the spec's file name (base name), for ITF's "source"
	Vars     []string // variable names, the order of every State in Trace
	Result   string   // one of the Result* words
	Property string   // the violated invariant or property, when there is one
	// PropertyName is the cfg's name of the violated temporal property
	// when Property names one instance of it (P(t1) of a P == \A t \in
	// T : ...): TLC's message names the property as the cfg does.
	PropertyName string
	Message      string // for ResultError (TLC's message) and the limits
	Pos          token.Pos
	// Expr is the expression that raised an evaluation error, when the
	// evaluator knows it, and End the position of its last character when
	// the caller found it (span.Files.End): TLC prints the error's whole
	// range.
	Expr ast.Expr
	End  token.Pos
	// InitialState: the evaluation error was met checking an initial
	// state (the last of Trace), not computing successors.
	InitialState bool
	// SuccessorCheck: the evaluation error was met checking the last
	// state of Trace, a successor, against the constraints or action
	// constraints (before TLC writes it), not computing successors.
	SuccessorCheck bool
	// ViewError: the evaluation error was met computing the VIEW of a
	// successor, which TLC meets fingerprinting it: its trace ends at
	// the predecessor, and its stack of nested expressions is empty
	// (TLC rev cc6b616: "The error call stack is empty.";
	// model/testdata/tlc/postrun, PostRunViewPrime).
	ViewError bool
	// FingerprintError: the evaluation error was met fingerprinting the
	// last state of Trace (an initial state) or a successor of it, which
	// holds a set TLC cannot enumerate (value.FingerprintError); the
	// trace ends at the predecessor, as for a VIEW. FingerprintSourced:
	// TLC's value names the node that built the set (Expr): TLC prints
	// "TLC was unable to fingerprint." with its range, not the stack of
	// nested expressions.
	FingerprintError, FingerprintSourced bool
	// FingerprintCrash: that error, met on an initial state, is one TLC
	// does not catch (value.FingerprintError.InitCrash): it prints it as
	// an unexpected exception, with no trace nor counts, and exits 255.
	FingerprintCrash bool
	// IllegalInit: the evaluation error is an initial state the initial
	// predicate left incomplete (Trace holds it, its missing variables
	// nil): TLC prints it as "current state is not a legal state" (2102),
	// with no trace nor counts, and exits 255.
	IllegalInit bool
	// FingerprintInner are the nodes of values inside that set whose own
	// methods failed, outermost first, and FingerprintInnerRanges their
	// ranges when the caller found them: TLC's 2147 names them above
	// the set's own node, innermost first (NestNext).
	FingerprintInner       []ast.Expr
	FingerprintInnerRanges []SourceRange
	// LiveInit: that error was in a temporal property's state predicate,
	// which TLC reports as any error on an initial state but then ends
	// with exit 0 (TLC rev cc6b616, WTempInit).
	LiveInit bool
	// LiveEval: that error was in a temporal property's predicate on a
	// step, met when TLC adds the successors of the trace's last state to
	// its behaviour graph: TLC prints the stack first and exits 255.
	LiveEval bool

	// PostconditionAfter evaluates the cfg's POSTCONDITION after the
	// violation's trace is printed, as TLC does: its message ("" when it
	// holds); nil without a POSTCONDITION or a violation (postcondition.go).
	PostconditionAfter func() string

	// StutterHint: were the counterexample to a temporal property to end
	// in stuttering (LoopBack == len(Trace)), TLC would say that a missing
	// fairness constraint may be its cause (when the specification has
	// none; stutterhint.go).
	StutterHint bool

	// Violated names every temporal property the lasso of Trace violates
	// (the cfg's names, in the cfg's order), which TLC's message lists
	// when there are several; nil when it is only the one of Property.
	Violated []string
	// NoneViolated: evaluated on the lasso of Trace, no temporal property
	// is violated, and TLC's message names none ("Temporal properties were
	// violated."): TLC's simulator finds such lassos, its graph of a
	// behaviour taking some state predicates one state late
	// (behaviourshift.go).
	NoneViolated bool

	// TLC's counts. Generated counts every initial state and every
	// successor computed, duplicates included; Distinct counts the states
	// kept (those satisfying the CONSTRAINTs); Depth is the number of
	// breadth-first levels, the initial states being level 1; Queue is the
	// number of states found but not yet expanded when the search stopped.
	Generated, Distinct int64
	Depth               int
	Queue               int64
	InitStates          int64 // distinct initial states kept
	// InitOutside: initial states generated outside the constraints
	// (each time), which TLC's coverage counts as distinct initial states.
	InitOutside int64

	// Trace is the counterexample, a shortest one for invariants, deadlock
	// and errors. For a temporal property it is a lasso: after the last
	// state the behaviour steps back to Trace[LoopBack-1] and repeats; when
	// LoopBack == len(Trace) the behaviour stutters forever in the last
	// state. LoopBack is 0 for a finite trace.
	Trace []TraceState
	// Unaliased is the trace as the spec's variables when an ALIAS shows
	// it otherwise (nil when none does).
	Unaliased *Unaliased
	LoopBack  int
	// LoopStep is the step that closes a lasso, from the last state of
	// Trace back to Trace[LoopBack-1]: its Action and Act name the action
	// taken (empty when LoopBack is 0 or the lasso stutters).
	LoopStep TraceState
	// TracePrints is what the spec prints while TLC rebuilds the trace of
	// a safety verdict (traceprints.go); nil when nothing is rebuilt.
	TracePrints *TracePrints
	// ContinueError, with Options.Continue, says how TLC repeats the
	// report of the evaluation error that ends the run (continue.go).
	ContinueError *ContinueError
	// ContinuePartial, with Options.Continue, is the report of a
	// successor not completely specified: -continue lets TLC's
	// exception through its worker, which reports the error, a Java
	// exception and the error again, each with the trace (continue.go).
	ContinuePartial bool
	// CovRebuild is what TLC's rebuilding of the trace adds to the
	// generated counts of its coverage report (covrebuild.go); nil
	// without coverage.
	CovRebuild *CovRebuild
	// VarsInOrder: Vars are the fields of the cfg's ALIAS record, which
	// traces print in their order (alias.go).
	VarsInOrder bool
	// VarOrder is the order in which traces print Vars, as indices: TLC's
	// (SpecVarOrder). Nil prints them by name.
	VarOrder []int

	// OutDegree[k] is the number of expanded states with k new successors,
	// TLC's "average outdegree of the complete state graph" statistics.
	OutDegree []int64
	// LiveSafety: the temporal property was violated by the finite
	// prefix Trace, found during the search, which TLC reports as it
	// reports an invariant's violation (exit 12; model/livesafety.go).
	LiveSafety bool
	// PrefixExpanded, with LiveSafety and Options.PrefixExpanded, is a
	// shortest trace to the state whose expansion completed the prefix.
	// With -continue, TLC's worker meets the exception that stops the
	// search there as an unexpected one: it prints it with this trace and
	// exits 255 (TLC rev cc6b616).
	PrefixExpanded []TraceState
	// ThenTemporal is the second verdict TLC prints after a deadlock, an
	// invariant or an action property violated, when the same state's
	// expansion also completed a finite prefix violating a temporal
	// property (model/livesafety.go); the exit code is the first's.
	ThenTemporal *TemporalPrefix

	// LiveBranches is TLC's number of branches of the temporal properties
	// (liveSpec.branches), and LiveDuration how long their check took; 0
	// when they were not checked.
	LiveBranches int
	LiveDuration time.Duration

	// Ranges are the source ranges of the spec's actions, indexed by
	// TraceState.Act-1, when Options.ReadSource was given.
	Ranges []SourceRange
	// NestedStack is what TLC was evaluating at an evaluation error,
	// outermost first (TLC's 2103), found by the caller; nil: none.
	NestedStack []SourceRange
	// NestedLazy: the error was raised in a function constructor
	// assigned to a variable, which TLC evaluates only when it
	// fingerprints the successor: TLC reports the stack as 2147, "TLC
	// was unable to fingerprint".
	NestedLazy bool
	// NestedPrints is what the spec printed while the initial states were
	// computed again to find NestedStack, which TLC prints before it.
	NestedPrints string
	// DiffTrace makes WriteText print, after a trace's first state, only
	// the variables that changed (TLC's -difftrace); set it before writing.
	DiffTrace bool

	Coverage []ActionCoverage
	Warnings []string // e.g. an action never enabled

	Workers  int
	Duration time.Duration
	PeakRSS  uint64 // the process's peak resident memory in bytes (VmHWM), 0 if unknown
	// PeakHeap is the peak of the Go heap's live objects sampled during the
	// run (every 200ms and at level boundaries), and BytesPerState that
	// peak divided by the distinct states: what a state costs in memory.
	PeakHeap      uint64
	BytesPerState float64
	Checkpoints   int // checkpoints written (disk mode)
	// CollisionProbability is TLC's optimistic estimate of the probability
	// that two distinct states shared a 64-bit fingerprint (and one was
	// therefore never explored): distinct * (generated - distinct) / 2^64.
	CollisionProbability float64

	Graph *Graph // the state graph, when Options.RecordGraph was set and it was small enough
}

// TraceState is one state of a counterexample.
type TraceState struct {
	Action  string      // "Initial predicate" for the first state, else the step's label, e.g. "Grant(c1,s2)"
	Act     int         // 1 + the index in Spec.Actions of the step's action; 0 for the first state or when unknown
	State   value.State // in the order of Report.Vars; a nil entry is undefined (a partial successor)
	Changed []bool      // Changed[i]: variable i differs from the previous state
	// Own, when not nil, are the indices in Report.Vars of the names this
	// state has, in the order TLC prints them: a trace shown through an
	// ALIAS whose states differ in their fields (a state the ALIAS fails
	// in shows the variables and _ALIASEvalError); the other entries of
	// State are nil.
	Own []int
}

// ActionCoverage counts, for one action of Next, how many expanded states it
// was enabled in (produced at least one successor), how many successors it
// produced, and how many of those were new states.
type ActionCoverage struct {
	Name      string
	Pos       token.Pos
	Enabled   int64
	Generated int64
	Distinct  int64
}

// Graph is the explored state graph, for small models (DOT output).
type Graph struct {
	Nodes []GraphNode
	Edges []GraphEdge
	// Again are the states TLC's -dump writes again after expanding
	// them, when temporal properties are checked (graphRec.expanded).
	Again []GraphAgain
	// Live is set when temporal properties were checked, all without a
	// tableau: TLC's -dump dot then writes the behaviour graph too
	// (WriteTLCLivenessDOT). TLC writes it too for properties checked
	// with a tableau, a graph of (state, tableau node) pairs, which is
	// not written.
	Live bool
}

// GraphAgain is a state written again to TLC's -dump file once expanded,
// after the first After nodes. Its successors' steps are among the first
// Edges edges (TLC's liveness DOT file writes them: WriteTLCLivenessDOT).
type GraphAgain struct {
	FP    uint64
	State value.State
	After int
	Edges int
}

// GraphNode is one distinct state.
type GraphNode struct {
	FP    uint64
	State value.State
	Init  bool
}

// GraphEdge is one step between distinct states, with its action label.
type GraphEdge struct {
	From, To uint64
	Label    string
	// Act is the step's action among TLC's (eval.Spec.TLCActions), -1
	// when not known (the disk-backed graph).
	Act int
	// Excluded, for a step recorded with Options.RecordConstrained, is
	// the constraint that excludes its successor: 1 + its index in
	// Spec.Constraints, or -(1 + its index) in Spec.ActionConstraints; 0
	// for a step of the model. State is then that successor.
	Excluded int
	State    value.State
}

// TemporalPrefix is a temporal property violated by the finite prefix
// Trace (its last state stuttering forever).
type TemporalPrefix struct {
	Property string   // the first property violated
	Violated []string // all of them, when there are several
	Trace    []TraceState
}

// ExitCode maps the verdict to the documented exit code of `wspcycle check`.
func (r *Report) ExitCode() int {
	switch r.Result {
	case ResultOK:
		return ExitOK
	case ResultDeadlock:
		return ExitDeadlock
	case ResultInvariant:
		return ExitSafety
	case ResultProperty, ResultActionProperty:
		if r.LiveSafety {
			return ExitSafety
		}
		return ExitLiveness
	case ResultError:
		return ExitEval
	case ResultPostcondition:
		return ExitAssumption
	case ResultStateLimit:
		return ExitStateLimit
	case ResultMemoryLimit:
		return ExitMemoryLimit
	case ResultInterrupted:
		return ExitInterrupted
	}
	return ExitInternal
}
