package sema

import (
	"strings"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// theoremBody checks what a THEOREM, LEMMA, ... states as SANY does
// before TLC runs: an undefined name in it is SANY's "Unknown operator"
// (TLC rev cc6b616 refuses the spec, exit 150: golden ThmUndef), and its
// levels are checked. An ASSUME ... PROVE opens a scope: each NEW
// declaration is visible in the assumptions after it and in what it
// proves (ThmAssumeUndef); a NEW VARIABLE is a variable there, any other
// NEW constant-level, so that no level error is reported that SANY would
// not report.
func (c *checker) theoremBody(sc *scope, body ast.Node) {
	ap, ok := body.(*ast.AssumeProve)
	if !ok {
		if x, ok := body.(ast.Expr); ok && x != nil {
			c.expr(sc, x)
		}
		return
	}
	inner := &scope{parent: sc, syms: map[string]*symbol{}}
	for _, a := range ap.Assume {
		switch a := a.(type) {
		case *ast.NewDecl:
			if a.Set != nil {
				c.expr(inner, a.Set)
			}
			c.declare(inner, a.Name, newSymbol(a))
		case *ast.AssumeProve:
			c.theoremBody(inner, a)
		case ast.Expr:
			c.expr(inner, a)
		}
	}
	c.expr(inner, ap.Prove)
}

// newSymbol is the symbol a NEW declaration declares: a NEW VARIABLE a
// variable, a NEW STATE, ACTION or TEMPORAL a name of that level (SANY:
// NEW ACTION A ... PROVE [](A) is "[] followed by action not of form
// [A]_v."; golden NewLevel), any other constant-level.
func newSymbol(d *ast.NewDecl) *symbol {
	s := &symbol{kind: symParam, arity: d.Arity}
	if d.Name != nil {
		s.name, s.pos = d.Name.Name, d.Name.NamePos
	}
	lv := map[token.Kind]int{token.STATE: 1, token.ACTION: 2, token.TEMPORAL: 3}[d.Kind]
	switch {
	case d.Kind == token.VARIABLE:
		s.kind = symVar
	case lv > 0:
		s.larg = &levelArg{lv: levelInfo{level: lv, at: s.pos, what: s.name}}
	}
	return s
}

// proofNames checks that the names a proof uses are defined, as SANY
// does (TLC rev cc6b616: PROOF BY Undef, a step's BY Undef2, are
// "Unknown operator" and exit 150: goldens ThmProofUndef, ThmStepUndef),
// each in its step's scope (proofSteps). Only undefined names (and DEF
// entries, factNames) are reported here: the other checks SANY makes of
// a proof (levels, arities of facts) are left to it.
func (c *checker) proofNames(sc *scope, p ast.Proof) {
	n := len(c.errs)
	if hasInstanceStep(p) {
		// The names a step's INSTANCE brings are not known here: every
		// name the proof declares anywhere is taken as visible in all of
		// it, so that no name SANY resolves is refused.
		c.proofScoped(permissiveScope(sc, p), p)
	} else {
		c.proofScoped(sc, p)
	}
	c.keepUndefined(n)
}

// proofScoped checks the names of proof p in scope sc as SANY scopes
// them (TLC rev cc6b616; golden StepScope): the names a step declares
// (TAKE's and PICK's bound names, DEFINE's definitions, the NEW names of
// a SUFFICES ASSUME ... PROVE) are visible in the steps after it at its
// level, and their proofs, but neither in its own proof nor after its
// level ends; PICK's names are visible in its predicate; the NEW names of
// an ASSUME ... PROVE step only in that step's proof.
func (c *checker) proofScoped(sc *scope, p ast.Proof) {
	switch p := p.(type) {
	case *ast.TerminalProof:
		c.factNames(sc, p.Facts, p.Defs, p.Start, emptyBy)
	case *ast.StepsProof:
		level := &scope{parent: sc, syms: map[string]*symbol{}}
		for _, st := range p.Steps {
			if st != nil {
				c.proofStep(level, st)
			}
		}
	}
}

// proofStep checks step st of a proof whose level's scope is level, then
// declares in level the names st declares for the steps after it.
func (c *checker) proofStep(level *scope, st *ast.Step) {
	own := level // the scope of st's proof
	later := map[string]*symbol{}
	declare := func(id *ast.Ident, arity int, def bool) {
		if id != nil {
			later[id.Name] = &symbol{name: id.Name, kind: symParam, arity: arity, pos: id.NamePos, stepDef: def}
		}
	}
	pick := &scope{parent: level, syms: map[string]*symbol{}}
	for _, b := range st.Bounds {
		if b == nil {
			continue
		}
		if b.Set != nil {
			c.expr(level, b.Set)
		}
		for _, id := range b.Names {
			if id != nil {
				pick.syms[id.Name] = &symbol{name: id.Name, kind: symParam, pos: id.NamePos}
				declare(id, 0, false)
			}
		}
	}
	for _, x := range st.Exprs {
		ap, ok := x.(*ast.AssumeProve)
		switch {
		case ok && st.Kind == token.SUFFICES:
			c.theoremBody(level, ap)
			for name, s := range proofScope(level, ap).syms {
				later[name] = s
			}
		case ok:
			c.theoremBody(level, ap)
			own = proofScope(level, ap)
		default:
			c.expr(pick, x)
		}
	}
	for _, d := range st.Defs {
		switch d := d.(type) {
		case *ast.OpDef:
			declare(d.Name, len(d.Params), true)
		case *ast.FuncDef:
			declare(d.Name, 0, true)
		case *ast.InstanceDef:
			declare(d.Name, len(d.Params), true)
		}
	}
	if st.Use != nil {
		c.factNames(level, st.Use.Facts, st.Use.Defs, st.Use.Start, emptyUse)
	}
	if st.Proof != nil {
		c.proofScoped(own, st.Proof)
	}
	for name, s := range later {
		level.syms[name] = s
	}
}

// hasInstanceStep tells whether a step of p, at any depth, is an
// INSTANCE.
func hasInstanceStep(p ast.Proof) bool {
	found := false
	ast.Inspect(p, func(n ast.Node) bool {
		if st, ok := n.(*ast.Step); ok && st.Instance != nil {
			found = true
		}
		return !found
	})
	return found
}

// permissiveScope is sc with every name proof p declares anywhere (NEW,
// PICK, TAKE, DEFINE).
func permissiveScope(sc *scope, p ast.Proof) *scope {
	inner := &scope{parent: sc, syms: map[string]*symbol{}}
	ast.Inspect(p, func(n ast.Node) bool {
		var ids []*ast.Ident
		arity := map[*ast.Ident]int{}
		def := false
		switch n := n.(type) {
		case *ast.NewDecl:
			ids = append(ids, n.Name)
			arity[n.Name] = n.Arity
		case *ast.Step:
			for _, b := range n.Bounds {
				if b != nil {
					ids = append(ids, b.Names...)
				}
			}
			def = len(n.Defs) > 0
			for _, d := range n.Defs {
				switch d := d.(type) {
				case *ast.OpDef:
					ids = append(ids, d.Name)
					arity[d.Name] = len(d.Params)
				case *ast.FuncDef:
					ids = append(ids, d.Name)
				case *ast.InstanceDef:
					ids = append(ids, d.Name)
					arity[d.Name] = len(d.Params)
				}
			}
		}
		for _, id := range ids {
			if id != nil && inner.lookup(id.Name) == nil {
				inner.syms[id.Name] = &symbol{name: id.Name, kind: symParam, arity: arity[id], pos: id.NamePos, stepDef: def}
			}
		}
		return true
	})
	return inner
}

// defEntryMsg is SANY's error on a DEF entry that names no defined
// operator: an undefined name (after its "Unknown operator"), a constant,
// a variable, a step (TLC rev cc6b616; goldens DefNope, DefKinds).
const defEntryMsg = "DEF clause entry should describe a defined operator."

// factNames checks the facts and the names of definitions of a BY, USE
// or HIDE that starts at start: expressions are resolved, a name after
// DEF must be a defined operator (defEntryMsg). When nothing is left of
// it, no fact and every DEF entry refused, SANY adds empty ("Empty BY",
// "Empty USE or HIDE statement.") at its start, after the entries'
// errors.
func (c *checker) factNames(sc *scope, facts, defs []ast.Expr, start token.Pos, empty string) {
	for _, x := range facts {
		c.expr(sc, x)
	}
	bad := 0
	var last token.Pos
	for _, x := range defs {
		switch x := x.(type) {
		case *ast.Ident:
			s := sc.lookup(x.Name)
			if s == nil && !sanyBuiltin[x.Name] {
				c.undefined(x)
			}
			if s == nil || s.kind == symConst || s.kind == symVar || s.kind == symBound ||
				s.kind == symParam && !s.stepDef {
				c.errorf(x.NamePos, defEntryMsg)
				bad++
				last = x.NamePos
			}
		case *ast.Bool:
			c.errorf(x.Pos(), defEntryMsg)
			bad++
			last = x.Pos()
		case *ast.StepRef:
			c.errorf(x.StepPos, defEntryMsg)
			bad++
			last = x.StepPos
		}
	}
	if len(facts) == 0 && len(defs) > 0 && bad == len(defs) && empty != "" {
		c.errorf(start, "%s", empty)
		if c.sortAt == nil {
			c.sortAt = map[*token.Error]token.Pos{}
		}
		c.sortAt[c.errs[len(c.errs)-1]] = last
	}
}

// sanyBuiltin are the names SANY knows without a module defining them: a
// DEF entry naming one is only defEntryMsg (golden DefStd).
var sanyBuiltin = map[string]bool{"BOOLEAN": true, "STRING": true, "TRUE": true, "FALSE": true}

// emptyBy and emptyUse are SANY's errors on a BY, and a USE or HIDE,
// left with nothing (factNames).
const (
	emptyBy  = "Empty BY"
	emptyUse = "Empty USE or HIDE statement."
)

// useNames checks a USE or HIDE outside a proof as SANY does: an
// undefined name in it is "Unknown operator" (TLC rev cc6b616, exit 150:
// golden UseUndef); only undefined names are reported (see proofNames).
func (c *checker) useNames(sc *scope, u *ast.UseHide) {
	n := len(c.errs)
	c.factNames(sc, u.Facts, u.Defs, u.Start, emptyUse)
	c.keepUndefined(n)
}

// keepUndefined drops the errors from the n-th on but the undefined names
// other than step names.
func (c *checker) keepUndefined(n int) {
	kept := c.errs[:n]
	for _, e := range c.errs[n:] {
		// A step name (<1>1!2) is resolved by proofSteps, in its scope.
		if strings.HasPrefix(e.Msg, "undefined name ") && !strings.HasPrefix(e.Msg, "undefined name <") ||
			e.Msg == defEntryMsg || e.Msg == emptyBy || e.Msg == emptyUse || arityError(e.Msg) {
			kept = append(kept, e)
		}
	}
	c.errs = kept
}

// arityError tells whether msg is an operator applied to a wrong number
// of arguments ("F takes 2 arguments, found 1", "G takes 0 arguments:
// write G(...)"): SANY's "The operator F requires 2 arguments." in a
// proof as elsewhere (TLC rev cc6b616; golden ProofArity).
func arityError(msg string) bool {
	name, rest, ok := strings.Cut(msg, " takes ")
	return ok && !strings.Contains(name, " ") && strings.Contains(rest, " argument") &&
		(strings.Contains(rest, ", found ") || strings.Contains(rest, ": write "))
}

// proofScope is the scope of a theorem's proof: sc and, for an
// ASSUME ... PROVE, the names its NEW declarations declare.
func proofScope(sc *scope, body ast.Node) *scope {
	ap, ok := body.(*ast.AssumeProve)
	if !ok {
		return sc
	}
	inner := &scope{parent: sc, syms: map[string]*symbol{}}
	ast.Inspect(ap, func(n ast.Node) bool {
		if d, ok := n.(*ast.NewDecl); ok && d.Name != nil {
			inner.syms[d.Name.Name] = newSymbol(d)
		}
		return true
	})
	return inner
}
