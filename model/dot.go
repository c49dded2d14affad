package model

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/wspcycle/wspcycle/tla/pprint"
	"github.com/wspcycle/wspcycle/tla/value"
)

// WriteDOT writes the recorded state graph (Options.RecordGraph) in
// Graphviz's DOT language: one node per distinct state labelled with its
// variables, initial states drawn bold, one edge per step labelled with its
// action. It is for small models; a graph of thousands of states is not
// readable anyway.
func (r *Report) WriteDOT(w io.Writer) error {
	if r.Graph == nil {
		return fmt.Errorf("no state graph was recorded (too many states, or recording was off)")
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "digraph %q {\n  node [shape=box, fontname=\"monospace\"];\n", r.Spec)
	for _, n := range r.Graph.Nodes {
		var lines []string
		for k, name := range r.Vars {
			if k < len(n.State) && n.State[k] != nil {
				lines = append(lines, name+" = "+n.State[k].String())
			}
		}
		style := ""
		if n.Init {
			style = ", style=bold"
		}
		fmt.Fprintf(bw, "  s%016x [label=%s%s];\n", n.FP, dotQuote(strings.Join(lines, "\n")), style)
	}
	for _, e := range r.Graph.Edges {
		fmt.Fprintf(bw, "  s%016x -> s%016x [label=%s];\n", e.From, e.To, dotQuote(e.Label))
	}
	bw.WriteString("}\n")
	return bw.Flush()
}

// dotQuote quotes s as a DOT string with left-justified lines.
func dotQuote(s string) string {
	s = strings.ReplaceAll(s, `\`, `\\`)
	s = strings.ReplaceAll(s, `"`, `\"`)
	s = strings.ReplaceAll(s, "\n", `\l`)
	if strings.Contains(s, `\l`) {
		s += `\l`
	}
	return `"` + s + `"`
}

// WriteDump writes the recorded states (Options.RecordGraph) in TLC's
// -dump format: "State N:" and one "/\ var = value" line per variable,
// in TLC's order (Report.VarOrder), each state followed by a blank line;
// a value wider than 80 columns is broken over lines as TLC's
// TLCStateMut.toString breaks it (Values.ppr, package pprint). With
// temporal properties, each expanded state is written again after its new
// successors, as TLC writes its stuttering step (Graph.Again).
func (r *Report) WriteDump(w io.Writer) error {
	if r.Graph == nil {
		return fmt.Errorf("no state graph was recorded (too many states, or recording was off)")
	}
	bw := bufio.NewWriter(w)
	vars, order := r.stateVars()
	// TLC's state of one variable is "x = v", without the conjunction
	// (TLCStateMut.toString).
	conj := "/\\ "
	if len(order) == 1 {
		conj = ""
	}
	num := 0
	write := func(st value.State) {
		num++
		fmt.Fprintf(bw, "State %d:\n", num)
		for _, k := range order {
			val := "null"
			if k < len(st) && st[k] != nil {
				val = pprint.Format(st[k].String(), pprint.Width)
			}
			fmt.Fprintf(bw, "%s%s = %s\n", conj, vars[k], val)
		}
		bw.WriteString("\n")
	}
	again := r.Graph.Again
	for i, n := range r.Graph.Nodes {
		write(n.State)
		for len(again) > 0 && again[0].After <= i+1 {
			write(again[0].State)
			again = again[1:]
		}
	}
	for _, a := range again {
		write(a.State)
	}
	return bw.Flush()
}

// stateVars are the variables of the recorded states and TLC's order of
// them: the spec's, also when the trace was shown through an ALIAS, whose
// fields took their place in Vars (Unaliased keeps them). TLC's -dump
// writes a state as it is (StateWriter: TLCState.toString).
func (r *Report) stateVars() ([]string, []int) {
	if u := r.Unaliased; u != nil {
		return u.Vars, u.Order
	}
	return r.Vars, TraceOrder(r.Vars, r.VarOrder, r.VarsInOrder)
}
