package eval

import (
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TLC evaluates the constant-level parts of a temporal property while it
// builds its liveness problem (Liveness.astToLive, before "Implied-temporal
// checking"), and folds them into TRUE or FALSE: they are not evaluated
// again on the states. Its walk goes through the formula's \/, /\, ~, =>,
// IF, bounded \A and \E (one copy of the body per value) and the
// applications of operators (their bodies, the arguments bound), and at
// each node whose level is constant it evaluates the node as a whole,
// after the nodes under it: TRUE /\ PrintT("k") prints "k" twice (once as
// a conjunct, once with the conjunction), R("r") with R(a) == PrintT(a)
// twice, \A i \in {1, 2} : PrintT(i) prints 1, 2, 1, 2 (TLC rev cc6b616).
// A state-level node is left whole (evaluated on the states), but the
// constant-level nodes under it are walked: (x = 1 /\ PrintT("s")) prints
// "s" once there. A definition without parameters whose body is constant
// is a value TLC computed at its start: it is not evaluated again
// (evaluated here without printing, for its value); one of a LET is not
// a value (its body is walked). A LET is no node of TLC's: its body is
// walked, not the LET as a whole.

// LiveConst is what TLC evaluates of a part of a temporal property while
// it builds its liveness problem: Spec.LiveConsts, in TLC's order, are
// evaluated once (Value) by the checker at that point.
type LiveConst struct {
	once  sync.Once
	steps []liveStep
	whole bool // the part is constant-level: its value is the last step's
	val   bool
	err   error
	// refusal: the part is inside a bounded \E of temporal level, whose
	// translation (Liveness.astToLive, OPCODE_be) catches any failure of
	// its body and refuses the \E (2213, the error dropped): an error
	// evaluating the part is that refusal (TLC rev cc6b616: \E i \in
	// {1, 0} : (1 \div i = 1) => <>P). A \A, an operator's application
	// or the formula's top let the error through (TLC's 1000).
	refusal *LiveRefusal
}

// Refusal is TLC's refusal that an error evaluating k stands for, nil
// when the error is reported as itself.
func (k *LiveConst) Refusal() *LiveRefusal { return k.refusal }

// liveStep is one evaluation of TLC's walk; quiet: without printing.
type liveStep struct {
	eval  func() (bool, error)
	quiet bool
}

// Value makes the evaluations (once; the first error stops them) and
// returns the part's value when it is constant-level.
func (k *LiveConst) Value(run *Run) (bool, error) {
	k.once.Do(func() {
		for _, st := range k.steps {
			var undo func()
			if st.quiet && run != nil {
				undo = run.Replaying(io.Discard)
			}
			k.val, k.err = st.run()
			if undo != nil {
				undo()
			}
			if k.err != nil {
				return
			}
		}
	})
	return k.val, k.err
}

// run is the evaluation, a panic of the evaluator its error.
func (st liveStep) run() (v bool, err error) {
	defer func() {
		if r := recover(); r != nil {
			v, err = false, fmt.Errorf("%v", r)
		}
	}()
	return st.eval()
}

// Whole reports whether the part is constant-level as a whole (Value is
// its value), rather than a state-level part with constant-level nodes.
func (k *LiveConst) Whole() bool { return k.whole }

// constLevel reports whether e reads neither state (nor the run, nor a
// definition still being compiled): TLC's constant level.
func (b *builder) constLevel(e ast.Expr, en cenv) bool {
	prime, temporal, dep, ok := b.c.trialDep(e, en)
	return ok && !prime && !temporal && dep&(depState|depNext|depRun|depPending) == 0
}

// liveConst returns TLC's walk of the part e of a temporal property
// (registered in Spec.LiveConsts), nil when it evaluates nothing.
func (b *builder) liveConst(e ast.Expr, en cenv, pc propCtx) *LiveConst {
	prime, temporal, dep, ok := b.c.trialDep(e, en)
	if !ok {
		return nil
	}
	k := &LiveConst{whole: !prime && !temporal && dep&(depState|depNext|depRun|depPending) == 0, refusal: b.exRefusal}
	switch {
	case dep&depSide == 0 && !k.whole:
		return nil // nothing of it prints: the walk would only cost time
	case dep&depSide == 0:
		b.tlcEval(e, en, pc, &k.steps, false) // its value only
	default:
		b.tlcWalk(e, en, pc, map[*ast.OpDef]bool{}, &k.steps)
	}
	if len(k.steps) == 0 {
		return nil
	}
	b.sp.LiveConsts = append(b.sp.LiveConsts, k)
	return k
}

// constPred is the state predicate of a constant-level part: its value,
// evaluated once.
func (b *builder) constPred(k *LiveConst) func(value.State) (bool, error) {
	run := b.sp.Run
	return func(value.State) (bool, error) { return k.Value(run) }
}

// tlcWalk appends TLC's evaluations of e to steps (see above); path holds
// the definitions being walked (a recursive one is not expanded again).
func (b *builder) tlcWalk(e ast.Expr, en cenv, pc propCtx, path map[*ast.OpDef]bool, steps *[]liveStep) {
	c := b.c
	walk := func(xs ...ast.Expr) {
		for _, x := range xs {
			b.tlcWalk(x, en, pc, path, steps)
		}
	}
	switch e := e.(type) {
	case *ast.Paren:
		walk(e.X)
		return
	case *ast.Label:
		walk(e.Body)
		return
	case *ast.Junction:
		walk(e.Items...)
	case *ast.Binary:
		switch e.Op {
		case token.AND, token.OR, token.IMPLIES:
			walk(e.X, e.Y)
		}
	case *ast.Unary:
		if e.Op == token.NOT {
			walk(e.X)
		}
	case *ast.If:
		walk(e.Cond, e.Then, e.Else)
	case *ast.Quant:
		if e.Op == token.FORALL || e.Op == token.EXISTS {
			b.tlcWalkQuant(e, en, pc, path, steps)
		}
	case *ast.Let:
		// The body, as TLC's LetInKind (the LET is no node of its own).
		le, _ := c.letScopeMemo(e, en)
		for sc := le.sc; sc != nil && sc != en.sc; sc = sc.parent {
			sc.memo = -1
		}
		b.tlcWalk(e.Body, le, pc, path, steps)
		return
	case *ast.Ident, *ast.OpApp, *ast.ModRef:
		if d, de, ok := c.userOp(e, en); ok && !path[d] {
			if len(d.Params) == 0 && !isLetOp(e, en) && !b.replacedName(e, en) && b.constLevel(e, en) {
				// A value since TLC's start: no evaluation.
				b.tlcEval(e, en, pc, steps, true)
				return
			}
			path[d] = true
			b.tlcWalk(d.Body, de, pc, path, steps)
			delete(path, d)
		}
	}
	if b.constLevel(e, en) {
		b.tlcEval(e, en, pc, steps, false)
	}
}

// replacedName reports whether e names a CONSTANT the cfg replaces by a
// definition (replprint.go): not a value to TLC, its body is walked and
// evaluated like an operator's.
func (b *builder) replacedName(e ast.Expr, en cenv) bool {
	id, ok := e.(*ast.Ident)
	if !ok || en.sc.lookup(id.Name) != nil {
		return false
	}
	x, ok := b.c.lookupName(id.Name, en)
	if !ok {
		return false
	}
	_, ok = b.c.replacedConst(id.Name, x, en)
	return ok
}

// isLetOp reports whether e names a LET definition (which TLC does not
// compute at its start, unlike a module's).
func isLetOp(e ast.Expr, en cenv) bool {
	id, ok := e.(*ast.Ident)
	return ok && en.sc.lookup(id.Name) != nil
}

// tlcWalkQuant walks the body of a bounded quantifier once per value of
// its constant sets, as TLC's astToLive expands it.
func (b *builder) tlcWalkQuant(e *ast.Quant, en cenv, pc propCtx, path map[*ast.OpDef]bool, steps *[]liveStep) {
	for _, bd := range e.Bounds {
		if bd.Set == nil {
			return
		}
	}
	nerr := len(b.c.errs)
	bs, ben := b.c.bounds(e.Bounds, en)
	if len(b.c.errs) > nerr {
		b.c.errs = b.c.errs[:nerr]
		return
	}
	for i := range bs {
		if bs[i].set.dep != 0 {
			return
		}
	}
	var expand func(i int, pc propCtx)
	expand = func(i int, pc propCtx) {
		if i == len(bs) {
			b.tlcWalk(e.Body, ben, pc, path, steps)
			return
		}
		elems, err := evalElems(b.ctxForCompile(), bs[i].set)
		if err != nil {
			return
		}
		for _, v := range elems {
			expand(i+1, pc.bind(bs[i], v))
		}
	}
	expand(0, pc)
}

// tlcEval appends the evaluation of the constant-level e.
func (b *builder) tlcEval(e ast.Expr, en cenv, pc propCtx, steps *[]liveStep, quiet bool) {
	p := b.statePredIn(b.c.expr(e, en), pc.binds)
	*steps = append(*steps, liveStep{eval: func() (bool, error) {
		v, err := p(nil)
		var ee *Error
		if x := ast.Unparen(e); errors.As(err, &ee) && ee.Expr == nil && ee.Pos == x.Pos() {
			// e itself is not a boolean: TLC names e's whole range.
			cp := *ee
			cp.Expr = x
			err = &cp
		}
		return v, err
	}, quiet: quiet})
}

// partConsts gives t the LiveConsts made since the previous part of its
// PROPERTY entry (or the entry's start): those TLC makes while it builds
// t, the parts being built one after the other.
func (b *builder) partConsts(t Temporal) Temporal {
	t.Consts = b.sp.LiveConsts[b.partMark:len(b.sp.LiveConsts):len(b.sp.LiveConsts)]
	b.partMark = len(b.sp.LiveConsts)
	return t
}

// Replay makes k's evaluations again, whatever Value made before, for
// what they print (TLC's Liveness.findViolatedProperties builds each
// property again on a counterexample), and returns the first error.
func (k *LiveConst) Replay(run *Run) error {
	for _, st := range k.steps {
		var undo func()
		if st.quiet && run != nil {
			undo = run.Replaying(io.Discard)
		}
		_, err := st.run()
		if undo != nil {
			undo()
		}
		if err != nil {
			return err
		}
	}
	return nil
}
