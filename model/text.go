package model

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
)

// WriteText prints the report as TLC does, in its vocabulary, so that a
// reviewer used to TLC reads it without a glossary: the verdict, the
// numbered trace (each state with the action that led to it, changed
// variables marked), the counts, the fingerprint-collision estimate and the
// coverage.
func (r *Report) WriteText(w io.Writer) error {
	b := &strings.Builder{}
	fmt.Fprintf(b, "Model checking %s with %d worker%s.\n", r.Spec, r.Workers, plural(int64(r.Workers)))
	fmt.Fprintf(b, "Computed %d initial state%s.\n", r.InitStates, plural(r.InitStates))
	switch r.Result {
	case ResultOK:
		b.WriteString("Model checking completed. No error has been found.\n")
	case ResultInvariant:
		fmt.Fprintf(b, "Error: Invariant %s is violated.\n", r.Property)
	case ResultDeadlock:
		b.WriteString("Error: Deadlock reached.\n")
	case ResultProperty:
		if r.Message != "" {
			// A state-predicate PROPERTY false in an initial state: TLC's
			// "Property P is violated by the initial state".
			fmt.Fprintf(b, "Error: %s\n", r.Message)
			break
		}
		fmt.Fprintf(b, "Error: Temporal properties were violated.\nError: Property %s is violated.\n", r.Property)
	case ResultActionProperty:
		fmt.Fprintf(b, "Error: Action property %s is violated.\n", r.Property)
	case ResultError:
		fmt.Fprintf(b, "Error: %s\n", r.Message)
		if r.Pos.IsValid() {
			fmt.Fprintf(b, "Error: at %s\n", r.Pos)
		}
	default:
		fmt.Fprintf(b, "Stopped: %s\n", r.Message)
	}
	if len(r.Trace) > 0 {
		r.writeTrace(b)
	}
	fmt.Fprintf(b, "The probability of a fingerprint collision: calculated (optimistic): val = %.1E\n", r.CollisionProbability)
	fmt.Fprintf(b, "%d states generated, %d distinct states found, %d states left on queue.\n", r.Generated, r.Distinct, r.Queue)
	if r.Result == ResultOK || r.Result == ResultProperty {
		fmt.Fprintf(b, "The depth of the complete state graph search is %d.\n", r.Depth)
	} else {
		fmt.Fprintf(b, "The depth of the state graph search reached is %d.\n", r.Depth)
	}
	if len(r.Coverage) > 0 {
		b.WriteString("Coverage (action, enabled in N states, successors generated, new states):\n")
		tw := tabwriter.NewWriter(b, 0, 4, 2, ' ', 0)
		for _, c := range r.Coverage {
			pos := ""
			if c.Pos.IsValid() {
				pos = "(" + c.Pos.String() + ")"
			}
			fmt.Fprintf(tw, "  %s\t%s\tenabled %d\tgenerated %d\tdistinct %d\n", c.Name, pos, c.Enabled, c.Generated, c.Distinct)
		}
		tw.Flush()
	}
	for _, wmsg := range r.Warnings {
		fmt.Fprintf(b, "Warning: %s\n", wmsg)
	}
	secs := r.Duration.Seconds()
	rate := ""
	if secs > 0 {
		rate = fmt.Sprintf(" (%.0f distinct states/s)", float64(r.Distinct)/secs)
	}
	mem := ""
	if r.PeakRSS > 0 {
		mem = fmt.Sprintf(", peak memory %d MB", r.PeakRSS>>20)
	}
	fmt.Fprintf(b, "Finished in %.2fs%s%s.\n", secs, rate, mem)
	_, err := io.WriteString(w, b.String())
	return err
}

func (r *Report) writeTrace(b *strings.Builder) {
	WriteTrace(b, r.Vars, r.Trace)
	switch {
	case r.LoopBack > 0 && r.LoopBack == len(r.Trace):
		fmt.Fprintf(b, "State %d: Stuttering\n\n", len(r.Trace)+1)
	case r.LoopBack > 0:
		fmt.Fprintf(b, "Back to state %d.\n\n", r.LoopBack)
	}
}

// WriteTrace prints a behaviour in TLC's form: numbered states, each with the
// action that led to it and one "/\ var = value" line per variable, the
// changed ones marked. Every command that shows a behaviour prints it here,
// so a reviewer reads one format everywhere.
func WriteTrace(b *strings.Builder, vars []string, trace []TraceState) {
	b.WriteString("Error: The behavior up to this point is:\n")
	width := 0
	for _, v := range vars {
		width = max(width, len(v))
	}
	for i, ts := range trace {
		fmt.Fprintf(b, "State %d: <%s>\n", i+1, ts.Action)
		for j, name := range vars {
			val := "<undefined>"
			if j < len(ts.State) && ts.State[j] != nil {
				val = ts.State[j].String()
			}
			mark := ""
			if i > 0 && j < len(ts.Changed) && ts.Changed[j] {
				mark = "  \\* changed"
			}
			fmt.Fprintf(b, "/\\ %-*s = %s%s\n", width, name, val, mark)
		}
		b.WriteString("\n")
	}
}

func plural(n int64) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// sortedVarOrder is the order in which traces print variables: by name, as
// TLC does, so that a trace reads the same from either tool.
func sortedVarOrder(vars []string) []int {
	idx := make([]int, len(vars))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return vars[idx[a]] < vars[idx[b]] })
	return idx
}
