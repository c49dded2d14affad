package main

import (
	"bytes"
	"io"
	"strings"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/model/tlcout"
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/source"
	"github.com/wspcycle/wspcycle/tla/span"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// tlcNestedStack is the stack of source ranges TLC prints after an
// evaluation error (2103, "The error occurred when TLC was evaluating the
// nested expressions at the following positions:"), outermost first; nil
// when TLC prints none. As TLC (ModelChecker), it replays the failing
// computation with a spec that records what it evaluates (cs, loaded
// with eval.Options.CallStack):
//
//   - an error computing the initial states or checking one of them (its
//     constraints, invariants, state-level properties): the initial
//     states are computed again, each checked as it is found, so that
//     the stack holds the initial predicate's conjuncts taken;
//   - an error computing the successors of a state: they are computed
//     again, then each successor checked (constraints, action
//     constraints, action properties) once they all are, as TLC's doNext;
//     an error checking a successor (the last state of the trace) against
//     the constraints: the same from its predecessor;
//   - an invariant that fails to evaluate on a successor: nothing, since
//     TLC's replay finds the successor already seen and does not check
//     its invariants again (TLC rev cc6b616: I, AInv);
//   - a failing ASSUME: nothing (TLC checks them before any replay);
//   - an error in the temporal properties' predicates on a step from the
//     trace's last state: the successors computed again, and the
//     predicates evaluated on each step (LState, LAct).
//
// What the replay of the initial states prints is kept in
// rep.NestedPrints, as TLC prints it again then (PInit). What the replay
// of a successor's failing check prints is returned (replayed true):
// TLC prints it after the trace, where the search's report has what
// rebuilding the step to the successor prints (model.TracePrints.After),
// which lacks the checks' prints and Next's after that step.
func tlcNestedStack(cs *eval.Spec, printed *bytes.Buffer, rep *model.Report) (stack []ast.Expr, replay string, replayed bool) {
	if cs == nil || cs.CallStack == nil {
		return nil, "", false
	}
	msg := rep.Message
	rec := cs.CallStack
	rec.Reset()
	n := len(rep.Trace)
	switch {
	case n == 0 || rep.InitialState:
		printed.Reset()
		_ = cs.Init(func(s value.State) error { return checkInitial(cs, s) })
		rep.NestedPrints = printed.String()
	case rep.LiveEval:
		// The temporal properties' predicates on each step from the
		// trace's last state, as the search evaluated them, once the
		// successors are computed (Next's frames are gone by then).
		s := rep.Trace[n-1].State
		var succ []value.State
		err := cs.Next(s, func(st eval.Step) error {
			succ = append(succ, st.State.Clone())
			return nil
		})
		if err != nil {
			return nil, "", false
		}
		rec.Reset()
		failed := false
		for _, t := range succ {
			if model.LiveStepEval(cs, s, t) != nil {
				failed = true
				break
			}
		}
		if !failed {
			// A fairness condition's ENABLED on s itself (LFair).
			_ = model.LiveStateEval(cs, s)
		}
		// TLC's tableau holds the action A of <<A>>_v, not the step
		// expression: its stack starts at A (LAct).
		var out []ast.Expr
		for _, e := range rec.Frames() {
			if _, ok := e.(*ast.AngleAction); !ok {
				out = append(out, e)
			}
		}
		return out, "", false
	default:
		checked := (rep.SuccessorCheck || strings.HasPrefix(msg, "Evaluating action property")) && n >= 2
		if checked {
			n-- // the successor's predecessor is expanded again
		}
		s := rep.Trace[n-1].State
		start := printed.Len()
		var succ []value.State
		var at []int // where the prints stood as each successor was found
		err := cs.Next(s, func(st eval.Step) error {
			succ = append(succ, st.State.Clone())
			at = append(at, printed.Len())
			return nil
		})
		if err != nil {
			break
		}
		next := printed.String()
		var out strings.Builder
		from := start
		for i, t := range succ {
			out.WriteString(next[from:at[i]])
			from = at[i]
			mark := printed.Len()
			err := checkStep(cs, s, t)
			out.WriteString(printed.String()[mark:])
			if err != nil {
				if checked {
					replay, replayed = out.String(), true
				}
				break
			}
		}
	}
	return withSource(rec), replay, replayed
}

// TLC's replay of a successor's failing check (a CONSTRAINT, an
// ACTION_CONSTRAINT, an action property) is its doNext of the
// predecessor again: each successor checked as Next yields it, so that
// what Next prints and what the checks print interleave, up to the
// failing check (TLC rev cc6b616: PAct1, SAct, TActB in
// model/testdata/tlc/replayprints). tlcNestedStack's replay computes the
// successors first, then checks them (so that Next's nested expressions
// are gone from the stack, as in TLC's), and puts the prints in TLC's
// order: Next's up to each successor, then that successor's checks.

// withSource is the stack recorded, followed, when the error was raised
// by a method of a value the replay built from a constructor, by that
// constructor (TLC's FingerprintException, printed as 2147 "TLC was
// unable to fingerprint.": tla/eval/callstack_source.go); the caller
// tells the two apart with rec.Source.
func withSource(rec *eval.CallStack) []ast.Expr {
	frames := rec.Frames()
	srcs := rec.Sources()
	if len(srcs) == 0 || len(frames) == 0 {
		return frames
	}
	frames = frames[:len(frames):len(frames)]
	for _, src := range srcs {
		if frames[len(frames)-1] != src {
			frames = append(frames, src)
		}
	}
	return frames
}

// checkInitial checks an initial state as TLC's DoInitFunctor does:
// constraints, the VIEW (its fingerprint), invariants, then the
// PROPERTY's state predicates.
func checkInitial(cs *eval.Spec, s value.State) error {
	for _, p := range cs.Constraints {
		if ok, err := p.Eval(s); err != nil || !ok {
			return err
		}
	}
	fp := s
	if cs.View != nil {
		v, err := cs.View(s)
		if err != nil {
			return err
		}
		fp = value.State{v}
	}
	// Its fingerprint: a set TLC cannot enumerate (value.FingerprintError)
	// fails here, inside the initial predicate's frames (LNatInit).
	_ = fp.Fingerprint()
	if err := fp.CheckFingerprint(); err != nil {
		return &eval.Error{Msg: err.Error(), Cause: err}
	}
	for _, ps := range [][]eval.StatePred{cs.Invariants, cs.InitProperties} {
		for _, p := range ps {
			if _, err := p.Eval(s); err != nil {
				return err
			}
		}
	}
	return nil
}

// checkStep checks a step s -> t as TLC's doNext does after computing
// the successors: constraints, action constraints, action properties.
func checkStep(cs *eval.Spec, s, t value.State) error {
	for _, p := range cs.Constraints {
		if ok, err := p.Eval(t); err != nil || !ok {
			return err
		}
	}
	for _, p := range cs.ActionConstraints {
		if ok, err := p.Eval(s, t); err != nil || !ok {
			return err
		}
	}
	for _, p := range cs.ActionProperties {
		if _, err := p.Eval(s, t); err != nil {
			return err
		}
	}
	return nil
}

// tlcNestedRanges is TLC's print of the stack: each node's whole range,
// a node repeated at once printed once (CallStack.toString).
func tlcNestedRanges(stack []ast.Expr) []model.SourceRange {
	files := span.NewFiles(source.ReadFile)
	var out []model.SourceRange
	var last ast.Expr
	for _, e := range stack {
		if e == last {
			continue
		}
		last = e
		end, ok := files.End(e)
		if s, isSubst := e.(*eval.SubstIn); isSubst {
			// SANY's SubstInNode: the INSTANCE statement.
			end, ok = s.End(), true
		}
		if !ok {
			return nil
		}
		out = append(out, model.SourceRange{Module: span.Module(e.Pos().Filename), Start: e.Pos(), End: end})
	}
	return out
}

// nestedStack sets rep's NestedStack (and NestedLazy, NestedPrints) after
// an evaluation error where TLC prints its stack: the spec is loaded again
// to record what it evaluates, and the failing computation replayed
// (tlcNestedStack). The stack only adds to the verdict already found: a
// bug in the loading or the replay must not lose it.
func (f *tlcFlags) nestedStack(tla string, opt eval.Options, rep *model.Report) {
	msg := rep.Message
	if rep.Result != model.ResultError ||
		(strings.HasPrefix(msg, "Evaluating invariant") && !rep.InitialState) ||
		strings.HasPrefix(msg, "Successor state is not completely specified") || rep.ViewError {
		return // TLC prints no stack (an empty one for a view): nothing to load
	}
	defer func() {
		if r := recover(); r != nil {
			rep.NestedStack, rep.NestedLazy, rep.NestedPrints = nil, false, ""
		}
	}()
	var printed bytes.Buffer
	cs := f.reloadForStack(tla, opt, &printed)
	stack, replay, replayed := tlcNestedStack(cs, &printed, rep)
	stack = appliedFcnCons(stack)
	if replayed && f.dfid < 0 && rep.ContinueError == nil {
		if rep.TracePrints == nil && replay != "" {
			rep.TracePrints = &model.TracePrints{States: make([]string, len(rep.Trace))}
		}
		if rep.TracePrints != nil {
			rep.TracePrints.After = replay
		}
	}
	rep.NestedStack, rep.NestedLazy = tlcNestedRanges(stack), len(rep.Trace) > 0 && !rep.InitialState && lazyFcn(stack) || lazyFcnBody(stack)
	if cs != nil && cs.CallStack != nil && cs.CallStack.Source() != nil {
		rep.NestedLazy = true
	}
	if tlcout.IsJavaException(msg) {
		// An exception of the Java runtime binding a tuple binder
		// (tla/eval/tlcwording_tuple.go): TLC meets it in a function
		// constructor's FcnLambdaValue when it fingerprints the state
		// (its 2147 with the stack), in a set filter's SetPredValue
		// outside its replay (an empty stack). TLC rev cc6b616: Tup3,
		// Tup17, Tup2, Tup15 of the wording hunt.
		if n := len(stack); n > 0 {
			if _, ok := stack[n-1].(*ast.FuncCons); ok {
				rep.NestedLazy = true
				return
			}
		}
		if rep.NestedLazy && strings.HasPrefix(msg, "Attempted to construct a set with too many elements") {
			// A union too large to build, which the replay built
			// (SetCupValue, UnionValue) and whose method (equals)
			// failed: TLC's FingerprintException with the stack (TLC
			// rev cc6b616, -maxSetSize 10: EqUnion in setbound).
			return
		}
		rep.NestedStack, rep.NestedLazy = nil, false
	}
}

// reloadForStack loads the spec again, as runTLC loaded it, compiled to
// record TLC's nested expressions; nil when it does not load. What it
// prints goes to printed (what it prints while loading, its ASSUMEs, was
// printed already).
func (f *tlcFlags) reloadForStack(tla string, opt eval.Options, printed *bytes.Buffer) *eval.Spec {
	opt.Print, opt.Coverage, opt.CallStack = printed, false, true
	if opt.Warn != nil {
		// The warnings loading gives (2149 for a constant invariant)
		// were given by the first load; the replay's are TLC's, given
		// among its prints, where TLC prints them
		// (eval.WarningLine).
		loading := true
		defer func() { loading = false }()
		opt.Warn = func(code int, msg string) {
			if !loading {
				printed.WriteString(eval.WarningLine(code, msg))
			}
		}
	}
	var sp *eval.Spec
	if len(f.invs) > 0 {
		sp, _, _ = loadTLCWithInvariants(tla, f.config, f.invs, opt, io.Discard)
	} else {
		sp, _, _ = loadSpecWith("tlc", []string{tla}, f.config, nil, opt, io.Discard)
	}
	return sp
}

// lazyFcn reports whether stack goes through a function constructor
// assigned to a primed variable (x' = [i \in S |-> e]): TLC keeps such a
// function unevaluated (FcnLambdaValue) until it fingerprints the
// successor, so that an error in it is one of fingerprinting.
func lazyFcn(stack []ast.Expr) bool {
	for j := 0; j+1 < len(stack); j++ {
		b, ok := stack[j].(*ast.Binary)
		if !ok || b.Op != token.EQ {
			continue
		}
		if _, ok := ast.Unparen(b.X).(*ast.Prime); !ok {
			continue
		}
		if f, ok := stack[j+1].(*ast.FuncCons); ok && ast.Unparen(b.Y) == ast.Expr(f) {
			return true
		}
	}
	return false
}

// lazyFcnBody reports whether the error was raised in the body of a
// function constructor on the stack that is not applied there and then:
// TLC keeps [i \in S |-> e] unevaluated (FcnLambdaValue) until a method
// of the function needs its values (printing, comparing, fingerprinting
// it), and an error then is one of that value, 2147 (TLC rev cc6b616:
// PrintT([i \in 1..2 |-> "abc"[i]]), x = [i \in 1..2 |-> "abc"[i]] in
// Init, SequencesExt's Reverse("abc") printed).
func lazyFcnBody(stack []ast.Expr) bool {
	for j := 0; j+1 < len(stack); j++ {
		f, ok := stack[j].(*ast.FuncCons)
		if !ok || !inFcnBody(f, stack[j+1]) {
			continue
		}
		if j > 0 {
			if a, ok := stack[j-1].(*ast.FuncApp); ok && ast.Unparen(a.Fn) == ast.Expr(f) {
				continue
			}
		}
		return true
	}
	return false
}

// appliedFcnCons is stack without the function constructors applied at
// once ([i \in S |-> e][1]) whose body raised the error: TLC's
// constructor returns its function unevaluated (FcnLambdaValue) and
// apply evaluates the body for the argument alone, the constructor no
// longer on the stack (TLC rev cc6b616: [i \in 1..2 |-> <<1>>[i+1]][1]),
// where wspcycle builds the function inside the constructor.
func appliedFcnCons(stack []ast.Expr) []ast.Expr {
	var out []ast.Expr
	for j, e := range stack {
		if f, ok := e.(*ast.FuncCons); ok && j > 0 && j+1 < len(stack) && inFcnBody(f, stack[j+1]) {
			if a, ok := stack[j-1].(*ast.FuncApp); ok && ast.Unparen(a.Fn) == ast.Expr(f) {
				continue
			}
		}
		out = append(out, e)
	}
	return out
}

// inFcnBody reports whether next, the frame after f on the stack, is f's
// body: its domain TLC evaluates at once, in the constructor (SequencesExt's
// Reverse(3) fails in 1..Len(s), 2103).
func inFcnBody(f *ast.FuncCons, next ast.Expr) bool {
	return next == ast.Unparen(f.Body) || next == f.Body
}
