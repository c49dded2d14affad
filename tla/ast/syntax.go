package ast

import "github.com/wspcycle/wspcycle/tla/token"

// The nodes of this file are TLA+ syntax that the parser reads as SANY
// does but that the checker only partly implements: package sema rejects
// what eval does not compute, with a positioned "unsupported" error.

// Recursive is RECURSIVE F(_), G(_, _), H: the operators named may be used
// (recursively) before their definitions.
type Recursive struct {
	Start token.Pos
	Names []*ConstDecl
}

func (u *Recursive) Pos() token.Pos { return u.Start }
func (*Recursive) unitNode()        {}

type (
	// Lambda is LAMBDA x, y : Body, an anonymous operator (an argument of
	// a higher-order operator).
	Lambda struct {
		LambdaPos token.Pos
		Params    []*Ident
		Body      Expr
	}

	// OpSymbol is an operator symbol used as a name: an argument of a
	// higher-order operator (FoldFunction(+, 0, f)) or an item of a proof's
	// DEF list.
	OpSymbol struct {
		SymPos token.Pos
		Op     token.Kind
	}

	// Label is Name:: Body or Name(p, q):: Body. A label names a
	// subexpression (for proofs and the ! selectors); its value is Body's.
	Label struct {
		Name   *Ident
		Params []*Ident
		Body   Expr
	}

	// Postfix is X^+, X^* or X^# (Op PLUSPOST, STARPOST, HASHPOST), the
	// user-definable postfix operators. Start caches X.Pos().
	Postfix struct {
		X     Expr
		OpPos token.Pos
		Op    token.Kind
		Start token.Pos
	}

	// Product is the Cartesian product A \X B \X C: one node for all its
	// factors, because its elements are n-tuples (<<a, b, c>>), not nested
	// pairs. (A \X B) \X C is a product of two factors, the first a
	// Paren.
	Product struct {
		Factors []Expr
		OpPos   []token.Pos // the position of each \X
	}
)

func (x *Lambda) Pos() token.Pos   { return x.LambdaPos }
func (x *OpSymbol) Pos() token.Pos { return x.SymPos }
func (x *Label) Pos() token.Pos    { return x.Name.Pos() }
func (x *Postfix) Pos() token.Pos {
	if x.Start.IsValid() {
		return x.Start
	}
	return x.X.Pos()
}
func (x *Product) Pos() token.Pos { return x.Factors[0].Pos() }

func (*Lambda) exprNode()   {}
func (*OpSymbol) exprNode() {}
func (*Label) exprNode()    {}
func (*Postfix) exprNode()  {}
func (*Product) exprNode()  {}
