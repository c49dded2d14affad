package tlcout

import (
	"strings"

	"github.com/wspcycle/wspcycle/model"
)

// PostconditionFalse is TLC's code for a POSTCONDITION that is false,
// PostconditionFailed for one that fails to evaluate (TLC rev cc6b616).
const (
	PostconditionFalse  = 2404
	PostconditionFailed = 2405
	// IDMustNotBeConstant is TLC's code for a cfg name that has a value
	// TLC computed at startup where it wants a definition
	// (EC.TLC_CONFIG_ID_MUST_NOT_BE_CONSTANT).
	IDMustNotBeConstant = 2233
	// PostconditionUndefined is TLC's code for a POSTCONDITION the spec
	// does not define (EC.TLC_CONFIG_SPECIFIED_NOT_DEFINED),
	// PostconditionParams for one that takes arguments
	// (EC.TLC_CONFIG_ID_REQUIRES_NO_ARG).
	PostconditionUndefined = 2229
	PostconditionParams    = 2228
)

// PostconditionLookupCode is TLC's code of the exception msg of its
// lookup of a POSTCONDITION (model.IsPostconditionLookup): 2233, 2229,
// 2228, or General for a -postCondition operator its module lacks (a
// plain RuntimeException); 0 when msg is none.
func PostconditionLookupCode(msg string) int {
	switch {
	case model.IsPostconditionConstant(msg):
		return IDMustNotBeConstant
	case model.IsPostconditionUndefined(msg):
		return PostconditionUndefined
	case model.IsPostconditionParams(msg):
		return PostconditionParams
	case model.IsPostconditionMissing(msg):
		return General
	}
	return 0
}

// postconditionMsg is the code and the text of the POSTCONDITION's
// message msg (model's "Postcondition P ... is false." or "Evaluating
// postcondition P ... failed.\n" and the cause). With -tool, a cause with a
// code of its own is framed in it inside 2405, as TLC prints it
// (model/testdata/tlc/postrun: PostRunEvalFail, 2179 within 2405).
func postconditionMsg(msg string, tool bool) (int, string) {
	if strings.HasPrefix(msg, "Postcondition ") {
		return PostconditionFalse, msg
	}
	if code := PostconditionLookupCode(msg); code != 0 {
		// The exception of TLC's lookup after the search, a
		// RuntimeException, its code framed inside the unexpected one in
		// -tool.
		if tool {
			return General, runtimeWrapper + framedInfo(code, msg)
		}
		return General, runtimeWrapper + msg
	}
	head, cause, ok := strings.Cut(msg, "\n")
	if !ok {
		return PostconditionFailed, msg
	}
	if isNonBoolCondition(cause) {
		// TLC's 2215 names the predicate's node, as the first line does
		// ("... at 5 failed.": Post == 5), framed in its code in -tool.
		_, at, _ := strings.Cut(strings.TrimSuffix(head, " failed."), " at ")
		cause = "TLC expected a boolean value, but did not find one. " + at
		if tool {
			cause = framedInfo(ExpectedBoolean, cause)
		}
		return PostconditionFailed, head + "\n" + cause
	}
	return PostconditionFailed, head + "\n" + nestedCause(&model.Report{}, cause, tool)
}

// Postcondition prints the POSTCONDITION's message msg (model's
// Postcondition, Report.PostconditionAfter) as TLC does: 2404 when it
// is false, 2405 when it fails to evaluate.
func (w *Writer) Postcondition(msg string) {
	code, text := postconditionMsg(msg, w.Tool)
	w.Msg(code, ClassError, text)
}
