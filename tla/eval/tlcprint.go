package eval

import (
	"io"
	"os"
	"strings"
	"sync"

	"github.com/wspcycle/wspcycle/tla/pprint"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// Print(out, val), PrintT(out) and AssertEq write what TLC writes (TLC's
// TLC.Print and PrintT): each value's text broken over lines to fit 80
// columns as TLC's pretty-printer breaks it (package pprint), Print's two
// values separated by two spaces, then a newline. TLC writes them raw on
// its standard output, between its own messages, and in -tool mode too
// (never framed in a message); a command chooses the writer (Options.Print,
// Run.SetPrintOutput). Several workers may print at once: each value
// printed is one Write, under a lock, so lines never mix; give a writer
// that shares its lock with the command's other output (progress lines)
// to keep those whole too.
//
// TLC rebuilds an error trace by evaluating Init and Next again, which
// prints their Print output a second time while the trace is printed;
// model.Check does the same evaluations (Run.Replaying) and gives what
// they print with the report, for `wspcycle tlc` to print where TLC does.

// printer is the writer of a Spec's Print output, swappable while the
// search runs.
type printer struct {
	mu sync.Mutex
	w  io.Writer
	n  int64 // values printed (Run.Printed)
}

// Write writes p in one call to the current writer.
func (p *printer) Write(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.n++
	return p.w.Write(b)
}

func (p *printer) set(w io.Writer) {
	p.mu.Lock()
	p.w = w
	p.mu.Unlock()
}

// SetPrintOutput sends what Print, PrintT and AssertEq print from now on
// to w (os.Stderr unless the Spec was loaded with Options.Print).
func (r *Run) SetPrintOutput(w io.Writer) { r.print.set(w) }

// printText is TLC's text for Print(out, val) (vals of two) and PrintT(out)
// (one), with its newline.
func printText(vals ...value.Value) string {
	s := pprint.Format(vals[0].String(), pprint.Width)
	if len(vals) > 1 {
		s += "  " + pprint.Format(vals[1].String(), pprint.Width)
	}
	return s + "\n"
}

// defaultPrintOutput is where a Spec prints unless told otherwise: standard
// error, which no command's machine-readable output uses.
var defaultPrintOutput io.Writer = os.Stderr

// printTEnum is TLC's error for PrintT(v) when v is a set TLC keeps
// unevaluated and must enumerate to print (its Java method normalizes the
// value), and cannot: the failure of the method around the set's error,
// a filter's own ("Attempted to enumerate { x \\in S : p(x) } when S:"),
// the size of Nat or Int for SUBSET, [S -> T], [a : S], S \X T over them
// ("Attempted to compute the number of elements in the overridden value
// Nat."); nil when v prints (TLC rev cc6b616: E16; Nat, Seq(S) print as
// they are).
func printTEnum(v value.Value, pos token.Pos) error {
	switch v.(type) {
	case *value.FilterV, *value.SubsetV, *value.FcnSetV, *value.RcdSetV, *value.ProductV:
	default:
		return nil
	}
	_, err := v.(value.SetValue).Enum()
	if err == nil {
		return nil
	}
	msg := err.Error()
	const filter = "Attempted to enumerate { x \\in S : p(x) } when S:"
	const infinite = "Attempted to enumerate the infinite set "
	switch i, j := strings.Index(msg, filter), strings.Index(msg, infinite); {
	case i >= 0:
		msg = msg[i:]
	case j >= 0 && (msg[j+len(infinite):] == "Nat" || msg[j+len(infinite):] == "Int"):
		msg = "Attempted to compute the number of elements in the overridden value " + msg[j+len(infinite):] + "."
	default:
		return nil
	}
	return errorf(pos, "Attempted to apply the operator overridden by the Java method\npublic static tlc2.value.impl.Value tlc2.module.TLC.PrintT(tlc2.value.impl.Value),\nbut it produced the following error:\n%s", msg)
}
