package model

import (
	"sync"

	"github.com/wspcycle/wspcycle/tla/token"
)

// A temporal property whose negation can be fulfilled by a finite prefix
// ([](x = 0) \/ [](x = 1): its negation <>(x # 0) /\ <>(x # 1) holds of
// any behaviour once both states were seen) is violated, for TLC, as a
// safety property is: during the search, not after it. TLC builds the
// product of its tableau with the state graph while it searches
// (livereexpand.go says how), and when it meets, after a state s was
// expanded, a node <s, t> one of whose tableau successors consistent with
// s is accepting (an empty particle whose only successor is itself:
// nothing is left to fulfil, TBGraphNode.isAccepting) in a branch with a
// disjunct without fairness or []<>/<>[] conditions (hasEmptyPEM), it
// stops the search there (the private addNextState of
// LiveCheck.TableauLiveChecker, TLC rev cc6b616): it prints "Temporal
// property P was violated." and the counterexample, the shortest path of
// its product graph to <s, t> with the finite stuttering dropped, ends
// with the counts of that moment, and exits 12, as for an invariant.
//
// liveSafety follows that construction on the states the search expands,
// in its order, over the state predicates' bits the search computes
// anyway. One worker calls it as it expands each state. More workers
// expand a level's chunks at once; the detector then sees the states in
// the one worker's order all the same, each chunk's once the chunks before
// it were (deferred, livesafetyseq.go), so that the verdict, the trace and
// the counts are those of one worker whatever the timing. (TLC's own
// workers call it as they finish each state, under a lock: which node of
// its product graph it meets first then depends on the timing, and so do
// its counterexample and even its verdict on some specs.)
type liveSafety struct {
	ls       *liveSpec
	branches []*lsBranch
	// deferred: the workers record what they expanded and an lsSeq feeds
	// it here in order; bits is then written by the workers as they find
	// states, under bitsMu.
	deferred bool
	// actual: with a VIEW or a SYMMETRY a fingerprint stands for many
	// states, and TLC judges a product node by the state the step
	// actually reached (livesafetyact.go); c evaluates those.
	actual bool
	c      *checker
	bitsMu sync.Mutex
	bits   map[uint64]uint64   // the states' predicate bits
	succ   map[uint64][]uint64 // the successors of the expanded states
	done   map[uint64]bool
}

// lsBranch is one of TLC's branches with a tableau that may stop the
// search.
type lsBranch struct {
	tab   *tbGraph
	rec   map[uint64][]int // the tableau nodes of each state's product nodes
	edges map[lsNode][]lsNode
	inits []lsNode
	err   *lsNode // the node whose tableau successor is accepting
}

type lsNode struct {
	fp uint64
	t  int
}

// newLiveSafety returns the detector for c, nil when no branch can stop
// the search. A search resumed from a checkpoint restores it from the
// checkpoint's (livesafetycp.go); one whose checkpoint has none, or one
// that does not match, has no detector: the properties are then checked
// after the search, as any temporal property.
func newLiveSafety(c *checker) *liveSafety {
	if c.live == nil {
		return nil
	}
	d := c.newLiveSafety()
	if d == nil || c.disk == nil || c.disk.resume == nil {
		return d
	}
	if c.disk.lsImg == nil || d.restore(c.disk.lsImg) != nil {
		return nil
	}
	c.disk.lsImg = nil
	return d
}

// newLiveSafety returns a detector for c with an empty product graph.
func (c *checker) newLiveSafety() *liveSafety {
	terms := newTBTerms()
	pems, _, _, ok := c.live.tlcPems(c.sp, terms)
	if !ok {
		return nil
	}
	empty := map[int]bool{}
	for _, p := range pems {
		if p.tf >= 0 && len(p.aeAct) == 0 && len(p.aeState) == 0 && len(p.ea) == 0 {
			empty[p.tf] = true
		}
	}
	d := &liveSafety{ls: c.live, deferred: c.searchWorkers() > 1, actual: c.sp.View != nil || c.sp.Symmetry != nil, c: c, bits: map[uint64]uint64{}, succ: map[uint64][]uint64{}, done: map[uint64]bool{}}
	seen := map[int]bool{}
	for _, p := range pems {
		if p.tf < 0 || seen[p.tf] || !empty[p.tf] {
			continue
		}
		seen[p.tf] = true
		tab := terms.newTBGraph(p.tf)
		if !tab.hasAccepting() {
			continue
		}
		d.branches = append(d.branches, &lsBranch{tab: tab, rec: map[uint64][]int{}, edges: map[lsNode][]lsNode{}})
	}
	if len(d.branches) == 0 {
		return nil
	}
	return d
}

// hasAccepting reports whether a node of g is accepting.
func (g *tbGraph) hasAccepting() bool {
	for t := range g.nodes {
		if g.accepting(t) {
			return true
		}
	}
	return false
}

// accepting is TBGraphNode.isAccepting: an empty particle whose only
// successor is itself.
func (g *tbGraph) accepting(t int) bool {
	n := g.nodes[t]
	return n.empty && len(n.next) == 1 && n.next[0] == t
}

// cons reports whether the tableau node t is consistent with the state
// fp (TBGraphNode.isConsistent), by the state's predicate bits (none when
// they are not known: a state whose bits could not be computed).
func (d *liveSafety) cons(tab *tbGraph, t int, fp uint64) bool {
	b, ok := d.stateBits(fp)
	has := func(a int) bool { return d.ls.stateHas(b, a) }
	switch {
	case !ok:
		// With more than 64 predicates, 0 would be the first vector
		// interned, another state's.
		has = func(int) bool { return false }
	case d.deferred && d.ls.wide:
		// The workers intern new vectors meanwhile.
		d.ls.nodePats.mu.Lock()
		v := d.ls.nodePats.pats[b]
		d.ls.nodePats.mu.Unlock()
		has = func(a int) bool { return hasBit(v, a) }
	}
	return tab.nodes[t].consistent(has)
}

// stateBits is the predicate bits of the state fp, and whether they are
// known.
func (d *liveSafety) stateBits(fp uint64) (uint64, bool) {
	if !d.deferred {
		b, ok := d.bits[fp]
		return b, ok
	}
	d.bitsMu.Lock()
	b, ok := d.bits[fp]
	d.bitsMu.Unlock()
	return b, ok
}

func (br *lsBranch) record(n lsNode) bool {
	for _, t := range br.rec[n.fp] {
		if t == n.t {
			return false
		}
	}
	br.rec[n.fp] = append(br.rec[n.fp], n.t)
	return true
}

// state notes the predicate bits of a new state (fingerprint fp), and
// records the product nodes of an initial one.
func (d *liveSafety) state(fp, bits uint64, initial bool) {
	if d.deferred {
		d.bitsMu.Lock()
		d.bits[fp] = bits
		d.bitsMu.Unlock()
	} else {
		d.bits[fp] = bits
	}
	if !initial {
		return
	}
	for _, br := range d.branches {
		for t := 0; t < br.tab.initCnt; t++ {
			if d.cons(br.tab, t, fp) {
				n := lsNode{fp, t}
				if br.record(n) {
					br.inits = append(br.inits, n)
				}
			}
		}
	}
}

// expanded follows TLC's addNextState for the state fp0 expanded, whose
// distinct successors in the model are succ (fp0 itself, the stuttering
// step, is added when not among them); it returns the trace's
// fingerprints when TLC stops the search there.
func (d *liveSafety) expanded(fp0 uint64, succ []uint64, act *lsActual) []uint64 {
	if !d.deferred {
		// succ is the worker's buffer, which the next state reuses
		// (deferred: a copy already, the event's).
		succ = append([]uint64(nil), succ...)
	}
	d.done[fp0] = true
	d.succ[fp0] = succ
	all := succ
	if !containsFP(succ, fp0) {
		all = append(append([]uint64(nil), succ...), fp0)
	}
	for _, br := range d.branches {
		for _, t0 := range append([]int(nil), br.rec[fp0]...) {
			from := lsNode{fp0, t0}
			for i, s1 := range all {
				for _, t1 := range br.tab.nodes[t0].next {
					if act != nil && i < len(succ) {
						if !d.consBits(br.tab, t1, act.bits[i], act.known[i]) {
							continue
						}
					} else if !d.cons(br.tab, t1, s1) {
						continue
					}
					to := lsNode{s1, t1}
					br.edges[from] = append(br.edges[from], to)
					if br.record(to) && d.done[s1] {
						if act == nil {
							d.again(br, to)
						} else if i < len(succ) {
							d.againAt(br, to, act.states[i], act.level)
						} else {
							d.againAt(br, to, act.s0, act.level)
						}
					}
				}
			}
		}
		if br.err != nil {
			return br.path(*br.err)
		}
	}
	return nil
}

// again is TLC's private addNextState: the node n met after its state was
// expanded, linked to its tableau successors on the stuttering step first
// (where an accepting one stops the search), then on each successor.
func (d *liveSafety) again(br *lsBranch, n lsNode) {
	next := br.tab.nodes[n.t].next
	if br.stutter(n, func(t1 int) bool { return d.cons(br.tab, t1, n.fp) }, func(to lsNode) { d.again(br, to) }) {
		return
	}
	for _, s1 := range d.succ[n.fp] {
		for _, t1 := range next {
			if !d.cons(br.tab, t1, s1) {
				continue
			}
			to := lsNode{s1, t1}
			br.edges[n] = append(br.edges[n], to)
			if br.record(to) && d.done[s1] {
				d.again(br, to)
			}
		}
	}
}

// path is TLC's getPath: a shortest path of the product graph from an
// initial node to n, as the fingerprints of its states, finite stuttering
// dropped.
// stutter links the node n, met after its state was expanded, to its
// tableau successors on the stuttering step (those consistent with n's
// state), passing each node new to the branch to again; an accepting one
// stops the search (stopped).
func (br *lsBranch) stutter(n lsNode, consistent func(t1 int) bool, again func(lsNode)) (stopped bool) {
	for _, t1 := range br.tab.nodes[n.t].next {
		if !consistent(t1) {
			continue
		}
		if br.tab.accepting(t1) && br.err == nil {
			e := n
			br.err = &e
			return true
		}
		to := lsNode{n.fp, t1}
		br.edges[n] = append(br.edges[n], to)
		if br.record(to) {
			again(to)
		}
	}
	return false
}

func (br *lsBranch) path(n lsNode) []uint64 {
	parent := map[lsNode]lsNode{}
	seen := map[lsNode]bool{}
	queue := append([]lsNode(nil), br.inits...)
	for _, v := range queue {
		seen[v] = true
	}
	found := false
	for i := 0; i < len(queue) && !found; i++ {
		v := queue[i]
		if v == n {
			found = true
			break
		}
		for _, w := range br.edges[v] {
			if !seen[w] {
				seen[w], parent[w] = true, v
				queue = append(queue, w)
			}
		}
	}
	if !seen[n] {
		return nil
	}
	var rev []uint64
	for v := n; ; {
		if len(rev) == 0 || rev[len(rev)-1] != v.fp {
			rev = append(rev, v.fp)
		}
		p, ok := parent[v]
		if !ok {
			break
		}
		v = p
	}
	out := make([]uint64, len(rev))
	for i, fp := range rev {
		out[len(rev)-1-i] = fp
	}
	return out
}

func containsFP(fps []uint64, fp uint64) bool {
	for _, f := range fps {
		if f == fp {
			return true
		}
	}
	return false
}

// alsoLive follows TLC's addNextState for the state sfp whose expansion
// ended in the violation v (a deadlock, an invariant or an action
// property violated by a successor): TLC adds the state and the
// successors generated until then to its behaviour graph all the same,
// and reports a temporal property violated there after v.
//
// pos is the state's index in its level.
func (w *worker) alsoLive(v *violation, sfp uint64, pos int64) {
	c := w.c
	if c.lsafe == nil || v.liveSafety {
		return
	}
	switch v.result {
	case ResultDeadlock, ResultInvariant, ResultActionProperty:
	default:
		return
	}
	if v.result != ResultDeadlock && v.expanding {
		return
	}
	if c.lsafe.deferred {
		w.lsRecord(w.out, pos, sfp, v)
		return
	}
	v.alsoLive = c.lsafe.expanded(sfp, w.lsSucc, w.lsActFor())
}

// prefixViolated names the properties the finite trace tr violates, its
// last state stuttering forever: TLC's post-hoc attribution
// (Liveness.findViolatedProperties), listed all when there are several.
//
// With a VIEW or a SYMMETRY, the trace's states are those the search
// kept, which may violate none of the properties where the states the
// steps actually reached did (livesafetyact.go): TLC then names none,
// "Temporal properties were violated." (none; first is then the first
// property, for the reports that name one).
func (c *checker) prefixViolated(tr []TraceState) (first string, all []string, none bool) {
	names := c.violatedBy(tr, len(tr))
	if len(names) == 0 {
		none = true
		for _, p := range c.live.parts {
			names = append(names, c.sp.Properties[p.prop].Name)
			break
		}
	}
	if len(names) == 0 {
		return "", nil, none
	}
	if len(names) > 1 {
		all = names
	}
	return names[0], all, none
}

// propertyPos is the position of the PROPERTY named name.
func (c *checker) propertyPos(name string) token.Pos {
	for _, p := range c.sp.Properties {
		if p.Name == name {
			return p.Pos
		}
	}
	return token.Pos{}
}

// thenTemporal rebuilds the trace fps of the temporal property TLC finds
// violated after rep's verdict (Report.ThenTemporal).
func (c *checker) thenTemporal(rep *Report, fps []uint64) {
	undo := c.muted()
	tr, err := c.replay(fps, nil)
	undo()
	if err != nil {
		rep.Warnings = append(rep.Warnings, err.Error())
		return
	}
	MarkChanged(tr)
	first, all, _ := c.prefixViolated(tr)
	rep.ThenTemporal = &TemporalPrefix{Property: first, Violated: all, Trace: tr}
}

// shortestTo is a shortest trace to the state fp, nil (with a warning in
// rep) when it cannot be rebuilt.
func (c *checker) shortestTo(rep *Report, fp uint64) []TraceState {
	fps, err := c.chain(fp)
	var tr []TraceState
	if err == nil {
		undo := c.muted()
		tr, err = c.replay(fps, nil)
		undo()
	}
	if err != nil {
		rep.Warnings = append(rep.Warnings, err.Error())
		return nil
	}
	MarkChanged(tr)
	return tr
}
