package eval

import (
	"fmt"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// Error is an evaluation error at a source position, as TLC reports it
// (TLC exits with code 75).
type Error struct {
	Pos token.Pos
	Msg string
	// Expr is the expression that raised the error, when known: TLC names
	// it by its whole source range ("line 6, col 17 to line 6, col 20 of
	// module I"), which its start alone cannot give.
	Expr    ast.Expr
	Partial value.State // for an incompletely specified state: what was assigned (nil = undefined)
	// PartialStep is the step of Next that gave Partial (its action and
	// parameters), for TLC's label of it; nil for an initial state.
	PartialStep *Step
	// IllegalInit: Partial is an initial state the initial predicate
	// left incomplete, which TLC does not report as an evaluation error
	// but refuses as a state: "current state is not a legal state" (2102,
	// with the state; exit 255, TLC rev cc6b616).
	IllegalInit bool
	// Regenerated, for a literal taken as an action (nextNotBool), is the
	// number of successors the failing action had yielded before it
	// failed: TLC counts them twice in "states generated" (TLC rev
	// cc6b616: A == x' = 1 \/ 2 gives 3, x' = 1 \/ x' = 3 \/ 2 gives 5,
	// while an IF, an => or a \div 0 failing after a successor of its
	// action counts it once).
	Regenerated int
	// Cause is the error of package value the message comes from when the
	// checker must tell it apart (a *value.MemoryError: exit 4, not 75).
	Cause error
}

func (e *Error) Error() string { return e.Pos.String() + ": " + e.Msg }

// Unwrap returns Cause.
func (e *Error) Unwrap() error { return e.Cause }

func errorf(pos token.Pos, format string, args ...any) *Error {
	return &Error{Pos: pos, Msg: fmt.Sprintf(format, args...)}
}

// wrap turns an error from package value into an *Error at pos; an *Error
// (raised deeper, with a more precise position) passes unchanged.
func wrap(pos token.Pos, err error) error {
	if err == nil {
		return nil
	}
	if _, ok := err.(*Error); ok {
		return err
	}
	if _, ok := err.(stopErr); ok {
		return err
	}
	if m, ok := err.(*value.MethodError); ok {
		// Raised by a method of a value whose node TLC knows: its
		// FingerprintException (callstack_source.go).
		return &Error{Pos: pos, Msg: err.Error(), Cause: m}
	}
	if m, ok := err.(*value.MemoryError); ok {
		return &Error{Pos: pos, Msg: err.Error(), Cause: m}
	}
	if m, ok := err.(*value.InfiniteError); ok {
		return &Error{Pos: pos, Msg: err.Error(), Cause: m}
	}
	return &Error{Pos: pos, Msg: err.Error()}
}

// stopErr is used internally to stop an enumeration early (ENABLED, Init
// with a yield error); it never reaches users unwrapped.
type stopErr struct{ err error }

func (s stopErr) Error() string {
	if s.err == nil {
		return "stopped"
	}
	return s.err.Error()
}

// AssumptionError is a false ASSUME: TLC stops before exploring with
// "Assumption line L, col C of module M is false." and exit code 10. The
// loader returns it instead of a Spec.
//
// Failed marks an ASSUME that failed to evaluate: TLC's "Evaluating
// assumption <range> failed." with the cause and its range (TLC's code
// 2105, exit 10 too).
type AssumptionError struct {
	Pos    token.Pos
	Msg    string
	Failed bool
}

func (e *AssumptionError) Error() string { return e.Pos.String() + ": " + e.Msg }

// withExpr names e as the expression that raised err, an *Error raised by
// e itself (not one raised deeper, which has its own position): TLC
// prints e's whole range after the message.
func withExpr(err error, e ast.Expr, pos token.Pos) error {
	if ee, ok := err.(*Error); ok && ee.Expr == nil && ee.Pos == pos {
		ee.Expr = e
	}
	return err
}
