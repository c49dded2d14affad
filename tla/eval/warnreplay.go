package eval

import (
	"io"
	"strconv"
	"strings"
)

// TLC prints the warnings it meets while evaluating (2144, 2143) where it
// meets them, and meets them again when it evaluates again: rebuilding a
// trace to print it, and replaying a failed computation to print its
// nested expressions (TLC rev cc6b616: an EXCEPT outside a lazy
// function's domain in Init whose evaluation then fails prints its
// warning a second time after "While working on the initial state:",
// just before "The error occurred when TLC was evaluating the nested
// expressions"). Such evaluations send what the spec prints to a stream
// printed later in its place (Run.Replaying, Options.Print of the spec
// loaded again for the stack), so a warning met then goes into that
// stream, marked (warningMark), and the printer of the stream gives it as
// a warning there (SplitWarnings).

// warningMark starts and ends a warning held in a stream of prints: no
// value the spec prints holds a NUL.
const warningMark = "\x00"

// WarningLine is the warning code/text as a line of a stream of prints,
// for SplitWarnings to find.
func WarningLine(code int, text string) string {
	return warningMark + strconv.Itoa(code) + warningMark + text + warningMark + "\n"
}

// SplitWarnings calls print with each run of plain prints of s and warn
// with each warning held in it (WarningLine), in their order.
func SplitWarnings(s string, print func(string), warn func(code int, text string)) {
	for {
		i := strings.Index(s, warningMark)
		if i < 0 {
			break
		}
		rest := s[i+1:]
		c, after, ok1 := strings.Cut(rest, warningMark)
		text, tail, ok2 := strings.Cut(after, warningMark)
		code, err := strconv.Atoi(c)
		if !ok1 || !ok2 || err != nil {
			break
		}
		if i > 0 {
			print(s[:i])
		}
		warn(code, text)
		s = strings.TrimPrefix(tail, "\n")
	}
	if s != "" {
		print(s)
	}
}

// giveWarning gives a warning met while evaluating: noted only during a
// constant fold (muted), into the prints' stream while it is replayed
// (Replaying), else to warn.
func (r *Run) giveWarning(warn func(int, string), code int, text string) {
	if r.muted.Load() > 0 {
		r.mutedWarn.Store(true)
		return
	}
	r.print.mu.Lock()
	if r.print.replaying {
		defer r.print.mu.Unlock()
		io.WriteString(r.print.w, WarningLine(code, text))
		return
	}
	r.print.mu.Unlock()
	r.warned.Store(true)
	warn(code, text)
}

// Warned reports whether a warning was given while evaluating: the
// evaluations made again to rebuild a trace may give it again, as TLC's
// do, like a print (Printed).
func (r *Run) Warned() bool { return r.warned.Load() }
