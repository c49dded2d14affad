package parser

import (
	"strings"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// parseOperand parses a primary expression followed by any number of
// postfix forms: f[a, b], r.field, e'.
func (p *parser) parseOperand() ast.Expr {
	x := p.parsePrimary()
	p.primed = token.Pos{}
	depth0 := p.depth
	defer func() { p.depth = depth0 }()
	for {
		t := p.tok()
		if t.Kind == token.LBRACK || t.Kind == token.DOT {
			p.enter(t.Pos) // each postfix form nests the tree one level deeper
		}
		switch t.Kind {
		case token.LBRACK:
			p.next()
			p.lastOp = fcnOpPrec
			args := p.parseExprList(token.RBRACK)
			p.expect(token.RBRACK)
			x = &ast.FuncApp{Fn: x, Lbrack: t.Pos, Args: args}
		case token.DOT:
			p.next()
			x = &ast.Dot{X: x, Field: p.fieldName()}
		case token.PRIME, token.PLUSPOST, token.STARPOST, token.HASHPOST:
			p.enter(t.Pos)
			p.next()
			p.lastOp = postfixPrec
			if t.Kind == token.PRIME {
				x = &ast.Prime{X: x, PrimePos: t.Pos}
			} else {
				x = &ast.Postfix{X: x, OpPos: t.Pos, Op: t.Kind, Start: x.Pos()}
			}
			if !p.primed.IsValid() {
				p.primed, p.postfixLit = t.Pos, t.Kind.String()
			}
		case token.BANG:
			ref := p.parseModRef(x, false)
			if ref == nil {
				return x
			}
			x = ref
		default:
			return x
		}
	}
}

// SANY's precedences of the postfix operators (' ^+ ^* ^#: 15-15) and of
// function application (its FcnOp, binding tighter than any operator), as
// its label check reads them (lastOp).
var (
	postfixPrec = prec{lo: 15, hi: 15}
	fcnOpPrec   = prec{lo: 16, hi: 16}
)

// parseExprList parses e1, e2, ... up to (not including) the closing kind.
func (p *parser) parseExprList(close token.Kind) []ast.Expr {
	var xs []ast.Expr
	if p.tok().Kind == close {
		return xs
	}
	for {
		xs = append(xs, p.parseExpr())
		if p.tok().Kind != token.COMMA {
			return xs
		}
		p.next()
	}
}

func (p *parser) parsePrimary() ast.Expr {
	t := p.tok()
	switch t.Kind {
	case token.IDENT:
		if p.startsLabel() {
			return p.parseLabel()
		}
		p.next()
		id := &ast.Ident{NamePos: t.Pos, Name: t.Lit}
		if lp := p.tok(); lp.Kind == token.LPAREN {
			p.enter(t.Pos)
			p.next()
			p.noEmptyArgs(lp.Pos)
			args := p.parseArgs()
			p.expect(token.RPAREN)
			p.leave()
			return &ast.OpApp{Name: id, Args: args}
		}
		return id
	case token.BOOLEAN, token.STRING_KW:
		p.next()
		return &ast.Ident{NamePos: t.Pos, Name: t.Kind.String()}
	case token.NUMBER:
		p.next()
		if dot, frac := p.tok(), p.peekRaw(1); !t.Decimal && dot.Kind == token.DOT && frac.Kind == token.NUMBER && !frac.Decimal {
			// SANY's grammar reads a decimal as three tokens, number
			// "." number, with any blanks between them (1 . 50 is the
			// decimal 1.50, which TLC then refuses, as 1.50); either
			// number may be \o17, \hFF or \b101, which SANY's
			// semantic pass then fails to read (sema.SanyNumberFormat).
			p.next()
			p.next()
			return &ast.Number{ValuePos: t.Pos, Lit: t.Lit + "." + frac.Lit, Decimal: true}
		}
		return &ast.Number{ValuePos: t.Pos, Lit: t.Lit, Value: t.Value, Decimal: t.Decimal}
	case token.STRING:
		p.next()
		return &ast.String{ValuePos: t.Pos, Value: t.Lit}
	case token.TRUE, token.FALSE:
		p.next()
		return &ast.Bool{ValuePos: t.Pos, Value: t.Kind == token.TRUE}
	case token.AT:
		if p.except == 0 && !p.inModule {
			p.fail(t.Pos, "@ may only be used in the new value of an EXCEPT update")
		}
		p.next()
		return &ast.At{AtPos: t.Pos, Free: p.except == 0}
	case token.LPAREN:
		return p.parseParen()
	case token.AND, token.OR:
		return p.parseJunction()
	case token.LBRACE:
		return p.parseBrace()
	case token.LBRACK:
		return p.parseBracket()
	case token.LTUPLE:
		return p.parseTuple()
	case token.IF:
		return p.parseIf()
	case token.CASE:
		return p.parseCase()
	case token.LET:
		return p.parseLet()
	case token.FORALL, token.EXISTS, token.TFORALL, token.TEXISTS:
		return p.parseQuant()
	case token.CHOOSE:
		return p.parseChoose()
	case token.WF, token.SF:
		return p.parseFairness()
	case token.LAMBDA:
		// SANY's grammar has LAMBDA only as a whole argument of an
		// operator or the value of a substitution (parseOpArg): Op ==
		// LAMBDA x : x, or (LAMBDA x : x), is a parse error there.
		p.errorExpected(t, "expression (LAMBDA is only an operator's argument)")
		return p.parseLambda()
	case token.STEP:
		if t.Value == 1 || strings.HasSuffix(t.Lit, ">") {
			// SANY: only a step name with a label and no dot (<1>2, <*>a)
			// is an expression; <1> and <1>2. begin steps.
			p.errorExpected(t, "expression")
		}
		p.checkStepRef(t)
		p.next()
		if p.tok().Kind == token.BANG {
			// <1>2!1, <1>2!: : a subexpression of the step's formula
			// (SANY's selectors after a step name).
			if m := p.parseModRef(&ast.Ident{NamePos: t.Pos, Name: t.Lit}, false); m != nil {
				return m
			}
		}
		return &ast.StepRef{StepPos: t.Pos, Name: t.Lit}
	case token.INSTANCE:
		p.unsupported(t.Pos, "INSTANCE")
	}
	p.errorExpected(t, "expression")
	return nil
}

// parseJunction parses a bulleted /\ or \/ list. A bullet belongs to the
// list whose first bullet stands in the same column; any token at or left
// of that column (other than such a bullet) ends the list (SANY's rule).
func (p *parser) parseJunction() ast.Expr {
	first := p.tok()
	p.enter(first.Pos)
	defer p.leave()
	col := first.Pos.Col
	p.js = append(p.js, junction{col: col, kind: first.Kind, tab: first.Tab})
	j := &ast.Junction{Start: first.Pos, Op: first.Kind, Column: col}
	for {
		p.next() // the bullet
		j.Items = append(j.Items, p.parseExpr())
		if t := p.raw(); t.Kind != first.Kind || t.Pos.Col != col {
			break
		}
	}
	p.js = p.js[:len(p.js)-1]
	return j
}

func (p *parser) parseIf() ast.Expr {
	t := p.tok()
	p.enter(t.Pos)
	defer p.leave()
	p.next()
	x := &ast.If{IfPos: t.Pos}
	x.Cond = p.parseExpr()
	p.expect(token.THEN)
	x.Then = p.parseExpr()
	p.expect(token.ELSE)
	x.Else = p.parseExpr()
	return x
}

func (p *parser) parseCase() ast.Expr {
	t := p.tok()
	p.enter(t.Pos)
	defer p.leave()
	p.next()
	x := &ast.Case{CasePos: t.Pos}
	for {
		if p.tok().Kind == token.OTHER {
			if len(x.Arms) == 0 {
				p.fail(p.tok().Pos, "OTHER must be the last arm of a CASE")
			}
			p.next()
			p.expect(token.ARROW)
			x.Other = p.parseExpr()
			return x
		}
		arm := &ast.CaseArm{Cond: p.parseExpr()}
		p.expect(token.ARROW)
		arm.Value = p.parseExpr()
		x.Arms = append(x.Arms, arm)
		if p.tok().Kind != token.BOX {
			return x
		}
		p.next()
	}
}

func (p *parser) parseLet() ast.Expr {
	t := p.tok()
	p.enter(t.Pos)
	defer p.leave()
	p.next()
	x := &ast.Let{LetPos: t.Pos}
	for {
		d := p.tok()
		switch d.Kind {
		case token.IN_KW:
			if len(x.Defs) == 0 {
				p.fail(d.Pos, "LET needs at least one definition")
			}
			p.next()
			x.Body = p.parseExpr()
			return x
		case token.RECURSIVE:
			x.Defs = append(x.Defs, p.parseRecursive())
		case token.IDENT, token.MINUSDOT:
			x.Defs = append(x.Defs, p.parseDef(false))
		case token.LOCAL:
			p.fail(d.Pos, "LOCAL is not allowed inside LET")
		case kindEnd:
			p.errorExpected(d, "definition or IN")
		default:
			p.errorExpected(d, "definition or IN")
		}
	}
}

// parseQuant parses \A/\E bounds : body, the unbounded \A x, y : body,
// and the temporal \AA x : body and \EE x : body (which are unbounded).
func (p *parser) parseQuant() ast.Expr {
	t := p.tok()
	p.enter(t.Pos)
	defer p.leave()
	p.next()
	x := &ast.Quant{QuantPos: t.Pos, Op: t.Kind}
	if t.Kind == token.TFORALL || t.Kind == token.TEXISTS {
		b := &ast.Bound{}
		b.Names = append(b.Names, p.identList()...)
		x.Bounds = []*ast.Bound{b}
	} else {
		x.Bounds = p.parseBoundsOrNames(token.COLON)
	}
	p.expect(token.COLON)
	x.Body = p.parseExpr()
	return x
}

// parseBoundsOrNames parses the binders of \A, \E, TAKE or PICK: either
// bounded ones (x \in S, y \in T) or names without sets (x, y), as SANY
// allows, but not both.
func (p *parser) parseBoundsOrNames(end token.Kind) []*ast.Bound {
	if t := p.tok(); t.Kind == token.IDENT {
		k := 1
		for p.peekRaw(k).Kind == token.COMMA && p.peekRaw(k+1).Kind == token.IDENT {
			k += 2
		}
		if p.peekRaw(k).Kind != token.IN {
			b := &ast.Bound{}
			b.Names = append(b.Names, p.identList()...)
			return []*ast.Bound{b}
		}
	}
	return p.parseBounds(end)
}

func (p *parser) parseChoose() ast.Expr {
	t := p.tok()
	p.enter(t.Pos)
	defer p.leave()
	p.next()
	var b *ast.Bound
	if t := p.tok(); t.Kind == token.IDENT && p.peekRaw(1).Kind == token.COLON {
		b = &ast.Bound{Names: []*ast.Ident{p.ident()}} // CHOOSE x : P
	} else if t.Kind == token.LTUPLE && p.isUnboundedTuple() {
		b = &ast.Bound{Tuple: true}
		p.next()
		b.Names = append(b.Names, p.identList()...)
		p.expect(token.RTUPLE)
	} else {
		b = p.parseBound(token.COLON)
	}
	if len(b.Names) > 1 && !b.Tuple {
		p.fail(b.Names[1].NamePos, "CHOOSE binds one name (or one <<tuple>>)")
	}
	p.expect(token.COLON)
	return &ast.Choose{ChoosePos: t.Pos, Bound: b, Body: p.parseExpr()}
}

// parseBounds parses x \in S, y, z \in T, <<a, b>> \in U up to (not
// including) the token that ends them.
func (p *parser) parseBounds(end token.Kind) []*ast.Bound {
	var bs []*ast.Bound
	for {
		bs = append(bs, p.parseBound(end))
		if p.tok().Kind != token.COMMA {
			return bs
		}
		p.next()
	}
}

// parseBound parses one binder: x \in S, x, y \in S, or <<x, y>> \in S.
func (p *parser) parseBound(end token.Kind) *ast.Bound {
	b := &ast.Bound{Tuple: p.tok().Kind == token.LTUPLE}
	if b.Tuple {
		p.next()
	}
	b.Names = append(b.Names, p.identList()...)
	if b.Tuple {
		p.expect(token.RTUPLE)
	}
	t := p.tok()
	if t.Kind != token.IN {
		p.errorExpected(t, `'\in'`)
	}
	p.next()
	b.Set = p.parseExpr()
	return b
}

// parseParen parses (e).
func (p *parser) parseParen() ast.Expr {
	lp := p.tok()
	p.enter(lp.Pos)
	defer p.leave()
	p.next()
	x := p.parseExpr()
	p.expect(token.RPAREN)
	return &ast.Paren{Lparen: lp.Pos, X: x}
}

// parseFairness parses WF_v(A) and SF_v(A); v is an identifier, a tuple
// <<a, b>> or a parenthesized expression.
func (p *parser) parseFairness() ast.Expr {
	t := p.tok()
	p.enter(t.Pos)
	defer p.leave()
	p.next()
	x := &ast.Fairness{FairPos: t.Pos, Op: t.Kind}
	x.Sub = p.parseSubscript()
	p.expect(token.LPAREN)
	x.Action = p.parseExpr()
	p.expect(token.RPAREN)
	return x
}

// parseActionSubscript parses the v of [A]_v or <<A>>_v. A subscript that
// continues with [, . or ' (as in [A]_f[x]) is rejected rather than read
// one way or the other: write [A]_(f[x]).
func (p *parser) parseActionSubscript() ast.Expr {
	x := p.parseSubscript()
	if t := p.tok(); t.Kind == token.LBRACK || t.Kind == token.DOT || t.Kind == token.PRIME {
		p.unsupported(t.Pos, "subscript continued by '"+t.Kind.String()+"' (parenthesize it: [A]_(e))")
	}
	return x
}

// parseSubscript parses the v of [A]_v, <<A>>_v, WF_v(A): an identifier
// (without arguments: WF_vars(A) applies WF to vars and A), a tuple, or a
// parenthesized expression.
func (p *parser) parseSubscript() ast.Expr {
	t := p.tok()
	switch t.Kind {
	case token.IDENT:
		p.next()
		id := &ast.Ident{NamePos: t.Pos, Name: t.Lit}
		if p.tok().Kind == token.LPAREN && p.parenThenBang() {
			// WF_M(1)!vars(A): the instance's arguments.
			lp := p.tok()
			p.enter(lp.Pos)
			p.next()
			p.noEmptyArgs(lp.Pos)
			args := p.parseExprList(token.RPAREN)
			p.expect(token.RPAREN)
			p.leave()
			return p.parseModRef(&ast.OpApp{Name: id, Args: args}, true)
		}
		if p.tok().Kind == token.BANG {
			return p.parseModRef(id, true) // [A]_M!vars, WF_M!vars(A)
		}
		return id
	case token.LTUPLE:
		return p.parseTuple()
	case token.LPAREN:
		return p.parseParen()
	}
	p.errorExpected(t, "subscript (a variable, <<tuple>> or (expression))")
	return nil
}

// isUnboundedTuple reports whether the tokens read <<x, y>> followed by
// ':' (CHOOSE <<x, y>> : P).
func (p *parser) isUnboundedTuple() bool {
	k := 1
	for {
		if p.peekRaw(k).Kind != token.IDENT {
			return false
		}
		k++
		switch p.peekRaw(k).Kind {
		case token.COMMA:
			k++
		case token.RTUPLE:
			return p.peekRaw(k+1).Kind == token.COLON
		default:
			return false
		}
	}
}

// parseArgs parses the arguments of an operator application up to (not
// including) ')'. Besides expressions, an argument may be an operator
// symbol (FoldFunction(+, 0, f)) or a LAMBDA (parsed as an expression).
func (p *parser) parseArgs() []ast.Expr {
	var xs []ast.Expr
	if p.tok().Kind == token.RPAREN {
		return xs
	}
	for {
		t := p.tok()
		if k := p.peekRaw(1).Kind; (k == token.COMMA || k == token.RPAREN) && isOpSymbol(t.Kind) {
			p.next()
			xs = append(xs, &ast.OpSymbol{SymPos: t.Pos, Op: t.Kind})
		} else {
			xs = append(xs, p.parseOpArg())
		}
		if p.tok().Kind != token.COMMA {
			return xs
		}
		p.next()
	}
}

// isDigits reports whether lit is a plain decimal numeral (not \o17).
func isDigits(lit string) bool {
	for i := 0; i < len(lit); i++ {
		if lit[i] < '0' || lit[i] > '9' {
			return false
		}
	}
	return lit != ""
}

// isFieldName reports whether k can name a record field after '.' (r.f,
// ![...].f): an identifier, or, as SANY reads it (isFieldNameToken), any
// keyword (r.IF, r.WF_) or _. TRUE, FALSE, BOOLEAN and STRING are
// identifiers to SANY.
func isFieldName(k token.Kind) bool {
	return k == token.IDENT || k.IsKeyword() || k == token.UNDERSCORE
}

// fieldName parses the field name after '.'.
func (p *parser) fieldName() *ast.Ident {
	t := p.tok()
	if !isFieldName(t.Kind) {
		p.errorExpected(t, "record field name after '.'")
	}
	p.next()
	return &ast.Ident{NamePos: t.Pos, Name: t.Lit}
}

// noEmptyArgs rejects an empty argument list, with the parenthesis just
// read: SANY's grammar has no application without arguments, so it reads
// Len() as Len followed by a stray ( and reports a parse error at pos (the
// "(", or the ")" of a selector's Op!()).
func (p *parser) noEmptyArgs(pos token.Pos) {
	if p.tok().Kind == token.RPAREN {
		p.fail(pos, "an argument list needs at least one argument (write Op, not Op())")
	}
}

// isOpSymbol reports whether k can name an operator by its symbol: an
// infix, prefix or postfix operator, or -. (prefix minus).
func isOpSymbol(k token.Kind) bool {
	_, infix := infixPrec[k]
	_, prefix := prefixPrec[k]
	return infix || prefix || isPostfix(k) || k == token.MINUSDOT
}

// parseOpArg parses an expression or, where SANY's grammar allows one
// (an operator's argument, a substitution's value), a LAMBDA.
func (p *parser) parseOpArg() ast.Expr {
	if p.tok().Kind == token.LAMBDA {
		return p.parseLambda()
	}
	return p.parseExpr()
}

// parseLambda parses LAMBDA x, y : body.
func (p *parser) parseLambda() ast.Expr {
	t := p.tok()
	p.enter(t.Pos)
	defer p.leave()
	p.next()
	x := &ast.Lambda{LambdaPos: t.Pos}
	x.Params = append(x.Params, p.identList()...)
	p.expect(token.COLON)
	x.Body = p.parseExpr()
	return x
}

// startsLabel reports whether the tokens read lab:: or lab(p, q)::.
func (p *parser) startsLabel() bool {
	switch p.peekRaw(1).Kind {
	case token.COLONCOLON:
		return true
	case token.LPAREN:
		k := 2
		for {
			if p.peekRaw(k).Kind != token.IDENT {
				return false
			}
			switch p.peekRaw(k + 1).Kind {
			case token.COMMA:
				k += 2
			case token.RPAREN:
				return p.peekRaw(k+2).Kind == token.COLONCOLON
			default:
				return false
			}
		}
	}
	return false
}

// parseLabel parses lab:: body or lab(p, q):: body; the body extends as
// far right as possible.
func (p *parser) parseLabel() ast.Expr {
	t := p.tok()
	p.enter(t.Pos)
	defer p.leave()
	x := &ast.Label{Name: p.ident()}
	if p.tok().Kind == token.LPAREN {
		p.next()
		x.Params = append(x.Params, p.identList()...)
		p.expect(token.RPAREN)
	}
	p.expect(token.COLONCOLON)
	x.Body = p.parseExpr()
	return x
}

// parseModRef parses the rest of M!Op, M(a)!Op(b), M!N!Op and of the
// selectors Op!2, Op!:, Op!(x), Op!<<, Op!>>, Op!@ after x (the M or M(a)
// just parsed), positioned on the !. It returns nil when x cannot name an
// instance or definition (the ! then belongs to something else). In a
// subscript (WF_M!vars(A), [A]_M!vars) the final name takes no arguments:
// the parenthesis that follows it is WF's action, so a step's arguments
// are read only when a ! follows them (WF_M(1)!N(2)!vars(A)).
func (p *parser) parseModRef(x ast.Expr, subscript bool) *ast.ModRef {
	var first *ast.RefStep
	switch x := x.(type) {
	case *ast.Ident:
		first = &ast.RefStep{Name: x}
	case *ast.OpApp:
		first = &ast.RefStep{Name: x.Name, Args: x.Args}
	default:
		return nil
	}
	names := []*ast.RefStep{first}
	var sels []*ast.Selector
	for p.tok().Kind == token.BANG {
		p.next()
		t := p.tok()
		switch t.Kind {
		case token.IDENT, token.MINUSDOT:
			if len(sels) > 0 {
				p.unsupported(t.Pos, "a name after a subexpression selector (Op!1!Name)")
			}
			var id *ast.Ident
			if t.Kind == token.IDENT {
				id = p.ident()
			} else {
				p.next()
				id = &ast.Ident{NamePos: t.Pos, Name: t.Kind.String()}
			}
			st := &ast.RefStep{Name: id}
			if lp := p.tok(); lp.Kind == token.LPAREN && (!subscript || p.parenThenBang()) {
				st.Args = p.refArgs(t.Pos, lp.Pos)
			}
			names = append(names, st)
		case token.NUMBER, token.COLON, token.LTUPLE, token.RTUPLE, token.AT:
			p.next()
			sels = append(sels, &ast.Selector{Pos: t.Pos, Sel: t.Kind.String()})
			if t.Kind == token.NUMBER {
				sels[len(sels)-1].Sel = t.Lit
			}
		case token.LPAREN:
			p.enter(t.Pos)
			p.next()
			// SANY reads Op!( as the start of arguments, and fails at the ).
			p.noEmptyArgs(p.tok().Pos)
			args := p.parseExprList(token.RPAREN)
			p.expect(token.RPAREN)
			p.leave()
			sels = append(sels, &ast.Selector{Pos: t.Pos, Sel: "(", Args: args})
		default:
			if isOpSymbol(t.Kind) && len(sels) == 0 {
				// An operator symbol of the instance, applied in prefix
				// form or passed as an operator (SANY's GenInfixOp,
				// GenPrefixOp, GenPostfixOp: R!+(a, b), R!-.(a),
				// R!^#(a), F(R!+)), named as its definition is (a + b ==
				// defines "+"). It ends the reference: R!+!x is not TLA+.
				p.next()
				st := &ast.RefStep{Name: &ast.Ident{NamePos: t.Pos, Name: t.Kind.String()}}
				if lp := p.tok(); lp.Kind == token.LPAREN && !subscript {
					st.Args = p.refArgs(t.Pos, lp.Pos)
				}
				names = append(names, st)
				last := names[len(names)-1]
				return &ast.ModRef{Path: names[:len(names)-1], Name: last.Name, Args: last.Args}
			}
			p.errorExpected(t, "the name of a definition of the instance after '!'")
		}
	}
	last := names[len(names)-1]
	return &ast.ModRef{Path: names[:len(names)-1], Name: last.Name, Args: last.Args, Sels: sels}
}

// parenThenBang reports whether the parenthesis at the current token is
// closed by a ) that a ! follows.
func (p *parser) parenThenBang() bool {
	depth := 0
	for k := 0; ; k++ {
		switch p.peekRaw(k).Kind {
		case token.LPAREN:
			depth++
		case token.RPAREN:
			depth--
			if depth == 0 {
				return p.peekRaw(k+1).Kind == token.BANG
			}
		case token.EOF:
			return false
		}
	}
}

// identList parses x, y, z: names separated by commas (bound names,
// LAMBDA and label parameters).
func (p *parser) identList() []*ast.Ident {
	ids := []*ast.Ident{p.ident()}
	for p.tok().Kind == token.COMMA {
		p.next()
		ids = append(ids, p.ident())
	}
	return ids
}

// refArgs parses the parenthesised arguments of a step of an instance
// reference (M!Op(a, b), R!+(a, b)), the current token being their "("
// at lp, the step's name at at.
func (p *parser) refArgs(at, lp token.Pos) []ast.Expr {
	p.enter(at)
	p.next()
	p.noEmptyArgs(lp)
	args := p.parseExprList(token.RPAREN)
	p.expect(token.RPAREN)
	p.leave()
	return args
}
