package parser

import (
	"strconv"
	"strings"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// The proof language, as SANY reads it: theorems, axioms, USE and HIDE,
// and proofs made of steps. TLC does not check proofs; the tree keeps
// them so that the checker can skip them knowingly.

// parseTheorem parses THEOREM/LEMMA/PROPOSITION/COROLLARY [Name ==] body
// [proof] and AXIOM [Name ==] body.
func (p *parser) parseTheorem() ast.Unit {
	t := p.raw()
	p.next()
	u := &ast.Theorem{Start: t.Pos, Kind: t.Kind}
	if p.raw().Kind == token.IDENT && p.peekRaw(1).Kind == token.DEFEQ {
		u.Name = p.ident()
		p.next()
	}
	u.Body = p.parseAssertion()
	if t.Kind != token.AXIOM {
		u.Proof = p.parseProofOpt(0)
	}
	return u
}

// parseAssertion parses an expression or ASSUME ... PROVE ....
func (p *parser) parseAssertion() ast.Expr {
	if p.tok().Kind == token.ASSUME {
		return p.parseAssumeProve()
	}
	return p.parseExpr()
}

// parseAssumeProve parses ASSUME a1, ..., an PROVE e. An assumption is a
// declaration (NEW x \in S, CONSTANT c, ...), a nested ASSUME/PROVE, a
// named assumption (A == e) or an expression.
func (p *parser) parseAssumeProve() ast.Expr {
	t := p.tok()
	p.enter(t.Pos)
	defer p.leave()
	p.next()
	ap := &ast.AssumeProve{AssumePos: t.Pos}
	for {
		ap.Assume = append(ap.Assume, p.parseAssumeItem())
		if p.tok().Kind != token.COMMA {
			break
		}
		p.next()
	}
	p.expect(token.PROVE)
	ap.Prove = p.parseExpr()
	return ap
}

func (p *parser) parseAssumeItem() ast.Node {
	t := p.tok()
	switch t.Kind {
	case token.NEW, token.CONSTANT, token.CONSTANTS, token.VARIABLE, token.VARIABLES, token.STATE, token.ACTION, token.TEMPORAL:
		return p.parseNewDecl()
	case token.ASSUME:
		return p.parseAssumeProve()
	case token.IDENT:
		if p.peekRaw(1).Kind == token.DEFEQ {
			name := p.ident()
			p.next()
			return &ast.OpDef{Start: t.Pos, Name: name, Params: []*ast.Ident{}, Body: p.parseExpr()}
		}
	}
	return p.parseExpr()
}

// parseNewDecl parses NEW x, NEW x \in S, NEW CONSTANT x, NEW VARIABLE v,
// NEW STATE s, NEW ACTION A, NEW TEMPORAL F, NEW F(_), and the same
// without NEW after a level keyword.
func (p *parser) parseNewDecl() ast.Expr {
	t := p.tok()
	d := &ast.NewDecl{Start: t.Pos, Kind: t.Kind}
	p.next()
	if t.Kind == token.NEW {
		switch k := p.tok().Kind; k {
		case token.CONSTANT, token.CONSTANTS, token.VARIABLE, token.VARIABLES, token.STATE, token.ACTION, token.TEMPORAL:
			d.Kind = k
			p.next()
		}
	}
	switch d.Kind {
	case token.CONSTANTS:
		d.Kind = token.CONSTANT
	case token.VARIABLES:
		d.Kind = token.VARIABLE
	}
	if p.tok().Kind == kindEnd {
		p.errorExpected(p.tok(), "name")
	}
	d.Name, d.Arity = p.parseParam()
	if d.Arity == 0 && p.tok().Kind == token.IN {
		p.next()
		d.Set = p.parseExpr()
	}
	return d
}

// proofStarts reports whether k can begin a proof.
func proofStarts(k token.Kind) bool {
	switch k {
	case token.PROOF, token.BY, token.OBVIOUS, token.OMITTED:
		return true
	}
	return false
}

// stepLevel is the level of a step name: n for <n>..., one more than the
// current level for <+>, and the current level for <*> (one at the top).
func stepLevel(name string, current int) int {
	inner := name[1:strings.IndexByte(name, '>')]
	switch inner {
	case "+":
		return current + 1
	case "*":
		return max(current, 1)
	}
	n, err := strconv.Atoi(inner)
	if err != nil {
		return current + 1 // more digits than an int holds: certainly deeper
	}
	return n
}

// parseProofOpt parses the proof that follows a theorem or a step of the
// given level (0 for a theorem), if there is one: a terminal proof, PROOF
// followed by steps, or steps of a deeper level.
func (p *parser) parseProofOpt(level int) ast.Proof {
	t := p.raw()
	switch t.Kind {
	case token.PROOF:
		p.next()
		if proofStarts(p.raw().Kind) {
			return p.parseTerminal(t.Pos)
		}
		return p.parseSteps(t.Pos, level)
	case token.BY, token.OBVIOUS, token.OMITTED:
		return p.parseTerminal(t.Pos)
	case token.STEP:
		if stepLevel(t.Lit, level) > level {
			return p.parseSteps(t.Pos, level)
		}
	}
	return nil
}

// parseTerminal parses BY [ONLY] facts [DEF names], OBVIOUS or OMITTED.
func (p *parser) parseTerminal(start token.Pos) ast.Proof {
	t := p.raw()
	tp := &ast.TerminalProof{Start: start, Kind: t.Kind}
	switch t.Kind {
	case token.OBVIOUS, token.OMITTED:
		p.next()
		return tp
	case token.BY:
		p.next()
		tp.Only, tp.Facts, tp.Defs = p.parseFactsDefs()
		return tp
	}
	p.errorExpected(t, "BY, OBVIOUS or OMITTED")
	return nil
}

// parseFactsDefs parses [ONLY] facts [DEF names] of BY, USE and HIDE.
func (p *parser) parseFactsDefs() (only bool, facts, defs []ast.Expr) {
	if p.tok().Kind == token.ONLY {
		only = true
		p.next()
	}
	if k := p.tok().Kind; k != token.DEF && k != token.DEFS {
		facts = p.parseFactList()
	}
	if k := p.tok().Kind; k == token.DEF || k == token.DEFS {
		p.next()
		defs = p.parseFactList()
	}
	return only, facts, defs
}

// parseFactList parses a comma-separated list of facts or definition
// names: expressions (including step names <1>2), MODULE M, and
// operator symbols.
func (p *parser) parseFactList() []ast.Expr {
	var xs []ast.Expr
	for {
		t := p.tok()
		switch {
		case t.Kind == token.MODULE:
			p.next()
			xs = append(xs, &ast.ModuleRef{ModulePos: t.Pos, Name: p.ident()})
		case isOpSymbol(t.Kind) && !p.startsExpr(t.Kind):
			p.next()
			xs = append(xs, &ast.OpSymbol{SymPos: t.Pos, Op: t.Kind})
		default:
			xs = append(xs, p.parseExpr())
		}
		if p.tok().Kind != token.COMMA {
			return xs
		}
		p.next()
	}
}

// startsExpr reports whether an operator symbol k at the current token
// begins an expression (a prefix operator applied to an operand) rather
// than naming the operator in a list.
func (p *parser) startsExpr(k token.Kind) bool {
	if _, prefix := prefixPrec[k]; !prefix {
		return false
	}
	next := p.peekRaw(1).Kind
	return next != token.COMMA && next != token.EOF && !proofStarts(next) && next != token.STEP
}

// parseSteps parses the steps of a proof, up to and including its QED
// step. parent is the level of the theorem or step being proved.
func (p *parser) parseSteps(start token.Pos, parent int) ast.Proof {
	sp := &ast.StepsProof{Start: start}
	level := -1
	for {
		t := p.raw()
		if t.Kind != token.STEP {
			p.errorExpected(t, "a proof step such as <1>1. (a proof ends with a QED step)")
		}
		if level < 0 {
			level = stepLevel(t.Lit, parent)
			if t.Lit == "<*>" {
				level = parent + 1
			}
		}
		st := p.parseStep(level)
		sp.Steps = append(sp.Steps, st)
		if st.Kind == token.QED {
			return sp
		}
	}
}

// parseStep parses one step of the given level, and its proof.
func (p *parser) parseStep(level int) *ast.Step {
	t := p.raw()
	p.enter(t.Pos)
	defer p.leave()
	p.next()
	st := &ast.Step{Start: t.Pos, Name: t.Lit}
	// In a step, @ stands for the right side of the previous step's
	// (in)equality (as in <1>3. @ = x + y); SANY accepts it there.
	p.except++
	defer func() { p.except-- }()
	k := p.raw()
	switch k.Kind {
	case token.QED:
		p.next()
		st.Kind = token.QED
	case token.USE, token.HIDE:
		st.Kind = token.USE
		st.Use = p.parseUseHide().(*ast.UseHide)
		return st
	case token.DEFINE:
		p.next()
		st.Kind = token.DEFINE
		st.Defs = p.parseStepDefs()
		return st
	case token.INSTANCE:
		st.Kind = token.INSTANCE
		st.Instance = p.parseInstance(true)
		return st
	case token.HAVE, token.CASE:
		p.next()
		st.Kind = k.Kind
		st.Exprs = []ast.Expr{p.parseExpr()}
	case token.WITNESS:
		p.next()
		st.Kind = k.Kind
		st.Exprs = p.parseExprList(token.EOF)
	case token.TAKE:
		p.next()
		st.Kind = k.Kind
		st.Bounds = p.parseBoundsOrNames(token.EOF)
	case token.PICK:
		p.next()
		st.Kind = k.Kind
		st.Bounds = p.parseBoundsOrNames(token.COLON)
		p.expect(token.COLON)
		st.Exprs = []ast.Expr{p.parseExpr()}
	case token.SUFFICES:
		p.next()
		st.Kind = k.Kind
		st.Exprs = []ast.Expr{p.parseAssertion()}
	default:
		if p.startsDef() {
			st.Kind = token.DEFINE
			st.Defs = p.parseStepDefs()
			return st
		}
		st.Exprs = []ast.Expr{p.parseAssertion()}
	}
	st.Proof = p.parseProofOpt(level)
	return st
}

// parseStepDefs parses the definitions of a DEFINE step (the keyword may
// be omitted).
func (p *parser) parseStepDefs() []ast.Unit {
	var defs []ast.Unit
	for {
		defs = append(defs, p.parseDef(false))
		if !p.startsDef() {
			return defs
		}
	}
}

// startsDef reports whether the tokens at the current position begin a
// definition: Name ==, Name(...) ==, f[...] ==, a op b ==, -. a ==, a ^+ ==.
func (p *parser) startsDef() bool {
	t := p.raw()
	if t.Kind == token.MINUSDOT {
		return p.peekRaw(1).Kind == token.IDENT && p.peekRaw(2).Kind == token.DEFEQ
	}
	if t.Kind != token.IDENT {
		return false
	}
	switch k := p.peekRaw(1).Kind; {
	case k == token.DEFEQ:
		return true
	case k == token.LPAREN || k == token.LBRACK:
		closeKind := token.RPAREN
		if k == token.LBRACK {
			closeKind = token.RBRACK
		}
		depth := 0
		for i := 1; i < 1000; i++ {
			switch p.peekRaw(i).Kind {
			case token.LPAREN, token.LBRACK:
				depth++
			case token.RPAREN, token.RBRACK:
				depth--
				if depth == 0 {
					return p.peekRaw(i).Kind == closeKind && p.peekRaw(i+1).Kind == token.DEFEQ
				}
			case token.EOF, token.DEFEQ:
				return false
			}
		}
		return false
	case isPostfix(k):
		return p.peekRaw(2).Kind == token.DEFEQ
	default:
		_, infix := infixPrec[k]
		return infix && p.peekRaw(2).Kind == token.IDENT && p.peekRaw(3).Kind == token.DEFEQ
	}
}

// parseUseHide parses USE [ONLY] facts [DEF names] or HIDE facts [DEF
// names], as a module unit or a proof step.
func (p *parser) parseUseHide() ast.Unit {
	t := p.raw()
	p.next()
	u := &ast.UseHide{Start: t.Pos, Hide: t.Kind == token.HIDE}
	u.Only, u.Facts, u.Defs = p.parseFactsDefs()
	return u
}

// expectLeftArrow consumes <- (two tokens, < and -, side by side) or ←.
func (p *parser) expectLeftArrow() {
	t := p.raw()
	if t.Kind == token.LARROW {
		p.next()
		return
	}
	if n := p.peekRaw(1); t.Kind == token.LT && n.Kind == token.MINUS && n.Pos.Line == t.Pos.Line && n.Pos.Col == t.Pos.Col+1 {
		p.next()
		p.next()
		return
	}
	p.errorExpected(t, "'<-'")
}
