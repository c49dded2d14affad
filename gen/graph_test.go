package gen

import (
	"path/filepath"
	"strings"
	"testing"
)

// transition is one transition of a spec as a drawing must show it: from, to, trigger.
type transition struct{ from, to, trigger string }

// specTransitions lists m's transitions straight from its projected actions: every
// compiled action from every phase where a reachable point enables it.
func specTransitions(m *Machine) []transition {
	var out []transition
	for _, s := range m.States {
		for _, a := range m.Actions {
			if !a.Hand && contains(a.From, s) && m.live[edgeKey{a, s}] {
				out = append(out, transition{s, a.target(s), a.Trigger})
			}
		}
	}
	return out
}

// drawnEdge is one edge parsed back from a drawing.
type drawnEdge struct {
	from, to string
	labels   []string
}

func parseMermaid(t *testing.T, out string) []drawnEdge {
	t.Helper()
	var edges []drawnEdge
	for _, l := range strings.Split(strings.TrimSpace(out), "\n")[1:] {
		l = strings.TrimSpace(l)
		if strings.HasPrefix(l, "[*] --> ") {
			continue
		}
		arrow, labels, ok := strings.Cut(l, ": ")
		from, to, ok2 := strings.Cut(arrow, " --> ")
		if !ok || !ok2 {
			t.Fatalf("mermaid line %q is not an edge", l)
		}
		edges = append(edges, drawnEdge{from, to, strings.Split(labels, mermaidBreak)})
	}
	return edges
}

func parseDOT(t *testing.T, out string) []drawnEdge {
	t.Helper()
	var edges []drawnEdge
	for _, l := range strings.Split(out, "\n") {
		l = strings.TrimSpace(l)
		arrow, rest, ok := strings.Cut(l, " [label=\"")
		if !ok {
			continue
		}
		from, to, ok := strings.Cut(arrow, " -> ")
		if !ok {
			t.Fatalf("DOT line %q is not an edge", l)
		}
		label, _, _ := strings.Cut(rest, "\"")
		label = strings.TrimSuffix(label, `\l`)
		edges = append(edges, drawnEdge{from, to, strings.Split(label, `\l`)})
	}
	return edges
}

// TestGraphEdgesCarryEveryTransition checks the drawings against the spec's transitions:
// Mermaid and DOT draw one edge per pair of phases (Mermaid shows only one label per
// pair, so a second edge would hide the first), and each edge carries one label per
// transition of the pair, naming its trigger, in spec order.
func TestGraphEdgesCarryEveryTransition(t *testing.T) {
	specs, _ := filepath.Glob("testdata/ok/*.tla")
	specs = append(specs, realSpec)
	for _, spec := range specs {
		m, err := Project(parse(t, spec), Options{})
		if err != nil {
			t.Fatal(err)
		}
		want := map[[2]string][]string{} // (from, to) -> triggers
		for _, tr := range specTransitions(m) {
			k := [2]string{mermaidID(tr.from), mermaidID(tr.to)}
			want[k] = append(want[k], tr.trigger)
		}
		for format, edges := range map[string][]drawnEdge{
			"mermaid": parseMermaid(t, m.Mermaid()),
			"dot":     parseDOT(t, m.DOT()),
		} {
			seen := map[[2]string]bool{}
			for _, e := range edges {
				k := [2]string{strings.Trim(e.from, `"`), strings.Trim(e.to, `"`)}
				if format == "dot" {
					k = [2]string{mermaidID(k[0]), mermaidID(k[1])}
				}
				if seen[k] {
					t.Errorf("%s %s: two edges %s -> %s", spec, format, k[0], k[1])
				}
				seen[k] = true
				triggers := want[k]
				if len(e.labels) != len(triggers) {
					t.Errorf("%s %s: edge %s -> %s has labels %q, want one per transition %v", spec, format, k[0], k[1], e.labels, triggers)
					continue
				}
				for i, l := range e.labels {
					if !strings.HasPrefix(l, triggers[i]) {
						t.Errorf("%s %s: edge %s -> %s label %d is %q, want transition %s", spec, format, k[0], k[1], i, l, triggers[i])
					}
				}
			}
			if len(seen) != len(want) {
				t.Errorf("%s %s: %d edges drawn, want %d (one per pair of phases)", spec, format, len(seen), len(want))
			}
		}
	}
	// ProviderLifecycle, counted by hand from the spec: Uninitialized has StartupFirst and
	// CleanupNotInitialised; Active StartupAgain, StartupTooMany, CleanupRelease and
	// CleanupFinal (CleanupNotInitialised is never enabled there: refs >= 1); Draining and
	// Freeing each StartupWait, CleanupNotInitialised and their step; Reinitializable as
	// Uninitialized. 14 transitions between 10 pairs of phases.
	m, err := Project(parse(t, realSpec), Options{})
	if err != nil {
		t.Fatal(err)
	}
	labels := 0
	edges := parseMermaid(t, m.Mermaid())
	for _, e := range edges {
		labels += len(e.labels)
	}
	if len(edges) != 10 || labels != 14 {
		t.Fatalf("ProviderLifecycle drawn as %d edges carrying %d transitions, want 10 and 14", len(edges), labels)
	}
}

// TestGraphDrawsEverySpec runs `wspcycle graph` (RunGraph) on every spec of spec/, in both
// formats: each must be drawn. LayeredProvider.tla has neither @fsm nor @trigger
// annotations: the convention's defaults name its counter (lrefs, the first variable Init
// sets to 0; there is no phase variable, so the machine has one phase named after the
// module) and its actions (those Next reaches). Its drawing must carry each of the 15
// actions of its Next, listed here by hand from the spec (in the order of their
// definitions), with lrefs in the guards.
func TestGraphDrawsEverySpec(t *testing.T) {
	specs, _ := filepath.Glob("../spec/*.tla")
	if len(specs) < 2 {
		t.Fatalf("specs: %v", specs)
	}
	for _, spec := range specs {
		for _, format := range []string{"mermaid", "dot"} {
			var out, errOut strings.Builder
			if code := RunGraph([]string{"-format", format, spec}, &out, &errOut, nil); code != ExitOK {
				t.Errorf("graph -format %s %s: exit %d\n%s", format, spec, code, errOut.String())
			}
		}
	}
	var out, errOut strings.Builder
	if code := RunGraph([]string{"../spec/LayeredProvider.tla"}, &out, &errOut, nil); code != ExitOK {
		t.Fatalf("graph LayeredProvider: exit %d\n%s", code, errOut.String())
	}
	edges := parseMermaid(t, out.String())
	if len(edges) != 1 || edges[0].from != "LayeredProvider" || edges[0].to != "LayeredProvider" {
		t.Fatalf("LayeredProvider drawn as %v, want one phase LayeredProvider", edges)
	}
	want := []string{"FirstStartupLowerFails", "FirstStartupLower", "FirstStartupDone", "FirstStartupOwnFails",
		"StartupAgain", "StartupAgainFails", "CleanupNotInitialised", "CleanupRelease", "CleanupFinal",
		"TeardownDrained", "TeardownFree", "OpenSocket", "CloseSocket", "OtherStartup", "OtherCleanup"}
	got := edges[0].labels
	if len(got) != len(want) {
		t.Fatalf("LayeredProvider's transitions: %q, want one per action %v", got, want)
	}
	for i, w := range want {
		if name, _, _ := strings.Cut(got[i], " "); name != w {
			t.Errorf("transition %d is %q, want action %s", i, got[i], w)
		}
	}
	if !strings.Contains(got[8], "[lrefs = 1] / lrefs' = 0") {
		t.Errorf("CleanupFinal drawn as %q, want its guard and effect on lrefs", got[8])
	}
	// gen itself needs a phase: it says so, with a position, instead of guessing one.
	var genErr strings.Builder
	if code := RunGen([]string{"-require=", "../spec/LayeredProvider.tla"}, &out, &genErr, nil); code != ExitBadInput ||
		!strings.Contains(genErr.String(), "LayeredProvider.tla:") || !strings.Contains(genErr.String(), "no phase variable") {
		t.Fatalf("gen LayeredProvider: exit %d, %q; want a positioned 'no phase variable'", code, genErr.String())
	}
}
