// Package ast declares the syntax tree of a TLA+ module, in the manner of
// go/ast: every node knows its position, expressions and module units are
// separate interfaces, and nothing here evaluates anything.
//
// The tree keeps the shape of the source (bulleted junction lists stay lists,
// built-in operators stay applications by name) so that error messages and
// the FSM compiler can point at exactly what the author wrote. Meaning is
// given by package eval.
package ast

import "github.com/wspcycle/wspcycle/tla/token"

// Node is any syntax tree node.
type Node interface {
	Pos() token.Pos // the position of the node's first character
}

// Expr is an expression (a TLA+ formula or term).
type Expr interface {
	Node
	exprNode()
}

// Unit is a top-level (or LET-level) declaration or definition.
type Unit interface {
	Node
	unitNode()
}

// ---------------------------------------------------------------------------
// Module and units

// Module is one ---- MODULE Name ---- ... ==== block. Text before the header
// and after the footer is not part of it.
type Module struct {
	Start    token.Pos
	Name     *Ident
	Extends  []*Ident
	Units    []Unit
	Comments []*Comment // every comment in source order; the FSM compiler reads annotations from them
	End      token.Pos  // position of the ==== footer
}

// Comment is one comment: a \* line comment or a (* block *) comment. Text
// is the comment as written, delimiters included.
type Comment struct {
	Start token.Pos
	Text  string
}

// Constants is CONSTANT(S) a, b, ...
type Constants struct {
	Start token.Pos
	Names []*ConstDecl
}

// ConstDecl is one declared constant. Arity > 0 for operator constants such
// as F(_, _), which the parser rejects as unsupported.
type ConstDecl struct {
	Name  *Ident
	Arity int
}

// Variables is VARIABLE(S) x, y, ...
type Variables struct {
	Start token.Pos
	Names []*Ident
}

// Assume is ASSUME e (or ASSUME Name == e).
type Assume struct {
	Start token.Pos
	Name  *Ident // nil when unnamed
	Expr  Expr
}

// OpDef is [LOCAL] Name(p1, ..., pn) == Body; Params is empty for a
// definition without parentheses.
//
// Op is set when the definition defines an operator symbol: a ++ b == e
// (infix, two Params), -. a == e (prefix, Op MINUSDOT) and a ^+ == e
// (postfix, one Param); Name then holds the symbol's spelling. ParamArity,
// when not nil, gives the arity of each parameter: F(_, _) declares an
// operator parameter of arity 2 (its Name is F; a symbol parameter _ + _
// is named by its spelling).
type OpDef struct {
	Start      token.Pos
	Local      bool
	Name       *Ident
	Params     []*Ident
	ParamArity []int
	Op         token.Kind
	Body       Expr
}

// FuncDef is [LOCAL] f[x \in S, ...] == Body, a (possibly recursive)
// function definition.
type FuncDef struct {
	Start  token.Pos
	Local  bool
	Name   *Ident
	Bounds []*Bound
	Body   Expr
}

func (m *Module) Pos() token.Pos    { return m.Start }
func (c *Comment) Pos() token.Pos   { return c.Start }
func (u *Constants) Pos() token.Pos { return u.Start }
func (u *ConstDecl) Pos() token.Pos { return u.Name.Pos() }
func (u *Variables) Pos() token.Pos { return u.Start }
func (u *Assume) Pos() token.Pos    { return u.Start }
func (u *OpDef) Pos() token.Pos     { return u.Start }
func (u *FuncDef) Pos() token.Pos   { return u.Start }

func (*Constants) unitNode() {}
func (*Variables) unitNode() {}
func (*Assume) unitNode()    {}
func (*OpDef) unitNode()     {}
func (*FuncDef) unitNode()   {}

// ---------------------------------------------------------------------------
// Expressions

type (
	// Ident is a name: a variable, constant, definition, bound variable or a
	// built-in such as Nat, BOOLEAN, STRING (kept as names; eval resolves them).
	Ident struct {
		NamePos token.Pos
		Name    string
	}

	// Number is a natural-number literal. Lit is the source text (\b101,
	// \hFF, 42); Value is its value, checked by the parser to fit an int64.
	Number struct {
		ValuePos token.Pos
		Lit      string
		Value    int64
		// Decimal marks a decimal literal such as 1.5 (Value is 0):
		// sema refuses it as TLC does, so it never reaches evaluation.
		Decimal bool
	}

	// String is a string literal; Value has escapes resolved.
	String struct {
		ValuePos token.Pos
		Value    string
	}

	// Bool is TRUE or FALSE.
	Bool struct {
		ValuePos token.Pos
		Value    bool
	}

	// OpApp applies a named operator to arguments: Foo(a, b), Len(s),
	// Cardinality(S), Print(x, y). A name used without arguments is an Ident.
	OpApp struct {
		Name *Ident
		Args []Expr
	}

	// Unary is a prefix operator: ~ (NOT), - (MINUS), [] (BOX), <>
	// (EVENTUALLY), ENABLED, UNCHANGED, SUBSET, UNION, DOMAIN.
	Unary struct {
		OpPos token.Pos
		Op    token.Kind
		X     Expr
	}

	// Prime is e' (the value of e in the next state).
	Prime struct {
		X        Expr
		PrimePos token.Pos
	}

	// Binary is an infix operator application, X Op Y. Start caches
	// X.Pos() (the parser sets it), so that Pos is O(1) however long a
	// left-associative chain a + b + ... + z is.
	Binary struct {
		X     Expr
		OpPos token.Pos
		Op    token.Kind
		Y     Expr
		Start token.Pos
	}

	// Junction is a bulleted list of /\ (Op == AND) or \/ (Op == OR) items,
	// aligned in one column as SANY's layout rule requires. Column is that
	// column. Infix a /\ b is a Binary, not a Junction.
	Junction struct {
		Start  token.Pos
		Op     token.Kind
		Column int
		Items  []Expr
	}

	// Paren is (X). Kept so positions and printing follow the source.
	Paren struct {
		Lparen token.Pos
		X      Expr
	}

	// If is IF Cond THEN Then ELSE Else.
	If struct {
		IfPos            token.Pos
		Cond, Then, Else Expr
	}

	// Case is CASE c1 -> e1 [] c2 -> e2 [] OTHER -> e. Other is nil when
	// there is no OTHER arm.
	Case struct {
		CasePos token.Pos
		Arms    []*CaseArm
		Other   Expr
	}

	// Let is LET defs IN Body. Defs holds *OpDef and *FuncDef.
	Let struct {
		LetPos token.Pos
		Defs   []Unit
		Body   Expr
	}

	// Quant is \A bounds : Body or \E bounds : Body (Op is FORALL or EXISTS,
	// or TFORALL and TEXISTS for \AA and \EE). An unbounded quantifier
	// \E x, y : P has one Bound whose Set is nil.
	Quant struct {
		QuantPos token.Pos
		Op       token.Kind
		Bounds   []*Bound
		Body     Expr
	}

	// Choose is CHOOSE x \in S : Body (or CHOOSE <<x, y>> \in S : Body);
	// the Bound's Set is nil for CHOOSE x : Body.
	Choose struct {
		ChoosePos token.Pos
		Bound     *Bound
		Body      Expr
	}

	// SetEnum is {e1, ..., en}.
	SetEnum struct {
		Lbrace token.Pos
		Elems  []Expr
	}

	// SetFilter is {x \in S : Pred}.
	SetFilter struct {
		Lbrace token.Pos
		Bound  *Bound
		Pred   Expr
	}

	// SetMap is {Elem : x \in S, y \in T}.
	SetMap struct {
		Lbrace token.Pos
		Elem   Expr
		Bounds []*Bound
	}

	// Tuple is <<e1, ..., en>>.
	Tuple struct {
		Ltuple token.Pos
		Elems  []Expr
	}

	// FuncCons is [x \in S, y \in T |-> Body].
	FuncCons struct {
		Lbrack token.Pos
		Bounds []*Bound
		Body   Expr
	}

	// FuncApp is Fn[a] or Fn[a, b] (the latter applies Fn to <<a, b>>).
	FuncApp struct {
		Fn     Expr
		Lbrack token.Pos
		Args   []Expr
	}

	// FuncSet is [Dom -> Rng].
	FuncSet struct {
		Lbrack   token.Pos
		Dom, Rng Expr
	}

	// Record is [a |-> e1, b |-> e2].
	Record struct {
		Lbrack token.Pos
		Fields []*Field
	}

	// RecordSet is [a : S, b : T].
	RecordSet struct {
		Lbrack token.Pos
		Fields []*Field
	}

	// Except is [Fn EXCEPT ![a].b = e1, ![c] = e2].
	Except struct {
		Lbrack  token.Pos
		Fn      Expr
		Updates []*ExceptUpdate
	}

	// At is @ inside an EXCEPT update: the old value at that path.
	At struct {
		AtPos token.Pos
		// Free: outside the new value of an EXCEPT update, where SANY
		// refuses it ("@ used where its meaning is not defined.").
		Free bool
	}

	// Dot is X.Field (record field selection).
	Dot struct {
		X     Expr
		Field *Ident
	}

	// BoxAction is [Action]_Sub.
	BoxAction struct {
		Lbrack token.Pos
		Action Expr
		Sub    Expr
	}

	// AngleAction is <<Action>>_Sub.
	AngleAction struct {
		Ltuple token.Pos
		Action Expr
		Sub    Expr
	}

	// Fairness is WF_Sub(Action) or SF_Sub(Action) (Op is WF or SF).
	Fairness struct {
		FairPos token.Pos
		Op      token.Kind
		Sub     Expr
		Action  Expr
	}
)

// Bound is one binder of a quantifier, set constructor or function
// constructor: x, y \in Set, or <<x, y>> \in Set when Tuple is true. Set
// is nil for the names of an unbounded quantifier or CHOOSE.
type Bound struct {
	Names []*Ident
	Tuple bool
	Set   Expr
}

// CaseArm is one Cond -> Value arm of a CASE.
type CaseArm struct {
	Cond, Value Expr
}

// Field is one a |-> e (in a Record) or a : S (in a RecordSet).
type Field struct {
	Name  *Ident
	Value Expr
}

// ExceptUpdate is one !path = Value of an EXCEPT.
type ExceptUpdate struct {
	Bang  token.Pos
	Path  []*ExceptStep
	Value Expr
}

// ExceptStep is one step of an EXCEPT path: .Field, or [Index...] (several
// indices mean a tuple index, as in f[a, b]).
type ExceptStep struct {
	Field *Ident // set for .field
	Index []Expr // set for [e] or [e1, e2]
}

func (x *Ident) Pos() token.Pos  { return x.NamePos }
func (x *Number) Pos() token.Pos { return x.ValuePos }
func (x *String) Pos() token.Pos { return x.ValuePos }
func (x *Bool) Pos() token.Pos   { return x.ValuePos }
func (x *OpApp) Pos() token.Pos  { return x.Name.Pos() }
func (x *Unary) Pos() token.Pos  { return x.OpPos }
func (x *Prime) Pos() token.Pos  { return x.X.Pos() }
func (x *Binary) Pos() token.Pos {
	if x.Start.IsValid() {
		return x.Start
	}
	return x.X.Pos()
}
func (x *Junction) Pos() token.Pos    { return x.Start }
func (x *Paren) Pos() token.Pos       { return x.Lparen }
func (x *If) Pos() token.Pos          { return x.IfPos }
func (x *Case) Pos() token.Pos        { return x.CasePos }
func (x *Let) Pos() token.Pos         { return x.LetPos }
func (x *Quant) Pos() token.Pos       { return x.QuantPos }
func (x *Choose) Pos() token.Pos      { return x.ChoosePos }
func (x *SetEnum) Pos() token.Pos     { return x.Lbrace }
func (x *SetFilter) Pos() token.Pos   { return x.Lbrace }
func (x *SetMap) Pos() token.Pos      { return x.Lbrace }
func (x *Tuple) Pos() token.Pos       { return x.Ltuple }
func (x *FuncCons) Pos() token.Pos    { return x.Lbrack }
func (x *FuncApp) Pos() token.Pos     { return x.Fn.Pos() }
func (x *FuncSet) Pos() token.Pos     { return x.Lbrack }
func (x *Record) Pos() token.Pos      { return x.Lbrack }
func (x *RecordSet) Pos() token.Pos   { return x.Lbrack }
func (x *Except) Pos() token.Pos      { return x.Lbrack }
func (x *At) Pos() token.Pos          { return x.AtPos }
func (x *Dot) Pos() token.Pos         { return x.X.Pos() }
func (x *BoxAction) Pos() token.Pos   { return x.Lbrack }
func (x *AngleAction) Pos() token.Pos { return x.Ltuple }
func (x *Fairness) Pos() token.Pos    { return x.FairPos }
func (x *Bound) Pos() token.Pos       { return x.Names[0].Pos() }

func (*Ident) exprNode()       {}
func (*Number) exprNode()      {}
func (*String) exprNode()      {}
func (*Bool) exprNode()        {}
func (*OpApp) exprNode()       {}
func (*Unary) exprNode()       {}
func (*Prime) exprNode()       {}
func (*Binary) exprNode()      {}
func (*Junction) exprNode()    {}
func (*Paren) exprNode()       {}
func (*If) exprNode()          {}
func (*Case) exprNode()        {}
func (*Let) exprNode()         {}
func (*Quant) exprNode()       {}
func (*Choose) exprNode()      {}
func (*SetEnum) exprNode()     {}
func (*SetFilter) exprNode()   {}
func (*SetMap) exprNode()      {}
func (*Tuple) exprNode()       {}
func (*FuncCons) exprNode()    {}
func (*FuncApp) exprNode()     {}
func (*FuncSet) exprNode()     {}
func (*Record) exprNode()      {}
func (*RecordSet) exprNode()   {}
func (*Except) exprNode()      {}
func (*At) exprNode()          {}
func (*Dot) exprNode()         {}
func (*BoxAction) exprNode()   {}
func (*AngleAction) exprNode() {}
func (*Fairness) exprNode()    {}
