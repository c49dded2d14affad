package model

import (
	"errors"
	"fmt"
	"strings"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// errAbort is what a yield callback returns to stop Init or Next early (a
// violation was found, or the run is stopping); it is never reported.
var errAbort = errors.New("model: enumeration aborted")

// violation is a safety verdict found during the search. Its trace is the
// recorded path to parent (replayed, see trace.go) followed by last, when
// last is not nil.
type violation struct {
	result    string // ResultInvariant, ResultDeadlock or ResultError
	name      string // the invariant
	pos       token.Pos
	expr      ast.Expr // the expression that raised an evaluation error, when known
	msg       string
	parent    uint64      // fingerprint of the last recorded state on the trace; 0: none
	target    value.State // that state itself, when known (it disambiguates a replay under a VIEW)
	last      value.State
	lastLabel string
	lastAct   int // 1 + the index in Spec.Actions of the step to last; 0: none or unknown
	depth     int // the trace's length
	// initial: an evaluation error met checking an initial state (its
	// constraints, invariants or properties), which TLC reports with the
	// state ("While working on the initial state:") instead of a trace.
	initial bool
	// unwritten: the evaluation error was met checking a successor's
	// constraints, before TLC writes it: not counted in the depth.
	unwritten bool
	// liveInit: the evaluation error was met in a temporal property's
	// state predicate on an initial state (Report.LiveInit).
	liveInit bool
	// liveEval: that error was met evaluating the temporal properties'
	// predicates on a step (Report.LiveEval).
	liveEval bool
	// expanding: the verdict is about the last recorded state itself (a
	// deadlock, an error evaluating Next in it), not about a successor.
	expanding bool
	// noSucc: with expanding, an evaluation error met computing the
	// successors before any was generated: TLC's worker then finds the
	// state deadlocked too (ContinueError.Deadlock).
	noSucc bool
	// noPost: the error was met checking a state (its constraints,
	// action constraints, view or invariants), after which TLC does not
	// evaluate the POSTCONDITION (TLC rev cc6b616: it does after an error
	// computing the successors, a deadlock, a violation;
	// model/testdata/tlc/postcond).
	noPost bool
	// viewErr: the error was met computing a successor's VIEW
	// (Report.ViewError).
	viewErr bool
	// fpErr: the error was met fingerprinting the state, which holds a
	// set TLC cannot enumerate; fpSourced: TLC's value names its node
	// (Report.FingerprintError).
	fpErr, fpSourced bool
	// fpCrash: that error is TLC's crash on an initial state
	// (value.FingerprintError.InitCrash).
	fpCrash bool
	// deadLive is what TLC's liveness evaluations of a deadlocked state
	// print, after its trace (worker.liveDeadlocked).
	deadLive string
	// illegalInit: an initial state the initial predicate left
	// incomplete (eval.Error.IllegalInit, Report.IllegalInit).
	illegalInit bool
	// fpInner: the nodes TLC names inside the set (FingerprintError.Inner).
	fpInner []ast.Expr
	// queued: the violating state is a new state, already in the next
	// level; TLC does not queue a state that fails its checks, so it is
	// not counted as left on the queue.
	queued bool
	// partial: the error is a successor not completely specified (last).
	partial bool
	// liveSafety: a temporal property violated by the finite prefix
	// fps (the trace's fingerprints), found during the search as TLC
	// finds it (livesafety.go).
	liveSafety bool
	fps        []uint64
	at         uint64 // liveSafety: the state whose expansion completed the prefix
	// alsoLive: the trace's fingerprints of a temporal property TLC finds
	// violated by a finite prefix right after this violation (deadlock,
	// invariant, action property) in the same state's expansion, which
	// it reports too (livesafety.go).
	alsoLive []uint64
	// continued: reported by Options.Continue as the search goes on
	// (continue.go); TLC rebuilds its trace once, for printing it, and
	// evaluates no POSTCONDITION there.
	continued bool
	// counts: the counts the run reports with a liveSafety violation
	// found by more workers, those of one worker (livesafetyseq.go).
	counts *lsCounts
}

// partialSuccessor labels the last state of a trace that ends in a
// successor not completely specified.
const partialSuccessor = "partial successor"

// evalError builds the verdict for an evaluation error, keeping TLC's
// message, the position, and an incompletely specified successor when the
// evaluator supplies one.
func evalError(err error, parent uint64, depth int) *violation {
	v := &violation{result: ResultError, parent: parent, depth: depth}
	var ee *eval.Error
	var te *token.Error
	var me *value.MemoryError
	switch {
	case errors.As(err, &me) && errors.As(err, &ee):
		// The heap passed --max-memory while one evaluation built a
		// value: the memory limit's verdict (exit 4), at the expression.
		v.result, v.pos = ResultMemoryLimit, ee.Pos
		v.msg = fmt.Sprintf("the heap grew past %d MB (--max-memory) while the expression at %s was evaluated: the search stopped before the machine ran out of memory, nothing is proved", me.Limit>>20, ee.Pos)
	case errors.As(err, &ee):
		v.msg, v.pos, v.expr = ee.Msg, ee.Pos, ee.Expr
		if ee.Partial != nil && ee.IllegalInit {
			v.last, v.illegalInit = ee.Partial, true
		} else if ee.Partial != nil {
			v.last = ee.Partial
			v.lastLabel, v.partial = partialSuccessor, true
			v.depth++
		}
	case errors.As(err, &te):
		v.msg, v.pos = te.Msg, te.Pos
	default:
		v.msg = err.Error()
	}
	return v
}

// panicError turns a panic in the evaluator into an evaluation error, so
// that a bug there is reported against the state that triggered it instead
// of crashing the run.
func panicError(r any, parent uint64, depth int) *violation {
	return &violation{result: ResultError, parent: parent, depth: depth,
		msg: fmt.Sprintf("internal error in the evaluator: %v", r)}
}

// incompleteWording is msg, the evaluator's words for a successor not
// completely specified ("... by action A of the next-state relation. The
// following ..."), as TLC words it: when the next-state relation is one
// action, TLC names none ("... by the next-state action. The following
// ...", TLC rev cc6b616: PartialFirst).
func (c *checker) incompleteWording(msg string) string {
	const head = "Successor state is not completely specified by action "
	const tail = " of the next-state relation."
	acts, err := c.sp.TLCActions()
	if err != nil || len(acts) != 1 || !strings.HasPrefix(msg, head) {
		return msg
	}
	i := strings.Index(msg, tail)
	if i < 0 {
		return msg
	}
	return "Successor state is not completely specified by the next-state action." + msg[i+len(tail):]
}
