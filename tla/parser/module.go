package parser

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// StandardModules are the standard modules of the TLA+ tools (and TLC's
// own): built into wspcycle, never read from a file. Any other module named
// by EXTENDS or INSTANCE is looked up on the module search path (package
// module).
var StandardModules = map[string]bool{
	"Naturals": true, "Integers": true, "FiniteSets": true, "Sequences": true, "TLC": true,
	"Bags": true, "TLCExt": true, "Reals": true, "Randomization": true, "Json": true,
}

func (p *parser) parseModuleSafe() *ast.Module {
	var m *ast.Module
	p.guard(func() { m = p.parseHeader() })
	if m == nil {
		return nil
	}
	p.parseModuleBody(m)
	m.Comments = p.comments
	return m
}

// parseModuleBody parses the units of m up to its ==== (a nested module's
// units up to its own ====).
func (p *parser) parseModuleBody(m *ast.Module) {
	for !p.fatal {
		t := p.raw()
		if t.Kind == token.MODULEEND {
			m.End = t.Pos
			p.next()
			break
		}
		if t.Kind == token.EOF {
			p.errs.Add(t.Pos, "missing ==== at the end of module "+m.Name.Name)
			break
		}
		start := p.i
		p.guard(func() {
			if u := p.parseUnit(); u != nil {
				m.Units = append(m.Units, u)
			}
		})
		if p.fatal {
			break
		}
		if p.i == start || p.lastFailed(start) {
			p.sync(start)
		}
	}
}

// lastFailed reports whether an error was recorded at or after token start.
func (p *parser) lastFailed(start int) bool {
	if len(p.errs) == 0 {
		return false
	}
	e := p.errs[len(p.errs)-1]
	return !e.Pos.Before(p.toks[start].Pos)
}

// sync skips to the next token that can begin a unit at the start of a
// line, so that one error does not hide the rest of the module.
func (p *parser) sync(start int) {
	if p.i <= start {
		p.i = start
		p.next()
	}
	p.js = p.js[:0]
	p.depth, p.except = 0, 0
	for {
		t := p.raw()
		if t.Kind == token.EOF || t.Kind == token.MODULEEND {
			return
		}
		prev := p.toks[p.i-1]
		if prev.Pos.Line < t.Pos.Line && startsUnit(t.Kind) {
			return
		}
		if prev.Pos.Line < t.Pos.Line && t.Kind == token.IDENT {
			if k := p.peekRaw(1).Kind; k == token.DEFEQ || k == token.LPAREN || k == token.LBRACK {
				return
			}
		}
		p.next()
	}
}

func startsUnit(k token.Kind) bool {
	switch k {
	case token.CONSTANT, token.CONSTANTS, token.VARIABLE, token.VARIABLES, token.ASSUME,
		token.ASSUMPTION, token.LOCAL, token.SEPARATOR, token.THEOREM, token.INSTANCE,
		token.RECURSIVE, token.AXIOM, token.EXTENDS, token.LEMMA, token.PROPOSITION,
		token.COROLLARY, token.USE, token.HIDE:
		return true
	}
	return false
}

// parseHeader parses ---- MODULE Name ---- and EXTENDS.
func (p *parser) parseHeader() *ast.Module {
	start := p.expect(token.SEPARATOR)
	p.expect(token.MODULE)
	name := p.ident()
	p.expect(token.SEPARATOR)
	m := &ast.Module{Start: start.Pos, Name: name}
	if p.raw().Kind == token.EXTENDS {
		p.next()
		for {
			// SANY reads a keyword there as a module's name, as it does a
			// field's (isFieldNameToken): EXTENDS IF names a module IF.
			var id *ast.Ident
			if t := p.tok(); t.Kind != token.IDENT && isFieldName(t.Kind) {
				p.next()
				id = &ast.Ident{NamePos: t.Pos, Name: t.Lit}
			} else {
				id = p.ident()
			}
			m.Extends = append(m.Extends, id)
			if p.raw().Kind != token.COMMA {
				break
			}
			p.next()
		}
	}
	return m
}

// parseUnit parses one top-level unit. It returns nil for a separator line.
func (p *parser) parseUnit() ast.Unit {
	t := p.raw()
	switch t.Kind {
	case token.SEPARATOR:
		if p.peekRaw(1).Kind == token.MODULE {
			inner := p.parseHeader()
			p.parseModuleBody(inner)
			if !inner.End.IsValid() {
				p.fail(inner.Start, "missing ==== at the end of module %s", inner.Name.Name)
			}
			return &ast.InnerModule{Module: inner}
		}
		p.next()
		return nil
	case token.CONSTANT, token.CONSTANTS:
		return p.parseConstants()
	case token.VARIABLE, token.VARIABLES:
		return p.parseVariables()
	case token.ASSUME, token.ASSUMPTION:
		return p.parseAssume()
	case token.LOCAL:
		p.next()
		if p.raw().Kind == token.INSTANCE {
			in := p.parseInstance(false)
			in.Start, in.Local = t.Pos, true
			return in
		}
		return p.parseDef(true)
	case token.IDENT, token.MINUSDOT:
		return p.parseDef(false)
	case token.RECURSIVE:
		return p.parseRecursive()
	case token.THEOREM, token.LEMMA, token.PROPOSITION, token.COROLLARY, token.AXIOM:
		return p.parseTheorem()
	case token.USE, token.HIDE:
		return p.parseUseHide()
	case token.EXTENDS:
		p.fail(t.Pos, "EXTENDS must come right after the module header")
	case token.INSTANCE:
		return p.parseInstance(false)
	}
	p.fail(t.Pos, "expected a definition or declaration, found %s", describe(t))
	return nil
}

func (p *parser) parseConstants() ast.Unit {
	start := p.raw()
	p.next()
	u := &ast.Constants{Start: start.Pos}
	for {
		t := p.raw()
		if t.Kind != token.IDENT {
			if t.Kind.IsOperator() || t.Kind == token.UNDERSCORE {
				p.unsupported(t.Pos, "operator constant (CONSTANT with operator parameters)")
			}
			p.errorExpected(t, "constant name")
		}
		id := p.ident()
		d := &ast.ConstDecl{Name: id}
		if p.raw().Kind == token.LPAREN {
			// F(_, _): an operator constant, set by the cfg (F <- Op).
			p.next()
			for {
				p.expect(token.UNDERSCORE)
				d.Arity++
				if p.raw().Kind != token.COMMA {
					break
				}
				p.next()
			}
			p.expect(token.RPAREN)
		}
		if k := p.raw().Kind; k.IsOperator() && k != token.AND && k != token.OR || k == token.UNDERSCORE {
			p.unsupported(id.NamePos, "operator constant (CONSTANT with operator parameters)")
		}
		u.Names = append(u.Names, d)
		if p.raw().Kind != token.COMMA {
			return u
		}
		p.next()
	}
}

func (p *parser) parseVariables() ast.Unit {
	start := p.raw()
	p.next()
	u := &ast.Variables{Start: start.Pos}
	for {
		u.Names = append(u.Names, p.ident())
		if p.raw().Kind != token.COMMA {
			return u
		}
		p.next()
	}
}

func (p *parser) parseAssume() ast.Unit {
	start := p.raw()
	p.next()
	u := &ast.Assume{Start: start.Pos}
	if p.raw().Kind == token.IDENT && p.peekRaw(1).Kind == token.DEFEQ {
		u.Name = p.ident()
		p.next()
	}
	u.Expr = p.parseExpr()
	return u
}

// parseDef parses Name == e, Name(p, ...) == e, f[x \in S, ...] == e and
// the definitions of operator symbols: a ++ b == e, -. a == e, a ^+ == e.
// The same forms are used at the top level, inside LET and in proofs.
// Parameters may be operators: F(_, _), or symbols _ + _, -. _, _ ^+.
func (p *parser) parseDef(local bool) ast.Unit {
	start := p.raw()
	if start.Kind == token.MINUSDOT {
		p.next()
		param := p.ident()
		p.expect(token.DEFEQ)
		return &ast.OpDef{Start: start.Pos, Local: local, Name: &ast.Ident{NamePos: start.Pos, Name: "-."},
			Params: []*ast.Ident{param}, Op: token.MINUSDOT, Body: p.parseExpr()}
	}
	if start.Kind != token.IDENT {
		p.errorExpected(start, "definition")
	}
	name := p.ident()
	switch t := p.raw(); t.Kind {
	case token.DEFEQ:
		p.next()
		if p.raw().Kind == token.INSTANCE {
			return &ast.InstanceDef{Start: start.Pos, Local: local, Name: name, Params: []*ast.Ident{}, Inst: p.parseInstance(false)}
		}
		return &ast.OpDef{Start: start.Pos, Local: local, Name: name, Params: []*ast.Ident{}, Body: p.parseExpr()}
	case token.LPAREN:
		p.next()
		d := &ast.OpDef{Start: start.Pos, Local: local, Name: name}
		for {
			id, arity := p.parseParam()
			d.Params = append(d.Params, id)
			if arity > 0 && d.ParamArity == nil {
				d.ParamArity = make([]int, len(d.Params)-1, len(d.Params))
			}
			if d.ParamArity != nil {
				d.ParamArity = append(d.ParamArity, arity)
			}
			if p.raw().Kind != token.COMMA {
				break
			}
			p.next()
		}
		p.expect(token.RPAREN)
		p.expect(token.DEFEQ)
		if p.raw().Kind == token.INSTANCE {
			return &ast.InstanceDef{Start: start.Pos, Local: local, Name: name, Params: d.Params, Inst: p.parseInstance(false)}
		}
		d.Body = p.parseExpr()
		return d
	case token.LBRACK:
		p.next()
		bounds := p.parseBounds(token.RBRACK)
		p.expect(token.RBRACK)
		p.expect(token.DEFEQ)
		return &ast.FuncDef{Start: start.Pos, Local: local, Name: name, Bounds: bounds, Body: p.parseExpr()}
	default:
		// x' == e is, for SANY, a definition of the postfix operator '
		// with the parameter x, which its semantic checks then refuse
		// (package sema): parsed as such, it is reported as SANY does.
		if (isPostfix(t.Kind) || t.Kind == token.PRIME) && p.peekRaw(1).Kind == token.DEFEQ {
			p.next()
			p.next()
			return &ast.OpDef{Start: start.Pos, Local: local, Name: &ast.Ident{NamePos: t.Pos, Name: t.Kind.String()},
				Params: []*ast.Ident{name}, Op: t.Kind, Body: p.parseExpr()}
		}
		if _, infix := infixPrec[t.Kind]; infix && p.peekRaw(1).Kind == token.IDENT && p.peekRaw(2).Kind == token.DEFEQ {
			p.next()
			right := p.ident()
			p.next()
			return &ast.OpDef{Start: start.Pos, Local: local, Name: &ast.Ident{NamePos: t.Pos, Name: t.Kind.String()},
				Params: []*ast.Ident{name, right}, Op: t.Kind, Body: p.parseExpr()}
		}
		p.errorExpected(t, "'==' after "+name.Name)
	}
	return nil
}

// parseParam parses one parameter of an operator definition and returns
// its arity: x (0), F(_, _) (2), _ + _ (2), -. _ (1), _ ^+ (1). A symbol
// parameter is named by its spelling.
func (p *parser) parseParam() (*ast.Ident, int) {
	t := p.raw()
	switch t.Kind {
	case token.IDENT:
		id := p.ident()
		if p.raw().Kind != token.LPAREN {
			return id, 0
		}
		p.next()
		n := 0
		for {
			p.expect(token.UNDERSCORE)
			n++
			if p.raw().Kind != token.COMMA {
				break
			}
			p.next()
		}
		p.expect(token.RPAREN)
		return id, n
	case token.MINUSDOT:
		p.next()
		p.expect(token.UNDERSCORE)
		return &ast.Ident{NamePos: t.Pos, Name: "-."}, 1
	case token.UNDERSCORE:
		p.next()
		op := p.raw()
		if isPostfix(op.Kind) {
			p.next()
			return &ast.Ident{NamePos: op.Pos, Name: op.Kind.String()}, 1
		}
		if _, infix := infixPrec[op.Kind]; infix {
			p.next()
			p.expect(token.UNDERSCORE)
			return &ast.Ident{NamePos: op.Pos, Name: op.Kind.String()}, 2
		}
		p.errorExpected(op, "operator symbol in parameter _ op _")
	}
	p.errorExpected(t, "parameter name")
	return nil, 0
}

// parseRecursive parses RECURSIVE F(_), G(_, _), H.
func (p *parser) parseRecursive() ast.Unit {
	start := p.raw()
	p.next()
	u := &ast.Recursive{Start: start.Pos}
	for {
		id, arity := p.parseParam()
		u.Names = append(u.Names, &ast.ConstDecl{Name: id, Arity: arity})
		if p.raw().Kind != token.COMMA {
			return u
		}
		p.next()
	}
}

// parseInstance parses INSTANCE Module [WITH a <- e, ...], as a unit, as
// the right-hand side of M == INSTANCE ... or as a proof step. The name
// substituted may be an operator symbol (WITH + <- Plus); outside proofs,
// where it would have to mean something, that is not supported yet.
func (p *parser) parseInstance(inProof bool) *ast.Instance {
	t := p.expect(token.INSTANCE)
	in := &ast.Instance{Start: t.Pos, Module: p.ident()}
	if p.raw().Kind != token.WITH {
		return in
	}
	p.next()
	for {
		n := p.raw()
		var name *ast.Ident
		switch {
		case n.Kind == token.IDENT:
			name = p.ident()
		case isOpSymbol(n.Kind):
			if !inProof {
				p.unsupported(n.Pos, "substituting the operator symbol "+n.Kind.String()+" in INSTANCE ... WITH")
			}
			p.next()
			name = &ast.Ident{NamePos: n.Pos, Name: n.Kind.String()}
		default:
			p.errorExpected(n, "a constant or variable name to substitute")
		}
		p.expectLeftArrow()
		in.With = append(in.With, &ast.Substitution{Name: name, Value: p.parseOpArg()})
		if p.raw().Kind != token.COMMA {
			return in
		}
		p.next()
	}
}
