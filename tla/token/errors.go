package token

import (
	"fmt"
	"sort"
	"strings"
)

// Error is one problem found in a source file, at a position. Its text is
// "file:line:col: msg", so that every message a user sees points at the
// source. Unsupported constructs use the message "unsupported: <construct>".
type Error struct {
	Pos Pos
	Msg string
}

func (e *Error) Error() string { return e.Pos.String() + ": " + e.Msg }

// Errorf builds an *Error at pos.
func Errorf(pos Pos, format string, args ...any) *Error {
	return &Error{Pos: pos, Msg: fmt.Sprintf(format, args...)}
}

// Unsupported builds the error for a construct outside the supported subset.
// The checker must never silently misread a spec, so anything it does not
// implement is rejected through here.
func Unsupported(pos Pos, construct string) *Error {
	return &Error{Pos: pos, Msg: "unsupported: " + construct}
}

// ErrorList collects the errors of one pass, as go/scanner.ErrorList does.
// The zero value is ready to use.
type ErrorList []*Error

// Add appends an error at pos.
func (l *ErrorList) Add(pos Pos, msg string) { *l = append(*l, &Error{Pos: pos, Msg: msg}) }

// Sort orders the list by position, so output is stable and reads top-down.
func (l ErrorList) Sort() {
	sort.SliceStable(l, func(i, j int) bool { return l[i].Pos.Before(l[j].Pos) })
}

// Err returns nil for an empty list and the list itself otherwise, so that
// callers can return it as an error without the nil-interface trap.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// Error prints the first error and how many more there are; use the list
// itself to print all of them.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}
