package model

import (
	"fmt"
	"sort"
	"time"

	"github.com/wspcycle/wspcycle/tla/eval"
)

// lasso is a counterexample to a temporal property over dense node ids:
// the behaviour runs through the recorded shortest path to origin, then
// stem (origin excluded, entry last), then cycle forever (cycle's last node
// steps back to entry; an empty cycle stutters at entry). A nil cycle with
// finite set is a finite counterexample (for []P).
type lasso struct {
	origin int32
	stem   []int32
	cycle  []int32
	finite bool
}

// checkLiveness checks every temporal property on the recorded behaviour
// graph, in the order of the cfg, and reports the first violation.
func (c *checker) checkLiveness(rep *Report) {
	checking := 0 // the part being checked
	defer func() {
		// A bug here must not pass for "no error": report it as one.
		if r := recover(); r != nil {
			if lim, ok := r.(*liveLimit); ok {
				c.liveRefused(rep, checking, lim)
				return
			}
			rep.Result, rep.Trace, rep.LoopBack = ResultError, nil, 0
			rep.Message = fmt.Sprintf("internal error while checking temporal properties: %v", r)
		}
	}()
	start := time.Now()
	rep.LiveBranches = c.live.branches()
	defer func() { rep.LiveDuration = time.Since(start) }()
	announced := false
	announce := func(extra int64) {
		announced = true
		if c.opt.Events != nil {
			c.opt.Events(Event{Kind: EventLiveness, Level: rep.Depth, Generated: rep.Generated, Distinct: rep.Distinct,
				Queue: rep.Queue, Init: rep.InitStates, Branches: c.live.branches(), LiveExtra: extra, Elapsed: start.Sub(c.start)})
		}
	}
	// The states TLC's product graphs hold beyond the search's depend
	// on the products (liveextra.go): built first, then announced.
	late := c.live.extraMayCount(c.sp)
	if !late {
		announce(0)
	}
	defer func() {
		// Refused or failed before the products were built: announced
		// all the same, before the report, with the search's count.
		if !announced {
			announce(0)
		}
	}()
	// Announced only on long runs, like the progress lines.
	if c.opt.Progress != nil && start.Sub(c.start) >= c.opt.progressEvery() {
		nodes, edges := c.lg.size()
		fmt.Fprintf(c.opt.Progress, "Checking temporal properties for the complete state space with %d total distinct states and %d edges.\n",
			nodes, edges)
		defer func() {
			fmt.Fprintf(c.opt.Progress, "Finished checking temporal properties in %.2fs.\n", time.Since(start).Seconds())
		}()
	}
	var g *denseGraph
	if c.disk != nil {
		// The search is complete: the fingerprint table's half of
		// --max-memory goes to the liveness check.
		c.disk.fps.Release()
		var err error
		if g, err = c.disk.graph.dense(c.opt.liveBudget()); err != nil {
			if lim, ok := err.(*liveLimit); ok {
				c.liveRefused(rep, -1, lim)
				return
			}
			panic(fmt.Errorf("reading the behaviour graph from disk: %w", err))
		}
		defer g.paged.close()
	} else {
		g = c.lg.index()
	}
	c.lg = liveGraph{} // the dense graph replaces it
	// What TLC evaluates again building its product graphs (livereexpand.go).
	rep.CovRebuild = c.liveRecount(g)
	c.live.sym = c.symSource(g)
	defer func() { c.live.sym = nil }()
	if late {
		announce(c.live.extraStates(g))
	}
	defer func() { c.live.symDone = nil }()
	for i, part := range c.live.parts {
		checking = i
		if c.stopped() {
			c.reportStop(rep)
			return
		}
		l := c.live.violation(g, part)
		if l == nil {
			continue
		}
		prop := c.sp.Properties[part.prop]
		rep.Result, rep.Property, rep.Pos = ResultProperty, prop.Name, prop.Pos
		rep.StutterHint = !l.finite && c.live.stutterHint(g, part)
		if part.name != "" {
			rep.Property, rep.PropertyName = part.name, prop.Name // e.g. WaitingStartupCompletes(t1)
		}
		fps := c.seen.chain(g.fp(l.origin))
		for _, v := range l.stem {
			fps = append(fps, g.fp(v))
		}
		loop := 0
		if !l.finite {
			loop = len(fps)
			for _, v := range l.cycle {
				fps = append(fps, g.fp(v))
			}
		}
		saved := c.covSave()
		undo := c.muted() // what this prints is not TLC's: liveRebuild makes TLC's
		tr, err := c.replay(fps, nil)
		if err != nil {
			rep.Warnings = append(rep.Warnings, err.Error())
		}
		MarkChanged(tr)
		rep.Trace, rep.LoopBack = tr, loop
		if loop > len(tr) {
			rep.LoopBack = 0
		}
		if rep.LoopBack > 0 && rep.LoopBack < len(tr) {
			rep.LoopStep = c.stepTo(tr[len(tr)-1].State, tr[rep.LoopBack-1].State)
		}
		if err == nil {
			rep.Violated = c.alsoViolated(rep, tr)
			var lerr error
			rep.NoneViolated, lerr = c.lassoViolatesNone(tr, rep.LoopBack)
			if lerr != nil {
				// An evaluator's bug: an error at the property, never a
				// verdict it may have falsified.
				undo()
				if saved != nil {
					saved.Restore()
				}
				rep.Result, rep.Trace, rep.LoopBack, rep.Violated, rep.NoneViolated = ResultError, nil, 0, nil, false
				rep.Message = lerr.Error()
				if ee, ok := lerr.(*eval.Error); ok {
					rep.Message, rep.Pos = ee.Msg, ee.Pos
				}
				return
			}
		}
		undo()
		if err == nil {
			prints, cov := c.liveRebuild(saved, tr, rep.LoopBack)
			if prints != nil {
				prints.Early += c.lassoPrints(tr, rep.LoopBack) // liveonlasso.go
			} else if c.sp.Coverage != nil {
				c.lassoPrints(tr, rep.LoopBack) // for the stored sets it enumerates
			}
			rep.TracePrints, rep.CovRebuild = prints, rep.CovRebuild.Add(cov)
		} else if saved != nil {
			saved.Restore() // the failed replay's evaluations are not TLC's
		}
		return
	}
}

// liveRefused reports a liveness check of disk mode stopped for its memory
// (lim) while checking part i: a memory-limit stop, positioned at the
// property, which proves nothing about the temporal properties.
// With i < 0 the behaviour graph itself could not be loaded, which stops
// the check of every property (the message is positioned at the first).
func (c *checker) liveRefused(rep *Report, i int, lim *liveLimit) {
	what := "the liveness check of the temporal properties"
	prop := c.sp.Properties[c.live.parts[0].prop]
	if i >= 0 {
		prop = c.sp.Properties[c.live.parts[i].prop]
		what = "the liveness check of property " + prop.Name
	}
	rep.Result, rep.Trace, rep.LoopBack = ResultMemoryLimit, nil, 0
	rep.Message = fmt.Sprintf("%s: %s stopped: %v; the states were all explored, nothing is proved about the temporal properties (a larger --max-memory lets it run)",
		prop.Pos, what, lim)
}

// violation looks for a behaviour violating one property part and returns
// its lasso, or nil when the part holds. Each form is reduced to a search
// for a fair cycle in a subgraph:
//
//	[]P      some reachable node satisfies ~P (a finite counterexample: every
//	         finite prefix extends to a fair behaviour, the fairness being on
//	         subactions of Next)
//	<>P      a fair cycle among ~P nodes, reached from an initial ~P node
//	         through ~P nodes only
//	[]<>P    a fair cycle among ~P nodes, reached any way
//	<>[]P    a fair cycle, reached any way, through some ~P node
//	P ~> Q   a node with P /\ ~Q from which a fair cycle among ~Q nodes is
//	         reached through ~Q nodes only
func (ls *liveSpec) violation(g *denseGraph, part livePart) *lasso {
	notP := func(v int32) bool { return !ls.stateHas(g.bits[v], part.pBit) }
	all := func(int32) bool { return true }
	var sub, src, acc func(int32) bool
	switch part.kind {
	case eval.Always:
		best := int32(-1)
		for v := range g.n() {
			if notP(int32(v)) && (best < 0 || g.depth[v] < g.depth[best]) {
				best = int32(v)
			}
		}
		if best < 0 {
			return nil
		}
		return &lasso{origin: best, finite: true}
	case eval.Eventually:
		sub = notP
		src = func(v int32) bool { return g.depth[v] == 1 && notP(v) }
	case eval.AlwaysEventually:
		sub, src = notP, notP
	case eval.EventuallyAlways:
		sub, src, acc = all, all, notP
	case eval.General:
		return ls.generalViolation(g, part)
	case eval.LeadsTo:
		notQ := func(v int32) bool { return !ls.stateHas(g.bits[v], part.qBit) }
		sub = notQ
		src = func(v int32) bool { return !notP(v) && notQ(v) }
	default:
		return nil
	}
	var accs []func(int32) bool
	if acc != nil {
		accs = append(accs, acc)
	}
	return ls.fairLasso(g, sub, src, fairOpts{accs: accs})
}

// fairOpts are the acceptance conditions of a search beyond the fairness
// conditions of the specification (see fairness).
type fairOpts struct {
	accs     []func(int32) bool
	edgeAcc  []uint
	explicit bool
	// cycle, when not nil, is the graph (same nodes, fewer edges) in which
	// the cycle must lie; the prefix leading to it may use any edge.
	cycle *denseGraph
	// roots are the initial nodes, in TLC's order of the initial states;
	// nil: the nodes of depth 1, in the order of their ids.
	roots []int32
	// same, when not nil, reports the steps that keep the state (a
	// product graph's), which the prefix takes for free (see prefixes).
	same func(v, w int32) bool
}

// fairLasso finds a fair cycle (with acceptance acc, if not nil) in the
// subgraph of sub nodes, reachable inside it from a src node: the one TLC
// reports where its choice does not depend on its fingerprints (firstBad),
// entered by the shortest prefix that reaches its entry: nodes are reached
// by a breadth-first search from all sources at once, each source entering
// at its own depth, so that every node's distance is the length of the
// shortest behaviour prefix that reaches it this way.
func (ls *liveSpec) fairLasso(g *denseGraph, sub, src func(int32) bool, fo fairOpts) *lasso {
	n := g.n()
	var sources []int32
	for v := 0; v < n; v++ {
		if sub(int32(v)) && src(int32(v)) {
			sources = append(sources, int32(v))
		}
	}
	if len(sources) == 0 {
		return nil
	}
	sort.SliceStable(sources, func(i, j int) bool { return g.depth[sources[i]] < g.depth[sources[j]] })

	key, parent, origin := prefixes(g, sub, sources, fo.same)

	in := func(v int32) bool { return key[v] >= 0 }
	cg := g
	if fo.cycle != nil {
		cg = fo.cycle
	}
	f := &fairness{g: cg, conds: ls.fair, accs: fo.accs, edgeAcc: fo.edgeAcc, explicit: fo.explicit, set: newNodeSet(n), scc: newSCCFinder(cg), ls: ls}
	roots := fo.roots
	if roots == nil {
		for v := 0; v < n; v++ {
			if g.depth[v] == 1 {
				roots = append(roots, int32(v))
			}
		}
	}
	bestSet, bestEntry := firstBad(g, cg, in, roots, f)
	if bestEntry < 0 {
		return nil
	}
	l := &lasso{origin: origin[bestEntry]}
	for v := bestEntry; v != l.origin; v = parent[v] {
		l.stem = append(l.stem, v)
	}
	for i, j := 0, len(l.stem)-1; i < j; i, j = i+1, j-1 {
		l.stem[i], l.stem[j] = l.stem[j], l.stem[i]
	}
	l.cycle = f.cycle(bestSet, bestEntry)
	return l
}
