package eval

import (
	"fmt"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/value"
)

// tupleBind is how TLC binds a tuple binder (<<a, b>> \in S) to an element
// of S that is not a tuple of the binder's length: each construct has its
// own code for it in TLC rev cc6b616, and says something else (probes
// Tup1-Tup19 of the wording hunt).
type tupleBind uint8

const (
	// bindEnum: \E, \A and {e : <<a, b>> \in S} enumerate S with TLC's
	// ContextEnumerator, which fails with its message 2170 (printed as
	// it is in TLC's table, "%1" and all, without a position) on any
	// element that is not a tuple of the binder's length.
	bindEnum tupleBind = iota
	// bindChoose: CHOOSE <<a, b>> \in S : P has its own message, with
	// the CHOOSE's range.
	bindChoose
	// bindPrefix: {<<a, b>> \in S : P} (SetPredValue) and [<<a, b>> \in S
	// |-> e] (FcnLambdaValue), a recursive function's definition too,
	// cast the element to a tuple and read its first elements: a longer
	// tuple binds its prefix without an error, a shorter one fails
	// with Java's ArrayIndexOutOfBoundsException, a value of another
	// class with its ClassCastException.
	bindPrefix
)

// argMismatch is TLC's message 2170 (TLC_ARGUMENT_MISMATCH) as TLC prints
// it: its table's text with the parameter TLC does not give.
const argMismatch = "Argument mismatch in operator application.%1"

// setTupleBind sets the kind (and the owner) of the tuple binders in bs.
func setTupleBind(bs []binder, kind tupleBind, owner ast.Expr) {
	for i := range bs {
		bs[i].kind, bs[i].owner = kind, owner
	}
}

// mismatch is TLC's error binding b, a tuple binder, to v, which is not a
// tuple of its length.
func (b *binder) mismatch(v value.Value) error {
	switch b.kind {
	case bindChoose:
		return &Error{Pos: b.pos, Expr: b.owner, Msg: "Attempted to compute the value of an expression of form\n" +
			"CHOOSE <<x1, ... , xN>> \\in S: P, but S was not a set\nof N-tuples."}
	case bindPrefix:
		if f, ok := v.(*value.FcnV); ok && f.IsTuple() {
			return &Error{Pos: b.pos, Msg: fmt.Sprintf("Index %d out of bounds for length %d", f.Len(), f.Len())}
		}
		class := tlcJavaClass(v)
		if class == "" {
			class = "SetEnumValue"
		}
		return &Error{Pos: b.pos,
			Msg: "class tlc2.value.impl." + class + " cannot be cast to class tlc2.value.impl.TupleValue (tlc2.value.impl." + class +
				" and tlc2.value.impl.TupleValue are in unnamed module of loader 'app')"}
	}
	return &Error{Pos: b.pos, Msg: argMismatch}
}
