package sany

import (
	"regexp"
	"unicode/utf8"

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

// reInstanceSelector and reNoSubexpression read package sema's errors
// for a selector after a module instance's name (I!1), and after the
// name of something that is not a definition (x!1, p!1).
var (
	reInstanceSelector = regexp.MustCompile(`^\S+ is a module instance: the selector (\S+) names no definition of it$`)
	reNoSubexpression  = regexp.MustCompile(`^(\S+) is a [a-z ]+: a selector such as \S+ needs a definition$`)
)

// badSelector is SANY's error for those (TLC rev cc6b616): it looks a
// selector after an instance up as one of its definitions, "Unknown
// operator: `argument selector 1'." (`:' for !:) at the selector, and
// says "Cannot take subexpression of `x'." at any other name.
func badSelector(e *token.Error, module string) (item, bool) {
	at := func(n int) model.SourceRange {
		end := e.Pos
		end.Col += n - 1
		return model.SourceRange{Module: module, Start: e.Pos, End: end}
	}
	if m := reInstanceSelector.FindStringSubmatch(e.Msg); m != nil {
		name := m[1]
		if name[0] >= '0' && name[0] <= '9' {
			name = "argument selector " + name
		} else if name != ":" {
			return item{}, false
		}
		return item{at(utf8.RuneCountInString(m[1])), "Unknown operator: `" + name + "'."}, true
	}
	if m := reNoSubexpression.FindStringSubmatch(e.Msg); m != nil {
		return item{at(utf8.RuneCountInString(m[1])), "Cannot take subexpression of `" + m[1] + "'."}, true
	}
	return item{}, false
}
