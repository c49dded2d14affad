package dumptrace

import (
	"strconv"
	"strings"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TLC's -dumpTrace tla FILE and -dumpTrace tlcplain FILE write the
// counterexample as a TLA+ module (TLC rev cc6b616, its standard modules
// _TLAPlusCounterExample and _TLCTracePlain): the module is named after
// FILE with its first ".tla" removed (as given: "sub/t.tla" gives
// "MODULE sub/t", and "InvFail-trace.tla" a name SANY would refuse; TLC
// writes it anyway), it instantiates TLC, and it defines one operator
// whose body, on the line after it and indented by a tab, is TLC's
// printed value on one line; the file ends with "====" and no newline:
//
//	---- MODULE t ----
//	LOCAL INSTANCE TLC
//
//	CounterExample ==
//		[action |-> {<<<<1, [a |-> 0, b |-> 0]>>, [name |-> "Next", location |-> [beginLine |-> 6, ...]], <<2, ...>>>>, ...}, state |-> {<<1, [a |-> 0, b |-> 0]>>, ...}]
//
//	====
//
// tla's value is TLC's CounterExample record: "action", the set of steps
// <<<<i, state>>, [name |-> ..., location |-> [...]], <<j, state>>>> (with
// the step that closes a lasso), and "state", the set of <<i, state>>;
// each state is a record of the variables in the order TLC prints a
// trace state. tlcplain's operator is Trace, the sequence of the states.
// Sets of these tuples are printed in TLC's order, which is the order of
// the index they start with: the trace's.

// Module is the file -dumpTrace FORMAT FILE writes, for format tla or
// tlcplain (any other format is written as tla): FILE names the module,
// sp names the trace's actions.
func Module(format, file string, sp *eval.Spec, rep *model.Report) []byte {
	order := model.TraceOrder(rep.Vars, rep.VarOrder, rep.VarsInOrder)
	states := make([]string, len(rep.Trace))
	for i, ts := range rep.Trace {
		states[i] = tlaStateRecord(rep.Vars, order, ts.State)
	}
	var b strings.Builder
	b.WriteString("---- MODULE " + strings.Replace(file, ".tla", "", 1) + " ----\nLOCAL INSTANCE TLC\n\n")
	if format == "tlcplain" {
		b.WriteString("Trace == \n\t<<" + strings.Join(states, ", ") + ">>")
	} else {
		pair := func(i int) string { return "<<" + strconv.Itoa(i) + ", " + states[i-1] + ">>" }
		var acts []string
		for _, st := range steps(sp, rep) {
			bl, bc, el, ec, m := st.location()
			acts = append(acts, "<<"+pair(st.From)+", [name |-> "+value.Alphabetical.Str(st.Name).String()+", location |-> [beginLine |-> "+
				strconv.Itoa(bl)+", beginColumn |-> "+strconv.Itoa(bc)+", endLine |-> "+strconv.Itoa(el)+", endColumn |-> "+
				strconv.Itoa(ec)+", module |-> "+value.Alphabetical.Str(m).String()+"]], "+pair(st.To)+">>")
		}
		var sts []string
		for i := range states {
			sts = append(sts, pair(i+1))
		}
		b.WriteString("CounterExample == \n\t[action |-> {" + strings.Join(acts, ", ") + "}, state |-> {" + strings.Join(sts, ", ") + "}]")
	}
	b.WriteString("\n\n====")
	return []byte(b.String())
}

// tlaStateRecord is a trace state as TLC's record of its variables, in
// order; an undefined variable (a partial successor) is printed as TLC
// prints it in a trace, null.
func tlaStateRecord(vars []string, order []int, st value.State) string {
	fields := make([]string, 0, len(order))
	for _, j := range order {
		val := "null"
		if j < len(st) && st[j] != nil {
			val = st[j].String()
		}
		fields = append(fields, vars[j]+" |-> "+val)
	}
	return "[" + strings.Join(fields, ", ") + "]"
}
