package model

import (
	"fmt"
	"sort"
	"strings"

	"github.com/wspcycle/wspcycle/tla/eval"
)

// A General property part is checked the way TLC's liveness checker does
// it (tlc2.tool.liveness.Liveness.processLiveness): the formula
// fairness /\ ~property (fairness: the temporal conjuncts of the
// specification other than WF/SF, which stay Streett conditions, see
// fair.go) has its negations pushed to the atoms and is put in disjunctive
// normal form through its /\ and \/ outside temporal operators. Each
// disjunct is a conjunction of
//
//   - <>[]A (A without temporal operators, a state predicate or an
//     action): from some point on, every step satisfies A;
//   - []<>A: infinitely many steps satisfy A (for a state predicate:
//     infinitely many states);
//   - other formulas without actions, checked with a tableau: the
//     behaviour graph's product with a generalized Büchi automaton of their
//     conjunction (built as Gerth, Peled, Vardi and Wolper build it).
//
// A disjunct with an action anywhere else is what TLC refuses ("Temporal
// formulas containing actions must be of forms <>[]A or []<>A."), and so
// is it here. A counterexample is a fair behaviour satisfying one disjunct.

// lform is a formula in negation normal form.
type lform struct {
	op   lop
	val  bool           // lTrue/lFalse
	atom *eval.LiveExpr // lAtom: a formula without temporal operators
	neg  bool           // lAtom: negated
	kids []*lform
}

type lop int

const (
	lConst lop = iota
	lAtom
	lAnd
	lOr
	lAlways
	lEventually
)

func (f *lform) hasAction() bool {
	if f.op == lAtom {
		return f.atom.HasAction()
	}
	for _, k := range f.kids {
		if k.hasAction() {
			return true
		}
	}
	return false
}

// nnf pushes the negation (neg) of x down to the atoms and folds
// constants, <><> and [][].
func nnf(x *eval.LiveExpr, neg bool) *lform {
	if !x.Temporal() {
		if x.Op == eval.LiveBool {
			return &lform{op: lConst, val: x.Value != neg}
		}
		return &lform{op: lAtom, atom: x, neg: neg}
	}
	switch x.Op {
	case eval.LiveNot:
		return nnf(x.Kids[0], !neg)
	case eval.LiveAnd, eval.LiveOr:
		and := (x.Op == eval.LiveAnd) != neg
		var kids []*lform
		for _, k := range x.Kids {
			f := nnf(k, neg)
			if f.op == lConst {
				if f.val != and {
					return f // FALSE in a conjunction, TRUE in a disjunction
				}
				continue
			}
			if (and && f.op == lAnd) || (!and && f.op == lOr) {
				kids = append(kids, f.kids...)
				continue
			}
			kids = append(kids, f)
		}
		switch len(kids) {
		case 0:
			return &lform{op: lConst, val: and}
		case 1:
			return kids[0]
		}
		if and {
			return &lform{op: lAnd, kids: kids}
		}
		return &lform{op: lOr, kids: kids}
	case eval.LiveAlways, eval.LiveEventually:
		always := (x.Op == eval.LiveAlways) != neg
		f := nnf(x.Kids[0], neg)
		op := lEventually
		if always {
			op = lAlways
		}
		// [][]P is []P, <><>P is <>P (TLC's LNAll/LNEven simplify), but
		// []TRUE and <>FALSE stay temporal nodes: TLC folds a constant
		// inside /\, \/ and ~ only, so they still make a branch.
		if f.op == op {
			return f
		}
		return &lform{op: op, kids: []*lform{f}}
	}
	panic(fmt.Sprintf("model: temporal formula operator %d", x.Op))
}

// maxDisjuncts bounds the disjunctive normal form of one property part.
const maxDisjuncts = 1 << 12

// dnf lists the disjuncts of f, each a list of conjuncts, distributing /\
// over \/ outside temporal operators only.
func dnf(f *lform) ([][]*lform, error) {
	switch f.op {
	case lConst:
		if f.val {
			return [][]*lform{nil}, nil
		}
		return nil, nil
	case lOr:
		var out [][]*lform
		for _, k := range f.kids {
			d, err := dnf(k)
			if err != nil {
				return nil, err
			}
			out = append(out, d...)
			if len(out) > maxDisjuncts {
				return nil, errDNF
			}
		}
		return out, nil
	case lAnd:
		out := [][]*lform{nil}
		for _, k := range f.kids {
			d, err := dnf(k)
			if err != nil {
				return nil, err
			}
			if len(out)*len(d) > maxDisjuncts {
				return nil, errDNF
			}
			var next [][]*lform
			for _, a := range out {
				for _, b := range d {
					next = append(next, append(append([]*lform(nil), a...), b...))
				}
			}
			out = next
		}
		return out, nil
	}
	return [][]*lform{{f}}, nil
}

var errDNF = fmt.Errorf("its negation has more than %d disjuncts in disjunctive normal form", maxDisjuncts)

// errActionForm is TLC's reason for refusing an action elsewhere than in
// <>[]A or []<>A (EC.TLC_LIVE_WRONG_FORMULA_FORMAT).
var errActionForm = fmt.Errorf("Temporal formulas containing actions must be of forms <>[]A or []<>A.")

// disjunct is one disjunct of the normal form, classified.
type disjunct struct {
	ea      []atomRef // <>[]A: every step of the cycle satisfies A
	aeState []atomRef // []<>P: some state of the cycle satisfies P
	aeAct   []atomRef // []<>A: some step of the cycle satisfies A
	tab     *tableau  // nil: no tableau (the behaviour graph alone)
	// boxPromise: a promise <>F of the tableau has a [] in F (stutterhint.go)
	boxPromise bool
	tf         []*lform // the formulas tab is built from (TLC's tableau formula)
}

// atomRef is an atom, possibly negated, with its bits: a state bit for a
// state predicate; for an action, an edge bit and the state bit of the
// action on the stuttering step s -> s.
type atomRef struct {
	neg             bool
	action          bool
	bit, stutterBit int
}

// classify sorts the conjuncts of one disjunct; atom registers an atom and
// returns its bits. ok is false for an unsatisfiable disjunct.
func classify(conj []*lform, atom func(*eval.LiveExpr, bool) atomRef) (*disjunct, error) {
	d := &disjunct{}
	var tf []*lform
	for _, f := range conj {
		if f.op == lEventually && f.kids[0].op == lAlways && isLeaf(f.kids[0].kids[0]) {
			a := leafAtom(f.kids[0].kids[0])
			d.ea = append(d.ea, atom(a.atom, a.neg))
			continue
		}
		if f.op == lAlways && f.kids[0].op == lEventually && isLeaf(f.kids[0].kids[0]) {
			a := leafAtom(f.kids[0].kids[0])
			r := atom(a.atom, a.neg)
			if r.action {
				d.aeAct = append(d.aeAct, r)
			} else {
				d.aeState = append(d.aeState, r)
			}
			continue
		}
		if f.hasAction() {
			return nil, errActionForm
		}
		tf = append(tf, f)
	}
	if len(tf) > 0 {
		// The automaton is built from the formulas with []TRUE, <>FALSE
		// and the like folded (the same behaviours, and the lassos found
		// are then those TLC prints); tf, TLC's tableau formula, keeps them.
		folded := make([]*lform, len(tf))
		for i, f := range tf {
			folded[i] = foldTemporal(f)
		}
		d.tab, d.tf = newTableau(folded, atom), tf
		d.boxPromise = boxInPromise(tf)
	}
	return d, nil
}

// isLeaf reports whether f has no temporal operator: an atom or a
// constant (TLC's classifyExpr takes <>[]TRUE as it takes <>[]P).
func isLeaf(f *lform) bool { return f.op == lAtom || f.op == lConst }

// leafAtom is the atom of a leaf; a constant's is a LiveBool atom.
func leafAtom(f *lform) *lform {
	if f.op == lConst {
		return &lform{op: lAtom, atom: constAtom(f.val)}
	}
	return f
}

// constAtoms are the two constant atoms, shared so that each is
// registered once.
var constAtoms = [2]*eval.LiveExpr{{Op: eval.LiveBool, Value: false}, {Op: eval.LiveBool, Value: true}}

func constAtom(v bool) *eval.LiveExpr {
	if v {
		return constAtoms[1]
	}
	return constAtoms[0]
}

// foldTemporal returns f with its constants folded through [] and <> as
// well as /\ and \/ ([]TRUE is TRUE): what the automaton is built from.
func foldTemporal(f *lform) *lform {
	switch f.op {
	case lAlways, lEventually:
		k := foldTemporal(f.kids[0])
		if k.op == lConst || k.op == f.op {
			return k
		}
		return &lform{op: f.op, kids: []*lform{k}}
	case lAnd, lOr:
		and := f.op == lAnd
		var kids []*lform
		for _, k := range f.kids {
			k = foldTemporal(k)
			if k.op == lConst {
				if k.val != and {
					return k
				}
				continue
			}
			kids = append(kids, k)
		}
		switch len(kids) {
		case 0:
			return &lform{op: lConst, val: and}
		case 1:
			return kids[0]
		}
		return &lform{op: f.op, kids: kids}
	}
	return f
}

// ---- the tableau

// tableau is a generalized Büchi automaton over the states of a behaviour:
// node q accepts the suffix from position i when state i satisfies q's
// literals and the suffix from i+1 is accepted by a successor of q, and
// the run visits every acceptance set infinitely often.
type tableau struct {
	lits [][]atomRef // each node's literals
	succ [][]int32   // each node's successors
	init []bool      // initial nodes
	acc  [][]bool    // acc[j][q]: node q is in acceptance set j
}

// tform is an interned formula of the tableau construction.
type tform struct {
	op   lop
	lit  atomRef
	atom *eval.LiveExpr
	kids []int
}

type tabBuilder struct {
	forms []tform
	ids   map[string]int
	nodes []*gpvwNode
}

type gpvwNode struct {
	id        int
	incoming  []int // -1: initial
	old, next map[int]bool
	todo      []int
}

func (tb *tabBuilder) intern(f *lform, atom func(*eval.LiveExpr, bool) atomRef) int {
	t := tform{op: f.op}
	var key strings.Builder
	fmt.Fprintf(&key, "%d", f.op)
	switch f.op {
	case lConst:
		fmt.Fprintf(&key, ":%v", f.val)
		if !f.val {
			t.op = lOr // FALSE: an empty disjunction
		} else {
			t.op = lAnd // TRUE: an empty conjunction
		}
	case lAtom:
		t.lit, t.atom = atom(f.atom, f.neg), f.atom
		fmt.Fprintf(&key, ":%p:%v", f.atom, f.neg)
	default:
		for _, k := range f.kids {
			id := tb.intern(k, atom)
			t.kids = append(t.kids, id)
			fmt.Fprintf(&key, ":%d", id)
		}
	}
	if id, ok := tb.ids[key.String()]; ok {
		return id
	}
	tb.forms = append(tb.forms, t)
	tb.ids[key.String()] = len(tb.forms) - 1
	return len(tb.forms) - 1
}

// newTableau builds the automaton of the conjunction of fs.
func newTableau(fs []*lform, atom func(*eval.LiveExpr, bool) atomRef) *tableau {
	tb := &tabBuilder{ids: map[string]int{}}
	var root []int
	for _, f := range fs {
		root = append(root, tb.intern(f, atom))
	}
	tb.expand(&gpvwNode{incoming: []int{-1}, old: map[int]bool{}, next: map[int]bool{}, todo: root})
	t := &tableau{lits: make([][]atomRef, len(tb.nodes)), succ: make([][]int32, len(tb.nodes)), init: make([]bool, len(tb.nodes))}
	for _, n := range tb.nodes {
		for _, in := range n.incoming {
			if in < 0 {
				t.init[n.id] = true
			} else {
				t.succ[in] = append(t.succ[in], int32(n.id))
			}
		}
		for f := range n.old {
			if tb.forms[f].op == lAtom {
				t.lits[n.id] = append(t.lits[n.id], tb.forms[f].lit)
			}
		}
	}
	// One acceptance set per <>g: the nodes that do not promise <>g or
	// fulfil it here.
	for f, tf := range tb.forms {
		if tf.op != lEventually {
			continue
		}
		set := make([]bool, len(tb.nodes))
		for _, n := range tb.nodes {
			set[n.id] = !n.old[f] || n.old[tf.kids[0]]
		}
		t.acc = append(t.acc, set)
	}
	return t
}

func copySet(m map[int]bool) map[int]bool {
	out := make(map[int]bool, len(m))
	for k := range m {
		out[k] = true
	}
	return out
}

func sameSet(a, b map[int]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

// expand is the GPVW node expansion.
func (tb *tabBuilder) expand(n *gpvwNode) {
	for len(n.todo) > 0 {
		f := n.todo[len(n.todo)-1]
		n.todo = n.todo[:len(n.todo)-1]
		if n.old[f] {
			continue
		}
		tf := tb.forms[f]
		switch tf.op {
		case lAtom:
			for g := range n.old {
				if og := tb.forms[g]; og.op == lAtom && og.atom == tf.atom && og.lit.neg != tf.lit.neg {
					return // contradiction
				}
			}
			n.old[f] = true
		case lAnd:
			n.old[f] = true
			n.todo = append(n.todo, tf.kids...)
		case lOr:
			n.old[f] = true
			if len(tf.kids) == 0 {
				return // FALSE
			}
			for _, k := range tf.kids[1:] {
				m := &gpvwNode{incoming: append([]int(nil), n.incoming...), old: copySet(n.old), next: copySet(n.next),
					todo: append(append([]int(nil), n.todo...), k)}
				tb.expand(m)
			}
			n.todo = append(n.todo, tf.kids[0])
		case lEventually:
			// <>g: g now, or <>g from the next state on.
			n.old[f] = true
			m := &gpvwNode{incoming: append([]int(nil), n.incoming...), old: copySet(n.old), next: copySet(n.next),
				todo: append([]int(nil), n.todo...)}
			m.next[f] = true
			tb.expand(m)
			n.todo = append(n.todo, tf.kids[0])
		case lAlways:
			n.old[f] = true
			n.next[f] = true
			n.todo = append(n.todo, tf.kids[0])
		}
	}
	for _, m := range tb.nodes {
		if sameSet(m.old, n.old) && sameSet(m.next, n.next) {
			m.incoming = append(m.incoming, n.incoming...)
			return
		}
	}
	n.id = len(tb.nodes)
	tb.nodes = append(tb.nodes, n)
	next := make([]int, 0, len(n.next))
	for f := range n.next {
		next = append(next, f)
	}
	sort.Ints(next)
	tb.expand(&gpvwNode{incoming: []int{n.id}, old: map[int]bool{}, next: map[int]bool{}, todo: next})
}
