package eval

import (
	"strings"

	"github.com/wspcycle/wspcycle/tla/token"
)

// tlcCompareName is how TLC's Naturals spells a comparison in its message
// for an argument that is not an integer (TLC_MODULE_ARGUMENT_ERROR).
var tlcCompareName = map[token.Kind]string{token.LT: "<", token.GT: ">", token.LEQ: "<=", token.GEQ: ">="}

// compareArgError is TLC's message for an operand of a comparison that is
// not an integer (TLC rev cc6b616, x < "a": "The second argument of <
// should be an integer, but instead it is:\n\"a\""), from err, the error
// evalInt2 raised at the operand itself; any other error passes
// unchanged.
func compareArgError(err error, op token.Kind, x, y cx) error {
	name, ok := tlcCompareName[op]
	ee, isErr := err.(*Error)
	const prefix = "An integer was expected, but the value is "
	if !ok || !isErr || !strings.HasPrefix(ee.Msg, prefix) || ee.Cause != nil {
		return err
	}
	which := ""
	switch ee.Pos {
	case x.pos:
		which = "first"
	case y.pos:
		which = "second"
	default:
		return err
	}
	return &Error{Pos: ee.Pos, Msg: "The " + which + " argument of " + name + " should be an integer, but instead it is:\n" + strings.TrimPrefix(ee.Msg, prefix)}
}
