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
