package model

import (
	"reflect"
	"testing"
)

// TestTBGraph checks the port of TLC's particle tableau (TBGraph) on the
// tableau formulas of the properties in cmd/wspcycle's CovLiveIf,
// CovLiveLeads and LiveAgain, whose -coverage counts (what TLC evaluates
// again while building its product graphs) agree with TLC's only with
// these graphs. Atoms are bits 0 (a), 1 (b) and 2 (c).
func TestTBGraph(t *testing.T) {
	terms := newTBTerms()
	atom := func(bit int, neg bool) int { return terms.mk(tbKey{op: tbAtom, a: bit, neg: neg}) }
	all := func(x int) int { return terms.mk(tbKey{op: tbAll, a: x}) }
	even := func(x int) int { return terms.mk(tbKey{op: tbEven, a: x}) }
	and := func(ids ...int) int { return terms.junction(tbAnd, ids) }
	type node struct {
		preds []tbKey
		next  []int
	}
	notA, notB := tbKey{op: tbAtom, a: 0, neg: true}, tbKey{op: tbAtom, a: 1, neg: true}
	for _, tc := range []struct {
		name    string
		tf      int
		initCnt int
		nodes   []node
	}{
		// ~<>a: one node, its own successor.
		{"[]~a", all(atom(0, true)), 1, []node{{[]tbKey{notA}, []int{0}}}},
		// The IF's guard c holds in the initial node only.
		{"c /\\ []~a", and(atom(2, false), all(atom(0, true))), 1, []node{
			{[]tbKey{{op: tbAtom, a: 2}, notA}, []int{1}},
			{[]tbKey{notA}, []int{1}},
		}},
		// The initial particle holds the conjunction, its successors
		// not: two nodes.
		{"[]~a /\\ []~b", and(all(atom(0, true)), all(atom(1, true))), 1, []node{
			{[]tbKey{notA, notB}, []int{1}},
			{[]tbKey{notA, notB}, []int{1}},
		}},
		// ~(a ~> b): <>(a /\ []~b): two initial particles, a /\ ~b now
		// (and ~b ever after) or later.
		{"<>(a /\\ []~b)", even(and(atom(0, false), all(atom(1, true)))), 2, []node{
			{[]tbKey{{op: tbAtom, a: 0}, notB}, []int{2}},
			{nil, []int{0, 1}},
			{[]tbKey{notB}, []int{2}},
		}},
		// a /\ ~a: no particle, no node.
		{"a /\\ ~a", and(atom(0, false), atom(0, true)), 0, nil},
	} {
		g := terms.newTBGraph(tc.tf)
		var got []node
		for _, n := range g.nodes {
			got = append(got, node{n.preds, n.next})
		}
		if g.initCnt != tc.initCnt || !reflect.DeepEqual(got, tc.nodes) {
			t.Errorf("%s: %d initial nodes, %+v; want %d, %+v", tc.name, g.initCnt, got, tc.initCnt, tc.nodes)
		}
	}
}
