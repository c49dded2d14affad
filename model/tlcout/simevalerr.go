package tlcout

import (
	"strings"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/eval"
)

// evalExceptionWrapper is how TLC's simulator reports an EvalException (a
// false Assert, Head of <<>>, the standard modules' errors with a code of
// their own) out of its worker: an exception it did not expect, the
// message after it (TLC rev cc6b616: A, HeadE, WDiv with -simulate).
const evalExceptionWrapper = "TLC threw an unexpected exception.\nThis was probably caused by an error in the spec or model.\n" +
	"See the User Output or TLC Console for clues to what happened.\nThe exception was a tlc2.tool.EvalException\n: "

// evalExceptionCode is TLC's own code for msg when TLC raises it as an
// EvalException (not a TLCRuntimeException); 0 otherwise.
func evalExceptionCode(msg string) int {
	switch {
	case strings.HasPrefix(msg, assertPrefix):
		return AssertFailed
	case isEmptySeq(msg):
		return EmptySequence
	case moduleError(msg) != 0:
		return moduleError(msg)
	case reArgError.MatchString(msg):
		return argErrorCode(msg)
	}
	return 0
}

// evalException is TLC's text for msg raised as an EvalException outside
// its checks (evalExceptionCode): the wrapper naming
// tlc2.tool.EvalException, then msg, framed in its own code with -tool.
// ok is false for any other message.
func evalException(msg string, tool bool) (text string, ok bool) {
	code := evalExceptionCode(msg)
	if code == 0 {
		return "", false
	}
	if tool {
		msg = framedInfo(code, msg)
	}
	return evalExceptionWrapper + msg, true
}

// simEvalErrorMessage is TLC's code and text for rep, an evaluation error
// met by TLC's simulator (Simulator.simulate, rev cc6b616, runs in
// model/testdata/tlc/evalerrors/sim):
//
//   - an invariant or action property that fails to evaluate: as the
//     model checker's (2111, 2113);
//   - an EvalException, in Init or in Next: TLC's general 1000 naming
//     tlc2.tool.EvalException, then the message, which -tool frames in
//     its own code;
//   - any other error computing the initial states: 1000 naming
//     java.lang.RuntimeException, the message and its range (the model
//     checker prints the message alone);
//   - a value that is not a boolean where TLC's generator expects one
//     (2247), a Java method that failed computing successors (2154):
//     their own code, standalone (the model checker nests them in its
//     1000 with -tool);
//   - any other error computing successors: as the model checker's.
func simEvalErrorMessage(rep *model.Report, tool bool) (int, string) {
	msg := rep.Message
	if strings.HasPrefix(msg, "Evaluating invariant") || strings.HasPrefix(msg, "Evaluating action property") {
		return evalErrorMessage(rep, tool)
	}
	switch {
	case strings.HasPrefix(msg, "In computing ") && strings.Contains(msg, ", TLC expected a "):
		// TLCRuntimeExceptions with a code of their own, printed
		// standalone (WConj, WPlus).
		return ExpectedInComputing, msg + at(rep)
	case strings.HasPrefix(msg, javaMethodFailed) && len(rep.Trace) > 0:
		// Standalone, what the method raised with a code of its own
		// framed in -tool (TLC rev cc6b616: TLCGet("generated"), which
		// its simulator leaves undefined); in the initial predicate it
		// is nested in the 1000 below.
		if tool {
			return JavaMethodFailed, javaInnerFramed(msg)
		}
		return JavaMethodFailed, msg
	}
	if text, ok := evalException(msg, tool); ok {
		return General, text
	}
	if len(rep.Trace) == 0 {
		return General, runtimeWrapper + nestedCause(rep, msg, tool)
	}
	return evalErrorMessage(rep, tool)
}

// SimErrorEnd says what TLC's simulator prints after rep, an evaluation
// error, and before "Finished in": its summary (with -tool a progress
// line, then the statistics) and then the final progress line of its
// reporter thread, which runs once the behaviours have started (TLC rev
// cc6b616):
//
//   - an error computing or checking the initial states: the summary;
//   - an invariant or action property that fails to evaluate, an
//     EvalException: both;
//   - a CASE action in generation mode (eval.ProbabilisticCase, an
//     UnsupportedOperationException), sched=rl's learning past the
//     initial state (model.RLNullState, a NullPointerException): both;
//   - any other error computing successors (a TLCRuntimeException): the
//     progress line alone.
func SimErrorEnd(rep *model.Report) (summary, progress bool) {
	switch {
	case len(rep.Trace) == 0 || rep.InitialState:
		return true, false
	case strings.HasPrefix(rep.Message, "Evaluating invariant"), strings.HasPrefix(rep.Message, "Evaluating action property"),
		evalExceptionCode(rep.Message) != 0, rep.Message == eval.ProbabilisticCase, rep.Message == model.RLNullState:
		return true, true
	}
	return false, true
}

// SimEvalErrorExit is TLC's simulator's exit code for rep, an evaluation
// error: 76 for an invariant that fails to evaluate, 13 for an action
// property (its code, EC 2113, as the simulator maps it), else 255 (TLC
// rev cc6b616).
func SimEvalErrorExit(rep *model.Report) int {
	switch {
	case strings.HasPrefix(rep.Message, "Evaluating invariant") && !rep.InitialState:
		return 76
	case strings.HasPrefix(rep.Message, "Evaluating action property"):
		return 13
	}
	return ExitCrash
}

// StartupEvalError is TLC's code and text for rep, an evaluation error
// raised before the search, with no state: a constant-level part of a
// temporal property, which TLC evaluates while it builds its liveness
// problem (model.LiveConstError). An EvalException (\div by 0, Head of
// <<>>) is named so, its message framed in its own code with -tool; any
// other error is a java.lang.RuntimeException with the message's range
// (TLC rev cc6b616, model/testdata/tlc/liveconsterr). A value that is
// not a boolean is TLC's message 2215.
func StartupEvalError(rep *model.Report, tool bool) (int, string) {
	msg := rep.Message
	if strings.HasPrefix(msg, "A non-boolean expression (") && strings.Contains(msg, ") was used as a condition") {
		// TLC's own message, the range on its line (Q1 == (1 + 1) \/ <>P).
		return ExpectedBoolean, "TLC expected a boolean value, but did not find one. " + strings.TrimPrefix(at(rep), "\n")
	}
	if text, ok := evalException(msg, tool); ok {
		return General, text
	}
	// A Java exception's own class (exceptionWrapper): a set too large
	// to build is a util.WrongInvocationException.
	return General, exceptionWrapper(msg) + nestedCause(rep, msg, tool)
}

// ExpectedBoolean is TLC's code for a value that is not a boolean where
// its liveness problem's builder needs one (EC.TLC_EXPECTED_VALUE).
const ExpectedBoolean = 2215
