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

// proofWords begin TLAPS proof units, which SANY knows and this subset
// rejects.
var proofWords = map[string]bool{"LEMMA": true, "PROPOSITION": true, "COROLLARY": true, "USE": true, "HIDE": true, "PROOF": true}

func startsUnit(k token.Kind) bool {
	switch k {
	case token.CONSTANT, token.CONSTANTS, token.VARIABLE, token.VARIABLES, token.ASSUME,
		token.ASSUMPTION, token.LOCAL, token.SEPARATOR, token.THEOREM, token.INSTANCE,
		token.RECURSIVE, token.AXIOM, token.EXTENDS:
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
			id := p.ident()
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
	if t.Kind == token.IDENT && proofWords[t.Lit] && p.peekRaw(1).Kind != token.DEFEQ && p.peekRaw(1).Kind != token.LPAREN {
		p.unsupported(t.Pos, t.Lit+" (proofs)")
	}
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
			in := p.parseInstance()
			in.Start, in.Local = t.Pos, true
			return in
		}
		return p.parseDef(true)
	case token.IDENT:
		return p.parseDef(false)
	case token.EXTENDS:
		p.fail(t.Pos, "EXTENDS must come right after the module header")
	case token.INSTANCE:
		return p.parseInstance()
	case token.RECURSIVE:
		p.unsupported(t.Pos, "RECURSIVE")
	case token.THEOREM:
		p.unsupported(t.Pos, "THEOREM (and proofs)")
	case token.AXIOM:
		p.unsupported(t.Pos, "AXIOM")
	case token.MINUS, token.NOT, token.USEROP:
		p.unsupported(t.Pos, "prefix or infix operator definition")
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

// parseDef parses Name == e, Name(p, ...) == e or f[x \in S, ...] == e.
// The same form is used at the top level and inside LET.
func (p *parser) parseDef(local bool) ast.Unit {
	start := p.raw()
	if start.Kind != token.IDENT {
		if start.Kind.IsOperator() || start.Kind == token.MINUS {
			p.unsupported(start.Pos, "prefix or infix operator definition")
		}
		p.errorExpected(start, "definition")
	}
	name := p.ident()
	switch t := p.raw(); t.Kind {
	case token.DEFEQ:
		p.next()
		if p.raw().Kind == token.INSTANCE {
			return &ast.InstanceDef{Start: start.Pos, Local: local, Name: name, Params: []*ast.Ident{}, Inst: p.parseInstance()}
		}
		return &ast.OpDef{Start: start.Pos, Local: local, Name: name, Params: []*ast.Ident{}, Body: p.parseExpr()}
	case token.LPAREN:
		p.next()
		var params []*ast.Ident
		for {
			pt := p.raw()
			if pt.Kind != token.IDENT {
				p.errorExpected(pt, "parameter name")
			}
			id := p.ident()
			if k := p.raw().Kind; k == token.LPAREN {
				p.unsupported(id.NamePos, "operator parameter "+id.Name+"(_) (higher-order operator)")
			}
			params = append(params, id)
			if p.raw().Kind != token.COMMA {
				break
			}
			p.next()
		}
		p.expect(token.RPAREN)
		p.expect(token.DEFEQ)
		if p.raw().Kind == token.INSTANCE {
			return &ast.InstanceDef{Start: start.Pos, Local: local, Name: name, Params: params, Inst: p.parseInstance()}
		}
		return &ast.OpDef{Start: start.Pos, Local: local, Name: name, Params: params, Body: p.parseExpr()}
	case token.LBRACK:
		p.next()
		bounds := p.parseBounds(token.RBRACK)
		p.expect(token.RBRACK)
		p.expect(token.DEFEQ)
		return &ast.FuncDef{Start: start.Pos, Local: local, Name: name, Bounds: bounds, Body: p.parseExpr()}
	case token.UNDERSCORE:
		p.unsupported(t.Pos, "postfix operator definition")
	default:
		if t.Kind.IsOperator() && p.peekRaw(1).Kind == token.IDENT && p.peekRaw(2).Kind == token.DEFEQ {
			p.unsupported(name.NamePos, "infix operator definition")
		}
		p.errorExpected(t, "'==' after "+name.Name)
	}
	return nil
}

// parseInstance parses INSTANCE Module [WITH a <- e, ...]. The arrow <- is
// read as the tokens < and - written together.
func (p *parser) parseInstance() *ast.Instance {
	t := p.expect(token.INSTANCE)
	in := &ast.Instance{Start: t.Pos, Module: p.ident()}
	if p.raw().Kind != token.WITH {
		return in
	}
	p.next()
	for {
		nt := p.raw()
		if nt.Kind != token.IDENT {
			if nt.Kind.IsOperator() {
				p.unsupported(nt.Pos, "substituting the operator symbol "+nt.Lit+" in INSTANCE ... WITH")
			}
			p.errorExpected(nt, "a constant or variable name to substitute")
		}
		name := p.ident()
		p.expectArrow()
		in.With = append(in.With, &ast.Substitution{Name: name, Value: p.parseExpr()})
		if p.raw().Kind != token.COMMA {
			return in
		}
		p.next()
	}
}

// expectArrow consumes the <- of a substitution.
func (p *parser) expectArrow() {
	t := p.raw()
	if t.Lit == "<-" {
		p.next()
		return
	}
	m := p.peekRaw(1)
	if t.Kind == token.LT && m.Kind == token.MINUS && m.Pos.Line == t.Pos.Line && m.Pos.Col == t.Pos.Col+1 {
		p.next()
		p.next()
		return
	}
	p.errorExpected(t, "'<-'")
}
