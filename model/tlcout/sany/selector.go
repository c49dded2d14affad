package sany

import (
	"regexp"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/token"
)

// reNoOperand reads package sema's error for a selector !n after a step
// name (BY <1>2!1) whose step's formula has fewer than n operands.
var reNoOperand = regexp.MustCompile(`^\S+!(\d+) selects no operand: `)

// noOperand is SANY's error for that, at the selector's number:
// "Nonexistent operand specified by `argument selector n'." (TLC rev
// cc6b616).
func noOperand(e *token.Error, module string) (item, bool) {
	m := reNoOperand.FindStringSubmatch(e.Msg)
	if m == nil {
		return item{}, false
	}
	end := e.Pos
	end.Col += len(m[1]) - 1
	return item{model.SourceRange{Module: module, Start: e.Pos, End: end}, "Nonexistent operand specified by `argument selector " + m[1] + "'."}, true
}
