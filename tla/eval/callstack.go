package eval

import (
	"slices"
	"strings"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// CallStack records the expressions TLC reports after an evaluation error
// as "the nested expressions" it was evaluating (message 2103). TLC finds
// them by evaluating the failing computation again with a tool that
// pushes every node it evaluates (tlc2.tool.impl.CallStackTool): each
// expression given to eval, and each predicate given to the successor
// and initial-state generators (getNextStates, getInitStates), which call
// the rest of the action from inside the conjunct they are at, so that
// the conjuncts already taken stay on the stack. A spec loaded with
// Options.CallStack is compiled the same way: each compiled expression
// pushes itself while it runs, and each part of an action pushes the
// nodes the generator enters before it (an sFrames step). The search
// never runs such a spec: it is loaded again, after an error, only to
// replay the failing computation, so the normal evaluator pays nothing.
//
// The stack kept is the one at the innermost point the first error went
// through (Frames), as TLC freezes its stack when the exception is thrown.
type CallStack struct {
	frames []ast.Expr
	// fresh: a frame was pushed since the last snapshot; the first
	// wrapper an error returns through after it takes the snapshot.
	fresh bool
	snap  []ast.Expr
	// last is the last error a frame returned; built the values the
	// replay built from constructors, by the node that built them
	// (callstack_source.go).
	last  error
	built map[value.Value]ast.Expr
	// caughtErr is the error of a Java method the snapshot was taken
	// again at (caught).
	caughtErr error
}

// Frames is the stack TLC prints, outermost first, at the first
// evaluation error met since the last Reset; nil when none was.
// Consecutive repeats of one node (a predicate pushed by the generator,
// then by eval) are left in: TLC prints them once (CallStack.toString).
func (s *CallStack) Frames() []ast.Expr { return s.snap }

// Reset forgets what was recorded (what compiling the spec evaluated).
func (s *CallStack) Reset() {
	s.frames, s.fresh, s.snap, s.last, s.built, s.caughtErr = s.frames[:0], false, nil, nil, nil, nil
}

// note takes the snapshot when err is an evaluation error that no frame
// has recorded yet.
func (s *CallStack) note(err error) {
	if err != nil {
		s.last = err
		if s.caught(err) {
			return
		}
	}
	if err == nil || !s.fresh {
		return
	}
	if _, ok := err.(*Error); !ok {
		return
	}
	s.snap = append([]ast.Expr(nil), s.frames...)
	s.fresh = false
}

// push pushes es and returns the depth to pop back to.
func (s *CallStack) push(es ...ast.Expr) int {
	n := len(s.frames)
	s.frames = append(s.frames, es...)
	s.fresh = true
	return n
}

// csTransparent reports whether e is no node of SANY's semantic tree of
// its own: parentheses and labels are their body's.
func csTransparent(e ast.Expr) bool {
	switch e.(type) {
	case *ast.Paren, *ast.Label:
		return true
	}
	return false
}

// csExpr compiles e so that it pushes itself while it is evaluated
// (CallStackTool.eval).
func (c *compiler) csExpr(e ast.Expr, en cenv) cx {
	x := c.exprCore(e, en)
	if csTransparent(e) || !inModuleFile(e) {
		return x
	}
	x = c.csWrap(x, e)
	if src := csSourceOf(e, en); src != nil && src != e {
		x = c.csRecord(x, src)
	}
	return x
}

// csWrap makes x push e while it runs.
func (c *compiler) csWrap(x cx, e ast.Expr) cx {
	s := c.cs
	if s == nil || x.fn == nil {
		return x
	}
	fn := x.fn
	src := sourced(ast.Unparen(e))
	x.fn = func(k *ctx) (v value.Value, err error) {
		n := s.push(e)
		v, err = fn(k)
		if err != nil {
			err = s.lazyOpFailed(err, e)
		}
		s.note(err)
		s.frames = s.frames[:n]
		if err == nil {
			if _, mixed := v.(*value.MixedSetV); src || mixed {
				// A set TLC cannot sort built by an operator (\cup)
				// gets that operator's node too (CupMixMV).
				s.record(v, e)
			}
		}
		return v, err
	}
	// The in-place path of an EXCEPT would go around the recording.
	x.into = nil
	return x
}

// csFrames is what an sFrames step pushes.
type csFrames struct {
	stack *CallStack
	exprs []ast.Expr
	// whole is a conjunction written in parentheses whose steps are the
	// n after this one: once every variable has a value, TLC's
	// generator of initial states evaluates it as one expression, which
	// stays on the stack while its conjuncts are evaluated (TLC rev
	// cc6b616: PInitParen, Init == x = 0 /\ (x = 0 /\ x < "a")).
	whole ast.Expr
	n     int
	// group is the number of steps after this one that are e's, the
	// node pushed first (csPrepend).
	group int
	// always: pushed even once every variable has a value, as TLC's
	// processUnchanged pushes the elements of an UNCHANGED tuple after
	// the first, items of the continuation it goes on with
	// (unchangedFrames).
	always bool
}

// csAction compiles e as an action whose first step pushes e, as the
// generators push the predicate they are given (getNextStates).
func (c *compiler) csAction(e ast.Expr, en cenv) []step {
	c.csSkip = e
	steps := c.action(e, en)
	if csTransparent(e) || !inModuleFile(e) {
		return steps
	}
	return c.csPrepend(steps, e, e.Pos())
}

// csPrepend makes steps push e first.
func (c *compiler) csPrepend(steps []step, e ast.Expr, pos token.Pos) []step {
	if len(steps) > 0 && steps[0].kind == sFrames {
		f := steps[0].cs
		f.exprs = append([]ast.Expr{e}, f.exprs...)
		f.group = len(steps) - 1
		return steps
	}
	st := step{kind: sFrames, pos: pos, cs: &csFrames{stack: c.cs, exprs: []ast.Expr{e}, group: len(steps)}}
	return append([]step{st}, steps...)
}

// csChain pushes the inner conjunctions of a chain a /\ b /\ ... /\ z
// (left-associative: ((a /\ b) /\ ...) /\ z), each entered, as TLC
// enters it, with its left conjunct; the outermost is csAction's.
func (c *compiler) csChain(e *ast.Binary, steps []step) []step {
	if c.cs == nil {
		return steps
	}
	var bins []*ast.Binary
	for b, ok := ast.Expr(e).(*ast.Binary); ok && b.Op == token.AND; b, ok = b.X.(*ast.Binary) {
		bins = append(bins, b)
	}
	for i := len(bins) - 1; i >= 1; i-- {
		steps = c.csPrepend(steps, bins[i], bins[i].Pos())
	}
	return steps
}

// csRun runs an sFrames step: its nodes stay pushed while the rest of the
// action runs from inside it, as in TLC.
//
// Once every primed variable has a value, TLC evaluates what is left of
// the action as plain expressions (getNextStatesAllAssigned), which
// push nothing while their value is checked: a conjunct that is not a
// boolean there is not on the stack (WExNB). The initial predicate's
// generator does the same once every variable has a value: a conjunct
// after the last assignment is evaluated, pushed only while it is (TLC
// rev cc6b616: Init == x = 0 /\ y \in S /\ x < y /\ 1 \div (y - 1) = 0
// fails with x < y off the stack, x = 0 /\ x < 5 /\ y \in S /\ ... with
// x < 5 on it).
func (k *ctx) csRun(st *step, seq []step, i int) error {
	if (k.phase == phaseNext || k.phase == phaseConst && k.s == nil) && k.allSet() && !st.cs.always { // k.s nil: Init
		if w := st.cs.whole; w != nil && k.phase == phaseConst && i+st.cs.n == len(seq) {
			// Only a group that ends the steps: the stack cannot be
			// popped at the group's end from inside the run.
			s := st.cs.stack
			n := s.push(w)
			saved := k.csWhole
			k.csWhole = true
			err := k.run(seq, i)
			k.csWhole = saved
			s.note(err)
			s.frames = s.frames[:n]
			return err
		}
		if k.csWhole && i+1 == len(seq) && len(st.cs.exprs) > 0 && isDisjunction(st.cs.exprs[0]) {
			// Evaluated as an expression, a disjunction is on the stack
			// while its disjuncts are (PInitParen3); the group ends the
			// steps, so that it ends where the run does.
			s := st.cs.stack
			n := s.push(st.cs.exprs[0])
			err := k.run(seq, i)
			s.note(err)
			s.frames = s.frames[:n]
			return err
		}
		if u, at, tup := unchangedTuple(st.cs.exprs); u != nil && st.cs.group > 0 && i+st.cs.group <= len(seq) {
			// Evaluated as an expression: the definitions applied on the
			// way pushed, the UNCHANGED pushed where its comparison fails
			// (memberChecked), which names the tuple (callstack_unch.go).
			saved, savedTup := k.csUnch, k.csUnchTuple
			k.csUnch, k.csUnchTuple = u, tup
			defer func() { k.csUnch, k.csUnchTuple = saved, savedTup }()
			return k.csItem(st, seq, i, st.cs.exprs[:at])
		}
		if st.cs.group > 0 && i+st.cs.group <= len(seq) {
			if evaluatedWhole(st.cs.exprs[0]) {
				return k.csItem(st, seq, i, st.cs.exprs)
			}
			if checkedItem(seq[i : i+st.cs.group]) {
				return k.csItem(st, seq, i, st.cs.exprs[:1])
			}
		}
		return k.run(seq, i)
	}
	s := st.cs.stack
	n := s.push(st.cs.exprs...)
	err := k.run(seq, i)
	if ee, ok := err.(*Error); ok && s.fresh && len(s.frames) > n && i < len(seq) && seq[i].kind == sGuard {
		if _, ok := ee.Cause.(initNotBool); ok {
			s.frames = s.frames[:len(s.frames)-1] // the conjunct itself (tlcwording.go)
		}
	}
	s.note(err)
	s.frames = s.frames[:n]
	return err
}

// inModuleFile reports whether e is written in a module: the cfg's names
// of the initial predicate or next-state relation are not (TLC gives
// its generators the definition's body).
func inModuleFile(e ast.Expr) bool {
	return !strings.HasSuffix(e.Pos().Filename, ".cfg")
}

// csInitAction compiles the initial predicate e as TLC's replay walks it:
// SpecProcessor gives its generator the body of the definition e names
// when e is a name without arguments (the cfg's INIT, or a conjunct of
// the SPECIFICATION: Spec == Init /\ [][Next]_v gives Init's body), one
// level only (TLC rev cc6b616: Init == Init2 pushes Init2, then its
// body), else e itself; a body reached through an INSTANCE with
// substitutions is its SubstInNode (callstack_subst.go), pushed first.
func (c *compiler) csInitAction(e ast.Expr, en cenv) []step {
	if named(e) {
		if d, de, ok := c.userOp(e, en); ok && len(d.Params) == 0 {
			return c.csSubstInSteps(c.initAction(d.Body, de), de, en, e.Pos())
		}
	}
	return c.initAction(e, en)
}

// named reports whether e is a name without arguments: I, or M!I.
func named(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return true
	case *ast.ModRef:
		if len(e.Args) > 0 || len(e.Sels) > 0 {
			return false
		}
		for _, st := range e.Path {
			if len(st.Args) > 0 {
				return false
			}
		}
		return true
	}
	return false
}

// memberChecked is err, raised checking the value already assigned to x
// against S in x \in S (an sMember step): TLC evaluates the whole x \in S
// then, pushed on its stack (TLC rev cc6b616: LSeqInit, Init == x = <<1>>
// /\ x \in Seq(3)), where the step's own frame is not pushed once every
// variable has a value (csRun). So is x' = e (UNCHANGED x) compared with
// the value already assigned to x' (sAssign, sUnchanged: TLC rev cc6b616,
// B4Act1, B4Act6).
func (st *step) memberChecked(err error) error {
	s := st.stack
	if s == nil || st.x == nil {
		return err
	}
	n := len(s.frames)
	if n > 0 && s.frames[n-1] == st.x {
		return err
	}
	if st.kind == sUnchanged && slices.Contains(s.frames, st.x) {
		// Pushed with the frames to the variable (unchangedFrames).
		return err
	}
	s.push(st.x)
	s.note(err)
	s.frames = s.frames[:n]
	return err
}

// boundChecked is err, raised enumerating the bound of an sExists step,
// with the \E on the stack when the enumeration itself failed (the set
// evaluated, its frames popped): TLC evaluates the \E as one expression
// once every variable of Init has a value, where the step's own frame is
// not pushed (csRun; TLC rev cc6b616: NQFcnSet, x = 0 /\ \E y \in [Nat ->
// {1}] : TRUE). An error raised inside the set keeps its own stack.
func (st *step) boundChecked(err error) error {
	ee, ok := err.(*Error)
	if !ok || st.x == nil {
		return err
	}
	if _, ok := ee.Cause.(valueMethodError); !ok && (st.stack == nil || st.stack.snap != nil) {
		// Raised inside the set, whose frames recorded it; one raised
		// by the enumeration itself (Nat: TLC rev cc6b616, ExNat1, \E y
		// \in Nat : x' = y as Next) or by binding an element (a tuple
		// of the wrong length) has the \E on the stack.
		return err
	}
	return st.memberChecked(err)
}

// markExists gives the sExists steps of e, the \E that made steps (after
// the sAction naming Next's action, when there is one), e and the
// stack, for boundChecked: each binder of e may be the one whose
// enumeration or binding fails.
func markExists(steps []step, e *ast.Quant, cs *CallStack) {
	if len(steps) > 0 && steps[0].kind == sAction {
		steps = steps[1:]
	}
	for len(steps) >= 1 && steps[0].kind == sExists && steps[0].pos == e.Pos() {
		steps[0].x, steps[0].stack = e, cs
		if len(steps[0].branches) != 1 {
			return
		}
		steps = steps[0].branches[0]
		for len(steps) > 0 && steps[0].kind != sExists {
			steps = steps[1:]
		}
	}
}

// evaluatedWhole reports whether e is a node the generators decompose
// into steps that, once every variable has a value, TLC evaluates as one
// expression (eval pushes it): a LET (TLC rev cc6b616: FLet, Init == x =
// 0 /\ LET t == <<1, 2>> IN t[3] = 1 names the LET, then its body) or a
// quantifier (ExNB7, Init == x = 1 /\ \E i \in {1} : 1 names the \E).
func evaluatedWhole(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Let:
		return true
	case *ast.Quant:
		return e.Op == token.EXISTS || e.Op == token.FORALL
	case *ast.OpApp:
		// An operator's application, then its body (P(<<>>) with P(f)
		// == f[1] = 2).
		return true
	}
	return false
}

// checkedItem reports whether grp is one x = e, x \in S or UNCHANGED x
// step: once every variable has a value TLC evaluates it as an
// expression, on its stack while e is evaluated (FLet2: LET t == <<1, 2>>
// IN x = t[3] names x = t[3] before t[3]).
func checkedItem(grp []step) bool {
	if len(grp) != 1 {
		return false
	}
	switch grp[0].kind {
	case sAssign, sMember, sUnchanged:
		return true
	}
	return false
}

// csItem runs the steps of st's node (the group after st, at seq[i]) as
// TLC evaluates a pending item once every variable has a value: exprs
// (the node, and the nodes eval enters on its way to the steps: an
// operator's body, a LET's body) pushed while it is evaluated for its
// truth (probe), popped before the rest of the action runs.
func (k *ctx) csItem(st *step, seq []step, i int, exprs []ast.Expr) error {
	s := st.cs.stack
	grp := seq[i : i+st.cs.group]
	n := s.push(exprs...)
	var ok bool
	var err error
	switch grp[0].kind {
	case sOr, sExists, sForall, sCall:
		ok, err = k.probe(grp) // expanded, not probed again
	default:
		d := len(k.stack)
		k.stack = append(k.stack, frame{j: -1})
		err = k.run(grp, 0)
		k.stack = k.stack[:d]
		if err == errProbe {
			ok, err = true, nil
		}
	}
	if itemNotBool(err, exprs) {
		// The item's value is checked after eval returned it: the
		// item is off the stack (NBDef2: x' = 1 /\ A(x), A(y) == {y'}).
		s.frames = s.frames[:n]
	}
	s.note(err)
	s.frames = s.frames[:n]
	if err != nil || !ok {
		return err
	}
	return k.run(seq, i+st.cs.group)
}

// itemNotBool reports whether err is conjunctNotBool's error, the
// generator's for an item whose value is not a boolean, about one of
// exprs (not about a conjunct inside one: the body of a \E, ExNB7).
func itemNotBool(err error, exprs []ast.Expr) bool {
	ee, ok := err.(*Error)
	if !ok || ee.Expr == nil || !slices.Contains(exprs, ee.Expr) {
		return false
	}
	for _, p := range []string{"In computing next states, TLC expected a boolean", "In computing initial states, TLC expected a boolean", nextNotBool, initNotBoolRel} {
		if strings.HasPrefix(ee.Msg, p) {
			return true
		}
	}
	return false
}

// lazyOpFailed is err, raised by e itself, S \cup T, in a method of a
// value it was combining (a member check of elements TLC cannot compare),
// named by e's own value: TLC keeps the union unevaluated (SetCupValue)
// and meets the error when it normalises it, inside the union's method,
// so that its 2147 names the union's node before the values that failed
// (TLC rev cc6b616: FInitAsCup, x = {<<1>>} \cup {[a |-> 1]}), where
// wspcycle computes the union at once. UNION S is not: TLC gathers its
// elements at once (lazyset's UnionMix), and names its node only when the
// set gathered fails later.
func (s *CallStack) lazyOpFailed(err error, e ast.Expr) error {
	ee, ok := err.(*Error)
	if !ok {
		return err
	}
	m, ok := ee.Cause.(*value.MethodError)
	if !ok {
		return err
	}
	if x, ok := ast.Unparen(e).(*ast.Binary); !ok || x.Op != token.CUP || ee.Pos != x.OpPos {
		return err
	}
	u := &value.CupV{A: value.EmptySet, B: value.EmptySet, Src: e}
	s.record(u, e)
	ee.Cause = &value.MethodError{V: u, Err: m}
	return ee
}
