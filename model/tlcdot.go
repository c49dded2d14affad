package model

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/wspcycle/wspcycle/internal/javalang"
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/pprint"
	"github.com/wspcycle/wspcycle/tla/span"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TLCDotOptions are the options of TLC's -dump dot,OPTIONS FILE.
type TLCDotOptions struct {
	Colorize     bool     // each edge in its action's colour, and a legend
	ActionLabels bool     // each edge labelled with its action's name
	Actions      []string // TLC's actions' names (TLCActionNames), for both
	Unnamed      []bool   // the actions TLC does not name (TLCActionNames)
	// Alias, when not nil, shows a state of the given variables through
	// the cfg's ALIAS at a level (AliasShow with no successor): TLC labels
	// a state with it.
	Alias func(vars []string, order []int, st value.State, level int) ([]string, []value.Value)
	// Constrained draws the steps to successors a constraint excludes
	// (recorded with Options.RecordConstrained), each labelled with the
	// range of the constraint that excludes it (ConstraintRanges).
	Constrained                    bool
	Constraints, ActionConstraints []string
}

// label is the DOT label of TLC's action i: its name with its parameters
// values (Actions), a quote escaped as TLC writes it, "UnnamedAction" for
// an action TLC does not name.
func (o TLCDotOptions) label(i int) string {
	if i < len(o.Unnamed) && o.Unnamed[i] {
		return "UnnamedAction"
	}
	return strings.ReplaceAll(o.Actions[i], `"`, `\"`)
}

// stateLabel is a state's label: its text through the ALIAS, evaluated
// in the state alone at its level (TLCState.evalStateLevelAlias); its
// tooltip is the state's own text.
func (o TLCDotOptions) stateLabel(vars []string, order []int, st value.State, lvl int) string {
	if o.Alias == nil {
		return DotStateText(vars, order, st)
	}
	return dotNamedText(o.Alias(vars, order, st, lvl))
}

// key is the name TLC colours action i by: its label without the
// parameters' values.
func (o TLCDotOptions) key(i int) string {
	if i < len(o.Unnamed) && o.Unnamed[i] {
		return "UnnamedAction"
	}
	name, _, _ := strings.Cut(o.Actions[i], "(")
	return name
}

// ConstraintRanges are TLC's names of the ranges of sp's CONSTRAINTs
// and ACTION_CONSTRAINTs (their definitions' bodies), as TLC's DOT file
// labels the steps each excludes; read reads the spec's files.
func ConstraintRanges(sp *eval.Spec, read func(string) ([]byte, error)) (state, action []string) {
	files := span.NewFiles(read)
	name := func(body ast.Expr) string {
		if body == nil {
			return ""
		}
		end, ok := files.End(body)
		if !ok {
			return ""
		}
		return SourceRange{Module: span.Module(body.Pos().Filename), Start: body.Pos(), End: end}.String()
	}
	for _, p := range sp.Constraints {
		state = append(state, name(p.Body))
	}
	for _, p := range sp.ActionConstraints {
		action = append(action, name(p.Body))
	}
	return state, action
}

// TLCActionNames are the names of TLC's actions of sp, in TLC's order
// (eval.Spec.TLCActions), as TLC's DOT writer names them, and which of
// them TLC leaves unnamed.
func TLCActionNames(sp *eval.Spec) ([]string, []bool) {
	acts, err := sp.TLCActions()
	if err != nil {
		return nil, nil
	}
	names, unnamed := make([]string, len(acts)), make([]bool, len(acts))
	for i := range acts {
		names[i], unnamed[i] = TLCLabel(sp, &acts[i]), acts[i].Unnamed()
	}
	return names, unnamed
}

// WriteTLCDOT writes the recorded state graph (Options.RecordGraph, one
// worker) as TLC's -dump dot writes it (tlc2.util.DotStateWriter, TLC rev
// cc6b616), in the order TLC writes as it explores: the initial states
// (filled), then each step in the order found, a state new to the graph
// written right after the step that found it (with its text again as a
// tooltip), self-loops and steps to states found before included. Each
// state is named by its fingerprint (TLC's are its own, from a polynomial
// drawn per run, so tools must not rely on them). After the steps, one
// rank line per level holds the initial states and the states a step was
// written from (a later state with no step out, or whose steps were not
// explored before the run stopped, is not ranked; TLC's order within a
// line follows its hash set). An edge is coloured by its action's name (-dump dot,colorize:
// the disjuncts of one definition share a colour; a legend when there are
// two names or more) and labelled with it (actionlabels). TLC's file ends
// without a line break.
func (r *Report) WriteTLCDOT(w io.Writer, o TLCDotOptions) error {
	if r.Graph == nil {
		return fmt.Errorf("no state graph was recorded (too many states, or recording was off)")
	}
	bw := bufio.NewWriter(w)
	bw.WriteString("strict digraph DiskGraph {\nnode [shape=box,style=rounded]\n")
	if o.Colorize {
		bw.WriteString("edge [colorscheme=\"paired12\"]\n")
	}
	bw.WriteString("nodesep=0.35;\nsubgraph cluster_graph {\ncolor=\"white\";\n")
	vars, order := r.stateVars()
	text := func(n GraphNode) string { return DotStateText(vars, order, n.State) }
	stateLabel := func(st value.State, lvl int) string { return o.stateLabel(vars, order, st, lvl) }
	id := func(fp uint64) string { return strconv.FormatInt(int64(fp), 10) }

	level := map[uint64]int{}
	nodes := map[uint64]GraphNode{}
	var ranks tlcRanks // per level, the states steps were written from
	ranked := map[uint64]bool{}
	for _, n := range r.Graph.Nodes {
		nodes[n.FP] = n
		if n.Init {
			// TLC ranks an initial state where it writes it
			// (writeState's maintainRanks), a step from it or not.
			level[n.FP], ranked[n.FP] = 1, true
			ranks.add(1, n.FP)
			fmt.Fprintf(bw, "%s [label=\"%s\",style = filled]\n", id(n.FP), stateLabel(n.State, 1))
		}
	}
	// TLC colours an action by its name (the definition it comes from,
	// without the values of its parameters: Loop(1) and Loop(2) share
	// it; "UnnamedAction" for an action without one), numbered from 2 in
	// the order the steps written first meet them (DotStateWriter's
	// getActionColor).
	colors, names := map[string]int{}, []string(nil)
	colorOf := func(act int) string {
		key := o.key(act)
		c, ok := colors[key]
		if !ok {
			c = len(names) + 2
			colors[key] = c
			names = append(names, key)
		}
		return strconv.Itoa(c)
	}
	for _, e := range r.Graph.Edges {
		if e.Excluded != 0 && !o.Constrained {
			continue
		}
		if l := level[e.From]; !ranked[e.From] && l > 0 {
			ranked[e.From] = true
			ranks.add(l, e.From)
		}
		label, color := "", "black"
		if e.Act >= 0 && e.Act < len(o.Actions) {
			if o.ActionLabels {
				label = o.label(e.Act)
			}
			if o.Colorize {
				color = colorOf(e.Act)
			}
		}
		if e.Excluded != 0 {
			// The constraint's range after a line break (not escaped, as
			// TLC writes it), and the successor filled light yellow,
			// written at each step to it.
			var where string
			if i := e.Excluded - 1; i >= 0 && i < len(o.Constraints) {
				where = o.Constraints[i]
			} else if i := -e.Excluded - 1; i >= 0 && i < len(o.ActionConstraints) {
				where = o.ActionConstraints[i]
			}
			fmt.Fprintf(bw, "%s -> %s [label=\"%s\n%s\",color=\"%s\",fontcolor=\"%s\"];\n", id(e.From), id(e.To), label, where, color, color)
			t := text(GraphNode{State: e.State})
			fmt.Fprintf(bw, "%s [label=\"%s\",tooltip=\"%s\",style = filled, fillcolor=lightyellow];\n", id(e.To), stateLabel(e.State, level[e.From]+1), t)
			continue
		}
		fmt.Fprintf(bw, "%s -> %s [label=\"%s\",color=\"%s\",fontcolor=\"%s\"];\n", id(e.From), id(e.To), label, color, color)
		if _, seen := level[e.To]; !seen {
			level[e.To] = level[e.From] + 1
			fmt.Fprintf(bw, "%s [label=\"%s\",tooltip=\"%s\"];\n", id(e.To), stateLabel(nodes[e.To].State, level[e.To]), text(nodes[e.To]))
		}
	}
	bw.WriteString(ranks.String())
	bw.WriteString("}\n")
	if o.Colorize && len(names) > 1 {
		bw.WriteString("subgraph cluster_legend {graph[style=bold];label = \"Next State Actions\" style=\"solid\"\n")
		bw.WriteString("node [ labeljust=\"l\",colorscheme=\"paired12\",style=filled,shape=record ]\n")
		// The legend lists the names in the order of TLC's HashMap of
		// them, each node named with "!" made ":".
		for _, name := range javalang.HashMapOrder(names) {
			fmt.Fprintf(bw, "%s [label=\"%s\",fillcolor=%d]\n", strings.ReplaceAll(name, "!", ":"), name, colors[name])
		}
		bw.WriteString("}")
	}
	bw.WriteString("}")
	return bw.Flush()
}

// DotStateText is TLC's states2dot of state s: its variables' lines in
// order, "/\ " before each when there are several, escaped for a DOT
// label (a missing value is "null"); a value wider than 80 columns is
// broken over lines as in TLC's state text (Values.ppr, package pprint).
func DotStateText(vars []string, order []int, s value.State) string {
	names, vals := make([]string, len(order)), make([]value.Value, len(order))
	for i, k := range order {
		names[i] = vars[k]
		if k < len(s) {
			vals[i] = s[k]
		}
	}
	return dotNamedText(names, vals)
}

// dotNamedText is DotStateText of the names and values given, in order
// (a nil value is "null").
func dotNamedText(names []string, vals []value.Value) string {
	var lines []string
	for i, name := range names {
		val := "null"
		if vals[i] != nil {
			val = pprint.Format(vals[i].String(), pprint.Width)
		}
		line := name + " = " + val
		if len(names) > 1 {
			line = "/\\ " + line
		}
		lines = append(lines, line)
	}
	t := strings.Join(lines, "\n")
	t = strings.ReplaceAll(t, `\`, `\\`)
	t = strings.ReplaceAll(t, `"`, `\"`)
	return strings.ReplaceAll(t, "\n", `\n`)
}

// LivenessDotName is the name of the file TLC writes the behaviour graph
// to beside the DOT file dot when it checks temporal properties
// (DotLivenessStateWriter: every ".dot" in the name made "_liveness.dot").
func LivenessDotName(dot string) string {
	return strings.ReplaceAll(dot, ".dot", "_liveness.dot")
}

// WriteTLCLivenessDOT writes the behaviour graph TLC's liveness checker
// builds (recorded with Options.RecordGraph and temporal properties) as
// TLC's -dump dot writes it to its second file (LivenessDotName; TLC rev
// cc6b616's DotLivenessStateWriter, a DotStateWriter that is not strict and
// has no colours or labels, fed by LiveCheck's LiveChecker): the initial
// states (filled), then for each state in the order it was expanded
// (Graph.Again) a step to each of its successors and to itself (the
// stuttering step the worker adds), in the order of TLC's per-state hash
// set of them (tlcSetOrder); a successor not yet expanded is written after
// its step (labelled through the ALIAS at its level, its own text as the
// tooltip); a state with a step written from it is ranked at its level,
// as the initial states are. TLC names a state by its
// fingerprint, hence its set's order depends on the fingerprints: ours
// give ours.
func (r *Report) WriteTLCLivenessDOT(w io.Writer, o TLCDotOptions) error {
	if r.Graph == nil {
		return fmt.Errorf("no state graph was recorded (too many states, or recording was off)")
	}
	bw := bufio.NewWriter(w)
	bw.WriteString("digraph DiskGraph {\nnode [shape=box,style=rounded]\nnodesep=0.35;\nsubgraph cluster_graph {\ncolor=\"white\";\n")
	vars, order := r.stateVars()
	id := func(fp uint64) string { return strconv.FormatInt(int64(fp), 10) }
	var ranks tlcRanks
	level := map[uint64]int{}
	states := map[uint64]value.State{}
	for _, n := range r.Graph.Nodes {
		states[n.FP] = n.State
		if n.Init {
			level[n.FP] = 1
			fmt.Fprintf(bw, "%s [label=\"%s\",style = filled]\n", id(n.FP), o.stateLabel(vars, order, n.State, 1))
			ranks.add(1, n.FP)
		}
	}
	for _, e := range r.Graph.Edges {
		if _, seen := level[e.To]; !seen && e.Excluded == 0 {
			level[e.To] = level[e.From] + 1
		}
	}
	// The worker's set keeps its capacity between states, grown by 16
	// after a state whose set grew past it (Worker.multiplier).
	expanded, multiplier, from := map[uint64]bool{}, 1, 0
	for _, a := range r.Graph.Again {
		// The successors in the order generated, then the state itself;
		// each is a state at the next level but the state's own entry.
		var fps []uint64
		for _, e := range r.Graph.Edges[from:a.Edges] {
			if e.From == a.FP && e.Excluded == 0 {
				fps = append(fps, e.To)
			}
		}
		from = a.Edges
		succs := len(fps)
		fps = append(fps, a.FP)
		kept, capacity := tlcSetOrder(fps, 16*multiplier)
		if capacity > 16*multiplier {
			multiplier++
		}
		for _, i := range kept {
			to, lvl := fps[i], level[a.FP]+1
			if i == succs {
				lvl = level[a.FP]
			}
			fmt.Fprintf(bw, "%s -> %s;\n", id(a.FP), id(to))
			if !expanded[to] {
				st := states[to]
				fmt.Fprintf(bw, "%s [label=\"%s\",tooltip=\"%s\"];\n", id(to), o.stateLabel(vars, order, st, lvl), DotStateText(vars, order, st))
			}
		}
		ranks.add(level[a.FP], a.FP)
		expanded[a.FP] = true
	}
	bw.WriteString(ranks.String())
	bw.WriteString("}\n}")
	return bw.Flush()
}

// tlcRanks are the rank lines of TLC's DOT file: per level, the states
// ranked there, each once, in the order first ranked.
type tlcRanks struct {
	byLevel [][]uint64
	seen    map[[2]uint64]bool
}

func (r *tlcRanks) add(level int, fp uint64) {
	if r.seen == nil {
		r.seen = map[[2]uint64]bool{}
	}
	if k := [2]uint64{uint64(level), fp}; !r.seen[k] {
		r.seen[k] = true
		for len(r.byLevel) < level {
			r.byLevel = append(r.byLevel, nil)
		}
		r.byLevel[level-1] = append(r.byLevel[level-1], fp)
	}
}

// String is the rank lines, one per level that has states.
func (r *tlcRanks) String() string {
	var b strings.Builder
	for _, fps := range r.byLevel {
		if len(fps) == 0 {
			continue
		}
		b.WriteString("{rank = same; ")
		for _, fp := range fps {
			b.WriteString(strconv.FormatInt(int64(fp), 10) + ";")
		}
		b.WriteString("}\n")
	}
	return b.String()
}

// tlcSetOrder is the order TLC's tlc2.util.SetOfStates of the states
// fingerprinted fps, put in that order, iterates them: an open-addressing
// table of the given capacity, a state's slot its fingerprint's low 31
// bits modulo the capacity (the next free one after a collision), grown
// to twice plus one and filled again in slot order when it is half full
// before a put; a state put again keeps its first place. It returns the
// indices in fps of the states kept, in slot order, and the final
// capacity.
func tlcSetOrder(fps []uint64, capacity int) ([]int, int) {
	slots := make([]int, capacity)
	for i := range slots {
		slots[i] = -1
	}
	count := 0
	put := func(i int) {
		h := int(uint32(fps[i]) & 0x7fffffff)
		for k := h % len(slots); ; k = (k + 1) % len(slots) {
			switch {
			case slots[k] < 0:
				slots[k] = i
				count++
				return
			case fps[slots[k]] == fps[i]:
				return
			}
		}
	}
	for i := range fps {
		if count >= len(slots)/2 {
			old := slots
			slots = make([]int, 2*len(old)+1)
			for k := range slots {
				slots[k] = -1
			}
			count = 0
			for _, j := range old {
				if j >= 0 {
					put(j)
				}
			}
		}
		put(i)
	}
	var kept []int
	for _, i := range slots {
		if i >= 0 {
			kept = append(kept, i)
		}
	}
	return kept, len(slots)
}
