package parser

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/scanner"
	"github.com/wspcycle/wspcycle/tla/token"
)

// startsBinder reports whether the tokens at the current position read
// "x \in", "x, y ... \in" or "<<x, y>> \in": the start of a binder in a set
// filter or function constructor. SANY decides the same way, by looking
// ahead for the identifiers and \in.
func (p *parser) startsBinder() bool {
	tuple := p.peekRaw(0).Kind == token.LTUPLE
	k := 0
	if tuple {
		k = 1
	}
	for {
		if p.peekRaw(k).Kind != token.IDENT {
			return false
		}
		k++
		switch p.peekRaw(k).Kind {
		case token.COMMA:
			k++
		case token.RTUPLE:
			return tuple && p.peekRaw(k+1).Kind == token.IN
		case token.IN:
			return !tuple
		default:
			return false
		}
	}
}

// parseBrace parses {}, {e1, ..., en}, {x \in S : P} (filter) and
// {e : x \in S, ...} (map). As in SANY, a set that starts with "x \in" (or
// "<<x, y>> \in") followed by ':' is a filter.
func (p *parser) parseBrace() ast.Expr {
	lb := p.tok()
	p.enter(lb.Pos)
	defer p.leave()
	p.next()
	if p.tok().Kind == token.RBRACE {
		p.next()
		return &ast.SetEnum{Lbrace: lb.Pos, Elems: []ast.Expr{}}
	}
	save := p.i
	if p.tok().Kind != kindEnd && !p.notFilter[save] && p.startsBinder() {
		// Try the filter reading: a single binder, then ':'.
		errs := len(p.errs)
		b := p.parseBound(token.COLON)
		if p.tok().Kind == token.COLON && (len(b.Names) == 1 || b.Tuple) {
			p.next()
			pred := p.parseExpr()
			p.expect(token.RBRACE)
			return &ast.SetFilter{Lbrace: lb.Pos, Bound: b, Pred: pred}
		}
		// Not a filter ({x \in S} or {x \in S, y}): reparse as elements.
		// Remembering the failure keeps nested sets from being retried
		// at every level (which would take exponential time).
		p.i = save
		p.errs = p.errs[:errs]
		if p.notFilter == nil {
			p.notFilter = map[int]bool{}
		}
		p.notFilter[save] = true
	}
	first := p.parseExpr()
	if p.tok().Kind == token.COLON {
		p.next()
		bounds := p.parseBounds(token.RBRACE)
		p.expect(token.RBRACE)
		return &ast.SetMap{Lbrace: lb.Pos, Elem: first, Bounds: bounds}
	}
	elems := []ast.Expr{first}
	for p.tok().Kind == token.COMMA {
		p.next()
		elems = append(elems, p.parseExpr())
	}
	p.expect(token.RBRACE)
	return &ast.SetEnum{Lbrace: lb.Pos, Elems: elems}
}

// parseTuple parses <<e1, ..., en>> and <<A>>_v.
func (p *parser) parseTuple() ast.Expr {
	lt := p.tok()
	p.enter(lt.Pos)
	defer p.leave()
	p.next()
	elems := p.parseExprList(token.RTUPLE)
	if elems == nil {
		elems = []ast.Expr{}
	}
	p.expect(token.RTUPLE)
	if p.tok().Kind == token.UNDERSCORE {
		us := p.tok()
		p.next()
		if len(elems) != 1 {
			p.fail(us.Pos, "<<A>>_v needs exactly one action inside << >>")
		}
		return &ast.AngleAction{Ltuple: lt.Pos, Action: elems[0], Sub: p.parseActionSubscript()}
	}
	return &ast.Tuple{Ltuple: lt.Pos, Elems: elems}
}

// parseBracket parses everything that starts with '[', deciding by the
// token after the first field or expression, as SANY does:
//
//	[a |-> e, ...]        record          [a : S, ...]       record set
//	[x \in S |-> e]       function        [S -> T]           function set
//	[f EXCEPT ![a] = e]   EXCEPT          [A]_v              box action
func (p *parser) parseBracket() ast.Expr {
	lb := p.tok()
	p.enter(lb.Pos)
	defer p.leave()
	p.next()
	if t := p.tok(); isFieldName(t.Kind) {
		// SANY reads a keyword (or _) as the first field of [f |-> e, ...]
		// only: [IF |-> 1] is a record, [a |-> 1, IF |-> 2] and [IF : S]
		// are errors.
		switch p.peekRaw(1).Kind {
		case token.MAPSTO:
			return p.parseRecord(lb, token.MAPSTO)
		case token.COLON:
			if isRecordField(t.Kind) {
				return p.parseRecord(lb, token.COLON)
			}
		}
	}
	if p.tok().Kind != kindEnd && p.startsBinder() {
		bounds := p.parseBounds(token.MAPSTO)
		p.expect(token.MAPSTO)
		body := p.parseExpr()
		p.expect(token.RBRACK)
		return &ast.FuncCons{Lbrack: lb.Pos, Bounds: bounds, Body: body}
	}
	first := p.parseExpr()
	switch t := p.tok(); t.Kind {
	case token.ARROW:
		p.next()
		rng := p.parseExpr()
		p.expect(token.RBRACK)
		return &ast.FuncSet{Lbrack: lb.Pos, Dom: first, Rng: rng}
	case token.EXCEPT:
		p.next()
		return p.parseExcept(lb, first)
	case token.RBRACK:
		p.next()
		if p.tok().Kind != token.UNDERSCORE {
			p.fail(t.Pos, "expected ']_' of [A]_v (a bare [e] is not an expression)")
		}
		p.next()
		return &ast.BoxAction{Lbrack: lb.Pos, Action: first, Sub: p.parseActionSubscript()}
	case token.MAPSTO:
		p.fail(t.Pos, "expected 'x \\in S' before '|->' in a function constructor")
	default:
		p.errorExpected(t, "'->', '|->', EXCEPT or ']'")
	}
	return nil
}

// isRecordField reports whether k names a field of a record constructor
// (after its first field) or of a record set: an identifier, including
// TRUE, FALSE, BOOLEAN and STRING, which SANY reads as identifiers.
func isRecordField(k token.Kind) bool {
	switch k {
	case token.IDENT, token.TRUE, token.FALSE, token.BOOLEAN, token.STRING_KW:
		return true
	}
	return false
}

// parseRecord parses [a |-> e, ...] (sep MAPSTO) or [a : S, ...] (COLON).
func (p *parser) parseRecord(lb scanner.Token, sep token.Kind) ast.Expr {
	var fields []*ast.Field
	seen := map[string]bool{}
	for first := true; ; first = false {
		var name *ast.Ident
		if first {
			name = p.fieldName()
		} else {
			t := p.tok()
			if !isRecordField(t.Kind) {
				p.errorExpected(t, "identifier")
			}
			p.next()
			name = &ast.Ident{NamePos: t.Pos, Name: t.Lit}
		}
		if seen[name.Name] && !p.inModule {
			// In a module it is SANY's semantic error (package sema).
			p.fail(name.NamePos, "duplicate field %s in record", name.Name)
		}
		seen[name.Name] = true
		p.expect(sep)
		fields = append(fields, &ast.Field{Name: name, Value: p.parseExpr()})
		if p.tok().Kind != token.COMMA {
			break
		}
		p.next()
	}
	p.expect(token.RBRACK)
	if sep == token.MAPSTO {
		return &ast.Record{Lbrack: lb.Pos, Fields: fields}
	}
	return &ast.RecordSet{Lbrack: lb.Pos, Fields: fields}
}

// parseExcept parses the updates of [f EXCEPT ![a].b = e, ...]; @ is
// allowed in each new value.
func (p *parser) parseExcept(lb scanner.Token, fn ast.Expr) ast.Expr {
	x := &ast.Except{Lbrack: lb.Pos, Fn: fn}
	for {
		bang := p.expect(token.BANG)
		u := &ast.ExceptUpdate{Bang: bang.Pos}
		for {
			t := p.tok()
			if t.Kind == token.DOT {
				p.next()
				u.Path = append(u.Path, &ast.ExceptStep{Field: p.fieldName()})
				continue
			}
			if t.Kind == token.LBRACK {
				p.next()
				idx := p.parseExprList(token.RBRACK)
				if len(idx) == 0 {
					p.fail(t.Pos, "empty index in EXCEPT path")
				}
				p.expect(token.RBRACK)
				u.Path = append(u.Path, &ast.ExceptStep{Index: idx})
				continue
			}
			break
		}
		if len(u.Path) == 0 {
			p.errorExpected(p.tok(), "'.field' or '[index]' after '!'")
		}
		p.expect(token.EQ)
		p.except++
		u.Value = p.parseExpr()
		p.except--
		x.Updates = append(x.Updates, u)
		if p.tok().Kind != token.COMMA {
			break
		}
		p.next()
	}
	p.expect(token.RBRACK)
	return x
}
