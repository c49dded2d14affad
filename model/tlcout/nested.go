package tlcout

import (
	"strconv"
	"strings"

	"github.com/wspcycle/wspcycle/model"
)

// NestedExpression is TLC's code for the stack of expressions it was
// evaluating at an evaluation error (EC.TLC_NESTED_EXPRESSION).
const NestedExpression = 2103

// FingerprintFailed is TLC's code for an error met fingerprinting a
// state (EC.TLC_FINGERPRINT_EXCEPTION).
const FingerprintFailed = 2147

// nestedStack prints rep's NestedStack as TLC does after the error's
// messages and trace: numbered from 0, each range as "Line L, column C to
// line L2, column C2 in M", then an empty line (CallStack.toString).
func (w *Writer) nestedStack(rep *model.Report) {
	if isRecursionLimit(rep.Message) || rep.InitialState && isRecursionLimit(initialCause(rep)) {
		// TLC's StackOverflowError has no stack; in Init, and checking
		// an initial state, it says so.
		if len(rep.Trace) == 0 || rep.InitialState {
			w.Msg(NestedExpression, ClassError, "The error occurred when TLC was evaluating the nested\nexpressions at the following positions:\n    The error call stack is empty.\n")
		}
		return
	}
	if rep.InitialState && !rep.FingerprintError && !rep.NestedLazy && isJavaException(initialCause(rep)) {
		// A Java exception (a set too large to build, a tuple binder
		// out of bounds) met checking an initial state against an
		// invariant or a property is no EvalException: TLC's call stack
		// records none of the expressions it was in (TLC rev cc6b616:
		// goldens setbound/InvInit, PropInit, InvIdx).
		w.Msg(NestedExpression, ClassError, "The error occurred when TLC was evaluating the nested\nexpressions at the following positions:\n    The error call stack is empty.\n")
		return
	}
	if rep.FingerprintError && rep.FingerprintSourced {
		w.fingerprintTrace(rep)
		return
	}
	if len(rep.NestedStack) == 0 {
		// A VIEW that fails, a successor's CONSTRAINT or
		// ACTION_CONSTRAINT that is not a boolean (TLC rev cc6b616:
		// VConNBNext, VActConNB): TLC's replay finds nothing.
		if rep.ViewError || isJavaException(rep.Message) || rep.FingerprintError && !rep.InitialState || isNonBoolCondition(rep.Message) && !rep.InitialState && len(rep.Trace) > 0 {
			w.Msg(NestedExpression, ClassError, "The error occurred when TLC was evaluating the nested\nexpressions at the following positions:\n    The error call stack is empty.\n")
		}
		return
	}
	w.printed(rep.NestedPrints)
	var b strings.Builder
	if rep.NestedLazy {
		// TLC rev cc6b616 (NFcnCons): the stack, then the cause and its
		// range.
		b.WriteString("TLC was unable to fingerprint.\n\nFingerprint Stack Trace:\n")
	} else {
		b.WriteString("The error occurred when TLC was evaluating the nested\nexpressions at the following positions:\n")
	}
	for i, r := range rep.NestedStack {
		b.WriteString(strconv.Itoa(i) + ". Line " + strconv.Itoa(r.Start.Line) + ", column " + strconv.Itoa(r.Start.Col) +
			" to line " + strconv.Itoa(r.End.Line) + ", column " + strconv.Itoa(r.End.Col) + " in " + r.Module + "\n")
	}
	b.WriteString("\n")
	if rep.NestedLazy {
		b.WriteString("\nReason:\n" + fingerprintReason(rep, w.Tool))
		w.Msg(FingerprintFailed, ClassError, b.String())
		return
	}
	w.Msg(NestedExpression, ClassError, b.String())
}

// fingerprintReason is the cause TLC prints after "Reason:" in its 2147
// message: the message of the error (for an invariant or a constraint,
// the cause alone) and its range, unless TLC raised it in a method of a
// value, without a position (TLC rev cc6b616: NFcnCons, FRecInv).
//
// A standard module's error raised without a position (\div by 0, Len of
// a non-sequence, a false Assert: standaloneCode) is its message alone,
// in -tool framed in its own code, as TLC prints it at the top (TLC rev
// cc6b616: [x \in 0..2 |-> 10 \div x] assigned, DOMAIN G(v) of a G
// whose body fails; model/testdata/tlc/recpoint LzFpDiv, LzDom).
func fingerprintReason(rep *model.Report, tool bool) string {
	msg := initialCause(rep)
	if c := standaloneCode(withoutPosition(msg)); c != 0 {
		msg = withoutPosition(msg)
		if tool {
			return framedInfo(c, msg)
		}
		return msg
	}
	if unpositioned(msg) {
		return msg
	}
	return msg + at(rep)
}

// fingerprintTrace prints TLC's 2147 for a state holding a set TLC cannot
// enumerate whose value knows the node that built it (Report.
// FingerprintSourced): FingerprintException's trace, that node's range
// numbered "0)", then the reason (TLC rev cc6b616: ZSubInit, LFcnNatNext).
func (w *Writer) fingerprintTrace(rep *model.Report) {
	b := "TLC was unable to fingerprint.\n\nFingerprint Stack Trace:\n"
	if r := at(rep); r != "" {
		inner := rep.FingerprintInnerRanges
		for i := len(inner) - 1; i >= 0; i-- {
			b += strconv.Itoa(i+1) + ") " + inner[i].String() + "\n"
		}
		b += "0) " + strings.TrimPrefix(r, "\n") + "\n"
	}
	w.Msg(FingerprintFailed, ClassError, b+"\nReason:\n"+rep.Message)
}
