package eval

// What TLC's liveness checking costs (TLC rev cc6b616). TLC evaluates the
// predicates of its liveness problem (LNAction, LNStateAST,
// LNStateEnabled) with CostModel.DO_NOT_RECORD: they count nothing of
// their own, and the sets they build cost nothing. But a set value keeps
// the CostModel of the expression that built it, and each enumeration of
// it costs there, whoever enumerates (SetEnumValue's Enumerator): a set
// an assignment stored in a state costs on its constructor each time a
// fairness condition's ENABLED, a step predicate <<A>>_v or a property's
// state predicate enumerates it. ChangRoberts (tlaplus/Examples): its
// msgs[n] sets, enumerated by the ENABLED and the steps of WF_vars(node(self)),
// cost 470 on Init's {} where the search alone costs 252.
//
// Here the liveness checker's predicates are compiled under coverage
// too, under a tree of their own that is never reported (covSink), so
// that they have the wrappers that find a stored set's node
// (covorigin.go). Their origins (covOrigins.sink) charge a stored set's
// node only while the evaluations TLC makes are made (Coverage.LiveEval:
// the checker's emulation of TLC's liveness evaluations, model's
// liveprints.go), on its liveCost, which the saves and restores of the
// counts around those evaluations leave alone; the checker's own
// evaluations of the same predicates, in its own order, cost nothing.

// charge adds d to the cost of m, the node a stored set was noted with:
// for the liveness checker's code, only during TLC's evaluations.
func (o *covOrigins) charge(m *CovNode, d int64) {
	if !o.sink {
		m.cost.Add(d)
		return
	}
	if o.live.Load() > 0 {
		m.liveCost.Add(d)
	}
}

// covSink compiles with f code of the liveness checker: under coverage,
// under a root of its own (not reported), with origins that charge as
// charge says.
func (c *compiler) covSink(f func()) { c.covSinkAs(true, f) }

// covSinkAs is covSink, for the code of a property the search itself
// evaluates as TLC does when not live (an implied action [][A]_v on each
// step, an implied initial predicate on each initial state): its
// origins charge always.
func (c *compiler) covSinkAs(live bool, f func()) {
	if !c.covOn || c.covInSink {
		f()
		return
	}
	if c.origins == nil {
		c.origins = newCovOrigins()
	}
	saved, savedTop, savedO := c.cov, c.covTop, c.origins
	root := &CovNode{}
	c.cov, c.covTop, c.covInSink = root, root, true
	if live {
		c.origins = &covOrigins{m: savedO.m, live: savedO.live, sink: true}
	}
	defer func() {
		c.cov, c.covTop, c.origins, c.covInSink = saved, savedTop, savedO, false
	}()
	f()
}

// LiveEval marks the evaluations TLC's liveness checking makes, until
// the returned func is called: the stored sets they enumerate cost (see
// above). A nil cv marks nothing.
func (cv *Coverage) LiveEval() (done func()) {
	if cv == nil || cv.live == nil {
		return func() {}
	}
	cv.live.Add(1)
	return func() { cv.live.Add(-1) }
}
