package ast

import "github.com/wspcycle/wspcycle/tla/token"

// The proof language (TLA+ version 2, as SANY reads it). TLC does not
// check proofs, so the checker skips these units; they are kept in the
// tree so that a spec with theorems and proofs parses, and so that tools
// can find them.

// Theorem is THEOREM/LEMMA/PROPOSITION/COROLLARY [Name ==] Body [Proof]
// (Kind is the keyword), or AXIOM [Name ==] Body (Kind AXIOM, no proof).
// Body is an expression or an *AssumeProve.
type Theorem struct {
	Start token.Pos
	Kind  token.Kind
	Name  *Ident // nil when unnamed
	Body  Expr
	Proof Proof // nil when there is none
}

// UseHide is USE [ONLY] facts [DEF defs] or HIDE facts [DEF defs], as a
// module unit or a proof step.
type UseHide struct {
	Start token.Pos
	Hide  bool
	Only  bool
	Facts []Expr // expressions, *StepRef, *ModuleRef
	Defs  []Expr // *Ident, *OpSymbol, *ModuleRef, ...
}

func (u *Theorem) Pos() token.Pos { return u.Start }
func (u *UseHide) Pos() token.Pos { return u.Start }
func (*Theorem) unitNode()        {}
func (*UseHide) unitNode()        {}

type (
	// AssumeProve is ASSUME a1, ..., an PROVE Prove. Each assumption is
	// an expression, a *NewDecl, a nested *AssumeProve, or a named
	// assumption (an *OpDef without parameters).
	AssumeProve struct {
		AssumePos token.Pos
		Assume    []Node
		Prove     Expr
	}

	// NewDecl declares a name in an ASSUME or a proof: NEW x, NEW x \in S,
	// NEW CONSTANT x, NEW VARIABLE v, NEW STATE s, NEW ACTION A,
	// NEW TEMPORAL F, NEW F(_, _). Kind is NEW when the declaration says no
	// more; otherwise the level keyword (CONSTANT, VARIABLE, STATE, ACTION,
	// TEMPORAL).
	NewDecl struct {
		Start token.Pos
		Kind  token.Kind
		Name  *Ident
		Arity int
		Set   Expr // for NEW x \in S; nil otherwise
	}

	// StepRef names a proof step, <1>2, as a fact in BY or USE.
	StepRef struct {
		StepPos token.Pos
		Name    string
	}

	// ModuleRef is MODULE M in a list of facts or definitions.
	ModuleRef struct {
		ModulePos token.Pos
		Name      *Ident
	}
)

func (x *AssumeProve) Pos() token.Pos { return x.AssumePos }
func (x *NewDecl) Pos() token.Pos     { return x.Start }
func (x *StepRef) Pos() token.Pos     { return x.StepPos }
func (x *ModuleRef) Pos() token.Pos   { return x.ModulePos }

func (*AssumeProve) exprNode() {}
func (*NewDecl) exprNode()     {}
func (*StepRef) exprNode()     {}
func (*ModuleRef) exprNode()   {}

// Proof is the proof of a theorem or of a step: a *TerminalProof or a
// *StepsProof.
type Proof interface {
	Node
	proofNode()
}

// TerminalProof is BY [ONLY] facts [DEF defs], OBVIOUS or OMITTED (Kind
// is BY, OBVIOUS or OMITTED), optionally after PROOF.
type TerminalProof struct {
	Start token.Pos
	Kind  token.Kind
	Only  bool
	Facts []Expr
	Defs  []Expr
}

// StepsProof is a sequence of steps ending with a QED step.
type StepsProof struct {
	Start token.Pos
	Steps []*Step
}

func (x *TerminalProof) Pos() token.Pos { return x.Start }
func (x *StepsProof) Pos() token.Pos    { return x.Start }
func (*TerminalProof) proofNode()       {}
func (*StepsProof) proofNode()          {}

// Step is one step of a proof: its name (<1>2, <2>, <*>) and what it
// does. Kind is the step's keyword: QED, HAVE, TAKE, WITNESS, PICK,
// SUFFICES, CASE, USE (Use is set, also for HIDE), DEFINE (Defs, also when
// the keyword is omitted), INSTANCE (Instance), or ILLEGAL for an
// assertion (Exprs[0], an expression or an *AssumeProve).
type Step struct {
	Start    token.Pos
	Name     string
	Kind     token.Kind
	Exprs    []Expr   // HAVE e; WITNESS e1, e2; CASE e; SUFFICES e; PICK ... : e; an assertion
	Bounds   []*Bound // TAKE and PICK
	Defs     []Unit
	Use      *UseHide
	Instance *Instance
	Proof    Proof // nil when there is none
}

func (x *Step) Pos() token.Pos { return x.Start }
