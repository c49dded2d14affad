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
	WriteHeader(b, r.Spec, r.Workers)
	WriteInitLine(b, r.InitStates)
	r.writeVerdict(b)
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteVerdict prints what WriteText prints after the header and the
// initial-state line, for a front end that streamed those as they happened.
func (r *Report) WriteVerdict(w io.Writer) error {
	b := &strings.Builder{}
	r.writeVerdict(b)
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteHeader prints the first line of check's report.
func WriteHeader(w io.Writer, spec string, workers int) {
	fmt.Fprintf(w, "Model checking %s with %d worker%s.\n", spec, workers, plural(int64(workers)))
}

// WriteInitLine prints the line saying how many initial states there are.
func WriteInitLine(w io.Writer, n int64) {
	fmt.Fprintf(w, "Computed %d initial state%s.\n", n, plural(n))
}

func (r *Report) writeVerdict(b *strings.Builder) {
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
	case ResultError, ResultPostcondition:
		fmt.Fprintf(b, "Error: %s\n", r.Message)
		if r.Result == ResultError && r.Pos.IsValid() {
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
	if r.Result == ResultOK || r.Result == ResultProperty || r.Result == ResultPostcondition {
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
	if r.BytesPerState > 0 {
		mem += fmt.Sprintf(", %.0f bytes/state at peak", r.BytesPerState)
	}
	fmt.Fprintf(b, "Finished in %.2fs%s%s.\n", secs, rate, mem)
}

// WriteCounterexample prints the report's trace as WriteText does, with its
// end (the step back of a lasso, or the stuttering), for tools that build
// a Report around a trace of their own (wspcycle simulate).
func (r *Report) WriteCounterexample(b *strings.Builder) { r.writeTrace(b) }

func (r *Report) writeTrace(b *strings.Builder) {
	f := TraceFormat{Ranges: r.Ranges, DiffOnly: r.DiffTrace, InOrder: r.VarsInOrder, Order: r.VarOrder}
	WriteTraceFormat(b, r.Vars, r.Trace, f)
	switch {
	case r.LoopBack > 0 && r.LoopBack == len(r.Trace):
		fmt.Fprintf(b, "State %d: Stuttering\n\n", len(r.Trace)+1)
	case r.LoopBack > 0 && r.LoopStep.Action != "":
		fmt.Fprintf(b, "Back to state %d: <%s>\n\n", r.LoopBack, f.Label(r.LoopStep))
	case r.LoopBack > 0:
		fmt.Fprintf(b, "Back to state %d.\n\n", r.LoopBack)
	}
}

// TraceFormat says how a behaviour is printed.
type TraceFormat struct {
	// Ranges are the source ranges of the spec's actions (ActionRanges),
	// indexed by TraceState.Act-1: a state's action is printed with its
	// range, as TLC prints it ("Request line 7, col 12 to line 7, col 67
	// of module M").
	Ranges []SourceRange
	// DiffOnly prints, after the first state, only the variables that
	// changed (TLC's -difftrace).
	DiffOnly bool
	// InOrder prints the variables in their order (ALIAS).
	InOrder bool
	// Order is TLC's order of the variables (SpecVarOrder); nil prints
	// them by name.
	Order []int
}

// Label is the action of a trace state as printed between < and >: its
// label, and its source range when known.
func (f TraceFormat) Label(ts TraceState) string {
	label := ts.Action
	if ts.Act > 0 && ts.Act <= len(f.Ranges) && f.Ranges[ts.Act-1].IsValid() {
		label = strings.TrimSuffix(label, " (partial successor)")
		return label + " " + f.Ranges[ts.Act-1].String()
	}
	return label
}

// WriteTrace prints a behaviour in TLC's form: numbered states, each with the
// action that led to it and one "/\ var = value" line per variable (by
// name; WriteTraceFormat with an Order prints them in TLC's order), the
// changed ones marked. Every command that
// shows a behaviour prints it here, so a reviewer reads one format
// everywhere.
func WriteTrace(b *strings.Builder, vars []string, trace []TraceState) {
	WriteTraceFormat(b, vars, trace, TraceFormat{})
}

// WriteTraceFormat is WriteTrace with source ranges and the changed-only view.
func WriteTraceFormat(b *strings.Builder, vars []string, trace []TraceState, f TraceFormat) {
	b.WriteString("Error: The behavior up to this point is:\n")
	width := 0
	for _, v := range vars {
		width = max(width, len(v))
	}
	order := TraceOrder(vars, f.Order, f.InOrder)
	for i, ts := range trace {
		fmt.Fprintf(b, "State %d: <%s>\n", i+1, f.Label(ts))
		own := order
		if ts.Own != nil {
			own = ts.Own // an ALIAS's state with fields of its own
		}
		for _, j := range own {
			name := vars[j]
			changed := i > 0 && j < len(ts.Changed) && ts.Changed[j]
			if f.DiffOnly && i > 0 && !changed {
				continue
			}
			val := "<undefined>"
			if j < len(ts.State) && ts.State[j] != nil {
				val = ts.State[j].String()
			}
			mark := ""
			if changed && !f.DiffOnly {
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

// VarOrder orders vars by name: the order of traces of a spec that has no
// module to compute TLC's order from (SpecVarOrder).
func VarOrder(vars []string) []int {
	idx := make([]int, len(vars))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return vars[idx[a]] < vars[idx[b]] })
	return idx
}
