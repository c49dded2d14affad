package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/span"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TLC's wording of a value that is not a boolean where one is needed
// depends on where (TLC rev cc6b616, model/testdata/tlc/evalerrors):
//
//   - a conjunct of an action or of the initial predicate (WConj, WExNB):
//     "In computing next states, TLC expected a boolean expression,\nbut
//     instead found 0." and the conjunct's range;
//   - an operand of P /\ Q or P \/ Q (WConjE, WDisjE): "Attempted to
//     evaluate an expression of form P /\ Q when P was\nan integer." and
//     the range of the whole expression;
//   - the condition of an IF (WIfNB): "A non-boolean expression (an
//     integer) was used as the condition of an IF." and the IF's range;
//   - the operand of ~ (WNot): "Attempted to apply the operator ~ to a
//     non-boolean\n(an integer)" and the range of ~x.
//
// evalBool raises the error with a notBool cause; the places above
// rewrite it on their error path only.

// notBool is the cause of evalBool's error: the value that is not a
// boolean.
type notBool struct{ v value.Value }

func (n notBool) Error() string { return "not a boolean: " + n.v.String() }

// notBoolAt returns the value of err when err is evalBool's error about
// x itself (not one raised deeper).
func notBoolAt(err error, x cx) (value.Value, bool) {
	ee, ok := err.(*Error)
	if !ok || ee.Pos != x.pos {
		return nil, false
	}
	nb, ok := ee.Cause.(notBool)
	if !ok {
		return nil, false
	}
	return nb.v, true
}

// nextNotBool is TLC's message for a literal taken as an action;
// initNotBoolRel for one taken as a part of the initial predicate while a
// variable has no value yet.
const (
	nextNotBool    = "The next state relation is not a boolean expression."
	initNotBoolRel = "The init state relation is not a boolean expression."
)

// conjunctNotBool is TLC's error for a conjunct of an action (or of the
// initial predicate: init) that is not a boolean; err unchanged
// otherwise.
func conjunctNotBool(err error, st *step, init, allSet bool) error {
	if ee, ok := err.(*Error); ok && init && st.x != nil {
		if u, ok := ee.Cause.(unassignedVar); ok && u.decl != "" {
			if id, ok := ast.Unparen(st.x).(*ast.Ident); ok && id.Pos() == ee.Pos {
				// A conjunct x alone, x without a value: TLC's
				// generator looks x up and finds its declaration, which
				// it prints as its range (InitVar: Init == x).
				return &Error{Pos: st.x.Pos(), Expr: st.x, Msg: "In computing initial states, TLC expected a boolean expression,\nbut instead found " + u.decl + "."}
			}
		}
	}
	v, ok := notBoolAt(err, st.e)
	if !ok || st.x == nil {
		return err
	}
	what := "next states"
	if init {
		what = "initial states"
	}
	switch ast.Unparen(st.x).(type) {
	case *ast.Number:
		// TLC's generator of next states takes a literal for no action
		// at all (Tool.getNextStates: its node is no OpApplNode) and
		// fails with "The next state relation is not a boolean
		// expression." and the node; its initial states take it as any
		// expression, the node after the message. SANY names a numeral
		// by its value, a string by its range (the error's range, as
		// usual); no position follows a numeral (TLC rev cc6b616:
		// UNextIf, UNextStr, UNextCase, UInitNum, UInitStr).
		//
		// The generator of initial states too takes a literal for no
		// predicate while a variable has no value yet (Init == 1, Init
		// == x = 0 \/ 2: TLC rev cc6b616, BInit1, BInitOr), the literal
		// staying on the stack.
		if init && !allSet {
			return &Error{Msg: initNotBoolRel + "\n" + v.String()}
		}
		if init {
			return &Error{Msg: "In computing " + what + ", TLC expected a boolean expression,\nbut instead found " + v.String() + ".\n" + v.String(), Cause: initNotBool{}}
		}
		if allSet {
			// Once every variable has a primed value, TLC's generator
			// of next states words it as any conjunct (NBAnd1: x' = 1
			// /\ 2), the numeral for its range.
			return &Error{Msg: "In computing " + what + ", TLC expected a boolean expression,\nbut instead found " + v.String() + ".\n" + v.String()}
		}
		return &Error{Msg: nextNotBool + "\n" + v.String()}
	case *ast.String:
		if init && !allSet {
			return &Error{Pos: st.x.Pos(), Expr: st.x, Msg: initNotBoolRel}
		}
		if !init && !allSet {
			return &Error{Pos: st.x.Pos(), Expr: st.x, Msg: nextNotBool}
		}
	}
	ee := &Error{Pos: st.x.Pos(), Expr: st.x, Msg: "In computing " + what + ", TLC expected a boolean expression,\nbut instead found " + v.String() + "."}
	if init && allSet {
		// While a variable has no value, TLC's generator (getInitStatesAppl)
		// pushes the conjunct before it looks it up: it stays on the stack
		// (Init == \E i \in {1} : i).
		ee.Cause = initNotBool{}
	}
	return ee
}

// initNotBool is the cause of conjunctNotBool's error in the initial
// predicate once every variable has a value: TLC's generator of initial
// states then evaluates such a conjunct without pushing it, so that it is not on the stack of nested
// expressions (TLC rev cc6b616: UInitVar, UInitNum, UInitStr; in an
// action it is: WConj). csRun drops it.
type initNotBool struct{}

func (initNotBool) Error() string { return "not a boolean" }

// junctionNotBool is TLC's error for items[i] that is not a boolean: the
// P of bins[0] (i = 0) or the Q of bins[i-1], each a P /\ Q or P \/ Q;
// err unchanged otherwise, and for a lone /\ P (no P /\ Q to name).
func junctionNotBool(err error, bins []*ast.Binary, and bool, items []cx, i int) error {
	if len(bins) == 0 || len(bins) != len(items)-1 {
		return err
	}
	e := bins[max(i-1, 0)]
	v, ok := notBoolAt(err, items[i])
	kind := tlcKindImage(v)
	if !ok || kind == "" {
		return err
	}
	form, which := "P \\/ Q", "P"
	if and {
		form = "P /\\ Q"
	}
	if i > 0 {
		which = "Q"
	}
	return &Error{Pos: e.Pos(), Expr: e, Msg: "Attempted to evaluate an expression of form " + form + " when " + which + " was\n" + kind + "."}
}

// boolOpNotBool is x, the compiled e (P => Q or P <=> Q), raising TLC's
// error for an operand that is not a boolean (TLC rev cc6b616: Imp1-4,
// Equ1-3 of the wording hunt): "Attempted to evaluate an expression of
// form P => Q when P was\nan integer." (Q when Q is the operand), "... of
// form P <=> Q when P or Q was not a boolean.", each with e's range.
func boolOpNotBool(whole cx, e *ast.Binary, x, y cx) cx {
	fn := whole.fn
	if fn == nil {
		return whole
	}
	whole.fn = func(k *ctx) (value.Value, error) {
		v, err := fn(k)
		if err != nil {
			return nil, impliesNotBool(err, e, x, y)
		}
		return v, nil
	}
	whole.into = nil
	return whole
}

// impliesNotBool is TLC's error for an operand of e, P => Q or P <=> Q,
// that is not a boolean; err unchanged otherwise.
func impliesNotBool(err error, e *ast.Binary, x, y cx) error {
	v, ok := notBoolAt(err, x)
	which := "P"
	if !ok && y.fn != nil {
		v, ok = notBoolAt(err, y)
		which = "Q"
	}
	if !ok {
		return err
	}
	if e.Op == token.EQUIV {
		return &Error{Pos: e.Pos(), Expr: e, Msg: "Attempted to evaluate an expression of form P <=> Q when P or Q was not a boolean."}
	}
	kind := tlcKindImage(v)
	if kind == "" {
		return err
	}
	return &Error{Pos: e.Pos(), Expr: e, Msg: "Attempted to evaluate an expression of form P => Q when " + which + " was\n" + kind + "."}
}

// filterNotBool is TLC's error for the predicate of e, {x \in S : P},
// that is not a boolean, met while TLC builds the set from its elements
// (Tool.evalSetPred; TLC rev cc6b616: Quantify with a predicate that is
// an integer): "Attempted to evaluate an expression of form {x \in S :
// P(x)} when P was an integer.", then the predicate's node (its range, or
// a numeral's value: the error's position); err unchanged otherwise.
func filterNotBool(err error, e *ast.SetFilter, pred cx) error {
	v, ok := notBoolAt(err, pred)
	kind := tlcKindImage(v)
	if !ok || kind == "" {
		return err
	}
	return &Error{Pos: e.Pred.Pos(), Expr: e.Pred, Msg: "Attempted to evaluate an expression of form {x \\in S : P(x)} when P was " + kind + "."}
}

// ifNotBool is TLC's error for the condition of e, an IF, that is not a
// boolean; err unchanged otherwise.
func ifNotBool(err error, e ast.Expr, cond cx) error {
	v, ok := notBoolAt(err, cond)
	kind := tlcKindImage(v)
	if !ok || kind == "" {
		return err
	}
	return &Error{Pos: e.Pos(), Expr: e, Msg: "A non-boolean expression (" + kind + ") was used as the condition of an IF."}
}

// caseNotBool is TLC's error for the condition cond of an expression's
// CASE that is not a boolean: Tool.evalCase's message names the
// condition's node in its text (its range, a numeral's value), and the
// error has no position of its own (TLC rev cc6b616: recpoint's
// LzCaseBad); err unchanged otherwise.
func (c *compiler) caseNotBool(err error, arm ast.Expr, cond cx) error {
	v, ok := notBoolAt(err, cond)
	kind := tlcKindImage(v)
	if !ok || kind == "" {
		return err
	}
	name := c.nodeName(arm, span.Module(arm.Pos().Filename))
	return &Error{Msg: "A non-boolean expression (" + kind + ") was used as a condition of a CASE. " + name}
}

// negNotBool is TLC's error for the operand of e, ~x, that is not a
// boolean; err unchanged otherwise.
func negNotBool(err error, e ast.Expr, x cx) error {
	v, ok := notBoolAt(err, x)
	kind := tlcKindImage(v)
	if !ok || kind == "" {
		return err
	}
	return &Error{Pos: e.Pos(), Expr: e, Msg: "Attempted to apply the operator ~ to a non-boolean\n(" + kind + ")"}
}

// intDomain reports whether f is a function whose domain is a non-empty
// set of integers (TLC's FcnRcdValue over an interval).
func intDomain(f *value.FcnV) bool {
	d, err := f.Domain().Enum()
	if err != nil || len(d.Elems()) == 0 {
		return false
	}
	for _, k := range d.Elems() {
		if _, ok := k.(value.IntV); !ok {
			return false
		}
	}
	return true
}

// errorCause is e's Cause; nil for a nil e.
func errorCause(e *Error) error {
	if e == nil {
		return nil
	}
	return e.Cause
}

// notAt returns the value of err when err is the error of a value of the
// wrong kind (notA) about x itself.
func notAt(err error, x cx) (value.Value, bool) {
	ee, ok := err.(*Error)
	if !ok || ee.Pos != x.pos {
		return nil, false
	}
	w, ok := ee.Cause.(wrongKind)
	if !ok {
		return nil, false
	}
	return w.v, true
}

// impliesNotBool is TLC's error for P or Q of st, an sImplies step, that
// is not a boolean, with P => Q on the stack as TLC evaluates it (Imp1,
// Imp4); err unchanged otherwise.
func (st *step) impliesNotBool(err error) error {
	b, ok := st.x.(*ast.Binary)
	if !ok {
		return err
	}
	if ne := impliesNotBool(err, b, st.e, st.y); ne != err {
		return st.memberChecked(ne)
	}
	return err
}

// quantBodyNotBool is TLC's error for the body of e, \E or \A, that is
// not a boolean: its 2215 with the range of the whole quantifier (TLC
// rev cc6b616: ExNB3-6 of the wording hunt), an error of the quantifier
// rather than a value of it no enclosing construct words again; err
// unchanged otherwise.
func quantBodyNotBool(err error, e *ast.Quant, body cx) error {
	if _, ok := notBoolAt(err, body); !ok {
		return err
	}
	ee := err.(*Error)
	return &Error{Pos: e.Pos(), Expr: e, Msg: ee.Msg}
}

// preGuard evaluates st.pre[j], a guard of st's body (an sExists step)
// hoisted out of its loop, as TLC evaluates it: inside the \E, which is
// on TLC's stack (ExNB2: the \E of Next); a value that is not a boolean
// is TLC's error for a conjunct, or, once every variable has a value
// (TLC then evaluates the \E as an expression: ExNB4), its error for the
// body of a quantifier.
func (st *step) preGuard(k *ctx, j int) (bool, error) {
	s := st.stack
	if s != nil && st.x != nil {
		if n := len(s.frames); n == 0 || s.frames[n-1] != st.x {
			s.push(st.x)
			defer func() { s.frames = s.frames[:n] }()
		}
	}
	b, err := evalBool(k, st.pre[j].e)
	if err == nil {
		return b, nil
	}
	if q, ok := st.x.(*ast.Quant); ok && k.allSet() {
		if ne := quantBodyNotBool(err, q, st.pre[j].e); ne != err {
			return false, ne
		}
	}
	return false, conjunctNotBool(err, &st.pre[j], k.phase != phaseNext, k.allSet())
}

// unassignedVar is the cause of the error reading a variable the initial
// predicate has not assigned yet: decl is the range of its declaration.
type unassignedVar struct{ decl string }

func (unassignedVar) Error() string { return "a variable without a value" }
