package model

import (
	"fmt"
	"strings"

	"github.com/wspcycle/wspcycle/tla/ast"

	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/span"
)

// ResultPostcondition: the search is complete and found no error, but the
// cfg's POSTCONDITION is false or cannot be evaluated; its exit code is
// TLC's for a false assumption.
const (
	ResultPostcondition = "postcondition violated"
	ExitAssumption      = 10
)

// checkPostcondition evaluates the cfg's POSTCONDITION once a complete
// search found no error, as TLC does, with TLC's words: "Postcondition P
// at line 7, col 12 to line 7, col 39 of module M is false." or
// "Evaluating postcondition P at ... failed.\n" and the error (TLC's exit
// code 10 for both).
func (c *checker) checkPostcondition(rep *Report) {
	msg, name, failed := postconditions(c.sp, c.opt.ReadSource)
	if !failed {
		return
	}
	rep.Result = ResultPostcondition
	rep.Property = name
	rep.Message = msg
}

// postconditionAfter is Report.PostconditionAfter: after a violation, TLC
// evaluates the POSTCONDITION too, once the trace is printed (TLC rev
// cc6b616: after a deadlock, an invariant or a temporal property
// violated, an evaluation error; its message follows the trace, the
// exit code stays the violation's).
func (c *checker) postconditionAfter() string {
	for _, pc := range c.sp.Postconditions {
		if pc.Lookup() {
			// TLC's lookup of a POSTCONDITION throws (eval.Postcondition
			// Lookup), and after a violation that prints nothing.
			return ""
		}
	}
	msg, _ := c.postcondition()
	return msg
}

// postconditionDeferred is Report.PostconditionAfter for a run without
// violation whose caller prints the POSTCONDITION after the traces
// (Options.DeferPostcondition): as at the end of any complete search, a
// POSTCONDITION TLC computed at startup is its exception.
func (c *checker) postconditionDeferred() string {
	msg, _ := c.postcondition()
	return msg
}

// postcondition evaluates the POSTCONDITION: TLC's message and true when
// it is false or fails.
func (c *checker) postcondition() (string, bool) {
	return Postcondition(c.sp, c.opt.ReadSource)
}

// Postcondition evaluates sp's POSTCONDITIONs, as TLC does once a run is
// over (the model checker's, the simulator's: TLCGet("level") is 0):
// TLC's message and true when one is false or fails to evaluate, or when
// TLC's lookup of one throws. read reads the spec's source, for the range
// TLC names (nil: none).
func Postcondition(sp *eval.Spec, read func(string) ([]byte, error)) (string, bool) {
	msg, _, failed := postconditions(sp, read)
	return msg, failed
}

// postconditions is Postcondition, with the name of the POSTCONDITION
// that failed. TLC (rev cc6b616, Spec.getPostConditionSpecs) first looks
// every name up, in order, and throws at the first it cannot take, before
// any is evaluated; then it evaluates them in order and stops at the
// first that is false or fails (POSTCONDITION P1 P3 P2 with P3 false:
// P1 and P3 print, P2 is not evaluated; exit 10).
func postconditions(sp *eval.Spec, read func(string) ([]byte, error)) (string, string, bool) {
	for _, pc := range sp.Postconditions {
		switch {
		case pc.Constant:
			return PostconditionConstant(pc.Name), pc.Name, true
		case pc.Missing != "":
			return PostconditionMissing(pc.Name, pc.Missing), pc.Name, true
		case pc.Undefined:
			return PostconditionUndefined(pc.Name), pc.Name, true
		case pc.Params:
			return PostconditionParams(pc.Name), pc.Name, true
		}
	}
	for _, pc := range sp.Postconditions {
		if msg, failed := evalPostcondition(sp, pc, read); failed {
			return msg, pc.Name, true
		}
	}
	return "", "", false
}

// evalPostcondition evaluates the POSTCONDITION pc: TLC's message and true
// when it is false or fails.
func evalPostcondition(sp *eval.Spec, pc *eval.Postcondition, read func(string) ([]byte, error)) (string, bool) {
	if r := sp.Run; r != nil {
		r.SetLevel(0)
	}
	ok, err := pc.Eval()
	if err == nil && ok {
		return "", false
	}
	where := ""
	if n, ok := pc.Expr.(*ast.Number); ok {
		// TLC names the predicate by its node's text, which for a
		// numeral is the number (TLC rev cc6b616: Post == 3).
		where = " at " + n.Lit
	} else if read != nil {
		if f := loadSourceFile(pc.Pos.Filename, read); f != nil {
			if end, found := f.exprEnd(pc.Expr); found {
				where = " at " + SourceRange{Module: span.Module(pc.Pos.Filename), Start: pc.Pos, End: end}.String()
			}
		}
	}
	if err != nil {
		return fmt.Sprintf("Evaluating postcondition %s%s failed.\n%s", pc.Name, where, evalError(err, 0, 0).msg), true
	}
	return fmt.Sprintf("Postcondition %s%s is false.", pc.Name, where), true
}

// PostconditionConstant is TLC's message for a POSTCONDITION that names a
// value TLC computed at startup (eval.Postcondition's Constant), the
// exception TLC throws when it looks the postcondition up after the
// search (2233, TLC rev cc6b616).
func PostconditionConstant(name string) string {
	return "The post condition " + name + " cannot be a constant."
}

// PostconditionMissing is TLC's exception for a -postCondition whose
// module does not define the operator (eval.Postcondition's Missing).
func PostconditionMissing(op, mod string) string {
	return "Could not find operator: " + op + " in module: " + mod
}

// IsPostconditionMissing reports whether msg is PostconditionMissing's,
// which TLC prints as an unexpected exception and ends with exit 255.
func IsPostconditionMissing(msg string) bool {
	return strings.HasPrefix(msg, "Could not find operator: ") && strings.Contains(msg, " in module: ")
}

// IsPostconditionConstant reports whether msg is PostconditionConstant's,
// which TLC prints as an unexpected exception and ends with exit 255.
func IsPostconditionConstant(msg string) bool {
	return strings.HasPrefix(msg, "The post condition ") && strings.HasSuffix(msg, " cannot be a constant.")
}

// PostconditionUndefined is TLC's exception for a POSTCONDITION the spec
// does not define (eval.Postcondition's Undefined; 2229).
func PostconditionUndefined(name string) string {
	return "The post condition " + name + " specified in the configuration file\nis not defined in the specification."
}

// PostconditionParams is TLC's exception for a POSTCONDITION whose
// definition takes arguments (eval.Postcondition's Params; 2228).
func PostconditionParams(name string) string {
	return "TLC requires post condition not to take any argument, but one was given: " + name
}

// IsPostconditionUndefined reports whether msg is PostconditionUndefined's.
func IsPostconditionUndefined(msg string) bool {
	return strings.HasPrefix(msg, "The post condition ") && strings.HasSuffix(msg, " specified in the configuration file\nis not defined in the specification.")
}

// IsPostconditionParams reports whether msg is PostconditionParams's.
func IsPostconditionParams(msg string) bool {
	return strings.HasPrefix(msg, "TLC requires post condition not to take any argument, but one was given: ")
}

// IsPostconditionLookup reports whether msg is the exception of TLC's
// lookup of a POSTCONDITION (Constant, Missing, Undefined, Params), which
// TLC prints as an unexpected exception and ends with exit 255 (its
// simulator: as a message of its own).
func IsPostconditionLookup(msg string) bool {
	return IsPostconditionConstant(msg) || IsPostconditionMissing(msg) || IsPostconditionUndefined(msg) || IsPostconditionParams(msg)
}
