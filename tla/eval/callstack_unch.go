package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// UNCHANGED e once every variable has a value. TLC's generator then
// evaluates each pending conjunct as an expression (getNextStatesAllAssigned),
// and UNCHANGED e evaluates e in both states and compares the values
// (v0.equals(v1)). When e is a tuple, the replay built both values from
// its node (setSource), so that a comparison of elements TLC cannot
// compare fails in the tuple's equals, which names the node: TLC's 2147
// "TLC was unable to fingerprint." with the tuple after the stack (TLC
// rev cc6b616: UNCHANGED <<x, y>> after x' = [a |-> 1] with x = <<1>>
// names <<x, y>>; UNCHANGED vars names the tuple of vars' body). Reached
// through TLC's processUnchanged instead (a variable left without a
// value when the UNCHANGED began), each variable is compared alone,
// values read from the states: no node (2103).

// unchangedTuple is, when exprs (what an sFrames step pushes) hold
// UNCHANGED e whose frames reach a tuple (unchangedFrames: e, then the
// definitions it names, then the tuple), that UNCHANGED, its index in
// exprs (the nodes before it are definitions applied on the way to it:
// N == UNCHANGED <<x, y>>) and the outermost tuple; nil otherwise.
func unchangedTuple(exprs []ast.Expr) (unch ast.Expr, at int, tuple ast.Expr) {
	for j, e := range exprs {
		u, ok := e.(*ast.Unary)
		if !ok || u.Op != token.UNCHANGED {
			continue
		}
		for _, t := range exprs[j+1:] {
			if t, ok := ast.Unparen(t).(*ast.Tuple); ok {
				return u, j, t
			}
		}
		return nil, 0, nil
	}
	return nil, 0, nil
}

// tupleCompare is the cause of an error raised comparing the values of
// a tuple the replay built from e (its 2147 names e).
type tupleCompare struct {
	e   ast.Expr
	msg string
}

func (t tupleCompare) Error() string { return t.msg }

// tupleCompareFailed is err, raised comparing elements of two tuples
// built from tuple, with tuple as the node TLC names.
func tupleCompareFailed(err error, tuple ast.Expr) error {
	ee, ok := err.(*Error)
	if !ok || tuple == nil {
		return err
	}
	ee.Cause = tupleCompare{e: tuple, msg: ee.Msg}
	return ee
}
