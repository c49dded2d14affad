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
			kind := symParam
			if a.Kind == token.VARIABLE {
				kind = symVar
			}
			c.declare(inner, a.Name, &symbol{kind: kind, arity: a.Arity})
		case *ast.AssumeProve:
			c.theoremBody(inner, a)
		case ast.Expr:
			c.expr(inner, a)
		}
	}
	c.expr(inner, ap.Prove)
}

// proofNames checks that the names a proof uses are defined, as SANY
// does (TLC rev cc6b616: PROOF BY Undef, a step's BY Undef2, are
// "Unknown operator" and exit 150: goldens ThmProofUndef, ThmStepUndef).
// Only undefined names are reported here: every name the proof declares
// anywhere (NEW, PICK, TAKE, DEFINE) is taken as visible in all of it,
// so that no name SANY resolves is refused, and the other checks SANY
// makes of a proof (levels, arities of facts) are left to it.
func (c *checker) proofNames(sc *scope, p ast.Proof) {
	inner := &scope{parent: sc, syms: map[string]*symbol{}}
	ast.Inspect(p, func(n ast.Node) bool {
		var ids []*ast.Ident
		switch n := n.(type) {
		case *ast.NewDecl:
			ids = append(ids, n.Name)
		case *ast.Step:
			for _, b := range n.Bounds {
				if b != nil {
					ids = append(ids, b.Names...)
				}
			}
			for _, d := range n.Defs {
				switch d := d.(type) {
				case *ast.OpDef:
					ids = append(ids, d.Name)
				case *ast.FuncDef:
					ids = append(ids, d.Name)
				case *ast.InstanceDef:
					ids = append(ids, d.Name)
				}
			}
		}
		for _, id := range ids {
			if id != nil && inner.lookup(id.Name) == nil {
				inner.syms[id.Name] = &symbol{name: id.Name, kind: symParam, pos: id.NamePos}
			}
		}
		return true
	})
	n := len(c.errs)
	ast.Inspect(p, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.TerminalProof:
			c.factNames(inner, n.Facts, n.Defs, n.Start, emptyBy)
			return false
		case *ast.UseHide:
			c.factNames(inner, n.Facts, n.Defs, n.Start, emptyUse)
			return false
		case *ast.Step:
			for _, x := range n.Exprs {
				if ap, ok := x.(*ast.AssumeProve); ok {
					c.theoremBody(inner, ap)
				} else {
					c.expr(inner, x)
				}
			}
			for _, b := range n.Bounds {
				if b != nil && b.Set != nil {
					c.expr(inner, b.Set)
				}
			}
			if n.Use != nil {
				c.factNames(inner, n.Use.Facts, n.Use.Defs, n.Use.Start, emptyUse)
			}
			if n.Proof != nil {
				c.proofNames(inner, n.Proof)
			}
			return false
		}
		return true
	})
	c.keepUndefined(n)
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
			if s == nil {
				c.undefined(x)
			}
			if s == nil || s.kind == symConst || s.kind == symVar {
				c.errorf(x.NamePos, defEntryMsg)
				bad++
				last = x.NamePos
			}
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
			e.Msg == defEntryMsg || e.Msg == emptyBy || e.Msg == emptyUse {
			kept = append(kept, e)
		}
	}
	c.errs = kept
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
			inner.syms[d.Name.Name] = &symbol{name: d.Name.Name, kind: symParam, arity: d.Arity, pos: d.Name.NamePos}
		}
		return true
	})
	return inner
}
