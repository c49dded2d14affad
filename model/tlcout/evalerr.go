package tlcout

import (
	"strconv"
	"strings"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/span"
)

// TLC's codes for evaluation errors that have one of their own
// (tlc2.output.EC).
const (
	ActionPropertyEvalFailed = 2113 // TLC_ACTION_PROPERTY_EVALUATION_FAILED
	AssertFailed             = 2132 // TLC_VALUE_ASSERT_FAILED
	EmptySequence            = 2184 // TLC_MODULE_APPLY_EMPTY_SEQ
)

// TLC's exit codes for evaluation errors other than the general 75
// (tlc2.output.EC.ExitStatus).
const (
	ExitAssert = 14  // VIOLATION_ASSERT: a false Assert while computing next states
	ExitCrash  = 255 // an exception TLC does not map to a status (Head of <<>>)
)

const (
	assertPrefix   = "The first argument of Assert evaluated to FALSE"
	emptySeqPrefix = "Attempted to apply " // "... Head to the empty sequence."
	emptySeqSuffix = " to the empty sequence."
	tupleIndex     = "Attempted to access index " // TupleValue's out-of-bounds index
	runtimeWrapper = "TLC threw an unexpected exception.\nThis was probably caused by an error in the spec or model.\n" +
		"See the User Output or TLC Console for clues to what happened.\nThe exception was a java.lang.RuntimeException\n: "
)

// EvalErrorExit is TLC's exit code for rep, an evaluation error
// (ResultError) other than an invariant that fails to evaluate; 0 when
// it is the general 75. TLC rev cc6b616: a false Assert met while
// computing next states exits 14 (in Init, 75), Head or Tail of <<>> 255.
func EvalErrorExit(rep *model.Report) int {
	switch {
	case strings.HasPrefix(rep.Message, assertPrefix) && len(rep.Trace) > 0:
		return ExitAssert
	case isEmptySeq(rep.Message):
		return ExitCrash
	}
	return 0
}

func isEmptySeq(msg string) bool {
	return strings.HasPrefix(msg, emptySeqPrefix) && strings.HasSuffix(msg, emptySeqSuffix)
}

// evalErrorMessage is TLC's code and text for rep, an evaluation error,
// from runs of TLC rev cc6b616 (cmd/wspcycle's TestTLCEvalErrors):
//
//   - an invariant or action property that fails to evaluate:
//     "Evaluating invariant Inv failed." (2111; action property 2113),
//     the cause on its own line, then the range of the expression that
//     raised it;
//   - a false Assert: 2132 without a position while computing next
//     states; in Init TLC's general 1000, which -tool nests around 2132;
//   - Head or Tail of <<>>: 2184 without a position;
//   - any other error while computing next states (a trace is printed)
//     is an exception TLC's worker does not expect: 1000, "TLC threw an
//     unexpected exception ... java.lang.RuntimeException\n: " and the
//     message with its range; in Init the message and range alone.
//
// TLC's message for an index out of a tuple's bounds carries no position.
func evalErrorMessage(rep *model.Report, tool bool) (int, string) {
	msg := rep.Message
	inNext := len(rep.Trace) > 0
	switch {
	case strings.HasPrefix(msg, "Evaluating invariant"):
		return InvariantEvalFailed, msg + at(rep)
	case strings.HasPrefix(msg, "Evaluating action property"):
		return ActionPropertyEvalFailed, msg + at(rep)
	case strings.HasPrefix(msg, assertPrefix):
		if inNext {
			return AssertFailed, msg
		}
		if tool {
			return General, "@!@!@STARTMSG " + strconv.Itoa(AssertFailed) + ":0 @!@!@\n" + msg + "\n@!@!@ENDMSG " + strconv.Itoa(AssertFailed) + " @!@!@"
		}
		return General, msg
	case isEmptySeq(msg):
		return EmptySequence, msg
	}
	where := at(rep)
	if strings.HasPrefix(msg, tupleIndex) {
		where = ""
	}
	if inNext {
		return General, runtimeWrapper + msg + where
	}
	return General, msg + where
}

// at is the position of an evaluation error in TLC's words: the whole
// range of the expression that raised it when known
// (SemanticNode.toString), else its start.
func at(rep *model.Report) string {
	if rep.Expr != nil && rep.End.IsValid() {
		return "\n" + span.Name(rep.Expr.Pos(), rep.End, moduleName(rep.Expr.Pos().Filename))
	}
	if !rep.Pos.IsValid() {
		return ""
	}
	return "\nline " + strconv.Itoa(rep.Pos.Line) + ", col " + strconv.Itoa(rep.Pos.Col) + " of module " + moduleName(rep.Pos.Filename)
}

// invariantEvalFailed reports whether rep is an invariant that failed to
// evaluate, after which TLC prints the out-degree of the graph as after a
// complete search.
func invariantEvalFailed(rep *model.Report) bool {
	return rep.Result == model.ResultError && strings.HasPrefix(rep.Message, "Evaluating invariant")
}

// searchDepth is the depth TLC reports: 0 after an error in the initial
// predicate, before any state was generated (TLC rev cc6b616).
func searchDepth(rep *model.Report) int {
	if rep.Result == model.ResultError && rep.Generated == 0 {
		return 0
	}
	return rep.Depth
}
