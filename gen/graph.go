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

// DOT renders the machine for Graphviz. Error and wait edges are dashed; the output is a
// function of the spec only.
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
	for _, e := range m.edges() {
		style := ""
		if e.kind != "step" {
			style = ", style=dashed"
		}
		fmt.Fprintf(&b, "\t%s -> %s [label=%s%s];\n", dotID(e.from), dotID(e.to), dotString(e.label), style)
	}
	b.WriteString("}\n")
	return b.String()
}

// Mermaid renders the machine as a Mermaid stateDiagram-v2 (for the README).
func (m *Machine) Mermaid() string {
	var b strings.Builder
	b.WriteString("stateDiagram-v2\n")
	fmt.Fprintf(&b, "    [*] --> %s\n", mermaidID(m.Initial))
	for _, e := range m.edges() {
		fmt.Fprintf(&b, "    %s --> %s: %s\n", mermaidID(e.from), mermaidID(e.to), mermaidText(e.label))
	}
	return b.String()
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
