package eval

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TLCAction is one action of Next as TLC's Tool.getActions splits it: its
// simulator picks among these, one at a time (SimulationWorker), so their
// number and order decide which behaviours a seed draws.
//
// TLC splits through \/ as the static split does (Spec.Actions), but also
// expands a bounded \E whose sets are constant into one action per
// binding: \E i \in 1..3 : Inc(i) is the three actions Inc(1), Inc(2),
// Inc(3), enabled or not. A \E whose set reads the state (TLC fails to
// evaluate it in the empty state) stays one action: then the action covers
// every leaf of the static split under it, Lo to Hi.
type TLCAction struct {
	Lo, Hi int // the leaves of Spec.Actions it covers, Hi excluded
	// Pos is, for a \E TLC does not expand, the position of the \E: TLC
	// names such an action by the \E's source range, without the values
	// it binds. It is not valid for the other actions.
	// An application of an operator whose arguments read the state is
	// one action too, which TLC does not go into: App is the
	// application, and Pos its position.
	Pos token.Pos
	App ast.Expr
	// SubstFrom and SubstTo are, for an application that enters an
	// instance with substitutions (I!Next, I == INSTANCE M WITH x <- y),
	// the range of the INSTANCE statement, where TLC locates that one
	// action (its SubstInNode): not valid for the other actions.
	SubstFrom, SubstTo token.Pos
	binds              []slotVal
	// label is TLC's name of the action (Action.getLocation without the
	// range), known says it could be computed.
	label string
	known bool
	// unnamed: TLC's action has no name (its actionName is
	// UnnamedAction: an inline [][A]_v, a substituted Next), which its
	// trace prints as "Action" and its DOT file as "UnnamedAction".
	unnamed bool
	// formals and actuals are the formal parameters of the definition
	// the action was found in and their values (nil: an operator
	// argument), TLC's Action.getParameters.
	formals []string
	actuals []value.Value
	// context is what TLC's Action.con binds, oldest first: each \E's
	// variables and each applied definition's formal parameters, in the
	// order TLC binds them on the way to the action; contextKnown says
	// every binding is known (an argument not compiled, or one with an
	// effect, which TLC binds lazily, is not).
	context      []CtxBinding
	contextKnown bool
}

// CtxBinding is one binding of an action's context: a name and its
// value, or for an operator argument (Value nil) TLC's print of it, Op
// ("<Operator Inc>").
type CtxBinding struct {
	Name  string
	Value value.Value
	Op    string
}

// Context is TLC's context of the action (Action.con), its bindings
// oldest first; ok is false when one of them cannot be told.
func (a *TLCAction) Context() (binds []CtxBinding, ok bool) { return a.context, a.contextKnown }

// Opaque reports whether the action is a \E TLC does not expand, or an
// application TLC does not go into: TLC locates it there, not at a leaf.
func (a *TLCAction) Opaque() bool { return a.Pos.IsValid() }

// Label is TLC's name of the action: the operator definition it was found
// in, and the values its context binds to that definition's own formal
// parameters: "Two(1,0)". ok is false when it cannot be told.
func (a *TLCAction) Label() (string, bool) { return a.label, a.known }

// Unnamed reports whether TLC's action has no name (Action.UNNAMED_ACTION):
// Label is then "Action", TLC's getLocation's word for it.
func (a *TLCAction) Unnamed() bool { return a.unnamed }

// Parameters are the formal parameters of the definition TLC names the
// action by, with their values, as TLC's Action.getParameters gives them
// (TLCGet("action") in its simulator): those bound to a value, in order.
func (a *TLCAction) Parameters() (names []string, vals []value.Value) {
	for i, n := range a.formals {
		if i < len(a.actuals) && a.actuals[i] != nil {
			names, vals = append(names, n), append(vals, a.actuals[i])
		}
	}
	return names, vals
}

// Params are the values the action's context binds (the \E expanded on
// the way to it), which TLC prints after its name: Swap(p1,p2).
func (a *TLCAction) Params() []value.Value {
	out := make([]value.Value, len(a.binds))
	for i, b := range a.binds {
		out[i] = b.v
	}
	return out
}

// slotVal is a bound variable of the \E on the way to an action.
type slotVal struct {
	slot int
	v    value.Value
}

// String names the action for tests: the leaves and the bound values.
func (a *TLCAction) String() string {
	s := fmt.Sprintf("%d", a.Lo)
	if a.Hi != a.Lo+1 {
		s += fmt.Sprintf("..%d", a.Hi-1)
	}
	for _, b := range a.binds {
		s += " " + b.v.String()
	}
	return s
}

// tlcSplit is what TLCActions computes once: the actions, and the leaf
// range of each \E and \/ step of the dispatch, which NextOf prunes by.
type tlcSplit struct {
	actions []TLCAction
	ranges  map[*step][2]int
	err     error
}

// tlcLazy computes the split once, when first asked.
type tlcLazy struct {
	prog     *program
	dispatch []step
	once     sync.Once
	split    *tlcSplit
	index    tlcIndex // TLCActionOf's
	mu       sync.Mutex
	made     bool // split computed (TLCSplitMade)
	// specSubst is, for a next-state relation written in an instance
	// with substitutions (tlcsubst.go), the INSTANCE statement's range:
	// TLC's one action.
	specSubst [2]token.Pos
}

// TLCActions returns Next split as TLC splits it. It evaluates the
// constant sets of the \E on the way (once; an error there is returned).
//
// A hand-built Spec (no compiled Next) is one action, all of Next.
func (sp *Spec) TLCActions() ([]TLCAction, error) {
	if sp.tlc == nil {
		return []TLCAction{{Lo: 0, Hi: max(len(sp.Actions), 1)}}, nil
	}
	l := sp.tlc
	l.once.Do(func() {
		if l.specSubst[0].IsValid() {
			l.split = l.prog.substSplit(l.dispatch, l.specSubst)
		} else {
			l.split = l.prog.tlcSplit(l.dispatch)
		}
		l.mu.Lock()
		l.made = true
		l.mu.Unlock()
	})
	return l.split.actions, l.split.err
}

// TLCSplitMade reports whether TLCActions was computed already.
func (sp *Spec) TLCSplitMade() bool {
	if sp.tlc == nil {
		return false
	}
	sp.tlc.mu.Lock()
	defer sp.tlc.mu.Unlock()
	return sp.tlc.made
}

func (p *program) tlcSplit(dispatch []step) (out *tlcSplit) {
	out = &tlcSplit{ranges: map[*step][2]int{}}
	k := p.get()
	defer p.put(k)
	k.s = make(value.State, p.nvars)
	// TLC evaluates the sets of the \E it expands without recording
	// coverage: the split counts nothing.
	k.covMute++
	defer func() { k.covMute-- }()
	defer func() {
		if r := recover(); r != nil {
			out.err = fmt.Errorf("splitting the next-state relation into TLC's actions: %v", r)
		}
	}()
	leafRange(dispatch, out.ranges)
	out.walk(k, dispatch, nil, nil)
	return out
}

// entered is an application the walk went into, with the values of its
// formal parameters as TLC prints them.
type entered struct {
	f      *appFrame
	params []string
	vals   []value.Value
	known  bool
	nb     int // the \E's variables bound when it was entered
}

// enter goes into the applications between those entered and st's:
// false when TLC does not go into one of them, which is then one action
// (added).
func (t *tlcSplit) enter(k *ctx, st *step, binds []slotVal, in []entered) ([]entered, bool) {
	var chain []*appFrame
	for f := st.app; f != nil; f = f.parent {
		chain = append(chain, f)
	}
	slices.Reverse(chain)
	n := 0
	for n < len(in) && n < len(chain) && in[n].f == chain[n] {
		n++
	}
	in = in[:n:n]
	for _, f := range chain[n:] {
		ps, vals, ok, known := f.paramValues(k)
		if !ok {
			t.add(k, TLCAction{Lo: f.lo, Hi: f.hi, Pos: f.expr.Pos(), App: f.expr, binds: binds, label: f.name, known: true}, in)
			return in, false
		}
		in = append(in, entered{f: f, params: ps, vals: vals, known: known, nb: len(binds)})
		if f.subst != nil {
			label, known := labelIn(in)
			a := TLCAction{Lo: f.lo, Hi: f.hi, Pos: f.expr.Pos(), App: f.expr, SubstFrom: f.subst.stmt, SubstTo: f.subst.end, binds: binds, label: label, known: known, unnamed: len(in) == 0}
			a.formals, a.actuals = paramsIn(in)
			t.add(k, a, in)
			return in, false
		}
	}
	return in, true
}

// paramsIn are the formal parameters of the definition an action found
// in the applications in is named by, and their values (labelIn).
func paramsIn(in []entered) ([]string, []value.Value) {
	if len(in) == 0 || len(in[len(in)-1].vals) != len(in[len(in)-1].f.formals) {
		return nil, nil
	}
	e := in[len(in)-1]
	return e.f.formals, e.vals
}

// labelIn is TLC's name of an action found in the applications in.
func labelIn(in []entered) (string, bool) {
	if len(in) == 0 {
		return "Action", true // TLC's actionName is null: an inline [][A]_v
	}
	e := in[len(in)-1]
	if len(e.params) == 0 {
		return e.f.name, e.known
	}
	return e.f.name + "(" + strings.Join(e.params, ",") + ")", e.known
}

// leafRange computes the leaves under seq, and records them for each \E
// and \/ step in it.
func leafRange(seq []step, ranges map[*step][2]int) (lo, hi int) {
	lo, hi = -1, -1
	add := func(l, h int) {
		if l < 0 {
			return
		}
		if lo < 0 || l < lo {
			lo = l
		}
		if h > hi {
			hi = h
		}
	}
	for i := range seq {
		st := &seq[i]
		switch st.kind {
		case sAction:
			add(st.v, st.v+1)
			return lo, hi // the leaf's own steps follow
		case sOr, sExists:
			sl, sh := -1, -1
			for _, br := range st.branches {
				l, h := leafRange(br, ranges)
				if l >= 0 && (sl < 0 || l < sl) {
					sl = l
				}
				if h > sh {
					sh = h
				}
			}
			ranges[st] = [2]int{sl, sh}
			add(sl, sh)
		}
	}
	return lo, hi
}

// walk expands the dispatch seq as Tool.getActions does, under binds,
// in the applications in.
func (t *tlcSplit) walk(k *ctx, seq []step, binds []slotVal, in []entered) {
	for i := range seq {
		st := &seq[i]
		if st.kind == sAction || st.kind == sOr || st.kind == sExists {
			var ok bool
			if in, ok = t.enter(k, st, binds, in); !ok {
				return
			}
		}
		switch st.kind {
		case sAction:
			label, known := labelIn(in)
			a := TLCAction{Lo: st.v, Hi: st.v + 1, binds: binds, label: label, known: known, unnamed: len(in) == 0}
			a.formals, a.actuals = paramsIn(in)
			t.add(k, a, in)
			return
		case sOr:
			for _, br := range st.branches {
				t.walk(k, br, binds, in)
			}
			return
		case sExists:
			r := t.ranges[st]
			opaque := func() {
				if r[0] >= 0 {
					label, known := labelIn(in)
					a := TLCAction{Lo: r[0], Hi: r[1], Pos: st.pos, binds: binds, label: label, known: known, unnamed: len(in) == 0}
					a.formals, a.actuals = paramsIn(in)
					t.add(k, a, in)
				}
			}
			if st.b.set.dep&(depState|depNext) != 0 || st.unsplit {
				opaque()
				return
			}
			elems, err := constElems(k, st.b.set)
			if err != nil || len(elems) == 0 {
				// TLC: an empty \E is one action (that is never enabled), and
				// one it cannot enumerate without a state is one action.
				opaque()
				return
			}
			cnt := len(t.actions)
			for _, v := range elems {
				if err := st.b.bind(k, v); err != nil {
					// TLC's catch drops the actions this \E made so far:
					// the whole \E is one action.
					t.actions = t.actions[:cnt]
					opaque()
					return
				}
				nb := append(binds[:len(binds):len(binds)], make([]slotVal, 0, len(st.b.slots))...)
				for _, s := range st.b.slots {
					nb = append(nb, slotVal{s, k.env[s]})
				}
				t.walk(k, st.branches[0], nb, in)
			}
			return
		}
	}
}

// add appends a, found in the applications in, its bound variables in
// the order the \E declare them (the walk binds the last declared first),
// as TLC prints them, and its context (contextOf).
func (t *tlcSplit) add(k *ctx, a TLCAction, in []entered) {
	def := &k.prog.actions[a.Lo]
	rank := func(slot int) int {
		for i, s := range def.slots {
			if s == slot {
				return i
			}
		}
		return len(def.slots)
	}
	a.binds = slices.Clone(a.binds)
	slices.SortStableFunc(a.binds, func(x, y slotVal) int { return rank(x.slot) - rank(y.slot) })
	a.context, a.contextKnown = contextOf(a.binds, in, func(slot int) string {
		if i := rank(slot); i < len(def.info.Params) {
			return def.info.Params[i]
		}
		return ""
	})
	t.actions = append(t.actions, a)
}

// contextOf is TLC's context of an action (Action.con), oldest binding
// first: the \E's variables (binds, in the order they are bound, outer
// \E first) interleaved with the formal parameters of each application
// entered (in), each bound after the variables bound before it was
// entered, as TLC's getActions extends its context on the way down.
func contextOf(binds []slotVal, in []entered, name func(slot int) string) ([]CtxBinding, bool) {
	out := []CtxBinding{}
	prev := 0
	addBinds := func(to int) bool {
		for _, b := range binds[prev:to] {
			n := name(b.slot)
			if n == "" || b.v == nil {
				return false
			}
			out = append(out, CtxBinding{Name: n, Value: b.v})
		}
		prev = to
		return true
	}
	for _, e := range in {
		if e.nb < prev || e.nb > len(binds) || !addBinds(e.nb) {
			return nil, false
		}
		if !e.known || len(e.vals) != len(e.f.formals) {
			return nil, false
		}
		for i, v := range e.vals {
			if v == nil { // an operator argument, as TLC prints it
				if i >= len(e.params) || e.params[i] == "" {
					return nil, false
				}
				out = append(out, CtxBinding{Name: e.f.formals[i], Op: e.params[i]})
				continue
			}
			out = append(out, CtxBinding{Name: e.f.formals[i], Value: v})
		}
	}
	if !addBinds(len(binds)) {
		return nil, false
	}
	return out, true
}

// constElems evaluates a \E's set outside any state; a panic (a variable
// read where none is) is an error, as TLC's exception is.
func constElems(k *ctx, x cx) (elems []value.Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			elems, err = nil, fmt.Errorf("%v", r)
		}
	}()
	return evalElems(k, x)
}

// NextOf yields the successors of s by the action a of TLCActions, in the
// order Next yields them: TLC's getNextStates(action, state).
func (sp *Spec) NextOf(s value.State, a *TLCAction, yield func(Step) error) error {
	if sp.tlc == nil {
		return sp.Next(s, yield)
	}
	return sp.nextOfAction(s, a, nil, yield)
}

// nextOfAction runs TLC's split of Next for the action a from s; with
// one set, each disjunction and \E stops at its first branch that yields
// a successor (NextOfOne).
func (sp *Spec) nextOfAction(s value.State, a *TLCAction, one Random, yield func(Step) error) error {
	if _, err := sp.TLCActions(); err != nil {
		return err
	}
	p := sp.tlc.prog
	k := p.get()
	k.one = one
	k.s = s
	k.phase = phaseNext
	k.yield = yield
	k.emit = emitStep
	k.only = a
	k.onlyRanges = sp.tlc.split.ranges
	err := k.run(sp.tlc.dispatch, 0)
	k.yield, k.action, k.only, k.onlyRanges, k.one = nil, nil, nil, nil, nil
	p.put(k)
	return err
}

// outside reports, under NextOf, whether the \E or \/ step st leads to no
// leaf of the action sought: it is then not evaluated at all (its sets and
// hoisted guards are the other actions').
func (k *ctx) outside(st *step) bool {
	r, ok := k.onlyRanges[st]
	return ok && (r[1] <= k.only.Lo || r[0] >= k.only.Hi)
}

// otherLeaf reports, under NextOf, whether the action v entered, with the
// variables bound on the way, is not the action sought.
func (k *ctx) otherLeaf(v int) bool {
	if v < k.only.Lo || v >= k.only.Hi {
		return true
	}
	for _, b := range k.only.binds {
		if !value.Equal(k.env[b.slot], b.v) {
			return true
		}
	}
	return false
}

// boundByOnly reports, under NextOf, whether the action sought binds the
// \E variables in slots (TLC expanded that \E into one action per
// binding), and if so binds them in k.env to the action's values.
func (k *ctx) boundByOnly(slots []int) bool {
	n := 0
	for _, b := range k.only.binds {
		for _, s := range slots {
			if s == b.slot {
				n++
			}
		}
	}
	if n == 0 || n != len(slots) {
		return false
	}
	for _, b := range k.only.binds {
		for _, s := range slots {
			if s == b.slot {
				k.env[s] = b.v
			}
		}
	}
	return true
}

// otherBinding reports, under NextOf, whether the \E binder that bound
// slots bound one the action sought binds to another value.
func (k *ctx) otherBinding(slots []int) bool {
	for _, b := range k.only.binds {
		for _, s := range slots {
			if s == b.slot && !value.Equal(k.env[s], b.v) {
				return true
			}
		}
	}
	return false
}
