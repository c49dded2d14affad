package model

import (
	"sort"
	"strconv"
	"strings"
)

// TLC checks a temporal property with a tableau of its own making, Manna
// and Pnueli's particle tableau (tlc2.tool.liveness.TBPar, TBGraph,
// TBGraphNode), not the automaton the checker here builds (tableau.go).
// The verdicts agree, but what TLC evaluates while it builds the product
// of that tableau with the state graph depends on its nodes: livereexpand.go
// follows that construction to make the evaluations TLC makes there. This
// file builds TLC's tableau graph, as TLC builds it, over formulas whose
// atoms are state bits of the liveSpec.

// tbOp is the operator of a tableau term: TLC's LiveExprNode classes.
type tbOp uint8

const (
	tbBool tbOp = iota // LNBool: a is 1 for TRUE
	tbAtom             // LNState (neg: LNNeg of it): a is the state bit
	tbAnd              // LNConj, made binary: a /\ b
	tbOr               // LNDisj, made binary: a \/ b
	tbAll              // LNAll: []a
	tbEven             // LNEven: <>a
	tbNext             // LNNext: ()a
)

type tbKey struct {
	op   tbOp
	a, b int
	neg  bool
}

// tbTerms interns terms: two terms are TLC-equal (LiveExprNode.equals,
// state predicates by their tag, i.e. their occurrence, here their bit)
// when their ids are.
type tbTerms struct {
	ids  map[tbKey]int
	keys []tbKey
}

func newTBTerms() *tbTerms { return &tbTerms{ids: map[tbKey]int{}} }

func (t *tbTerms) mk(k tbKey) int {
	if id, ok := t.ids[k]; ok {
		return id
	}
	t.ids[k] = len(t.keys)
	t.keys = append(t.keys, k)
	return len(t.keys) - 1
}

// fromLform converts a formula of the normal form (no action: TLC refuses
// those in a tableau) to a term; bit gives an atom's state bit. Junctions
// are made binary, balanced, as TLC's makeBinary does.
func (t *tbTerms) fromLform(f *lform, bit func(*lform) int) int {
	switch f.op {
	case lConst:
		a := 0
		if f.val {
			a = 1
		}
		return t.mk(tbKey{op: tbBool, a: a})
	case lAtom:
		return t.mk(tbKey{op: tbAtom, a: bit(f), neg: f.neg})
	case lAnd, lOr:
		op := tbAnd
		if f.op == lOr {
			op = tbOr
		}
		ids := make([]int, len(f.kids))
		for i, k := range f.kids {
			ids[i] = t.fromLform(k, bit)
		}
		return t.junction(op, ids)
	case lAlways:
		return t.mk(tbKey{op: tbAll, a: t.fromLform(f.kids[0], bit)})
	case lEventually:
		return t.mk(tbKey{op: tbEven, a: t.fromLform(f.kids[0], bit)})
	}
	panic("model: unknown formula in a tableau")
}

// junction is a /\ or \/ of ids, its halves made binary in turn (TLC's
// makeBinary: /\ a /\ b /\ c /\ d is (a /\ b) /\ (c /\ d)); one id is
// itself.
func (t *tbTerms) junction(op tbOp, ids []int) int {
	if len(ids) == 1 {
		return ids[0]
	}
	mid := len(ids) / 2
	return t.mk(tbKey{op: op, a: t.junction(op, ids[:mid]), b: t.junction(op, ids[mid:])})
}

func (t *tbTerms) next(id int) int { return t.mk(tbKey{op: tbNext, a: id}) }

// tbPar is a particle: a list of terms (TBPar).
type tbPar []int

func (p tbPar) member(id int) bool {
	for _, x := range p {
		if x == id {
			return true
		}
	}
	return false
}

func (p tbPar) append(ids ...int) tbPar {
	return append(append(tbPar(nil), p...), ids...)
}

// key is the particle as a set (TBPar.equals: each contains the other).
func (p tbPar) key() string {
	ids := append([]int(nil), p...)
	sort.Ints(ids)
	var b strings.Builder
	for i, x := range ids {
		if i > 0 && ids[i-1] == x {
			continue
		}
		b.WriteString(strconv.Itoa(x))
		b.WriteByte(',')
	}
	return b.String()
}

type tbTriple struct{ a, b, c int }

// closure is TBPar.particleClosure: every particle containing terms.
func (t *tbTerms) closure(terms tbPar) []tbPar {
	pc := t.positiveClosure(terms)
	var alphas, betas []tbTriple
	for _, id := range pc {
		k := t.keys[id]
		switch k.op {
		case tbAll:
			alphas = append(alphas, tbTriple{id, k.a, t.next(id)})
		case tbAnd:
			alphas = append(alphas, tbTriple{id, k.a, k.b})
		case tbEven:
			betas = append(betas, tbTriple{id, k.a, t.next(id)})
		case tbOr:
			betas = append(betas, tbTriple{id, k.a, k.b})
		}
	}
	return t.particles(terms, alphas, betas)
}

func (t *tbTerms) positiveClosure(terms tbPar) tbPar {
	tps := append(tbPar(nil), terms...)
	var res tbPar
	for len(tps) > 0 {
		id := tps[len(tps)-1]
		tps = tps[:len(tps)-1]
		k := t.keys[id]
		switch k.op {
		case tbNext:
			res = append(res, id)
			tps = append(tps, k.a)
		case tbEven, tbAll:
			res = append(res, id, t.next(id))
			tps = append(tps, k.a)
		case tbAnd, tbOr:
			tps = append(tps, k.a, k.b)
			res = append(res, id)
		case tbAtom:
			// LNNeg's body is positive: TLC keeps the state predicate.
			res = append(res, t.mk(tbKey{op: tbAtom, a: k.a}))
		default:
			res = append(res, id)
		}
	}
	return res
}

// consistent is TBPar.isLocallyConsistent: no state predicate both
// asserted and negated.
func (t *tbTerms) consistent(p tbPar) bool {
	pos, neg := map[int]bool{}, map[int]bool{}
	for _, id := range p {
		k := t.keys[id]
		if k.op != tbAtom {
			if k.op == tbBool {
				pos[id] = true
			}
			continue
		}
		if k.neg {
			neg[t.mk(tbKey{op: tbAtom, a: k.a})] = true
		} else {
			pos[id] = true
		}
	}
	for id := range pos {
		if neg[id] {
			return false
		}
	}
	return true
}

func (t *tbTerms) particles(terms tbPar, alphas, betas []tbTriple) []tbPar {
	if !t.consistent(terms) {
		return nil
	}
	terms1 := terms
	grown := false
	for i := 0; i < len(terms1); i++ {
		k := t.keys[terms1[i]]
		var k1, k2 int
		switch k.op {
		case tbAll:
			k1, k2 = k.a, t.next(terms1[i])
		case tbAnd:
			k1, k2 = k.a, k.b
		default:
			continue
		}
		switch {
		case terms1.member(k1):
			if !terms1.member(k2) {
				terms1, grown = terms1.append(k2), true
			}
		case terms1.member(k2):
			terms1, grown = terms1.append(k1), true
		default:
			terms1, grown = terms1.append(k1, k2), true
		}
	}
	if !grown {
		// TLC adds the inverse expansions below to terms itself then, and
		// so does not check the result's consistency.
		terms1 = append(tbPar(nil), terms...)
	}
	for done := false; !done; {
		done = true
		for _, a := range alphas {
			if terms1.member(a.b) && terms1.member(a.c) && !terms1.member(a.a) {
				terms1 = append(terms1, a.a)
				done = false
			}
		}
	}
	if grown && !t.consistent(terms1) {
		return nil
	}
	return t.particlesBeta(terms1, alphas, betas)
}

func (t *tbTerms) particlesBeta(terms tbPar, alphas, betas []tbTriple) []tbPar {
	for _, id := range terms {
		k := t.keys[id]
		var k1, k2 int
		switch k.op {
		case tbEven:
			k1, k2 = k.a, t.next(id)
		case tbOr:
			k1, k2 = k.a, k.b
		default:
			continue
		}
		if !terms.member(k1) && !terms.member(k2) {
			return parUnion(t.particles(terms.append(k1), alphas, betas), t.particles(terms.append(k2), alphas, betas))
		}
	}
	for _, b := range betas {
		if (terms.member(b.b) || terms.member(b.c)) && !terms.member(b.a) {
			return t.particles(terms.append(b.a), alphas, betas)
		}
	}
	return []tbPar{terms}
}

// parUnion is TBParVec.union: a's particles not in b, then b's.
func parUnion(a, b []tbPar) []tbPar {
	in := map[string]bool{}
	for _, p := range b {
		in[p.key()] = true
	}
	var res []tbPar
	for _, p := range a {
		if !in[p.key()] {
			res = append(res, p)
		}
	}
	return append(res, b...)
}

// tbNode is a node of TLC's tableau graph.
type tbNode struct {
	preds []tbKey // its state predicates (bools and atoms)
	next  []int
	empty bool // its particle is empty (livesafety.go)
}

// consistent is TBGraphNode.isConsistent on a state where atom(a) is the
// value of state predicate a: every boolean of the node is TRUE and every
// atom has the sign the node asks.
func (n *tbNode) consistent(atom func(a int) bool) bool {
	for _, p := range n.preds {
		switch p.op {
		case tbBool:
			if p.a != 1 {
				return false
			}
		case tbAtom:
			if atom(p.a) == p.neg {
				return false
			}
		}
	}
	return true
}

// tbGraph is TBGraph: nodes[:initCnt] are the initial nodes.
type tbGraph struct {
	nodes   []tbNode
	initCnt int
	// pars[i] is node i's particle and terms its terms: what LiveCheck1
	// asks of a node (TBPar.isFulfilling, livecheck1.go).
	pars  []tbPar
	terms *tbTerms
}

// newTBGraph builds TLC's tableau graph of the term tf.
func (t *tbTerms) newTBGraph(tf int) *tbGraph {
	g := &tbGraph{terms: t}
	index := map[string]int{}
	add := func(p tbPar) int {
		g.pars = append(g.pars, p)
		var preds []tbKey
		for _, id := range p {
			if k := t.keys[id]; k.op == tbBool || k.op == tbAtom {
				preds = append(preds, k)
			}
		}
		g.nodes = append(g.nodes, tbNode{preds: preds, empty: len(p) == 0})
		return len(g.nodes) - 1
	}
	for _, p := range t.closure(tbPar{tf}) {
		i := add(p)
		if _, ok := index[p.key()]; !ok {
			index[p.key()] = i
		}
	}
	g.initCnt = len(g.nodes)
	for i := 0; i < len(g.nodes); i++ {
		var imps tbPar
		for _, id := range g.pars[i] {
			if k := t.keys[id]; k.op == tbNext {
				imps = append(imps, k.a)
			}
		}
		for _, p := range t.closure(imps) {
			j, ok := index[p.key()]
			if !ok {
				j = add(p)
				index[p.key()] = j
			}
			g.nodes[i].next = append(g.nodes[i].next, j)
		}
	}
	return g
}

// promises are the <>F terms of the term tf, each once (TLC's promises of
// a tableau formula).
func (t *tbTerms) promises(tf int) []int {
	var out []int
	seen := map[int]bool{}
	var walk func(id int)
	walk = func(id int) {
		if seen[id] {
			return
		}
		seen[id] = true
		k := t.keys[id]
		switch k.op {
		case tbBool, tbAtom:
			return
		case tbEven:
			out = append(out, id)
		}
		walk(k.a)
		if k.op == tbAnd || k.op == tbOr {
			walk(k.b)
		}
	}
	walk(tf)
	return out
}

// fulfilling is TBPar.isFulfilling: node i's particle does not hold the
// promise <>F, or holds F.
func (g *tbGraph) fulfilling(i, promise int) bool {
	p := g.pars[i]
	return !p.member(promise) || p.member(g.terms.keys[promise].a)
}
