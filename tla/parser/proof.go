package parser

import (
	"strings"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/scanner"
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
		u.Proof = p.parseProofOpt()
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

// parseProofOpt parses the proof that follows a theorem or a step, if
// there is one: a terminal proof, PROOF followed by steps, or steps that
// begin a proof (beginsProof). The proof opens a level (prooflevel.go).
func (p *parser) parseProofOpt() ast.Proof {
	t := p.raw()
	switch t.Kind {
	case token.PROOF, token.BY, token.OBVIOUS, token.OMITTED:
	case token.STEP:
		if !p.beginsProof(t) {
			return nil
		}
	default:
		return nil
	}
	p.pushProof(t.Pos)
	defer p.popProof()
	if t.Kind == token.PROOF {
		p.next()
		if proofStarts(p.raw().Kind) {
			return p.parseTerminal(t.Pos)
		}
		return p.parseSteps(t.Pos)
	}
	if t.Kind == token.STEP {
		return p.parseSteps(t.Pos)
	}
	return p.parseTerminal(t.Pos)
}

// proofBegins reports whether the tokens at the current position begin a
// proof of the theorem or step just parsed.
func (p *parser) proofBegins() bool {
	t := p.raw()
	switch t.Kind {
	case token.PROOF, token.BY, token.OBVIOUS, token.OMITTED:
		return true
	case token.STEP:
		return p.beginsProof(t)
	}
	return false
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
// step, checking each step's level (prooflevel.go).
func (p *parser) parseSteps(start token.Pos) ast.Proof {
	sp := &ast.StepsProof{Start: start}
	for {
		t := p.raw()
		if t.Kind != token.STEP {
			p.errorExpected(t, "a proof step such as <1>1. (a proof ends with a QED step)")
		}
		p.checkStepLevel(t, p.peekRaw(1).Kind == token.QED)
		if l := stepLevelNum(t.Lit); l < 0 && !strings.HasSuffix(t.Lit, ">") {
			// SANY (a semantic error): <*>1 and <+>1 name no step.
			p.fail(t.Pos, "<*> and <+> cannot be used for a named step (%s)", t.Lit)
		}
		st := p.parseStep()
		sp.Steps = append(sp.Steps, st)
		if st.Kind == token.QED {
			return sp
		}
	}
}

// parseStep parses one step and its proof. Only QED, PICK, CASE and
// assertion steps take a proof (SANY: "proof of step that does not take
// a proof", reported at the step's body).
func (p *parser) parseStep() *ast.Step {
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
		return p.noProof(st, k)
	case token.DEFINE:
		p.next()
		st.Kind = token.DEFINE
		st.Defs = p.parseStepDefs()
		return p.noProof(st, k)
	case token.INSTANCE:
		st.Kind = token.INSTANCE
		st.Instance = p.parseInstance(true)
		return p.noProof(st, k)
	case token.HAVE:
		p.next()
		st.Kind = k.Kind
		st.Exprs = []ast.Expr{p.parseExpr()}
		return p.noProof(st, k)
	case token.CASE:
		p.next()
		st.Kind = k.Kind
		st.Exprs = []ast.Expr{p.parseExpr()}
	case token.WITNESS:
		p.next()
		st.Kind = k.Kind
		st.Exprs = p.parseExprList(token.EOF)
		return p.noProof(st, k)
	case token.TAKE:
		p.next()
		st.Kind = k.Kind
		st.Bounds = p.parseBoundsOrNames(token.EOF)
		return p.noProof(st, k)
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
			return p.noProof(st, k)
		}
		st.Exprs = []ast.Expr{p.parseAssertion()}
	}
	st.Proof = p.parseProofOpt()
	return st
}

// noProof returns st, a step that takes no proof, failing at its body
// (body, the token after the step name) if a proof follows it.
func (p *parser) noProof(st *ast.Step, body scanner.Token) *ast.Step {
	if p.proofBegins() {
		p.fail(body.Pos, "proof of a step that does not take a proof (only QED, PICK, CASE and assertion steps do)")
	}
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
	// SANY reads ONLY after BY and USE, and a module's USE ONLY not at all
	// (only a proof step may be USE ONLY).
	if p.tok().Kind == token.ONLY {
		if u.Hide {
			p.fail(p.tok().Pos, "HIDE takes no ONLY (only BY and USE do)")
		}
		if len(p.proofs) == 0 {
			p.fail(t.Pos, "USE ONLY may only be a proof step, not a module unit")
		}
	}
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
