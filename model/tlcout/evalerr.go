package tlcout

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/span"
)

// TLC's codes for evaluation errors that have one of their own
// (tlc2.output.EC).
const (
	AssumptionEvalFailed     = 2105 // TLC_ASSUMPTION_EVALUATION_ERROR
	ActionPropertyEvalFailed = 2113 // TLC_ACTION_PROPERTY_EVALUATION_FAILED
	AssertFailed             = 2132 // TLC_VALUE_ASSERT_FAILED
	EmptySequence            = 2184 // TLC_MODULE_APPLY_EMPTY_SEQ
	ArgumentError            = 2266 // TLC_MODULE_ARGUMENT_ERROR_AN: "The first argument of < should be an ..."
	ArgumentErrorA           = 2169 // TLC_MODULE_ARGUMENT_ERROR: "... should be a ..." (Randomization's)
	DivisionByZero           = 2179 // TLC_MODULE_DIVISION_BY_ZERO: "The second argument of \\div is 0."
	JavaMethodFailed         = 2154 // a Java method implementing an operator failed (TLC rev cc6b616: WPlus)
	ExpectedInComputing      = 2247 // TLC_EXPECTED_EXPRESSION_IN_COMPUTING: "In computing next states, TLC expected a boolean ..."
	ArgumentMismatch         = 2170 // TLC_ARGUMENT_MISMATCH: a tuple binder of \E, \A, {e : x \in S} bound to a tuple of another length
	UndefinedIdent           = 2280 // "In evaluation, the identifier x is either undefined or not an operator."
	TemporalInPredicate      = 2261 // "TLC encountered a temporal formula (<>A) when evaluating a predicate or action."
)

// TLC's exit codes for evaluation errors other than the general 75
// (tlc2.output.EC.ExitStatus).
const (
	ExitAssert = 14  // VIOLATION_ASSERT: a false Assert while computing next states
	ExitCrash  = 255 // an exception TLC does not map to a status (Head of <<>>)
)

const (
	assertPrefix        = "The first argument of Assert evaluated to FALSE"
	emptySeqPrefix      = "Attempted to apply " // "... Head to the empty sequence."
	emptySeqSuffix      = " to the empty sequence."
	tupleIndex          = "Attempted to access index "                         // TupleValue's out-of-bounds index
	filterEnum          = "Attempted to enumerate { x \\in S : p(x) } when S:" // SetPredValue over a set it cannot enumerate
	divByZero           = "The second argument of \\div is 0."
	intDomainArg        = "Attempted to apply function with integer domain to the non-integer argument "
	javaMethodFailed    = "Attempted to apply the operator overridden by the Java method\n"
	temporalInPredicate = "TLC encountered a temporal formula ("
	undefinedIdent      = "In evaluation, the identifier "
	argMismatch         = "Argument mismatch in operator application.%1" // 2170, printed as TLC's table has it
	runtimeWrapper      = "TLC threw an unexpected exception.\nThis was probably caused by an error in the spec or model.\n" +
		"See the User Output or TLC Console for clues to what happened.\nThe exception was a java.lang.RuntimeException\n: "
)

// EvalErrorExit is TLC's exit code for rep, an evaluation error
// (ResultError) other than an invariant that fails to evaluate; 0 when
// it is the general 75. TLC rev cc6b616: a false Assert met while
// computing next states exits 14 (in Init, 75), Head or Tail of <<>> and
// a comparison of a non-integer 255.
func EvalErrorExit(rep *model.Report) int {
	switch {
	case rep.FingerprintCrash, rep.IllegalInit:
		return ExitCrash
	case isRecursionLimit(rep.Message) && len(rep.Trace) > 0:
		return ExitCrash
	case rep.NestedLazy:
		// Met fingerprinting a lazy function (TLC's 2147): TLC's
		// FingerprintException, whatever the cause, a standard
		// module's too (TLC rev cc6b616: recpoint's LzFpDiv,
		// LzFpAssert, LzDom).
		return 0
	case rep.InitialState:
		// An error checking an initial state (its CONSTRAINT) is TLC's
		// general one (TLC rev cc6b616: VConDiv, VConStr).
		return 0
	case strings.HasPrefix(rep.Message, assertPrefix) && len(rep.Trace) > 0:
		return ExitAssert
	case len(rep.Trace) > 0 && (isEmptySeq(rep.Message) || reArgError.MatchString(rep.Message) || moduleError(rep.Message) != 0):
		return ExitCrash
	}
	return 0
}

// reArgError matches TLC's message for an operand of a built-in operator
// of the wrong kind, which TLC prints without a position and ends with
// exit 255 (TLC rev cc6b616: x < "a", "a" <= x).
var reArgError = regexp.MustCompile(`^The (first|second|third) argument of \S+ should be `)

// argErrorCode is TLC's code for a message reArgError matches: its
// message "should be an %s" has a code of its own, "should be a %s"
// another.
func argErrorCode(msg string) int {
	if strings.Contains(msg, " should be an ") {
		return ArgumentError
	}
	return ArgumentErrorA
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
//   - Head or Tail of <<>>: 2184 without a position; an operand of a
//     comparison that is not an integer: 2266 without a position;
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
	case rep.FingerprintError:
		// Raised by a value's method, without a position (TLC rev
		// cc6b616: ZSeqNextOK, LFcnNatNext).
		if inNext {
			// A Java exception's class when TLC's is one (a union
			// too large to build: util.WrongInvocationException).
			return General, exceptionWrapper(msg) + msg
		}
		return General, msg
	case strings.HasPrefix(msg, rewardNotInt):
		// The cfg's _RL_REWARD of a step not an integer: TLC's 2215,
		// thrown by its Tool.evalReward out of the worker's learning
		// (TLC rev cc6b616, golden simrl/RLRewBadRl).
		return ExpectedBoolean, msg
	case isRecursionLimit(msg):
		if !inNext {
			return General, stackOverflowText // KRecDepthInit
		}
		return StackOverflow, stackOverflowText
	case strings.HasPrefix(msg, "Evaluating invariant"):
		head, cause := splitFailed(msg)
		return InvariantEvalFailed, head + nestedCause(rep, cause, tool)
	case strings.HasPrefix(msg, "Evaluating action property"):
		head, cause := splitFailed(msg)
		return ActionPropertyEvalFailed, head + nestedCause(rep, cause, tool)
	case strings.HasPrefix(msg, assertPrefix):
		if inNext {
			return AssertFailed, msg
		}
		return General, nestedCause(rep, msg, tool)
	case isEmptySeq(msg):
		return ownCode(EmptySequence, msg, inNext, tool)
	case msg == argMismatch:
		// TLC's 2170, met while computing next states, is a
		// RuntimeException its worker does not expect, its message
		// framed in -tool (TLC rev cc6b616: Tup5, Tup18).
		if !inNext {
			return ownCode(ArgumentMismatch, msg, inNext, tool)
		}
		if tool {
			return General, runtimeWrapper + framedInfo(ArgumentMismatch, msg)
		}
		return General, runtimeWrapper + msg
	case moduleError(msg) != 0:
		return ownCode(moduleError(msg), msg, inNext, tool)
	case reArgError.MatchString(msg):
		return ownCode(argErrorCode(msg), msg, inNext, tool)
	}
	if inNext {
		return General, exceptionWrapper(msg) + nestedCause(rep, msg, tool)
	}
	return General, nestedCause(rep, msg, tool)
}

// exceptionWrapper is TLC's words around msg, an exception its worker
// does not expect: a RuntimeException (TLC's own), or the exception of
// the Java runtime a message javaExceptions matches.
func exceptionWrapper(msg string) string {
	for _, j := range javaExceptions {
		if j.re.MatchString(msg) {
			return strings.Replace(runtimeWrapper, "java.lang.RuntimeException", j.class, 1)
		}
	}
	return runtimeWrapper
}

// javaExceptions are the messages of exceptions of the Java runtime TLC
// meets in its own code, which it prints without a position: binding a
// tuple binder of a set filter or a function constructor to a shorter
// tuple or to a value of another class (TLC rev cc6b616: Tup2, Tup10,
// Tup15 of the wording hunt; tla/eval/tlcwording_tuple.go).
var javaExceptions = []struct {
	re    *regexp.Regexp
	class string
}{
	{regexp.MustCompile(`^Index \d+ out of bounds for length \d+$`), "java.lang.ArrayIndexOutOfBoundsException"},
	// Also TLC's cast of a definition's node to a value, for a
	// CONSTRAINT whose body is a number or a string (eval.literalCondition).
	{regexp.MustCompile(`^class (?:tlc2\.value\.impl|tla2sany\.semantic)\.\w+ cannot be cast to class tlc2\.value\.impl\.\w+ \(`), "java.lang.ClassCastException"},
	// A set of more than -maxSetSize elements (value.MaxEnum): TLC's
	// ValueVec refuses to grow, out of any replay (TLC rev cc6b616,
	// model/testdata/tlc/setbound).
	{regexp.MustCompile(`^Attempted to construct a set with too many elements \(>\d+\)\.$`), "util.WrongInvocationException"},
	// A CASE action met by TLC's generation mode (eval.ProbabilisticCase).
	{regexp.MustCompile(`^Probabilistic evaluation of next-state relation not implemented for CASE yet\.$`), "java.lang.UnsupportedOperationException"},
	// TLC's sched=rl learning past the initial state (model.RLNullState).
	{regexp.MustCompile(`^` + regexp.QuoteMeta(model.RLNullState) + `$`), "java.lang.NullPointerException"},
}

// IsJavaException reports whether msg is one of javaExceptions.
func IsJavaException(msg string) bool { return isJavaException(msg) }

// isJavaException reports whether msg is one of javaExceptions.
func isJavaException(msg string) bool {
	for _, j := range javaExceptions {
		if j.re.MatchString(msg) {
			return true
		}
	}
	return false
}

// ownCode is TLC's code and text for msg, a standard module's error with
// a code of its own (code): that code while computing next states; in
// the initial predicate TLC's general 1000, in which -tool frames it
// (TLC rev cc6b616: WModInit, 7 % -2 in Init).
func ownCode(code int, msg string, inNext, tool bool) (int, string) {
	if inNext {
		return code, msg
	}
	if tool {
		return General, framedInfo(code, msg)
	}
	return General, msg
}

// splitFailed splits "Evaluating invariant Inv failed.\ncause" after the
// first line.
func splitFailed(msg string) (head, cause string) {
	if i := strings.Index(msg, " failed.\n"); i >= 0 {
		return msg[:i+len(" failed.\n")], msg[i+len(" failed.\n"):]
	}
	return msg, ""
}

// nestedCause is the cause of an evaluation error inside TLC's message
// about it: the message and its range; a false Assert has no range and,
// being a message with a code of its own (2132), -tool frames it inside
// the outer one. TLC's message for an index out of a tuple's bounds
// carries no position, nor its message for a filter of a set it cannot
// enumerate.
func nestedCause(rep *model.Report, cause string, tool bool) string {
	switch {
	case strings.HasPrefix(cause, assertPrefix):
		if tool {
			return framedInfo(AssertFailed, cause)
		}
		return cause
	case cause == argMismatch:
		if tool {
			return framedInfo(ArgumentMismatch, cause)
		}
		return cause
	case moduleError(cause) != 0:
		// A standard module's message with a code of its own: no
		// position, framed in its code in -tool (MSuccCard, MemSeq).
		if c := moduleError(cause); tool {
			return framedInfo(c, cause)
		}
		return cause
	case unpositioned(cause):
		return cause
	case reArgError.MatchString(cause):
		// An operand of a built-in operator of the wrong kind: its own
		// code (2266), no position, framed in -tool (TLC rev cc6b616:
		// an invariant x < 2 with x = "a").
		if tool {
			return framedInfo(argErrorCode(cause), cause)
		}
		return cause
	case strings.HasPrefix(cause, javaMethodFailed):
		// A message with a code of its own (2154), framed in -tool, with
		// no position (TLC rev cc6b616: WPlus).
		if tool {
			return framedInfo(JavaMethodFailed, javaInnerFramed(cause))
		}
		return cause
	case strings.HasPrefix(cause, undefinedIdent) && strings.Contains(cause, "\nline "):
		// A primed variable where there is no next state, its range in
		// the message: framed in -tool (TLC rev cc6b616: 2280;
		// tla/eval/primerun.go).
		if tool {
			return framedInfo(UndefinedIdent, cause)
		}
		return cause
	case strings.HasPrefix(cause, temporalInPredicate):
		// []e or <>e met evaluating an action constraint: a message with
		// a code of its own (2261), framed with its range in -tool (TLC
		// rev cc6b616; tla/eval/temporalrun.go).
		if tool {
			return framedInfo(TemporalInPredicate, cause+at(rep))
		}
	case isNonBoolCondition(cause):
		// TLC's message 2215 with the range on its line, framed in -tool
		// (TLC rev cc6b616: VConNBNext, VActConNB).
		cause = "TLC expected a boolean value, but did not find one. " + strings.TrimPrefix(at(rep), "\n")
		if tool {
			return framedInfo(ExpectedBoolean, cause)
		}
		return cause
	case strings.HasPrefix(cause, "In computing ") && strings.Contains(cause, ", TLC expected a "):
		// A conjunct that is not a boolean: a message with a code of its
		// own (2247), framed with its range in -tool (TLC rev cc6b616:
		// WConj, WExNB).
		if tool {
			return framedInfo(ExpectedInComputing, cause+at(rep))
		}
	}
	return cause + at(rep)
}

// at is the position of an evaluation error in TLC's words: the whole
// range of the expression that raised it when known
// (SemanticNode.toString), else its start.
func at(rep *model.Report) string {
	if rep.Expr != nil {
		if n, ok := ast.Unparen(rep.Expr).(*ast.Number); ok {
			// SANY's NumeralNode names itself by its value (E32).
			return "\n" + strconv.FormatInt(n.Value, 10)
		}
	}
	if rep.Expr != nil && rep.End.IsValid() {
		return "\n" + span.Name(rep.Expr.Pos(), rep.End, span.Module(rep.Expr.Pos().Filename))
	}
	if !rep.Pos.IsValid() {
		return ""
	}
	return "\nline " + strconv.Itoa(rep.Pos.Line) + ", col " + strconv.Itoa(rep.Pos.Col) + " of module " + span.Module(rep.Pos.Filename)
}

// invariantEvalFailed reports whether rep is an invariant that failed to
// evaluate, after which TLC prints the out-degree of the graph as after a
// complete search.
func invariantEvalFailed(rep *model.Report) bool {
	return rep.Result == model.ResultError && strings.HasPrefix(rep.Message, "Evaluating invariant") && !rep.InitialState
}

// searchDepth is the depth TLC reports: 0 after an error in the initial
// predicate, before any state was generated (TLC rev cc6b616).
func searchDepth(rep *model.Report) int {
	if rep.Result == model.ResultError && rep.Generated == 0 {
		return 0
	}
	return rep.Depth
}

// InitialStateError is TLC's code for an error met checking an initial
// state (EC.TLC_INITIAL_STATE).
const InitialStateError = 2102

// initialStateError is TLC's text for an evaluation error met checking an
// initial state (a CONSTRAINT, an invariant, a property): the cause
// (without "Evaluating invariant Inv failed."), its range, and "While
// working on the initial state:" with the state, in place of a trace
// (TLC rev cc6b616).
func initialStateError(rep *model.Report, tool bool) string {
	msg := initialCause(rep)
	order := model.TraceOrder(rep.Vars, rep.VarOrder, rep.VarsInOrder)
	switch {
	case isRecursionLimit(msg):
		// TLC's StackOverflowError, without a position (RecZ: an
		// invariant applying RECURSIVE R == <<a, R>>).
		msg = stackOverflowText
	case strings.HasPrefix(msg, undefinedIdent) && strings.Contains(msg, "\nline ") || strings.HasPrefix(msg, temporalInPredicate):
		// A primed variable, [] or <> (tla/eval/primerun.go,
		// temporalrun.go): framed in -tool.
		msg = nestedCause(rep, msg, tool)
	case strings.HasPrefix(msg, javaMethodFailed):
		// A message with a code of its own (2154), without a position,
		// framed in -tool (TLC rev cc6b616: SCard).
		if tool {
			msg = framedInfo(JavaMethodFailed, javaInnerFramed(msg))
		}
	case isNonBoolCondition(msg) || msg == argMismatch:
		// TLC's message 2215 (VConNB: a CONSTRAINT x on x = 0), 2170
		// (Tup16: a tuple binder of an invariant's \E).
		msg = nestedCause(rep, msg, tool)
	case !unpositioned(msg) && !rep.FingerprintError:
		msg += at(rep)
	}
	return msg + "\nWhile working on the initial state:\n" + StateLines(rep.Vars, order, rep.Trace[len(rep.Trace)-1], false, true)
}

// illegalState starts TLC's message for an initial state the initial
// predicate left incomplete (TLC rev cc6b616: its variables not given a
// value print as null).
const illegalState = "current state is not a legal state\nWhile working on the initial state:\n"

// SimInitIncomplete is TLC's code for the simulator's refusal of an
// initial state the initial predicate left incomplete
// (EC.TLC_STATE_NOT_COMPLETELY_SPECIFIED_INITIAL).
const SimInitIncomplete = 2106

// subsetOverflow starts TLC's message for SUBSET S with more elements than
// a TLC integer holds.
const subsetOverflow = "Overflow when computing the number of elements in:\nSUBSET "

// rcdSetOverflow matches SetOfRcdsValue.size's overflow: the set prints
// as [name: S, ...] (a function set's domain is a value, never a name).
var rcdSetOverflow = regexp.MustCompile(`^Overflow when computing the number of elements in:\n\[[A-Za-z0-9_]+: `)

// moduleErrors are the messages of TLC's standard modules that TLC
// reports with a code of their own, without a position and not as an
// unexpected exception, and ends with exit 255 (TLC rev cc6b616: WDiv,
// WCard, WLen, WConcat), by their start.
var moduleErrors = []struct {
	prefix string
	code   int
}{
	{divByZero, DivisionByZero},
	{"0^0 is undefined.", 2180}, // Naturals' Java ^, without a position (Pow0)
	{"Attempted to compute cardinality of the value\n", 2181},
	{"Evaluating an expression of the form t \\o s when ", 2182},
	{"Evaluating an expression of the form s \\o t when ", 2182},
	{"The first argument of SortSeq should be a natural number, but instead it is:\n", ArgumentErrorA}, // TLC's Java SortSeq (WSortSeqSet)
	{"The argument of Len should be a sequence, but instead it is:\n", 2283},
	{"The argument of Head should be a sequence, but instead it is:\n", 2283},
	{"The argument of Tail should be a sequence, but instead it is:\n", 2283},
	{"Evaluating an expression of the form Append(s, v) when s is not a sequence:\n", 2182},
	{"The second argument of SubSeq must be in the domain of its first argument:\n", 2183},
	{"The third argument of SubSeq must be in the domain of its first argument:\n", 2183},
	{"Overflow when computing ", 2178},
	{"Applying BagToSet to the following value,\n", 2176},
	{"Applying BagCardinality to the following value,\n", 2176},
	{"Applying Permutations to the following value,\n", 2176},
	{"Applying RandomElement to the following value,\n", 2176},
	{"Applying BagUnion to the following value,\n", 2176},
	{"Applying \\sqsubseteq to the following value,\n", 2176},           // Bags' Java SqSubseteq (hunt5's BagSqSubNonFcn)
	{"Attempted to apply BagUnion to the following set, whose\n", 2177}, // TLC_MODULE_BAG_UNION1
}

// seqMember is how TLC's Seq(S) words a value that is not a sequence
// checked against it: "Attempted to check if the value:\n" (the start of
// other messages too), the value, then this.
const seqMember = "\nis an element of Seq("

// userSetMember reports whether msg is Nat's, Int's or STRING's words
// for a value of another kind checked against it (2158 too, TLC rev
// cc6b616: MemNatStr, "a" \in Nat).
func userSetMember(msg string) bool {
	for _, s := range []string{"Nat", "Int", "STRING"} {
		if strings.HasSuffix(msg, "\nis an element of "+s+".") {
			return true
		}
	}
	return false
}

// moduleError is TLC's code for msg when it is one of moduleErrors, else 0.
// A value that is not a sequence checked against Seq(S) is one too (2158,
// TLC rev cc6b616: MemSeq, [a |-> 1] \in Seq(Nat)).
func moduleError(msg string) int {
	if strings.HasPrefix(msg, "Attempted to check if the value:\n") && (strings.Contains(msg, seqMember) || userSetMember(msg)) {
		return 2158
	}
	for _, m := range moduleErrors {
		if strings.HasPrefix(msg, m.prefix) {
			return m.code
		}
	}
	return 0
}

// initialCause is the cause of an error checking an initial state,
// without "Evaluating invariant Inv failed." before it.
func initialCause(rep *model.Report) string {
	msg := rep.Message
	if strings.HasPrefix(msg, "Evaluating ") {
		if i := strings.Index(msg, " failed.\n"); i >= 0 {
			msg = msg[i+len(" failed.\n"):]
		}
	}
	return msg
}

// initialModuleError is TLC's message when the error checking an initial
// state is one of a standard module's with a code of its own
// (moduleErrors; an operand of the wrong kind, Head of <<>>, a false
// Assert: VConStr, VConHead, VConAssert): TLC's general 1000 with the message alone, framed in
// its own code with -tool, no range and no state (TLC rev cc6b616:
// MInitDiv, an invariant 1 \div x = 1 on x = 0); ok is false for any
// other error.
func initialModuleError(rep *model.Report, tool bool) (code int, text string, ok bool) {
	msg := initialCause(rep)
	c := standaloneCode(msg)
	if c == 0 {
		return 0, "", false
	}
	if tool {
		msg = framedInfo(c, msg)
	}
	return General, msg, true
}

// standaloneCode is the code of its own that TLC gives msg, the message of a
// standard module's Java code raised without a position (moduleErrors;
// an operand of the wrong kind, Head of <<>>, a false Assert), else 0.
func standaloneCode(msg string) int {
	switch c := moduleError(msg); {
	case c != 0:
		return c
	case reArgError.MatchString(msg):
		return argErrorCode(msg) // VConStr
	case isEmptySeq(msg):
		return EmptySequence // VConHead
	case strings.HasPrefix(msg, assertPrefix):
		return AssertFailed // VConAssert
	}
	return 0
}

// FramedInfo is framedInfo, for a caller outside this package (TLC's
// refusal of a temporal formula nests the refusal of a part in it).
func FramedInfo(code int, text string) string { return framedInfo(code, text) }

// framedInfo is text as -tool frames a message with a code of its own
// nested in another (class 0, as TLC prints them).
func framedInfo(code int, text string) string {
	return "@!@!@STARTMSG " + strconv.Itoa(code) + ":0 @!@!@\n" + text + "\n@!@!@ENDMSG " + strconv.Itoa(code) + " @!@!@"
}

// unpositionedPrefixes start the messages TLC raises in a method of a
// value class (Assert.fail without a node: TupleValue.apply,
// RecordValue.member, ...), which it prints without a position (TLC rev
// cc6b616: SeqIdx, NonEnum, InInt, WEq, MRec, MTup).
var unpositionedPrefixes = []string{
	tupleIndex, filterEnum, intDomainArg,
	"TLC encountered the non-enumerable quantifier bound\n", // its range in the message (tla/eval/tlcwording_bound.go)
	"Attempted to access tuple at a non integral index: ",
	"Attempted to access record by a non-string argument: ",
	"Attempted to check equality of ",
	"Attempted to compare ",
	"Attempted to enumerate a set of the form ", // a lazy set's elements() (NQFcnSet)
	"Attempted to enumerate S \\cup T when S:\n",
	"Attempted to enumerate S \\ T when S:\n", // SetDiffValue's elements()
	"Attempted to enumerate UNION(s), but some element of s is nonenumerable.",
	"To convert a function of form [x \\in S |-> f(x)] to a tuple, the set S must be enumerable.", // FcnLambdaValue.toTuple
	"Attempted to enumerate S \\cap T when neither S:\n",
	"Attempted to check if the value:\n",
	"Attempted to check if \n",
	"Attempted to check if element:\n",
	"Attempted to check set membership in a tuple value.",
	"Attempted to compute the number of elements in ",
	"Attempted to check if the non-enumerable value\n",
	"Attempted to check if non-record\n",
	"Attempted to check if \n", // SetOfFcnsValue.member of a non-function (LFcnInt)
	"Attempted to check if non-tuple\n",
	"Attempted to apply function:\n",
	"Attempted to apply EXCEPT construct to the value ",
	"In applying the function\n",
	"Attempted to access nonexistent field '",
	"Attempted to compute the value of an expression of form\nSUBSET S, but S is a non-enumerable value:\n",
	"Cannot decide if element:\n", // SetPredValue.member whose base failed (tla/value/filter.go)
}

// isNonBoolCondition reports whether msg is the evaluator's error for a
// value that is not a boolean where TLC has no words of its own for the
// place (tla/eval/exprs.go evalBool): TLC's 2215.
func isNonBoolCondition(msg string) bool {
	return strings.HasPrefix(msg, "A non-boolean expression (") && strings.Contains(msg, ") was used as a condition; ")
}

// unpositioned reports whether TLC prints msg without a position.
func unpositioned(msg string) bool {
	if msg == argMismatch || isJavaException(msg) {
		return true
	}
	for _, p := range unpositionedPrefixes {
		if strings.HasPrefix(msg, p) {
			return true
		}
	}
	return false
}

// AssumptionCause is msg, "Evaluating assumption A failed." and its
// cause, as TLC prints it: a cause with a code of its own (a value that
// is not a boolean, 2215; a standard module's, without its position)
// framed in that code in -tool (TLC rev cc6b616: E18, ASSUME 3; E19).
func AssumptionCause(msg string, tool bool) string {
	head, cause, ok := strings.Cut(msg, "\n")
	if !ok {
		return msg
	}
	if unpositioned(cause) {
		// Raised in a value's method: TLC knows no position (ASSUME 1
		// \in 3, ASSUME (1 \cup {2}) = {}).
		cause = withoutPosition(cause)
	}
	code := 0
	switch {
	case strings.HasPrefix(cause, "TLC expected a boolean value, but did not find one. "):
		code = ExpectedBoolean
	case standaloneCode(withoutPosition(cause)) != 0 || strings.HasPrefix(cause, javaMethodFailed):
		// A standard module's message with a code of its own, without
		// a position (E19: ASSUME 1 \div 0 = 1; a Java method's failure,
		// 2154: ASSUME PrintT({n \in Nat : n > 2}); Head(<<>>), 2184,
		// "a" < "b", 2266, and 7 % -2, 2169: hunt4's AsmHead, AsmArg).
		cause = withoutPosition(cause)
		code = JavaMethodFailed
		if !strings.HasPrefix(cause, javaMethodFailed) {
			code = standaloneCode(cause)
		}
	}
	if code == JavaMethodFailed && tool {
		// The Java method's own error framed in its code inside
		// (hunt4's AsmCardOver: Cardinality(SUBSET (1..40)), 2178).
		cause = javaInnerFramed(cause)
	}
	if code != 0 && tool {
		cause = framedInfo(code, cause)
	}
	return head + "\n" + cause
}

// withoutPosition is cause without the position line the evaluator ends
// it with, if any.
func withoutPosition(cause string) string {
	if i := strings.LastIndex(cause, "\nline "); i >= 0 && !strings.Contains(cause[i+1:], "\n") {
		return cause[:i]
	}
	return cause
}

// StackOverflow is TLC's code for a Java StackOverflowError
// (EC.SYSTEM_STACK_OVERFLOW).
const StackOverflow = 1005

// stackOverflowText is TLC's message for it.
const stackOverflowText = "This was a Java StackOverflowError. It was probably the result\nof an incorrect recursive function definition that caused TLC to enter\nan infinite loop when trying to compute the function or its application\nto an element in its putative domain."

// reRecursionLimit matches the evaluator's error for a recursion deeper
// than its limit (tla/eval: maxRecursion), where TLC's own recursion ends
// in a StackOverflowError: 1005, exit 255, no stack of nested
// expressions (TLC rev cc6b616: KRecDepth, F(n) == F(n + 1); KRecFcnDepth);
// in Init TLC's general 1000, exit 75, and an empty stack
// (KRecDepthInit).
var reRecursionLimit = regexp.MustCompile(`^The recursive (operator|function) \S+ was applied more than \d+ times recursively \(infinite recursion\?\)\.$`)

func isRecursionLimit(msg string) bool { return reRecursionLimit.MatchString(msg) }

// tlcGetUndefined is TLC's code for "TLCGet(x) was undefined." (EC
// TLC_MODULE_TLCGET_UNDEFINED).
const tlcGetUndefined = 2145

// javaInnerFramed is msg, a Java method's failure, with the error it
// produced framed in its own code in -tool when it has one (TLC rev
// cc6b616: CTLCGetBad, TLCGet("nosuch"): 2145 inside 2154).
func javaInnerFramed(msg string) string {
	const sep = "but it produced the following error:\n"
	head, inner, ok := strings.Cut(msg, sep)
	if ok && (strings.HasPrefix(inner, subsetOverflow) || rcdSetOverflow.MatchString(inner)) {
		// SubsetValue.size's and SetOfRcdsValue.size's failure, raised
		// with a code of its own (TLC_MODULE_OVERFLOW) unlike
		// SetOfFcnsValue's (TLC rev cc6b616: Cardinality(SUBSET
		// (1..40)), RcdSetCardOver).
		return head + sep + framedInfo(2178, inner)
	}
	if ok && reArgError.MatchString(inner) {
		// An argument error the Java method raised, an EvalException
		// with its code (TLC rev cc6b616: Json.textSerialize's "The
		// first argument of Serialize should be a sequence", golden
		// SerNdNotSeq).
		return head + sep + framedInfo(argErrorCode(inner), inner)
	}
	if !ok || !strings.HasPrefix(inner, "TLCGet(") || !strings.HasSuffix(inner, ") was undefined.") || strings.Contains(inner, "\n") {
		return msg
	}
	return head + sep + framedInfo(tlcGetUndefined, inner)
}

// rewardNotInt starts TLC's message for a reward (the cfg's _RL_REWARD)
// that is not an integer (tla/eval's rewardFn).
const rewardNotInt = "TLC expected a integer value, but did not find one. "
