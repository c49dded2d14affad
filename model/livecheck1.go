package model

import (
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/token"
)

// TLC's simulator checks each behaviour with LiveCheck1.checkTrace, whose
// graph and search differ from the model checker's (TLC rev cc6b616):
//
//   - Per OrderOfSolution (branch, liveprints.go), constructBEGraph makes
//     the behaviour's graph. Without a tableau, a state's node gets the
//     state predicates of the state before it (behaviourshift.go) and a
//     stuttering step of its own. With a tableau, the nodes <s, t> of the
//     product are made along the behaviour; a node met again gets the
//     edge but is not followed, so a behaviour that comes back to a state
//     with the same tableau nodes ends there for the search.
//   - Tarjan's search from each initial node (checkSccs), each component
//     searched again per PossibleErrorModel without the steps its <>[]A
//     forbids (checkSccs1), a component meeting every []<>P, []<>A and
//     promise is a counterexample (checkSubcomponent).
//   - The counterexample (printErrorTrace): a walk in the component that
//     meets the conditions, closed back to its first node, after the
//     shortest path from the initial node (BEGraph.getPath); each state
//     is named by the first action of Next that reaches it from the one
//     before (Tool.getState).
//
// lc1 ports those, with TLC's numbering, so that the behaviour found
// violating and its lasso are TLC's.

// lc1 limits of TLC's numbering (LiveCheck1's MAX_FIRST, MAX_SECOND).
const (
	lc1MaxFirst  int64 = 0x2000000000000000
	lc1MaxSecond int64 = 0x5000000000000000
)

// beNode is a BEGraphNode (t < 0) or a BTGraphNode (tableau node t).
type beNode struct {
	fp     uint64
	at     int // the index in the behaviour of a state with fp
	t      int
	state  []bool // checkState
	next   []*beNode
	acts   [][]bool // checkAction of the step to next[i]
	num    int64
	seen   bool    // getPath's visited bit
	parent *beNode // getPath's parent
}

func (n *beNode) add(to *beNode, acts []bool) {
	n.next = append(n.next, to)
	n.acts = append(n.acts, acts)
}

func (n *beNode) transExists(to *beNode) bool {
	for _, m := range n.next {
		if m == to {
			return true
		}
	}
	return false
}

// allActs reports whether the step to next[i] satisfies every check idx.
func (n *beNode) allActs(i int, idx []int) bool {
	for _, k := range idx {
		if !n.acts[i][k] {
			return false
		}
	}
	return true
}

// lc1Cache keeps LiveCheck1's evaluations across behaviours: each state
// predicate by state (0: not evaluated, 1 true, -1 false), each branch's
// step results by step.
type lc1Cache struct {
	preds map[uint64][]int8
	acts  []map[[2]uint64][]bool
}

// lc1 is one run of LiveCheck1.checkTrace on a behaviour.
type lc1 struct {
	lp  *livePrinter
	c   *checker
	b   []TraceState
	fps []uint64
	br  *tlcBranch
	bri int // br's index
	err error
	// cache is the checker's, kept across behaviours.
	cache *lc1Cache

	firstNum, secondNum, thirdNum int64
	startSecondNum, startThirdNum int64
	numFirstCom, numSecondCom     int64
	com                           []*beNode
	pem                           *tlcPemIdx
	initNode                      *beNode
	done                          bool
	trace                         []TraceState
	loopBack                      int
	loopStep                      TraceState
	// cyclePos is TLC's: where the cycle starts for the properties'
	// evaluation (Liveness.findViolatedProperties), even when the lasso
	// is printed as ending stuttering.
	cyclePos int
}

// checkState is OrderOfSolution.checkState on state i of the behaviour.
func (x *lc1) checkState(i int) []bool {
	restore := x.c.atLevel(i)
	defer restore()
	out := make([]bool, len(x.br.checkState))
	for k, it := range x.br.checkState {
		out[k] = x.state(it, i)
	}
	return out
}

// state evaluates a state item in s as livePrinter.state does, noting
// the first evaluation error.
func (x *lc1) state(it liveItem, i int) bool {
	if it.grp == 0 {
		return x.pred(it.pred, i) != it.neg
	}
	for _, d := range x.lp.groups[it.grp-1] {
		if x.state(d, i) {
			return true
		}
	}
	return false
}

// pred is state predicate bit in state i, kept by fingerprint while
// TLCGet("level") is unread (behaviours revisit the same states).
func (x *lc1) pred(bit, i int) bool {
	cache := x.cache != nil && !x.levelRead()
	var row []int8
	if cache {
		row = x.cache.preds[x.fps[i]]
		if row != nil && row[bit] != 0 {
			return row[bit] > 0
		}
	}
	ok, err := x.lp.ls.preds[bit](x.b[i].State)
	x.fail(err)
	if cache && err == nil && !x.levelRead() {
		if row == nil && len(x.cache.preds) < maxCached {
			row = make([]int8, len(x.lp.ls.preds))
			x.cache.preds[x.fps[i]] = row
		}
		if row != nil {
			row[bit] = -1
			if ok {
				row[bit] = 1
			}
		}
	}
	return ok
}

func (x *lc1) levelRead() bool {
	r := x.c.sp.Run
	return r != nil && r.LevelRead()
}

func (x *lc1) fail(err error) {
	if err != nil && x.err == nil {
		x.err = err
	}
}

// item evaluates a step item on s -> t as livePrinter.item does, noting
// the first evaluation error.
func (x *lc1) item(it liveItem, i, j int) bool {
	switch {
	case it.grp > 0:
		for _, d := range x.lp.groups[it.grp-1] {
			if x.item(d, i, j) {
				return true
			}
		}
		return false
	case it.act > 0:
		a := x.lp.acts[it.act-1]
		ok, err := evalTLC(a.x, x.b[i].State, x.b[j].State)
		x.fail(err)
		return ok != a.neg
	}
	return x.state(it, i)
}

// checkAction is OrderOfSolution.checkAction on the step from state i to
// state j (j == i: the stuttering step).
// The step's results are kept by the fingerprints of its states while
// TLCGet("level") is unread.
func (x *lc1) checkAction(i, j int) []bool {
	key := [2]uint64{x.fps[i], x.fps[j]}
	cache := x.cache != nil && !x.levelRead()
	if cache {
		if out, ok := x.cache.acts[x.bri][key]; ok {
			return out
		}
	}
	out := make([]bool, len(x.br.checkAction))
	for k, it := range x.br.checkAction {
		out[k] = x.action(it, i, j)
	}
	if cache && x.err == nil && !x.levelRead() && len(x.cache.acts[x.bri]) < maxCached {
		x.cache.acts[x.bri][key] = out
	}
	return out
}

func (x *lc1) action(it liveItem, i, j int) bool {
	s0, s1 := x.b[i].State, x.b[j].State
	if it.fair < 0 {
		level := i
		if it.act > 0 || it.grp > 0 {
			level = i + 1
		}
		restore := x.c.atLevel(level)
		defer restore()
		return x.item(it, i, j)
	}
	f := x.lp.sp.Fairness[it.fair]
	if it.kind != fairStep {
		restore := x.c.atLevel(i)
		en, err := f.Enabled(s0)
		restore()
		x.fail(err)
		if it.kind == fairDisabled {
			return !en
		}
		if !en {
			return true
		}
	}
	restore := x.c.atLevel(i + 1)
	defer restore()
	ch, err := f.Changed(s0, s1)
	x.fail(err)
	if !ch {
		return false
	}
	tk, err := f.Taken(s0, s1)
	x.fail(err)
	return tk
}

// consistent is TBGraphNode.isConsistent of tableau node t with state i.
func (x *lc1) consistent(t, i int) bool {
	restore := x.c.atLevel(i)
	defer restore()
	return x.br.tab.nodes[t].consistent(func(a int) bool { return x.pred(a, i) })
}

// construct is constructBEGraph: the initial nodes of the behaviour's
// graph for branch x.br.
func (x *lc1) construct() []*beNode {
	b := x.b
	var inits []*beNode
	src := 0
	srcFP := x.fps[0]
	stateRes := x.checkState(0)
	actRes := x.checkAction(0, 0)
	if x.br.tab == nil {
		all := map[uint64]*beNode{}
		sn := &beNode{fp: srcFP, t: -1, state: stateRes}
		sn.add(sn, actRes)
		all[srcFP] = sn
		inits = append(inits, sn)
		for i := 1; i < len(b); i++ {
			dn := all[x.fps[i]]
			if dn == nil {
				// TLC's node takes the state predicates of the state
				// before it (behaviourshift.go).
				dn = &beNode{fp: x.fps[i], at: i, t: -1, state: x.checkState(src)}
				dn.add(dn, x.checkAction(i, i))
				sn.add(dn, x.checkAction(src, i))
				all[x.fps[i]] = dn
			} else if !sn.transExists(dn) {
				sn.add(dn, x.checkAction(src, i))
			}
			sn, src = dn, i
		}
		return inits
	}
	type key struct {
		fp uint64
		t  int
	}
	tab := x.br.tab
	all := map[key]*beNode{}
	var srcNodes []*beNode
	for t := 0; t < tab.initCnt; t++ {
		if x.consistent(t, 0) {
			dn := &beNode{fp: srcFP, t: t, state: stateRes}
			inits = append(inits, dn)
			srcNodes = append(srcNodes, dn)
			all[key{srcFP, t}] = dn
		}
	}
	for _, sn := range srcNodes {
		for _, t1 := range tab.nodes[sn.t].next {
			if dn := all[key{srcFP, t1}]; dn != nil {
				sn.add(dn, actRes)
			}
		}
	}
	for i := 1; i < len(b); i++ {
		var destNodes []*beNode
		fp := x.fps[i]
		stateRes := x.checkState(i)
		actRes := x.checkAction(src, i)
		link := func(sn *beNode, acts []bool) {
			for _, t1 := range tab.nodes[sn.t].next {
				dn := all[key{fp, t1}]
				if dn == nil {
					if x.consistent(t1, i) {
						dn = &beNode{fp: fp, at: i, t: t1, state: stateRes}
						sn.add(dn, acts)
						destNodes = append(destNodes, dn)
						all[key{fp, t1}] = dn
					}
				} else if !sn.transExists(dn) {
					sn.add(dn, acts)
				}
			}
		}
		for _, sn := range srcNodes {
			link(sn, actRes)
		}
		stut := x.checkAction(i, i)
		for j := 0; j < len(destNodes); j++ {
			link(destNodes[j], stut)
		}
		srcNodes, src = destNodes, i
	}
	return inits
}

func (x *lc1) initScc() {
	x.com = nil
	x.firstNum = 1
	x.secondNum = lc1MaxFirst + 1
	x.thirdNum = lc1MaxSecond + 1
	x.startSecondNum, x.startThirdNum = x.secondNum, x.thirdNum
	x.numFirstCom, x.numSecondCom = x.secondNum, x.thirdNum
}

func (x *lc1) pop() *beNode {
	n := x.com[len(x.com)-1]
	x.com = x.com[:len(x.com)-1]
	return n
}

func (x *lc1) checkSccs(n *beNode) int64 {
	lowlink := x.firstNum
	x.firstNum++
	n.num = lowlink
	x.com = append(x.com, n)
	for _, d := range n.next {
		dn := d.num
		if dn == 0 {
			dn = x.checkSccs(d)
			if x.done {
				return 0
			}
		}
		if dn < lowlink {
			lowlink = dn
		}
	}
	if lowlink == n.num {
		x.checkComponent(n)
	}
	return lowlink
}

func (x *lc1) checkComponent(n *beNode) {
	nodes := x.extractComponent(n)
	if nodes == nil {
		return
	}
	for p := range x.br.pems {
		x.pem = &x.br.pems[p]
		x.startSecondNum, x.startThirdNum = x.secondNum, x.thirdNum
		for j := len(nodes) - 1; j >= 0; j-- {
			if nodes[j].num < x.startThirdNum {
				x.checkSccs1(nodes[j])
				if x.done {
					return
				}
			}
		}
	}
}

func (x *lc1) extractComponent(n *beNode) []*beNode {
	n1 := x.pop()
	if n == n1 && !n.transExists(n) {
		n.num = lc1MaxFirst
		return nil
	}
	x.numFirstCom = x.secondNum
	x.secondNum++
	x.numSecondCom = x.thirdNum
	n1.num = x.numFirstCom
	nodes := []*beNode{n1}
	for n != n1 {
		n1 = x.pop()
		n1.num = x.numFirstCom
		nodes = append(nodes, n1)
	}
	return nodes
}

func (x *lc1) checkSccs1(n *beNode) int64 {
	lowlink := x.secondNum
	x.secondNum++
	n.num = lowlink
	x.com = append(x.com, n)
	for i, d := range n.next {
		dn := d.num
		if x.numFirstCom <= dn && n.allActs(i, x.pem.ea) {
			if dn < x.startSecondNum || (x.numSecondCom <= dn && dn < x.startThirdNum) {
				dn = x.checkSccs1(d)
				if x.done {
					return 0
				}
			}
			if dn < lowlink {
				lowlink = dn
			}
		}
	}
	if lowlink == n.num && x.extractComponent1(n) {
		x.checkSubcomponent(n)
	}
	return lowlink
}

func (x *lc1) extractComponent1(n *beNode) bool {
	n1 := x.pop()
	if n == n1 && !x.canStutter(n) {
		n.num = x.thirdNum
		x.thirdNum++
		return false
	}
	n1.num = x.thirdNum
	for n != n1 {
		n1 = x.pop()
		n1.num = x.thirdNum
	}
	return true
}

func (x *lc1) canStutter(n *beNode) bool {
	for i, m := range n.next {
		if m == n {
			return x.numFirstCom <= n.num && n.allActs(i, x.pem.ea)
		}
	}
	return false
}

func (x *lc1) fulfilling(n *beNode, p int) bool {
	return x.br.tab.fulfilling(n.t, p)
}

func (x *lc1) checkSubcomponent(n *beNode) {
	pem := x.pem
	aeState := make([]bool, len(pem.aeState))
	aeAct := make([]bool, len(pem.aeAct))
	prom := make([]bool, len(x.br.promises))
	n.num++
	stack := []*beNode{n}
	for len(stack) > 0 {
		cur := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for i, idx := range pem.aeState {
			if !aeState[i] {
				aeState[i] = cur.state[idx]
			}
		}
		for i, m := range cur.next {
			num := m.num
			if num >= x.thirdNum {
				for j, idx := range pem.aeAct {
					if !aeAct[j] {
						aeAct[j] = cur.acts[i][idx]
					}
				}
			}
			if num == x.thirdNum {
				m.num++
				stack = append(stack, m)
			}
		}
		for i, p := range x.br.promises {
			if x.fulfilling(cur, p) {
				prom[i] = true
			}
		}
	}
	x.thirdNum += 2
	for _, l := range [][]bool{aeState, aeAct, prom} {
		for _, ok := range l {
			if !ok {
				return
			}
		}
	}
	x.printErrorTrace(n)
	x.done = true
}

// printErrorTrace is LiveCheck1.printErrorTrace: the lasso through node,
// as x.trace, x.loopBack and x.loopStep.
func (x *lc1) printErrorTrace(node *beNode) {
	pem := x.pem
	var cyc []*beNode
	push := func(n *beNode) { cyc = append(cyc, n) }
	pop := func() *beNode {
		n := cyc[len(cyc)-1]
		cyc = cyc[:len(cyc)-1]
		return n
	}
	lowNum := x.thirdNum - 1
	aeState := make([]bool, len(pem.aeState))
	aeAct := make([]bool, len(pem.aeAct))
	prom := make([]bool, len(x.br.promises))
	cnt := len(aeState) + len(aeAct) + len(prom)
	cur := node
	for cnt > 0 {
		cur.num = x.thirdNum
		cnt0 := cnt
	next:
		for {
			for i, idx := range pem.aeState {
				if !aeState[i] && cur.state[idx] {
					aeState[i] = true
					cnt--
				}
			}
			for i, p := range x.br.promises {
				if !prom[i] && x.fulfilling(cur, p) {
					prom[i] = true
					cnt--
				}
			}
			if cnt <= 0 {
				break
			}
			var next1, next2 *beNode
			cnt1 := cnt
			for i, m := range cur.next {
				num := m.num
				if lowNum <= num && num <= x.thirdNum {
					next1 = m
					for j, idx := range pem.aeAct {
						if !aeAct[j] && cur.acts[i][idx] {
							aeAct[j] = true
							cnt--
						}
					}
				}
				if cnt < cnt1 {
					push(cur)
					cur = m
					x.thirdNum++
					break next
				}
				if lowNum <= num && num < x.thirdNum {
					next2 = m
				}
			}
			if cnt < cnt0 {
				push(cur)
				cur = next1
				x.thirdNum++
				break
			}
			for next2 == nil {
				cur = pop()
				for _, m := range cur.next {
					num := m.num
					if lowNum <= num && num < x.thirdNum {
						push(cur)
						next2 = m
						break
					}
				}
			}
			push(cur)
			cur = next2
			cur.num = x.thirdNum
		}
	}
	x.thirdNum++
	cur.num = x.thirdNum
done:
	for cur != node {
		found := false
		for _, m := range cur.next {
			num := m.num
			if lowNum <= num && num < x.thirdNum {
				push(cur)
				if m == node {
					break done
				}
				found = true
				cur = m
				cur.num = x.thirdNum
				break
			}
		}
		if !found {
			cur = pop()
		}
	}
	if len(cyc) == 0 {
		push(cur)
	}

	// TLC's simulator resolves the k-th state printed as the behaviour's
	// k-th state (LiveCheck1.StateTraceResolver), whatever the node's
	// fingerprint: the counterexample is a prefix of the behaviour as
	// long as the path and the cycle, without repeated states; the state
	// after it names the step back.
	prefix := getPath(x.initNode, node)
	n, fp := 1, prefix[0].fp
	for _, m := range prefix[1:] {
		if m.fp != fp {
			n++
		}
		fp = m.fp
	}
	cyclePos := n
	for i := 1; i < len(cyc); i++ {
		if cyc[i].fp != cyc[i-1].fp {
			n++
		}
	}
	if n > len(x.b) {
		n = len(x.b)
	}
	x.trace = append([]TraceState(nil), x.b[:n]...)
	x.cyclePos = cyclePos
	if node.fp == x.fps[n-1] {
		x.loopBack = n // it ends stuttering
		return
	}
	x.loopBack = cyclePos
	if n < len(x.b) {
		x.loopStep = x.b[n]
	} else {
		x.loopStep = x.c.stepTo(x.b[n-1].State, x.b[cyclePos-1].State)
	}
}

// getPath is BEGraph.getPath: a shortest path from start to end, by a
// breadth-first search in the order of the nodes' successors.
func getPath(start, end *beNode) []*beNode {
	if start == end {
		start.parent = nil
	} else {
		type np struct{ n, parent *beNode }
		start.seen = true
		queue := []np{{start, nil}}
		for found := false; !found && len(queue) > 0; {
			e := queue[0]
			queue = queue[1:]
			for _, m := range e.n.next {
				if !m.seen {
					if m == end {
						end.parent = e.n
						found = true
						break
					}
					m.seen = true
					queue = append(queue, np{m, e.n})
				}
			}
			e.n.parent = e.parent
		}
	}
	var path []*beNode
	for n := end; n != nil; n = n.parent {
		path = append(path, n)
	}
	for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
		path[i], path[j] = path[j], path[i]
	}
	return path
}

// checkTLC is LiveCheck1.checkTrace on the behaviour b (fingerprints
// fps): the first branch's first counterexample, or nil. ok is false
// when an evaluation failed (the caller's own check reports it).
func (bc *BehaviourChecker) checkTLC(b []TraceState, fps []uint64) (v *LivenessViolation, ok bool) {
	for i := range bc.tlc.branches {
		if bc.lcCache == nil {
			bc.lcCache = &lc1Cache{preds: map[uint64][]int8{}, acts: make([]map[[2]uint64][]bool, len(bc.tlc.branches))}
			for k := range bc.lcCache.acts {
				bc.lcCache.acts[k] = map[[2]uint64][]bool{}
			}
		}
		x := &lc1{lp: bc.tlc, c: bc.c, b: b, fps: fps, br: &bc.tlc.branches[i], bri: i, cache: bc.lcCache}
		inits := x.construct()
		if x.err != nil {
			return nil, false
		}
		x.initScc()
		for _, n := range inits {
			x.initNode = n
			if n.num == 0 {
				x.checkSccs(n)
			}
			if x.err != nil {
				return nil, false
			}
			if x.done {
				break
			}
		}
		if !x.done {
			continue
		}
		tr := x.trace
		MarkChanged(tr)
		v := &LivenessViolation{Trace: tr, LoopBack: x.loopBack, LoopStep: x.loopStep}
		names := bc.c.violatedBy(tr, x.cyclePos)
		v.Property, v.Pos = bc.propertyOf(names)
		v.Violated, v.NoneViolated = bc.attributeAt(v, x.cyclePos)
		return v, true
	}
	return nil, true
}

// propertyOf names the property a counterexample is reported for: the
// first it violates (the first of the cfg when it violates none).
func (bc *BehaviourChecker) propertyOf(names []string) (string, token.Pos) {
	props := bc.c.sp.Properties
	for _, p := range bc.c.live.parts {
		name := props[p.prop].Name
		if p.name != "" {
			name = p.name
		}
		for _, n := range names {
			if n == name || n == props[p.prop].Name {
				return n, props[p.prop].Pos
			}
		}
	}
	if len(bc.c.live.parts) == 0 {
		return "", token.Pos{}
	}
	p := bc.c.live.parts[0]
	name := props[p.prop].Name
	if p.name != "" {
		name = p.name
	}
	return name, props[p.prop].Pos
}

// tlcFollows reports whether checkTLC follows sp's temporal properties:
// TLC's branches are known, and no part is a []P checked as an
// invariant.
func tlcFollows(ls *liveSpec) bool {
	for _, p := range ls.parts {
		if p.kind == eval.Always {
			return false
		}
	}
	return true
}
