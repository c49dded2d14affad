package ast

import "github.com/wspcycle/wspcycle/tla/token"

// This file holds the nodes of module composition: INSTANCE, named and
// parameterised instances, M!Op references and modules nested in a module.
// What they mean (search path, substitutions) is package module's and
// package eval's business.

// Instance is [LOCAL] INSTANCE Module WITH a <- e, b <- f. As a unit it
// imports Module's definitions (with its constants and variables
// substituted) into the instantiating module; inside an InstanceDef it is
// the right-hand side of M == INSTANCE ... .
type Instance struct {
	Start  token.Pos
	Local  bool
	Module *Ident
	With   []*Substitution
}

// Substitution is one a <- e of an INSTANCE's WITH clause.
type Substitution struct {
	Name  *Ident
	Value Expr
}

// InstanceDef is [LOCAL] M == INSTANCE Foo WITH ... or, parameterised,
// M(p, q) == INSTANCE Foo WITH ... ; its definitions are used as M!Op or
// M(a, b)!Op.
type InstanceDef struct {
	Start  token.Pos
	Local  bool
	Name   *Ident
	Params []*Ident
	Inst   *Instance
}

// InnerModule is a ---- MODULE ---- ... ==== block nested in a module.
// SANY makes it visible to the units after it, as if it were a file of
// its own.
type InnerModule struct {
	Module *Module
}

// ModRef is a reference through named instances, M!Op, M!Op(a, b),
// M(x)!Op, M!N!Op, possibly followed by subexpression selectors: Op!2 (the
// second conjunct of Op's body), Op!:, Op!(x), Op!<<, Op!>>, Op!@. Path
// holds the instance steps (M, N) with their arguments (it is empty in
// Op!2); Name and Args the operator; Sels the selectors after it.
type ModRef struct {
	Path []*RefStep
	Name *Ident
	Args []Expr
	Sels []*Selector
}

// RefStep is one M or M(a, b) before a ! of a ModRef.
type RefStep struct {
	Name *Ident
	Args []Expr
}

// Selector is one subexpression selector after a !: Sel is the number
// ("2"), ":", "(" (with Args: Op!(x, y)), "<<", ">>" or "@".
type Selector struct {
	Pos  token.Pos
	Sel  string
	Args []Expr
}

func (u *Instance) Pos() token.Pos    { return u.Start }
func (u *InstanceDef) Pos() token.Pos { return u.Start }
func (u *InnerModule) Pos() token.Pos { return u.Module.Start }
func (x *ModRef) Pos() token.Pos {
	if len(x.Path) > 0 {
		return x.Path[0].Name.Pos()
	}
	return x.Name.Pos()
}

func (*Instance) unitNode()    {}
func (*InstanceDef) unitNode() {}
func (*InnerModule) unitNode() {}
func (*ModRef) exprNode()      {}

// LabelRef rewrites a reference to labels of a definition, Op!lab,
// Op(a)!lab(b)!2, Op!l1!l2, into the definition with label selectors:
// every step after the first becomes a Selector whose Sel is the label's
// name (a name: no selector of another kind starts with a letter). The
// caller decides that the first step names a definition (not an
// instance). r must have at least one path step.
func LabelRef(r *ModRef) *ModRef {
	first := r.Path[0]
	var sels []*Selector
	for _, st := range r.Path[1:] {
		sels = append(sels, &Selector{Pos: st.Name.NamePos, Sel: st.Name.Name, Args: st.Args})
	}
	sels = append(sels, &Selector{Pos: r.Name.NamePos, Sel: r.Name.Name, Args: r.Args})
	sels = append(sels, r.Sels...)
	return &ModRef{Name: first.Name, Args: first.Args, Sels: sels}
}

// IsLabelSel reports whether a selector names a label (Op!lab).
func (s *Selector) IsLabelSel() bool {
	if s.Sel == "" {
		return false
	}
	c := s.Sel[0]
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' && !isDigits(s.Sel)
}

func isDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
