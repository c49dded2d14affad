package sany

import (
	"regexp"
	"strings"
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

// reCompound reads a compound name at the start of a line's rest: a
// name, its arguments, then each !selector and its arguments.
var reCompound = regexp.MustCompile(`^[A-Za-z0-9_]+(?:\([^()]*\))?((?:!(?:[A-Za-z0-9_]+|:)(?:\([^()]*\))?)+)`)

// undefinedPrefix is SANY's error for a compound name N!...!s whose first
// name N, at pos, is undefined (our "undefined name N"): SANY looks the
// selectors up from the last one, and reports that one, "Unknown
// operator: `s'." over it, `argument selector k' for a number k (TLC rev
// cc6b616: Bar!Baz!Op marks Op, Init!1 before Init is defined marks 1,
// golden SelUndefPrefix). ok is false when pos does not start one, or
// when a number selector precedes the last (SANY then fails inside,
// "Internal error: should have name here", which is not replayed).
func undefinedPrefix(src []byte, pos token.Pos, name, module string) (item, bool) {
	line, ok := sourceLine(src, pos.Line)
	if !ok {
		return item{}, false
	}
	runes := []rune(line)
	if pos.Col < 1 || pos.Col > len(runes) {
		return item{}, false
	}
	rest := string(runes[pos.Col-1:])
	if !strings.HasPrefix(rest, name) {
		return item{}, false
	}
	m := reCompound.FindStringSubmatchIndex(rest)
	if m == nil {
		return item{}, false
	}
	sels := strings.Split(rest[m[2]:m[3]], "!")[1:]
	var last string
	off := m[2]
	for i, sel := range sels {
		if j := strings.IndexByte(sel, '('); j >= 0 {
			sel = sel[:j]
		}
		if i < len(sels)-1 {
			if sel[0] >= '0' && sel[0] <= '9' {
				return item{}, false
			}
			off += 1 + len(sels[i])
			continue
		}
		last = sel
		off++
	}
	start := pos
	start.Col += utf8.RuneCountInString(rest[:off])
	end := start
	end.Col += utf8.RuneCountInString(last) - 1
	msg := last
	if last[0] >= '0' && last[0] <= '9' {
		msg = "argument selector " + last
	}
	return item{model.SourceRange{Module: module, Start: start, End: end}, "Unknown operator: `" + msg + "'."}, true
}
