package eval

import (
	"io"
	"time"

	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// dfidGet is TLCGet(name) under TLC's depth-first checker (-dfid), where
// it differs from the breadth-first one's: TLC's DFIDModelChecker
// inherits AbstractChecker's statistics, which are all -1 (TLC rev
// cc6b616: "diameter", "distinct", "generated", "queue", and the record
// "stats" with them, its "initial" -1 too, its "worker" 0). ok is false
// for the names read as in the breadth-first search ("level", ...).
func (r *Run) dfidGet(_ *ctx, name string) (value.Value, bool) {
	switch name {
	case "diameter", "distinct", "generated", "queue":
		return value.Int(-1), true
	case "stats":
		return r.strs.Record("diameter", value.Int(-1), "distinct", value.Int(-1),
			"duration", value.Int(int64(time.Since(r.start)/time.Second)), "generated", value.Int(-1),
			"queue", value.Int(-1), "worker", value.Int(0), "initial", value.Int(-1)), true
	}
	return nil, false
}

// dfidTrace is Trace (TLCExt) under TLC's depth-first checker. Its states
// are never written to TLC's trace file, so that only an initial state
// has a behaviour (TLCExt.getTrace: s0.isInitial(), the state evaluated
// in: the one expanded in Next and an action property, the one checked
// in a constraint or an invariant). For any other state TLC asks for the
// state its worker expands (IdThread.getCurrentState), which DFIDWorker
// never sets, and fails with Java's NullPointerException (TLC rev
// cc6b616, probes DTr* in model/testdata/tlc/dfid).
func (r *Run) dfidTrace(k *ctx, pos token.Pos, vars []string) (value.Value, error) {
	initial := r.level.Load() == 1 // the state expanded (SetDFIDLevel)
	if k.succ {
		initial = k.from == nil // a state checked: initial when reached from none
	}
	if initial && k.s != nil {
		return value.TupleOf([]value.Value{stateRecord(r.strs, vars, k.s)}), nil
	}
	return nil, errorf(pos, "Attempted to apply the operator overridden by the Java method\n%s,\nbut it produced the following error:\n"+
		"Cannot invoke \"tlc2.tool.TLCState.isInitial()\" because \"currentState\" is null", traceJavaMethod)
}

// DFIDMuted runs f with Print, PrintT and the like printing nothing: for
// TLC's replay of an error in its depth-first mode, made again for its
// coverage counts (model.CheckDFID), whose prints are printed from the
// replay that finds the stack of nested expressions.
func (r *Run) DFIDMuted(f func()) {
	r.print.mu.Lock()
	w := r.print.w
	r.print.w = io.Discard
	r.print.mu.Unlock()
	defer func() {
		r.print.mu.Lock()
		r.print.w = w
		r.print.mu.Unlock()
	}()
	f()
}
