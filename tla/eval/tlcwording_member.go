package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// memberOfNonSet is the error of x \in v where v is not a set. TLC's
// wording is its value class's member method (TLC rev cc6b616,
// model/testdata/tlc/evalerrors: InInt, InStr): for an integer
// "Attempted to check if the value:\n0\nis an element of the integer 3",
// for a string "... of the string "a"", both without a position. Other
// values keep our wording: TLC's depends on classes our values do not
// tell apart (a function built over 1..2 is a tuple to us, TLC's
// FcnRcdValue and TupleValue word it differently).
func memberOfNonSet(x, v value.Value, pos token.Pos) error {
	switch v.(type) {
	case value.IntV:
		return errorf(pos, "Attempted to check if the value:\n%s\nis an element of the integer %s", x, v)
	case *value.StrV:
		return errorf(pos, "Attempted to check if the value:\n%s\nis an element of the string %s", x, v)
	}
	return notA(pos, "A set", v)
}

// domainOfNonFcn is TLC's error for DOMAIN of a value that is not a
// function: "Attempted to apply the operator DOMAIN to a non-function\n(an
// integer)" and the range of the whole DOMAIN expression e (TLC rev
// cc6b616: DomInt).
func domainOfNonFcn(v value.Value, e ast.Expr, pos token.Pos) error {
	ee := errorf(pos, "Attempted to apply the operator DOMAIN to a non-function\n(%s)", withArticle(v.Kind()))
	ee.Expr = e
	return ee
}
