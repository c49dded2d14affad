package eval

import (
	"slices"
	"sync/atomic"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// The substitutions of an INSTANCE in TLC's coverage report (TLC rev
// cc6b616). SANY makes the body of each definition reached through
// INSTANCE M WITH a <- e a SubstInNode holding the substitutions, one Subst
// per constant and variable of M: the explicit ones as the WITH clause
// writes them, after the implicit ones (a <- a, an expression SANY locates
// at the whole INSTANCE statement), which come in the order of M's symbol
// table (SubstDeclOrder). The Subst objects are the INSTANCE's: every
// definition of it shares them.
//
// TLC's CostModelCreator, meeting a SubstInNode in its walk of a tree,
// makes the nodes of the substituted expressions there, before the body,
// and stores the node on the Subst (Subst.setCM): the last walk wins, so
// the expressions count on the nodes of the last tree the walk made
// through that INSTANCE (it walks the initial predicate, the actions, the
// invariants, the action constraints, then the state constraints). The
// other trees have them with nothing counted: not printed.
//
// Tool binds each substituted name to a LazyValue of the expression, and
// counts each evaluation of it on that node: every read of the name in an
// action or the initial predicate (the LazyValues are not cached there:
// getNextStates and getInitStates make them uncachable); not the reads
// that only look the variable up (the x of x' = e, x' \in S, UNCHANGED x,
// Tool.getVar). CovInstDecl: a <- x counts 22, the 14 reads of a in Next
// (a < N in 8 states, a + 1 in the 6 where Inc goes on) and the 8 of
// TypeOK.
//
// Here each substitution gets one node per INSTANCE (covInstSubst.nodes),
// which every use of the name compiles its expression under, and which is
// placed, once everything is compiled, in the tree TLC's walk would reach
// last (covInstPlace).

// covInsts holds the substitutions' nodes of each INSTANCE.
type covInsts struct {
	byInst map[*ast.Instance]*covInstSubst
	// implicit: the expression of an implicit substitution a <- a, one
	// per INSTANCE and name (all the contexts of a parameterised instance
	// share it, as SANY's Subst).
	implicit map[covImplicitKey]*ast.Ident
	// inPlace: the explicit substitutions of each INSTANCE whose name the
	// instantiating module has too (covInstInPlace).
	inPlace map[covImplicitKey]bool
}

// covInstInPlace notes that the explicit substitution name <- e of inst
// names a symbol of the instantiating module too: SANY made the implicit
// substitution name <- name first (SubstInNode.constructSubst, for each
// symbol the instantiating module has) and the explicit one overwrites it
// in place (addExplicitSubstitute), so it keeps the implicit one's place
// in TLC's order; one the instantiating module has no symbol for is
// appended after them, in the WITH clause's order (CovInstWithOrder).
func (c *compiler) covInstInPlace(inst *ast.Instance, name string) {
	if c.covInst == nil {
		c.covInst = &covInsts{}
	}
	if c.covInst.inPlace == nil {
		c.covInst.inPlace = map[covImplicitKey]bool{}
	}
	c.covInst.inPlace[covImplicitKey{inst, name}] = true
}

type covImplicitKey struct {
	inst *ast.Instance
	name string
}

// covInstSubst is one INSTANCE's substitution nodes and where TLC's walk
// met its SubstInNodes.
type covInstSubst struct {
	inst  *ast.Instance
	nodes map[string]*covSubstNode
	// epoch counts the evaluations that enter the instance where TLC's
	// LazyValues are cached (covInstIn, covInstFinish); depth is the
	// number of such entries being compiled.
	epoch   atomic.Int64
	depth   int
	entries []covInstEntry
	// lent: the nodes a proxy of a substitution's node was a child of
	// while compiling, proxies those proxies (substitutedIn).
	lent, proxies []*CovNode
}

// covInstEntry is a place TLC's walk meets a SubstInNode of the INSTANCE:
// under parent, before its children from index on, in the tree root; or,
// lo >= 0, at the start of the action of Next made of the leaves from lo
// (an action TLC keeps whole because it enters the instance).
type covSubstNode struct {
	n *CovNode
	// body: the counts one evaluation of the expression adds to the
	// nodes under n (covsubstov.go).
	body     []covDelta
	measured bool
	// fcn: the function constructor the expression names, unprimed
	// and primed (covsubstfcn.go).
	fcn [2]*covSubstFcn
	// tag, gen: the LazyValue's cache in an implied action
	// (covtagged.go).
	tag, gen atomic.Int64
	// seen is the epoch of the last read counted, unprimed and primed.
	seen [2]atomic.Int64
}

type covInstEntry struct {
	root, parent *CovNode
	index        int
	lo           int
	// nest: 0, or how many instances out the INSTANCE is from the one
	// whose definition is entered (covInstEnter).
	nest int
}

// implicitSubst is the expression of the implicit substitution name <-
// name of inst: the name where the INSTANCE is written, the same node for
// every context of inst.
func (c *compiler) implicitSubst(inst *ast.Instance, name string) *ast.Ident {
	if c.covInst == nil {
		c.covInst = &covInsts{}
	}
	if c.covInst.implicit == nil {
		c.covInst.implicit = map[covImplicitKey]*ast.Ident{}
	}
	k := covImplicitKey{inst, name}
	if id, ok := c.covInst.implicit[k]; ok {
		return id
	}
	id := &ast.Ident{NamePos: inst.Start, Name: name}
	c.covInst.implicit[k] = id
	return id
}

// covAtDef is atDef, which also locates the implicit substitutions of the
// named instance d at d, as SANY does (MCPaxos' V == INSTANCE Voting: the
// substitutions are at line 195, col 1 to col 20, not at INSTANCE).
func (c *compiler) covAtDef(ie *modEnv, d *ast.InstanceDef) *modEnv {
	if ie != nil && c.covInst != nil {
		for k, id := range c.covInst.implicit {
			if k.inst == d.Inst {
				id.NamePos = d.Start
			}
		}
	}
	return atDef(ie, d)
}

// substitutedIn compiles the use of name, a constant or variable of the
// module context m replaced by s: under coverage, under the node of the
// substitution, which counts each evaluation.
func (c *compiler) substitutedIn(m *modEnv, name string, s substArg, pos token.Pos, en cenv) cx {
	if c.cov == nil || m == nil || m.ctx == nil || m.ctx.inst == nil || len(m.ctx.subst) == 0 {
		return c.substituted(s, pos, en)
	}
	if c.covInSink && c.origins.sink {
		// The liveness checker's code (covlive.go) counts on no node of
		// the report; an implied action's counts as the search's.
		saved := c.cov
		c.cov = nil
		defer func() { c.cov = saved }()
		return c.substituted(s, pos, en)
	}
	e := ast.Unparen(s.e)
	if !covKind(e) {
		saved := c.cov
		c.cov = nil
		defer func() { c.cov = saved }()
		return c.substituted(s, pos, en)
	}
	is := c.covInstFor(m.ctx.inst)
	sn, ok := is.nodes[name]
	if !ok {
		sn = &covSubstNode{n: &CovNode{From: e, To: e, key: e}}
		if _, implicit := s.e.(*ast.Ident); implicit && s.e.Pos() == m.ctx.stmt {
			sn.n.To = lastOfInstance(m.ctx.inst) // located at the whole statement
		}
		is.nodes[name] = sn
	}
	n := sn.n
	c.covInstUse(is, m.ctx)
	saved := c.cov
	c.cov = n
	defer func() { c.cov = saved }()
	s.e = e
	use := c.covFcnUse
	c.covFcnUse = covFcnOther
	fc := c.covSubstFcnPrep(n, e, s.en)
	var x cx
	if c.covOverrideSubst(e, s.en) {
		x = c.substitutedBody(s, pos, en, sn)
	} else {
		x = c.substituted(s, pos, en)
	}
	p := 0
	if en.primed {
		p = 1
	}
	if c.covInSink && x.dep != 0 {
		// An implied action's read: TLC's LazyValue keeps the value of
		// its last evaluation, tagged with its states (covtagged.go).
		tag := c.covReadTag(p)
		if fc != nil {
			if sf := c.covSubstFcnFor(sn, p, fc, s, en); sf != nil {
				return covFcnReadTagged(covTaggedRead(x, is, sn, tag), sf, is, sn, use, tag)
			}
		}
		return covTaggedRead(x, is, sn, tag)
	}
	if fc != nil && x.dep != 0 {
		if sf := c.covSubstFcnFor(sn, p, fc, s, en); sf != nil {
			entered := is.depth > 0 || c.covInSink && p == 0
			return covFcnReadWrap(covCachedRead(x, is, sn, p, entered), sf, is, p == 0 && entered, use)
		}
	}
	// An implied action or initial predicate of a PROPERTY (covlive.go)
	// is evaluated by TLC's Tool.eval, with LazyValues cached but for
	// the primed reads.
	entered := is.depth > 0 || c.covInSink && p == 0
	if x.dep == 0 && saved != nil {
		// A constant, which the enclosing node folds (covFold): a proxy
		// counting the reads is its child while compiling, so that the
		// folded closure replays them, as reads of n (cached or not);
		// covInstPlace takes it out.
		proxy := &CovNode{}
		proxy.replay = func(k *ctx, d int64) {
			proxy.count.Add(d) // for the folds around this one, while compiling
			if entered || k.phase == phaseState {
				ep := is.epoch.Load()
				if sn.seen[p].Load() == ep {
					return
				}
				sn.seen[p].Store(ep)
				d = 1
			}
			n.count.Add(d)
			sn.countBody(d)
		}
		saved.Children = append(saved.Children, proxy)
		is.lent = append(is.lent, saved)
		is.proxies = append(is.proxies, proxy)
		fn := x.fn
		x.fn = func(k *ctx) (value.Value, error) {
			proxy.count.Add(1)
			return fn(k)
		}
		return covCachedRead(x, is, sn, p, entered)
	}
	return covCachedRead(x, is, sn, p, entered)
}

// covCachedRead is the read x of a substituted name whose node is sn:
// where TLC caches the LazyValue (an expression entering the instance:
// entered; an invariant or constraint: phaseState), only the first read of
// an entry counts, the others are evaluated without counting.
func covCachedRead(x cx, is *covInstSubst, sn *covSubstNode, p int, entered bool) cx {
	fn := x.fn
	x.fn = func(k *ctx) (value.Value, error) {
		if k.covMute == 0 && (entered || k.phase == phaseState) {
			ep := is.epoch.Load()
			if sn.seen[p].Load() == ep {
				return evalMuted(k, fn)
			}
			sn.seen[p].Store(ep)
		}
		return fn(k)
	}
	x.into = nil
	return x
}

// covInstIn compiles with f the body of a definition of the module
// context de applied from the context en: when de is an instance with
// substitutions that en is not in, TLC evaluates its SubstInNode there
// (Tool.evalImplSubstInKind, whose LazyValues are cached): the entry is
// noted (covInstEnter), and each evaluation of the body is a new epoch.
func (c *compiler) covInstIn(de, en cenv, f func() cx) cx {
	if c.cs != nil {
		// The replay: no coverage, but the SubstInNode entered is
		// pushed (callstack_subst.go).
		return c.csSubstIn(f(), de, en)
	}
	iss := c.covInstEnter(de, en)
	if iss == nil {
		return f()
	}
	for _, is := range iss {
		is.depth++
	}
	x := f()
	for _, is := range iss {
		is.depth--
	}
	fn := x.fn
	x.fn = func(k *ctx) (value.Value, error) {
		for _, is := range iss {
			is.epoch.Add(1)
		}
		return fn(k)
	}
	x.into = nil
	return x
}

// covInstFor is the substitutions' record of inst, made the first time.
func (c *compiler) covInstFor(inst *ast.Instance) *covInstSubst {
	if c.covInst == nil {
		c.covInst = &covInsts{}
	}
	if c.covInst.byInst == nil {
		c.covInst.byInst = map[*ast.Instance]*covInstSubst{}
	}
	is, ok := c.covInst.byInst[inst]
	if !ok {
		is = &covInstSubst{inst: inst, nodes: map[string]*covSubstNode{}}
		c.covInst.byInst[inst] = is
	}
	return is
}

// covInstUse notes, at a use of a substituted name, where TLC's walk met
// the SubstInNode it is read through, unless covInstEnter noted it in
// this tree: at the start of the action TLC keeps whole because it enters
// the instance (an application frame of the split), else at the start of
// the tree (an invariant, the initial predicate defined in the instance).
func (c *compiler) covInstUse(is *covInstSubst, ctx *instCtx) {
	for f := c.app; f != nil; f = f.parent {
		if f.subst == ctx {
			is.note(covInstEntry{lo: f.lo})
			return
		}
	}
	for _, e := range is.entries {
		if e.root == c.covTop && e.lo < 0 {
			return
		}
	}
	is.note(covInstEntry{root: c.covTop, parent: c.covTop, lo: -1})
}

// note adds e unless it is there already.
func (is *covInstSubst) note(e covInstEntry) {
	for _, o := range is.entries {
		if o == e {
			return
		}
	}
	is.entries = append(is.entries, e)
}

// covInstEnter notes that the body of a definition of the module context
// de is compiled from the context en: when de is an instance with
// substitutions that en is not in, TLC's walk meets its SubstInNode here,
// under the current node, before what the body adds; and those of the
// instances de's is written in that en is not in either, outermost first
// (C!B!A!Safe: C's, B's, then A's; CovInstNest).
func (c *compiler) covInstEnter(de, en cenv) []*covInstSubst {
	if c.cov == nil || c.covTop == nil {
		return nil
	}
	to, from := c.env(de), c.env(en)
	if to == nil || to.ctx == nil || to.ctx == from.ctx || to.ctx.inst == nil || len(to.ctx.subst) == 0 {
		return nil
	}
	var out []*covInstSubst
	for x, nest := to.ctx, 0; x != nil && (nest == 0 || !ctxWithin(from.ctx, x)); x, nest = x.parent, nest+1 {
		if x.inst == nil || len(x.subst) == 0 {
			continue
		}
		is := c.covInstFor(x.inst)
		is.note(covInstEntry{root: c.covTop, parent: c.cov, index: len(c.cov.Children), lo: -1, nest: nest})
		out = append(out, is)
	}
	return out
}

// ctxWithin reports whether the context x is in (is, or is written in)
// the context y.
func ctxWithin(x, y *instCtx) bool {
	for ; x != nil; x = x.parent {
		if x == y {
			return true
		}
	}
	return false
}

// covInstFinish places the substitutions' nodes (covInstPlace) and makes
// each evaluation of an invariant or state constraint a new epoch of every
// instance: TLC evaluates it (Tool.eval) with cached LazyValues.
func (b *builder) covInstFinish(cv *Coverage) {
	c := b.c
	c.covInstPlace(cv)
	if c.covInst == nil || len(c.covInst.byInst) == 0 {
		return
	}
	var all []*covInstSubst
	for _, is := range c.covInst.byInst {
		all = append(all, is)
	}
	bump := func() {
		for _, is := range all {
			is.epoch.Add(1)
		}
	}
	for i := range b.sp.ActionProperties {
		if ev := b.sp.ActionProperties[i].Eval; ev != nil {
			b.sp.ActionProperties[i].Eval = func(s, t value.State) (bool, error) { bump(); return ev(s, t) }
		}
	}
	for _, ps := range [][]StatePred{b.sp.Invariants, b.sp.Constraints, b.sp.InitProperties} {
		for i := range ps {
			if ev := ps[i].Eval; ev != nil {
				ps[i].Eval = func(s value.State) (bool, error) { bump(); return ev(s) }
			}
			if from := ps[i].From; from != nil {
				ps[i].From = func(s, t value.State) (bool, error) { bump(); return from(s, t) }
			}
		}
	}
}

// covInstPlace puts the substitutions' nodes of each INSTANCE in the tree
// TLC's walk reaches last (the highest rank), in TLC's order; the other
// trees do not list them. It runs before the counts of compiling are
// zeroed.
func (c *compiler) covInstPlace(cv *Coverage) {
	if c.covInst == nil || len(c.covInst.byInst) == 0 {
		return
	}
	rank := map[*CovNode]int{}
	r := 0
	add := func(n *CovNode) {
		if n != nil {
			rank[n] = r
		}
		r++
	}
	add(cv.Init)
	for _, a := range cv.Actions {
		add(a)
	}
	for _, n := range cv.Invariants {
		add(n)
	}
	for _, n := range cv.ActionConstraints {
		add(n)
	}
	for _, n := range cv.Constraints {
		add(n)
	}
	for k, p := range cv.parts {
		if k.lo >= 0 && k.lo < len(cv.Actions) {
			rank[p] = 1 + k.lo
		}
	}
	spec := cv.nextSubst[0].IsValid()
	for _, is := range c.covInst.byInst {
		is.giveBack()
	}
	type placed struct {
		is   *covInstSubst
		best covInstEntry
	}
	var places []placed
	for _, is := range c.covInst.byInst {
		best, bestRank := covInstEntry{}, -1
		for _, e := range is.entries {
			if e.lo >= 0 {
				if e.lo >= len(cv.Actions) {
					continue
				}
				e = covInstEntry{root: cv.Actions[e.lo], parent: cv.Actions[e.lo], lo: -1}
			} else if spec && e.root == e.parent && e.index == 0 && len(cv.Actions) > 0 && rank[e.root] >= 1 && rank[e.root] <= len(cv.Actions) {
				// All of Next is one action (a SPECIFICATION written in
				// the instance): its start.
				e.root, e.parent = cv.Actions[0], cv.Actions[0]
			}
			rk, ok := rank[e.root]
			if !ok {
				continue
			}
			if rk >= bestRank {
				best, bestRank = e, rk
			}
		}
		if bestRank < 0 {
			continue
		}
		places = append(places, placed{is, best})
	}
	// The inner instances first: an outer one placed at the same index
	// goes before them.
	slices.SortStableFunc(places, func(a, b placed) int { return a.best.nest - b.best.nest })
	for _, pl := range places {
		is, best := pl.is, pl.best
		nodes := c.ordered(is)
		p := best.parent
		i := min(best.index, len(p.Children))
		kids := append([]*CovNode{}, p.Children[:i]...)
		kids = append(kids, nodes...)
		p.Children = append(kids, p.Children[i:]...)
	}
}

// giveBack takes the proxies of the substitutions' nodes out of the nodes
// they were lent to.
func (is *covInstSubst) giveBack() {
	mine := map[*CovNode]bool{}
	for _, p := range is.proxies {
		mine[p] = true
	}
	for _, p := range is.lent {
		kids := p.Children[:0]
		for _, k := range p.Children {
			if !mine[k] {
				kids = append(kids, k)
			}
		}
		p.Children = kids
	}
	is.lent = nil
}

// ordered are the substitutions' nodes of is in TLC's order: the implicit
// ones, and the explicit ones that overwrote an implicit one
// (covInstInPlace), in SANY's order (SubstDeclOrder), then the other
// explicit ones as the WITH clause writes them.
func (c *compiler) ordered(is *covInstSubst) []*CovNode {
	var out []*CovNode
	explicit := map[string]bool{}
	for _, w := range is.inst.With {
		if !c.covInst.inPlace[covImplicitKey{is.inst, w.Name.Name}] {
			explicit[w.Name.Name] = true
		}
	}
	var decls []string
	if SubstDeclOrder != nil {
		decls = SubstDeclOrder(c.prog[is.inst.Module.Name], c.prog)
	} else {
		decls = c.declOrder(c.prog[is.inst.Module.Name], map[string]bool{}, nil)
		slices.Reverse(decls)
	}
	for _, d := range decls {
		if sn, ok := is.nodes[d]; ok && !explicit[d] {
			out = append(out, sn.n)
		}
	}
	for _, w := range is.inst.With {
		if sn, ok := is.nodes[w.Name.Name]; ok && explicit[w.Name.Name] {
			out = append(out, sn.n)
		}
	}
	return out
}

// declOrder appends to out the constants and variables m declares, those
// of the modules it extends first, in the order of their declarations.
func (c *compiler) declOrder(m *ast.Module, seen map[string]bool, out []string) []string {
	if m == nil || m.Name == nil || seen[m.Name.Name] {
		return out
	}
	seen[m.Name.Name] = true
	for _, e := range m.Extends {
		out = c.declOrder(c.prog[e.Name], seen, out)
	}
	for _, u := range m.Units {
		switch d := u.(type) {
		case *ast.Constants:
			for _, n := range d.Names {
				out = append(out, n.Name.Name)
			}
		case *ast.Variables:
			for _, n := range d.Names {
				out = append(out, n.Name)
			}
		}
	}
	return out
}

// SubstDeclOrder, when set (package model sets it), is the order SANY
// gives the implicit substitutions of an INSTANCE of m: the constants and
// variables of m, in the order of its context's Hashtable (mods: the
// spec's modules by name). Unset, the reverse order of the declarations
// is used (which it is for a few names).
var SubstDeclOrder func(m *ast.Module, mods map[string]*ast.Module) []string
