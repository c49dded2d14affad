package model

import (
	"bytes"
	"slices"

	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/value"
)

// While it searches, TLC evaluates what its liveness checking needs of
// each state, and what those evaluations print (Print, PrintT) it prints
// between the search's own lines. Its liveness problem is fairness /\
// ~property in disjunctive normal form, its disjuncts grouped by their
// tableau formula into branches (Liveness.processLiveness, its
// OrderOfSolutions); each branch keeps a list of step predicates
// (checkAction: for each disjunct, its []<>A, then its <>[]P and <>[]A;
// WF_v(A) is []<>(~ENABLED <<A>>_v \/ <<A>>_v), SF_v(A) two disjuncts,
// <>[]~ENABLED <<A>>_v and []<><<A>>_v) and of state predicates
// (checkState: its []<>P), each listed once. Then (LiveCheck):
//
//   - each initial state, in a branch with a tableau: its consistency
//     with each initial tableau node (the node's state predicates in
//     order, up to the first false);
//   - each state s0 expanded, after its successors, branch by branch:
//     every step predicate on s0 -> s1 for each distinct successor s1 and
//     s0 itself; every state predicate on s0; with a tableau, the
//     consistency of each tableau node with each s1.
//
// A step predicate <<A>>_v is v' # v first, A only then (LNAction);
// ~ENABLED <<A>>_v \/ <<A>>_v evaluates ENABLED <<A>>_v in s0 first, and
// <<A>>_v only when it is enabled. A state predicate in a step predicate
// is evaluated in s0.
//
// With a tableau, TLC links the nodes <s0, t0> of its product graph to
// the nodes <s1, t1> (t1 a successor of t0 consistent with s1); a node
// first met after its state was expanded makes TLC evaluate again there
// (livereexpand.go says why and what -coverage counts of it, again
// says what is evaluated): Next's actions print what they print.
//
// TLC visits the successors of s0 in the order of a hash of their
// fingerprints (SetOfStates), which depend on its -fp: that order is not
// TLC's here, but generation order then s0; what is printed per
// successor is the same. The []<> disjuncts of the normal form are
// gathered into one (liveaedisj.go); what each property prints on a
// counterexample liveonlasso.go makes; what its constant-level parts
// print while TLC builds its liveness problem liveconst.go. An action A in
// []<>A or <>[]A of a property is a step predicate (liveaction.go). The
// whole emulation is off (the checker's own evaluations of the temporal
// properties printing what they print, as before) for a WF/SF after a
// temporal conjunct of the specification that may be a disjunction (TLC's
// product would vary that conjunct's disjuncts slowest; the items of a
// WF/SF after other temporal conjuncts are put in the conjuncts' order,
// specOrder), a fairness formula that may be a disjunction with
// more than one property part, an action in a property's tableau
// formula, and a spec without Print, PrintT or
// AssertEq outside its ASSUMEs and constants (eval.Run.MayPrint; the
// emulation costs time). The other temporal conjuncts of the
// specification ([]<>A, <>[]P, WF under \E) are conjuncts of every
// General part's normal form (livespec.go), their items a property's.

// livePrinter makes those evaluations of TLC's.
type livePrinter struct {
	sp       *eval.Spec
	ls       *liveSpec
	c        *checker
	branches []tlcBranch
	// groups[g-1] are the disjuncts of the item of grp g (liveaedisj.go).
	groups [][]liveItem
	// acts[a-1] is the action atom of the item of act a (liveaction.go).
	acts []actAtom
	// done holds the fingerprints of the states expanded so far.
	done map[uint64]bool
	// depth is again's nesting; past maxAgainDepth the printer stops for
	// good (deep): TLC's own recursion there ends in a StackOverflowError
	// (near a million states on a ring), ours would crash the process.
	depth int
	deep  bool
	// covSaved holds the coverage counts while the printer evaluates
	// (covKept).
	covSaved *eval.CovSaved
}

// maxAgainDepth bounds again's recursion, far below what exhausts a
// goroutine's stack.
const maxAgainDepth = 100_000

// tlcBranch is one of TLC's OrderOfSolutions.
type tlcBranch struct {
	tab         *tbGraph // nil: no tableau
	checkAction []liveItem
	checkState  []liveItem
	// rec[fp] are the tableau nodes t of the nodes <fp, t> of the product
	// graph recorded so far, in the order recorded.
	rec map[uint64][]int
	// pems are the branch's disjuncts (PossibleErrorModels), as indices
	// into checkAction and checkState; promises the <>F terms of its
	// tableau formula (LiveCheck1, livecheck1.go).
	pems     []tlcPemIdx
	promises []int
}

// tlcPemIdx is a PossibleErrorModel: its []<>A (aeAct) and <>[]A (ea)
// are indices into its branch's checkAction, its []<>P (aeState) into
// checkState.
type tlcPemIdx struct {
	aeAct, aeState, ea []int
}

// recorded reports whether <fp, t> is recorded, and records it if not.
func (br *tlcBranch) record(fp uint64, t int) (isNew bool) {
	for _, x := range br.rec[fp] {
		if x == t {
			return false
		}
	}
	br.rec[fp] = append(br.rec[fp], t)
	return true
}

// liveItem is a predicate of a branch: when fair >= 0, a part of the
// fairness condition sp.Fairness[fair] (kind); else when grp > 0, the
// disjunction of the predicates groups[grp-1] (liveaedisj.go); else when
// act > 0, the action acts[act-1] (liveaction.go); else the state
// predicate ls.preds[pred] (neg: negated).
type liveItem struct {
	fair, pred int
	kind       fairPart
	neg        bool
	grp, act   int
}

// fairPart is what of a fairness condition an item is: WF_v(A) is
// []<>(~ENABLED <<A>>_v \/ <<A>>_v), SF_v(A) is <>[]~ENABLED <<A>>_v \/
// []<><<A>>_v, the disjunction split into two disjuncts of the normal
// form.
type fairPart uint8

const (
	fairWF       fairPart = iota // ~ENABLED <<A>>_v \/ <<A>>_v
	fairDisabled                 // ~ENABLED <<A>>_v
	fairStep                     // <<A>>_v
)

// tlcPem is a disjunct of TLC's normal form, classified (OSExprPem).
type tlcPem struct {
	tf      int // the tableau formula's term; -1: none; -2: one not followed
	aeAct   []liveItem
	aeState []liveItem
	ea      []liveItem
}

// tlcPems returns TLC's disjuncts in its order, with their tableau
// formulas as terms of t; ok is false when a disjunct has what the
// printer does not follow (an action atom). TLC's normal form of
// fairness /\ (~prop1 \/ ~prop2 ...) is the cross product of the
// fairness conditions that are disjunctions (SF) and the properties'
// disjuncts, the first factor varying slowest (LNConj.toDNF), each
// disjunct's conjuncts in that order.
func (ls *liveSpec) tlcPems(sp *eval.Spec, t *tbTerms) (pems []tlcPem, groups [][]liveItem, acts []actAtom, ok bool) {
	checks, acts, ok := ls.tlcChecks(t)
	checks, groups = mergeAE(checks)
	var strong []int
	for i, f := range sp.Fairness {
		if f.Strong {
			strong = append(strong, i)
		}
	}
	if len(strong) > 12 {
		return nil, nil, nil, false // 2^n disjuncts: not followed
	}
	for combo := 0; combo < 1<<len(strong); combo++ {
		// choice[i]: SF i's disjunct, 0 (<>[]~ENABLED) or 1 ([]<><<A>>_v);
		// the first SF is the most significant.
		choice := map[int]int{}
		for j, i := range strong {
			choice[i] = (combo >> (len(strong) - 1 - j)) & 1
		}
		var aeAct, ea []liveItem
		for i, f := range sp.Fairness {
			switch {
			case !f.Strong:
				aeAct = append(aeAct, liveItem{fair: i, kind: fairWF})
			case choice[i] == 1:
				aeAct = append(aeAct, liveItem{fair: i, kind: fairStep})
			default:
				ea = append(ea, liveItem{fair: i, kind: fairDisabled})
			}
		}
		for _, c := range checks {
			pems = append(pems, tlcPem{tf: c.tf,
				aeAct:   ls.specOrder(sp, acts, append(append([]liveItem(nil), aeAct...), c.aeAct...)),
				aeState: c.aeState,
				ea:      ls.specOrder(sp, acts, append(append([]liveItem(nil), ea...), c.ea...))})
		}
	}
	return pems, groups, acts, ok
}

// specOrder sorts the items of one list of a disjunct as TLC's normal
// form orders them: by the specification's temporal conjunct they come
// from, in the order of the conjuncts (a WF_v(A) after []<><<B>>_v comes
// after it), then the properties' items, each group in its own order.
func (ls *liveSpec) specOrder(sp *eval.Spec, acts []actAtom, items []liveItem) []liveItem {
	if len(sp.FairnessFormulas) == 0 {
		return items
	}
	stateNode := map[int]*eval.LiveExpr{}
	for k, r := range ls.atoms {
		if !r.action {
			stateNode[r.bit] = k.x
		}
	}
	// The position of formula j among the temporal conjuncts: j, after
	// the fairness conditions written before it.
	formulaPos := func(j int) int {
		n := j
		for _, f := range sp.Fairness {
			if f.FormulasBefore <= j {
				n++
			}
		}
		return n
	}
	pos := func(it liveItem) int {
		var x *eval.LiveExpr
		switch {
		case it.fair >= 0:
			return it.fair + sp.Fairness[it.fair].FormulasBefore
		case it.grp > 0:
		case it.act > 0:
			x = acts[it.act-1].x
		default:
			x = stateNode[it.pred]
		}
		if j, ok := ls.formulaOf[x]; ok && x != nil {
			return formulaPos(j)
		}
		return len(sp.Fairness) + len(sp.FairnessFormulas) // a property's
	}
	slices.SortStableFunc(items, func(a, b liveItem) int { return pos(a) - pos(b) })
	return items
}

// tlcChecks returns the disjuncts of ~prop1 \/ ~prop2 ... in TLC's order,
// and the action atoms their items name.
func (ls *liveSpec) tlcChecks(t *tbTerms) (pems []tlcPem, acts []actAtom, ok bool) {
	ok = true
	byBit := ls.actionAtoms()
	actIndex := map[int]int{}
	act := func(r atomRef) liveItem {
		i, found := actIndex[r.bit]
		if !found {
			acts = append(acts, byBit[r.bit])
			i = len(acts)
			actIndex[r.bit] = i
		}
		return liveItem{fair: -1, act: i}
	}
	state := func(bit int, neg bool) liveItem { return liveItem{fair: -1, pred: bit, neg: neg} }
	atom := func(bit int, neg bool) int { return t.mk(tbKey{op: tbAtom, a: bit, neg: neg}) }
	bitOf := func(f *lform) int {
		if r, ok := ls.atoms[atomKey{f.atom, false}]; ok && !r.action {
			return r.bit
		}
		return -1
	}
	for _, p := range ls.parts {
		pem := tlcPem{tf: -1}
		switch p.kind {
		case eval.Eventually: // ~<>P: []~P
			pem.tf = t.mk(tbKey{op: tbAll, a: atom(p.pBit, true)})
		case eval.LeadsTo: // ~(P ~> Q): <>(P /\ []~Q)
			q := t.mk(tbKey{op: tbAll, a: atom(p.qBit, true)})
			pem.tf = t.mk(tbKey{op: tbEven, a: t.mk(tbKey{op: tbAnd, a: atom(p.pBit, false), b: q})})
		case eval.AlwaysEventually: // ~[]<>P: <>[]~P
			pem.ea = []liveItem{state(p.pBit, true)}
		case eval.EventuallyAlways: // ~<>[]P: []<>~P
			pem.aeState = []liveItem{state(p.pBit, true)}
		case eval.Always:
			continue // checked as an invariant (liveAlways)
		case eval.General:
			for _, d := range p.disj {
				dp := tlcPem{tf: -1}
				for _, r := range d.aeAct {
					dp.aeAct = append(dp.aeAct, act(r))
				}
				for _, r := range d.aeState {
					dp.aeState = append(dp.aeState, state(r.bit, r.neg))
				}
				for _, r := range d.ea {
					if r.action {
						dp.ea = append(dp.ea, act(r))
						continue
					}
					dp.ea = append(dp.ea, state(r.bit, r.neg))
				}
				if len(d.tf) > 0 {
					dp.tf = -2
					if tfAtomsKnown(d.tf, bitOf) {
						ids := make([]int, len(d.tf))
						for i, f := range d.tf {
							ids[i] = t.fromLform(f, bitOf)
						}
						dp.tf = t.junction(tbAnd, ids)
					} else {
						ok = false
					}
				}
				pems = append(pems, dp)
			}
			continue
		default:
			ok = false
		}
		pems = append(pems, pem)
	}
	return pems, acts, ok
}

// tfAtomsKnown reports whether every atom of fs has a state bit.
func tfAtomsKnown(fs []*lform, bit func(*lform) int) bool {
	for _, f := range fs {
		if f.op == lAtom && bit(f) < 0 {
			return false
		}
		if !tfAtomsKnown(f.kids, bit) {
			return false
		}
	}
	return true
}

// newLivePrinter returns TLC's branches for sp, or nil when the printer
// does not follow sp (see above) or nothing would print.
func newLivePrinter(sp *eval.Spec, ls *liveSpec) *livePrinter {
	if sp.Run == nil || ls == nil || !sp.Run.MayPrint() && sp.Coverage == nil {
		// Under coverage, the stored sets these evaluations enumerate
		// cost as TLC's (eval's covlive.go).
		return nil
	}
	return newTLCBranches(sp, ls)
}

// newTLCBranches returns TLC's OrderOfSolutions for sp (in a livePrinter,
// which evaluates their items), or nil when they are not followed (see
// above).
func newTLCBranches(sp *eval.Spec, ls *liveSpec) *livePrinter {
	if sp.Run == nil || ls == nil {
		return nil
	}
	for _, f := range sp.Fairness {
		if f.Enabled == nil || f.Taken == nil || f.Changed == nil {
			return nil
		}
		for _, g := range sp.FairnessFormulas[:f.FormulasBefore] {
			if disjoins(g) {
				return nil // its disjuncts would vary slowest in TLC's product
			}
		}
	}
	if len(ls.parts) > 1 {
		for _, f := range sp.FairnessFormulas {
			if disjoins(f) {
				return nil
			}
		}
	}
	terms := newTBTerms()
	pems, groups, acts, ok := ls.tlcPems(sp, terms)
	if !ok {
		return nil
	}
	lp := &livePrinter{sp: sp, ls: ls, groups: groups, acts: acts, done: map[uint64]bool{}}
	index := map[int]int{}
	type bins struct{ act, st map[liveItem]int }
	var bs []bins
	for _, pem := range pems {
		i, found := index[pem.tf]
		if !found {
			i = len(lp.branches)
			index[pem.tf] = i
			br := tlcBranch{rec: map[uint64][]int{}}
			if pem.tf >= 0 {
				br.tab = terms.newTBGraph(pem.tf)
				br.promises = terms.promises(pem.tf)
			}
			lp.branches = append(lp.branches, br)
			bs = append(bs, bins{act: map[liveItem]int{}, st: map[liveItem]int{}})
		}
		br, b := &lp.branches[i], bs[i]
		add := func(list *[]liveItem, in map[liveItem]int, items []liveItem) []int {
			var idx []int
			for _, it := range items {
				k, ok := in[it]
				if !ok {
					k = len(*list)
					in[it] = k
					*list = append(*list, it)
				}
				idx = append(idx, k)
			}
			return idx
		}
		var pi tlcPemIdx
		pi.aeAct = add(&br.checkAction, b.act, pem.aeAct)
		pi.aeState = add(&br.checkState, b.st, pem.aeState)
		pi.ea = add(&br.checkAction, b.act, pem.ea)
		br.pems = append(br.pems, pi)
	}
	return lp
}

// disjoins reports whether the fairness formula f may be a disjunction
// in the normal form (a \/, or a ~ over a temporal formula): TLC's
// cross product then orders the disjuncts the formula's first, across
// the properties, which the parts' own normal forms do not.
func disjoins(f *eval.LiveExpr) bool {
	if !f.Temporal() {
		return false // an atom of the normal form ([A \/ B]_v), whole
	}
	if f.Op == eval.LiveOr || f.Op == eval.LiveNot {
		return true
	}
	for _, k := range f.Kids {
		if disjoins(k) {
			return true
		}
	}
	return false
}

// livePrinter returns the checker's livePrinter, nil when there is none.
func (c *checker) livePrinter() *livePrinter {
	if c.live == nil || c.opt.SearchSilent {
		// SearchSilent: the search's prints are dropped anyway. In disk
		// mode too the printer runs: its maps hold an entry per state
		// expanded (a fingerprint each), memory that grows with the
		// state space, spent only on a spec that prints during the
		// search (eval.Run.MayPrint), whose output must be TLC's.
		return nil
	}
	c.live.printerOnce.Do(func() {
		if lp := newLivePrinter(c.sp, c.live); lp != nil {
			lp.c = c
			c.live.printer = lp
		}
	})
	return c.live.printer
}

// pred evaluates state predicate bit in s (its error is TLC's to report
// where the checker reports it: ignored here).
func (lp *livePrinter) pred(bit int, s value.State) bool {
	defer lp.sp.Coverage.LiveEval()()
	ok, _ := lp.ls.preds[bit](s)
	return ok
}

// consistent is TBGraphNode.isConsistent.
func (lp *livePrinter) consistent(tab *tbGraph, t int, s value.State) bool {
	return tab.nodes[t].consistent(func(a int) bool { return lp.pred(a, s) })
}

// step evaluates a step predicate on s0 -> s1 (stutter: s1 is s0).
func (lp *livePrinter) step(it liveItem, s0, s1 value.State, stutter bool) {
	defer lp.sp.Coverage.LiveEval()() // what it enumerates costs (eval's covlive.go)
	if it.fair < 0 {
		lp.item(it, s0, s1)
		return
	}
	f := lp.sp.Fairness[it.fair]
	if it.kind != fairStep {
		restore := lp.c.atLevel(lp.level() - 1) // ENABLED in s0, at s0's level
		en, err := f.Enabled(s0)
		restore()
		if err != nil || !en || it.kind == fairDisabled {
			return
		}
	}
	if stutter {
		return
	}
	if ch, err := f.Changed(s0, s1); err != nil || !ch {
		return
	}
	_, _ = f.Taken(s0, s1)
}

// level is the level being expanded (eval.Run's): a state predicate of
// the state expanded is evaluated at level-1 (checker.atLevel), those of
// its successors, its step predicates and Next at level.
func (lp *livePrinter) level() int {
	if r := lp.sp.Run; r != nil {
		return int(r.StateLevel()) - 1
	}
	return 0
}

// stateAt is lp.state(it, s) for s at the given level.
func (lp *livePrinter) stateAt(it liveItem, s value.State, level int) {
	restore := lp.c.atLevel(level - 1)
	defer restore()
	lp.state(it, s)
}

// initial makes TLC's evaluations for an initial state s (fingerprint
// fp): the product graphs' initial nodes.
func (lp *livePrinter) initial(s value.State, fp uint64) {
	defer lp.covKept()()
	for i := range lp.branches {
		br := &lp.branches[i]
		if br.tab == nil {
			continue
		}
		for t := 0; t < br.tab.initCnt; t++ {
			if lp.consistent(br.tab, t, s) {
				br.record(fp, t)
			}
		}
	}
}

// covKept saves the coverage counts and returns the func restoring them:
// what TLC counts of these evaluations, livereexpand.go counts after the
// search. The trees are walked once per search (covSaved), the counts
// read again at each save.
func (lp *livePrinter) covKept() func() {
	if lp.sp.Coverage == nil {
		return func() {}
	}
	lp.covSaved = covResave(lp.sp.Coverage, lp.covSaved)
	return lp.covSaved.Restore
}

// covResave notes cv's counts in saved, made when nil.
func covResave(cv *eval.Coverage, saved *eval.CovSaved) *eval.CovSaved {
	if saved == nil {
		return cv.Save()
	}
	saved.Resave()
	return saved
}

// expanded makes TLC's evaluations for a state s0 (fingerprint fp0)
// expanded, whose distinct successors in the model are succ (fps: their
// fingerprints; stut: which is s0).
func (lp *livePrinter) expanded(s0 value.State, fp0 uint64, succ []value.State, fps []uint64, stut []bool) {
	if lp.deep {
		return
	}
	defer lp.covKept()()
	lp.done[fp0] = true
	level := lp.level() // s0's
	for i := range lp.branches {
		br := &lp.branches[i]
		for i, s1 := range succ {
			for _, it := range br.checkAction {
				lp.step(it, s0, s1, stut[i])
			}
		}
		for _, it := range br.checkState {
			lp.stateAt(it, s0, level)
		}
		if br.tab == nil {
			continue
		}
		nt := len(br.tab.nodes)
		cons := make([]bool, nt*len(succ))
		for t := 0; t < nt; t++ {
			for i, s1 := range succ {
				cons[t*len(succ)+i] = lp.consistent(br.tab, t, s1)
			}
		}
		for _, t0 := range append([]int(nil), br.rec[fp0]...) {
			for i, s1 := range succ {
				for _, t1 := range br.tab.nodes[t0].next {
					if cons[t1*len(succ)+i] && br.record(fps[i], t1) && lp.done[fps[i]] {
						at := level + 1
						if stut[i] {
							at = level // s0 itself, the stuttering step
						}
						lp.again(br, s1, fps[i], t1, at)
					}
				}
			}
		}
	}
}

// again makes TLC's evaluations when it meets the node <s, t> of a
// product graph after s was expanded (the private addNextState of
// TableauLiveChecker): the branch's state predicates on s, its step
// predicates on the stuttering step when t has successors, the
// consistency of t's successors with s (going on from each new one), then
// each action's successors of s (Tool.getNextStates, what Next prints),
// each in the model with the step predicates on s -> s1 and the
// consistency of t's successors with s1 (going on from each new one
// whose state is expanded). TLC's s knows its level, one more than the
// state it was generated from: everything is evaluated at that level.
func (lp *livePrinter) again(br *tlcBranch, s value.State, fp uint64, t int, level int) {
	if lp.deep || lp.depth >= maxAgainDepth {
		lp.deep = true
		return
	}
	lp.depth++
	defer func() { lp.depth-- }()
	c := lp.c
	defer c.atLevel(level)()
	for _, it := range br.checkState {
		lp.stateAt(it, s, level)
	}
	next := br.tab.nodes[t].next
	if len(next) > 0 {
		for _, it := range br.checkAction {
			lp.step(it, s, s, true)
		}
	}
	for _, t1 := range next {
		restore := c.atLevel(level - 1) // s's own state predicates
		ok := lp.consistent(br.tab, t1, s)
		restore()
		if ok && br.record(fp, t1) {
			lp.again(br, s, fp, t1, level)
		}
	}
	each := func(steps []eval.Step) {
		for _, st := range steps {
			s1 := st.State
			if !lp.inModel(s, s1) {
				continue
			}
			fp1, err := c.fingerprint(s1)
			if err != nil {
				continue
			}
			for _, it := range br.checkAction {
				lp.step(it, s, s1, fp1 == fp)
			}
			done := lp.done[fp1]
			for _, t1 := range next {
				if lp.consistent(br.tab, t1, s1) && br.record(fp1, t1) && done {
					lp.again(br, s1, fp1, t1, level+1)
				}
			}
		}
	}
	var steps []eval.Step
	collect := func(st eval.Step) error {
		steps = append(steps, eval.Step{Action: st.Action, State: st.Keep()})
		return nil
	}
	acts, err := c.sp.TLCActions()
	if err != nil {
		_ = c.sp.Next(s, collect)
		each(steps)
		return
	}
	for i := range acts {
		steps = steps[:0]
		if err := c.sp.NextOf(s, &acts[i], collect); err != nil {
			return
		}
		each(steps)
	}
}

// inModel is TLC's isInModel and isInActions for s -> t.
func (lp *livePrinter) inModel(s, t value.State) bool { return inModel(lp.sp, s, t) }

// liveInitial makes TLC's evaluations for t (fingerprint fp) when it is a
// new initial state (s nil): before its invariants, as TLC's.
func (w *worker) liveInitial(s, t value.State, fp uint64) {
	if s == nil && w.lp != nil {
		w.lp.initial(t, fp)
	}
}

// liveAlways evaluates, after the invariants of a new state t, the
// properties []P with P a state predicate, which TLC checks there as
// invariants (the checker's own evaluation of them, in the liveness
// predicates, prints nothing when TLC's are made). It reports no
// violation: the checker finds it from the predicates.
func (w *worker) liveAlways(t value.State) bool {
	if w.lp == nil {
		return false
	}
	for _, p := range w.lp.ls.parts {
		if p.kind == eval.Always {
			w.lp.pred(p.pBit, t)
		}
	}
	return false
}

// liveReset starts the successors of a state to expand.
func (w *worker) liveReset() {
	if w.lp == nil {
		return
	}
	w.lpSucc, w.lpStut, w.lpFP = w.lpSucc[:0], w.lpStut[:0], w.lpFP[:0]
	clear(w.lpFPs)
}

// liveSuccessor notes st's state (fingerprint fp), a successor in the
// model of s (fingerprint sfp; nil: st's state is initial).
func (w *worker) liveSuccessor(s value.State, sfp uint64, st eval.Step, fp uint64) {
	if w.lp == nil || s == nil || w.lpFPs[fp] {
		return
	}
	w.lpFPs[fp] = true
	w.lpSucc = append(w.lpSucc, st.Keep()) // st's values may be the evaluator's buffers
	w.lpFP = append(w.lpFP, fp)
	w.lpStut = append(w.lpStut, fp == sfp)
}

// liveExpanded makes TLC's evaluations for s (fingerprint sfp), expanded
// without a violation.
func (w *worker) liveExpanded(s value.State, sfp uint64) {
	if w.lp == nil {
		return
	}
	if !w.lpFPs[sfp] {
		w.lpFPs[sfp] = true
		w.lpSucc = append(w.lpSucc, s)
		w.lpStut = append(w.lpStut, true)
		w.lpFP = append(w.lpFP, sfp)
	}
	w.lp.expanded(s, sfp, w.lpSucc, w.lpFP, w.lpStut)
}

// liveDeadlocked makes TLC's evaluations for s (fingerprint sfp), a
// deadlocked state, and returns what they print: TLC's worker reports
// the deadlock, its trace and the rebuilt trace's prints first, and only
// then adds s, its one successor itself, to its liveness graph (TLC rev
// cc6b616: <>P with P printing, deadlocked in x = 2, prints P of 2 after
// the trace; golden liveprint/LiveDeadlock). "" without the printer.
func (w *worker) liveDeadlocked(s value.State, sfp uint64) string {
	if w.lp == nil || w.c.sp.Run == nil {
		return ""
	}
	var buf bytes.Buffer
	undo := w.c.sp.Run.Replaying(&buf)
	w.liveExpanded(s, sfp)
	undo()
	return buf.String()
}

// liveTakenBits and liveStateBits are the checker's own evaluations of
// the temporal properties, which print nothing when TLC's are made.
func (w *worker) liveTakenBits(s, t value.State) (uint64, error) {
	if w.lp != nil {
		defer w.c.muted()()
	}
	return w.c.live.takenBits(s, t)
}

func (w *worker) liveStateBits(t value.State) (uint64, error) {
	if w.lp != nil {
		defer w.c.muted()()
	}
	return w.c.live.stateBits(t)
}

// searchWorkers is the number of goroutines that expand states: the
// checker's workers, but one when TLC's liveness evaluations are made
// (livePrinter). TLC prints what they print as each worker expands its
// states, so that with more workers its output varies from run to run,
// in order and even in number: which node of its product graph a worker
// meets after its state was expanded, and so evaluates again, depends on
// the timing (LiveWF with two workers: four <<"A", 2>> and two TRUE more
// than with one, in one run of TLC rev cc6b616). We print one worker's
// output every time, as the finite-prefix detector follows one worker's
// order (livesafetyseq.go). The evaluator writes what a spec prints to
// the Run's one writer, shared by the workers, and the checker's own
// evaluations of the same predicates are kept quiet by muting that
// writer (liveStateBits): both need a single goroutine. Reports still
// say the workers asked for (TLCGet("config").worker too); only a run
// whose spec prints during the search and has a temporal property the
// printer follows is expanded by one goroutine.
//
// A -continue run (Options.Continue) is expanded by one goroutine too:
// each violation's trace is rebuilt, muting that writer, while the
// search waits, and reported where TLC's one worker reports it.
func (c *checker) searchWorkers() int {
	if c.workers > 1 && (c.livePrinter() != nil || c.opt.Continue != nil) {
		return 1
	}
	return c.workers
}
