package model

import (
	"sync"

	"github.com/wspcycle/wspcycle/tla/value"
)

// graphRec records the state graph for Options.RecordGraph. It takes a lock
// per step, which is fine for the small models a drawing is readable for.
type graphRec struct {
	mu       sync.Mutex
	g        Graph
	limit    int
	overflow bool
}

// addExcluded records the step from `from` to t, which the constraint
// excluded names (GraphEdge.Excluded) keeps out of the model.
func (r *graphRec) addExcluded(from, to uint64, t value.State, label string, act, excluded int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.overflow {
		return
	}
	r.g.Edges = append(r.g.Edges, GraphEdge{From: from, To: to, Label: label, Act: act, Excluded: excluded, State: t})
}

func (r *graphRec) add(from, to uint64, t value.State, label string, act int, init, isNew bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.overflow {
		return
	}
	if isNew {
		if len(r.g.Nodes) >= r.limit {
			r.overflow = true
			r.g = Graph{}
			return
		}
		r.g.Nodes = append(r.g.Nodes, GraphNode{FP: to, State: t, Init: init})
	}
	if !init {
		r.g.Edges = append(r.g.Edges, GraphEdge{From: from, To: to, Label: label, Act: act})
	}
}

// expanded records that the state fp, t was expanded with the temporal
// properties checked: TLC's worker then writes it once more to its -dump
// file, as the stuttering step it adds to the behaviour graph
// (Worker.doNextCheckLiveness writes (s, s) unseen, and StateWriter writes
// a successor that is not seen), after the new successors and before a
// deadlock is reported.
func (r *graphRec) expanded(fp uint64, t value.State) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.overflow {
		return
	}
	r.g.Again = append(r.g.Again, GraphAgain{FP: fp, State: t, After: len(r.g.Nodes), Edges: len(r.g.Edges)})
}
