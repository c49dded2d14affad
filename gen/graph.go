package gen

import (
	"fmt"
	"strings"
)

// edge is one drawn transition.
type edge struct {
	from, to string
	label    string
	kind     string // "step", "error" or "wait"
}

// edges lists the machine's transitions in a stable order: phases in States order, then
// actions in spec order. Refusals decided by the runtime by hand, and edges that no
// reachable (phase, counter) pair enables, are not drawn.
func (m *Machine) edges() []edge {
	n := &names{counter: m.Counter, max: m.Max}
	var out []edge
	for _, s := range m.States {
		for _, a := range m.Actions {
			if a.Hand || !contains(a.From, s) || !m.live[edgeKey{a, s}] {
				continue
			}
			label := a.Trigger
			if a.Guard != nil {
				label += " [" + a.Guard.tla(n) + "]"
			}
			kind := "step"
			switch {
			case a.Wait:
				label += " / waits"
				kind = "wait"
			case a.Error != "":
				label += " / " + a.Error
				kind = "error"
			case a.Refs != nil:
				label += " / " + m.Counter + "' = " + a.Refs.tla(n)
			}
			out = append(out, edge{from: s, to: a.target(s), label: label, kind: kind})
		}
	}
	return out
}

// arc is one drawn edge: every transition from one phase to another (or to itself), as
// stateless's own ToGraph groups them, so that no transition hides another one drawn
// over it (Mermaid keeps only the last label of two edges between the same states).
type arc struct {
	from, to string
	labels   []string // one per transition, in edges order
	dashed   bool     // every transition is a refusal or a wait: nothing changes
}

// arcs groups edges by (from, to), in order of first appearance.
func (m *Machine) arcs() []arc {
	var out []arc
	at := map[[2]string]int{}
	for _, e := range m.edges() {
		k := [2]string{e.from, e.to}
		i, ok := at[k]
		if !ok {
			i = len(out)
			at[k] = i
			out = append(out, arc{from: e.from, to: e.to, dashed: true})
		}
		out[i].labels = append(out[i].labels, e.label)
		out[i].dashed = out[i].dashed && e.kind != "step"
	}
	return out
}

// DOT renders the machine for Graphviz: one edge per pair of phases, labelled with each of
// its transitions on a line of its own. An edge whose transitions all change nothing
// (refusals, waits) is dashed. The output is a function of the spec only.
func (m *Machine) DOT() string {
	var b strings.Builder
	fmt.Fprintf(&b, "digraph %s {\n", dotID(m.Module))
	b.WriteString("\trankdir=LR;\n")
	b.WriteString("\tnode [shape=box, style=rounded];\n")
	b.WriteString("\t__start [shape=point, label=\"\"];\n")
	for _, s := range m.States {
		fmt.Fprintf(&b, "\t%s;\n", dotID(s))
	}
	fmt.Fprintf(&b, "\t__start -> %s;\n", dotID(m.Initial))
	for _, a := range m.arcs() {
		style := ""
		if a.dashed {
			style = ", style=dashed"
		}
		fmt.Fprintf(&b, "\t%s -> %s [label=%s%s];\n", dotID(a.from), dotID(a.to), dotLabel(a.labels), style)
	}
	b.WriteString("}\n")
	return b.String()
}

// Mermaid renders the machine as a Mermaid stateDiagram-v2 (for the README): one edge
// per pair of phases, its transitions' labels separated by <br>.
func (m *Machine) Mermaid() string {
	var b strings.Builder
	b.WriteString("stateDiagram-v2\n")
	fmt.Fprintf(&b, "    [*] --> %s\n", mermaidID(m.Initial))
	for _, a := range m.arcs() {
		labels := make([]string, len(a.labels))
		for i, l := range a.labels {
			labels[i] = mermaidText(l)
		}
		fmt.Fprintf(&b, "    %s --> %s: %s\n", mermaidID(a.from), mermaidID(a.to), strings.Join(labels, mermaidBreak))
	}
	return b.String()
}

// mermaidBreak separates the labels of one Mermaid edge.
const mermaidBreak = "<br>"

// dotLabel is one DOT label for the transitions of an edge: a single one as it is, several
// as left-justified lines.
func dotLabel(labels []string) string {
	if len(labels) == 1 {
		return dotString(labels[0])
	}
	q := make([]string, len(labels))
	for i, l := range labels {
		q[i] = strings.Trim(dotString(l), `"`)
	}
	return `"` + strings.Join(q, `\l`) + `\l"`
}

func dotID(s string) string {
	if isIdent(s) {
		return s
	}
	return dotString(s)
}

func dotString(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}

func mermaidID(s string) string {
	if id := goName(s); id != "" {
		return id
	}
	return "S"
}

// mermaidText escapes what Mermaid would read as markup in a transition label.
func mermaidText(s string) string {
	return strings.NewReplacer("<", "#lt;", ">", "#gt;", ":", "#58;", ";", "#59;", "#", "#35;").Replace(s)
}
