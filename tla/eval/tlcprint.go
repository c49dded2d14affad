package eval

import (
	"errors"
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
	// replaying: w is a stream printed later (Run.Replaying), where
	// the warnings met go too (warnreplay.go).
	replaying bool
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
// (one), with its newline: each value normalized (a function built out of
// order prints sorted, as TLC prints a deepNormalize'd copy).
func printText(vals ...value.Value) string {
	s := pprint.Format(value.Normalized(vals[0]).String(), pprint.Width)
	if len(vals) > 1 {
		s += "  " + pprint.Format(value.Normalized(vals[1]).String(), pprint.Width)
	}
	return s + "\n"
}

// defaultPrintOutput is where a Spec prints unless told otherwise: standard
// error, which no command's machine-readable output uses.
var defaultPrintOutput io.Writer = os.Stderr

// tlcPrintError is TLC's error for PrintT(v) or ToString(v) (java: the
// Java method's name) when v holds a set TLC keeps unevaluated and must
// enumerate to print (its Java method normalizes the value), and cannot:
// the failure of the method around the set's error; nil when v prints.
// The sets inside a tuple, function, record or enumerated set are printed
// too, so they are looked into. (TLC rev cc6b616: E16, XP1-XP40; Nat,
// Seq(S) print as they are.)
func tlcPrintError(v value.Value, java string, pos token.Pos) error {
	msg := printEnumMsg(v)
	if msg == "" {
		return nil
	}
	return errorf(pos, "Attempted to apply the operator overridden by the Java method\npublic static tlc2.value.impl.Value tlc2.module.TLC.%s(tlc2.value.impl.Value),\nbut it produced the following error:\n%s", java, msg)
}

// printError is tlcPrintError of Print(out, val) (TLC's TLC.Print, which
// prints both values: XP32).
func printError(out, val value.Value, pos token.Pos) error {
	msg := printEnumMsg(out)
	if msg == "" {
		msg = printEnumMsg(val)
	}
	if msg == "" {
		return nil
	}
	return errorf(pos, "Attempted to apply the operator overridden by the Java method\npublic static tlc2.value.impl.Value tlc2.module.TLC.Print(tlc2.value.impl.Value,tlc2.value.impl.Value),\nbut it produced the following error:\n%s", msg)
}

// printEnumMsg is the error of printing v as TLC's toString fails on a
// set it cannot enumerate, "" when v prints.
func printEnumMsg(v value.Value) string {
	switch x := v.(type) {
	case *value.FcnV:
		for i := 0; i < x.Len(); i++ {
			if m := printEnumMsg(x.At(i)); m != "" {
				return m
			}
		}
		return ""
	case *value.SetV:
		for _, e := range x.Elems() {
			if m := printEnumMsg(e); m != "" {
				return m
			}
		}
		return ""
	case *value.MixedSetV:
		// TLC's toString sorts the set, and fails.
		return x.SortError().Error()
	case *value.CupV:
		return cupPrintMsg(x)
	case *value.CapV:
		if _, err := x.Enum(); err == nil {
			return ""
		}
		return "Attempted to enumerate S \\cap T when neither S:\n" + x.A.String() + "\nnor T:\n" + x.B.String() + "\nis enumerable"
	case *value.DiffV:
		if _, err := x.Enum(); err == nil {
			return ""
		}
		if _, err := x.A.Enum(); err != nil {
			return "Attempted to enumerate S \\ T when S:\n" + x.A.String() + "\nis not enumerable."
		}
		return ""
	case *value.SubsetV, *value.FcnSetV, *value.RcdSetV, *value.ProductV:
		if m := printSizeMsg(x.(value.SetValue)); m != "" {
			return m
		}
		if hasNonSetOperand(x.(value.SetValue)) {
			// An operand with a size (a tuple, a function): TLC's
			// toString then enumerates the set, which fails in the
			// enumerator's words (PrintT([{1} -> <<1, 2>>])).
			return value.TLCEnumError(x.(value.SetValue))
		}
	case *value.FilterV:
	default:
		return ""
	}
	_, err := v.(value.SetValue).Enum()
	if err == nil {
		return ""
	}
	var me *value.MethodError
	if errors.As(err, &me) {
		// Its elements, sets TLC cannot sort ({{1}, {"a"}}): TLC's
		// toString normalises them, inside the Java method (TLC rev
		// cc6b616: PrintT(SUBSET {{1}, {"a"}})).
		return err.Error()
	}
	if f, ok := v.(*value.FilterV); ok && f.PredFailed(err) {
		// The predicate failed while TLC's toString enumerated the
		// SetPredValue, inside the Java method.
		var ee *Error
		if errors.As(err, &ee) {
			return ee.Msg
		}
	}
	msg := err.Error()
	const filter = "Attempted to enumerate { x \\in S : p(x) } when S:"
	const infinite = "Attempted to enumerate the infinite set "
	switch i, j := strings.Index(msg, filter), strings.Index(msg, infinite); {
	case i >= 0:
		return msg[i:]
	case j >= 0 && (msg[j+len(infinite):] == "Nat" || msg[j+len(infinite):] == "Int"):
		return "Attempted to compute the number of elements in the overridden value " + msg[j+len(infinite):] + "."
	}
	return ""
}

// cupPrintMsg is printEnumMsg of a lazy \cup: TLC's SetCupValue names the
// operand it can enumerate first; its UnionValue normalizes the set of
// sets first, comparing an enumerated member with one it cannot enumerate.
func cupPrintMsg(x *value.CupV) string {
	_, err := x.Enum()
	if err == nil {
		return ""
	}
	if value.TooLarge(err) {
		// A union too large to build: TLC's toString builds it, and
		// its ValueVec refuses (TLC rev cc6b616, -maxSetSize 10:
		// PrintCupSub in setbound).
		return err.Error()
	}
	if _, ok, _ := value.WalkUnsorted(x); ok {
		// Its elements cannot be sorted: TLC's toString builds and
		// sorts it (PrintT(UNION {{<<1, 1>>}, 1..2})).
		return err.Error()
	}
	if x.Union != nil && unionHasNonSet(x.Union) {
		return "Attempted to enumerate UNION(s), but some element of s is nonenumerable."
	}
	if x.Union != nil {
		var ee *Error
		if errors.As(x.Bad, &ee) {
			// Members TLC cannot compare: its sort of them, in the
			// written order, fails first (TLC rev cc6b616: PrintT(UNION
			// {{x}, Nat}) "Attempted to compare overridden value Nat
			// with non-overridden value:\n{0}").
			return ee.Msg
		}
		var fin, inf value.Value
		for _, m := range x.Union {
			if _, err := m.(value.SetValue).Enum(); err != nil {
				if inf == nil {
					inf = m
				}
			} else if fin == nil {
				fin = m
			}
		}
		if fin == nil {
			return "Attempted to enumerate UNION(s), but some element of s is nonenumerable."
		}
		// TLC's message depends on the written order of the members
		// (XP36: "Attempted to compare overridden value Nat with
		// non-overridden value:\n{1}" for UNION {{1}, Nat}), which the
		// value does not keep.
		return "Attempted to compare the set " + fin.String() + " with the value:\n" + inf.String()
	}
	// TLC's SetCupValue names its operands in the order it holds them
	// (lazyCup: Nat \cup SUBSET {x} names Nat first).
	a, b := x.A, x.B
	return "Attempted to enumerate S \\cup T when S:\n" + a.String() + "\nand T:\n" + b.String() + "\nare not both enumerable"
}

// printSizeMsg is the error of printing s, a set of functions, records,
// tuples or subsets, one of whose operands (or an operand's operand) is
// not a set: TLC's toString counts the elements first (SetOfFcnsValue,
// SetOfRcdsValue, SetOfTuplesValue, SubsetValue ask their operands'
// size(), in order), and the operand's own size() fails in its class's
// words (TLC rev cc6b616: PrintT([{1} -> 3]), PrintT(3 \X {1}),
// PrintT([a : 3]), PrintT(SUBSET 3): "Attempted to compute the number of
// elements in the integer 3."); "" when every operand is a set or the
// operand's words are not known here.
func printSizeMsg(s value.SetValue) string {
	if x, ok := s.(*value.NonSetV); ok {
		return nonSetSizeMsg(x.V)
	}
	for _, o := range setOperands(s) {
		if m := printSizeMsg(o); m != "" {
			return m
		}
	}
	return ""
}

// nonSetSizeMsg is TLC's error for the number of elements of v, a value
// that is not a set, in the words of v's class (IntValue, StringValue,
// BoolValue size()); "" for other values, whose size TLC computes (a
// tuple's length, a function's domain).
func nonSetSizeMsg(v value.Value) string {
	if !scalarClass(v) {
		return ""
	}
	return "Attempted to compute the number of elements in the " + v.Kind().String() + " " + v.String() + "."
}

// hasNonSetOperand reports whether s, a set of functions, records, tuples
// or subsets, has an operand (or an operand's operand) that is not a set.
func hasNonSetOperand(s value.SetValue) bool {
	if _, ok := s.(*value.NonSetV); ok {
		return true
	}
	for _, o := range setOperands(s) {
		if hasNonSetOperand(o) {
			return true
		}
	}
	return false
}

// setOperands is the operands of s, a set of functions, records, tuples
// or subsets, which TLC's size and enumeration visit in this order; nil
// for another set.
func setOperands(s value.SetValue) []value.SetValue {
	switch x := s.(type) {
	case *value.FcnSetV:
		return []value.SetValue{x.Dom, x.Rng}
	case *value.RcdSetV:
		return x.Sets
	case *value.ProductV:
		return x.Sets
	case *value.SubsetV:
		return []value.SetValue{x.Base}
	}
	return nil
}
