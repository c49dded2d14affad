package cfg

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/scanner"
	"github.com/wspcycle/wspcycle/tla/token"
	"strconv"
	"strings"
)

// maxDepth bounds the nesting of set values.
const maxDepth = 200

// maxErrors stops parsing after this many errors: later ones are mostly
// consequences of the first.
const maxErrors = 10

// section is what the names after a keyword are.
type section int

const (
	secNone section = iota
	secInit
	secNext
	secSpec
	secConstant
	secInvariant
	secProperty
	secConstraint
	secActionConstraint
	secSymmetry
	secView
	secAlias
	secPostcondition
	secCheckDeadlock
	secRLReward
	secPeriodic
)

var sections = map[string]section{
	"INIT": secInit, "NEXT": secNext, "SPECIFICATION": secSpec,
	"CONSTANT": secConstant, "CONSTANTS": secConstant,
	"INVARIANT": secInvariant, "INVARIANTS": secInvariant,
	"PROPERTY": secProperty, "PROPERTIES": secProperty,
	"CONSTRAINT": secConstraint, "CONSTRAINTS": secConstraint,
	"ACTION_CONSTRAINT": secActionConstraint, "ACTION_CONSTRAINTS": secActionConstraint,
	"SYMMETRY": secSymmetry, "VIEW": secView, "CHECK_DEADLOCK": secCheckDeadlock,
	"ALIAS": secAlias, "POSTCONDITION": secPostcondition, "POSTCONDITIONS": secPostcondition,
	"_RL_REWARD": secRLReward, "_PERIODIC": secPeriodic,
}

// sections holds every keyword of TLC's cfg grammar (rev cc6b616:
// tlc2.tool.impl.ModelConfig's ALL_KEYWORDS); TYPE and TYPE_CONSTRAINT,
// keywords of older TLCs, are names to it ("It was expecting a keyword").

// unsupportedSections are TLC keywords outside the subset.
var unsupportedSections = map[string]bool{}

type parser struct {
	toks []scanner.Token
	i    int
	errs token.ErrorList
	conf *Config
}

// Parse reads a .cfg file. The error, if any, is a sorted token.ErrorList.
//
// A .tla file holds its model in a CONFIG section (TLC's trace
// exploration spec): that section is read, and an error is placed in the
// .tla file.
func Parse(filename string, src []byte) (*Config, error) {
	if strings.HasSuffix(filename, ".tla") {
		if sec, ok := configSection(src); ok {
			src = sec
		}
	}
	s := scanner.New(filename, src, scanner.Raw)
	p := &parser{toks: s.AppendAll(nil), conf: &Config{CheckDeadlock: true}}
	p.errs = append(p.errs, s.Errors...)
	if len(s.Errors) == 0 {
		p.parse()
	}
	p.errs.Sort()
	if err := p.errs.Err(); err != nil {
		return nil, err
	}
	return p.conf, nil
}

func (p *parser) tok() scanner.Token { return p.toks[p.i] }
func (p *parser) peek(k int) scanner.Token {
	if p.i+k < len(p.toks) {
		return p.toks[p.i+k]
	}
	return p.toks[len(p.toks)-1]
}
func (p *parser) next() {
	if p.i < len(p.toks)-1 {
		p.i++
	}
}

func (p *parser) errorf(pos token.Pos, format string, args ...any) {
	p.errs = append(p.errs, token.Errorf(pos, format, args...))
}

func (p *parser) unsupported(pos token.Pos, construct string) {
	p.errs = append(p.errs, token.Unsupported(pos, construct))
}

// keyword reports the section a token starts, if any.
func keyword(t scanner.Token) (section, bool) {
	switch t.Kind {
	case token.CONSTANT, token.CONSTANTS:
		return secConstant, true
	case token.IDENT:
		s, ok := sections[t.Lit]
		if !ok && unsupportedSections[t.Lit] {
			return secNone, true // ends the section before it; parse reports it
		}
		return s, ok
	}
	return secNone, false
}

func (p *parser) parse() {
	for len(p.errs) < maxErrors {
		t := p.tok()
		if t.Kind == token.EOF {
			return
		}
		sec, ok := keyword(t)
		if !ok || sec == secNone {
			if t.Kind == token.IDENT && unsupportedSections[t.Lit] {
				p.unsupported(t.Pos, t.Lit+" in a .cfg file")
			} else {
				p.errorf(t.Pos, "expected a .cfg keyword (INIT, NEXT, SPECIFICATION, CONSTANT, INVARIANT, PROPERTY, CONSTRAINT, ACTION_CONSTRAINT, SYMMETRY, VIEW, CHECK_DEADLOCK), found %s", t.Describe())
			}
			p.skipToKeyword()
			continue
		}
		p.next()
		p.section(t, sec)
	}
}

func (p *parser) skipToKeyword() {
	p.next()
	for {
		t := p.tok()
		if _, ok := keyword(t); ok || t.Kind == token.EOF {
			return
		}
		p.next()
	}
}

// names reads the identifiers after a keyword, up to the next keyword.
func (p *parser) names(kw scanner.Token) []*ast.Ident {
	var ids []*ast.Ident
	for {
		t := p.tok()
		if _, ok := keyword(t); ok || t.Kind == token.EOF {
			break
		}
		if t.Kind != token.IDENT {
			p.errorf(t.Pos, "expected a name after %s, found %s", kw.Lit, t.Describe())
			p.skipToKeyword()
			return ids
		}
		ids = append(ids, &ast.Ident{NamePos: t.Pos, Name: t.Lit})
		p.next()
	}
	return ids
}

// single reads the one name of INIT, NEXT, SPECIFICATION, SYMMETRY, VIEW.
//
// A keyword right after it is its name, as TLC reads it (TLC rev cc6b616:
// INIT then NEXT Next is INIT NEXT, then Next where a keyword is
// expected).
func (p *parser) single(kw scanner.Token, dst **ast.Ident) {
	var ids []*ast.Ident
	if t := p.tok(); t.Lit != "" {
		if _, ok := keyword(t); ok {
			ids = append(ids, &ast.Ident{NamePos: t.Pos, Name: t.Lit})
			p.next()
		}
	}
	ids = append(ids, p.names(kw)...)
	if len(ids) == 0 {
		if p.tok().Kind == token.EOF {
			p.errorf(kw.Pos, "%s needs a name, found end of file", kw.Lit)
		} else {
			p.errorf(kw.Pos, "%s needs a name", kw.Lit)
		}
		return
	}
	if len(ids) > 1 {
		p.errorf(ids[1].NamePos, "%s takes one name, found %d", kw.Lit, len(ids))
	}
	if *dst != nil {
		p.errorf(kw.Pos, "%s given twice (first as %s at %s)", kw.Lit, (*dst).Name, (*dst).NamePos)
		return
	}
	*dst = ids[0]
}

func (p *parser) section(kw scanner.Token, sec section) {
	c := p.conf
	switch sec {
	case secInit:
		p.single(kw, &c.Init)
	case secNext:
		p.single(kw, &c.Next)
	case secSpec:
		p.single(kw, &c.Spec)
	case secSymmetry:
		p.single(kw, &c.Symmetry)
	case secView:
		p.single(kw, &c.View)
	case secAlias:
		p.single(kw, &c.Alias)
	case secPostcondition:
		// TLC reads a list of names (ModelConfig.getPostConditions),
		// each section's added to the list.
		ids := p.names(kw)
		if len(ids) == 0 {
			p.errorf(kw.Pos, "%s needs a name", kw.Lit)
		}
		c.Postconditions = append(c.Postconditions, ids...)
	case secRLReward:
		p.single(kw, &c.RLReward)
	case secPeriodic:
		p.single(kw, &c.Periodic)
	case secInvariant:
		c.Invariants = append(c.Invariants, p.names(kw)...)
	case secProperty:
		c.Properties = append(c.Properties, p.names(kw)...)
	case secConstraint:
		c.Constraints = append(c.Constraints, p.names(kw)...)
	case secActionConstraint:
		c.ActionConstraints = append(c.ActionConstraints, p.names(kw)...)
	case secCheckDeadlock:
		t := p.tok()
		if t.Kind != token.TRUE && t.Kind != token.FALSE {
			at := t.Pos
			if t.Kind == token.EOF {
				at = kw.Pos // nothing after it: the keyword is the mistake
			}
			p.errorf(at, "CHECK_DEADLOCK needs TRUE or FALSE, found %s", t.Describe())
			p.skipToKeyword()
			return
		}
		if c.CheckDeadlockPos.IsValid() {
			p.errorf(kw.Pos, "CHECK_DEADLOCK given twice")
		}
		c.CheckDeadlock = t.Kind == token.TRUE
		c.CheckDeadlockPos = kw.Pos
		p.next()
	case secConstant:
		p.constants(kw)
	}
}

// constants reads Name = Value and Name <- Op entries up to the next
// keyword.
func (p *parser) constants(kw scanner.Token) {
	n := 0
	for {
		t := p.tok()
		if _, ok := keyword(t); ok || t.Kind == token.EOF {
			break
		}
		if t.Kind != token.IDENT {
			if n := p.peek(1); n.Kind != token.EQ && n.Kind != token.LT && n.Kind != token.EOF {
				// TLC reads any token as the constant's name, then
				// fails at the next one: "It was expecting = or <-".
				if _, ok := keyword(n); !ok {
					lit := t.Lit
					if lit == "" {
						lit = t.Kind.String()
					}
					p.errorf(n.Pos, "expected '=' or '<-' after constant %s, found %s", lit, n.Describe())
					p.skipToKeyword()
					return
				}
			}
			p.errorf(t.Pos, "expected a constant name, found %s", t.Describe())
			p.skipToKeyword()
			return
		}
		name := &ast.Ident{NamePos: t.Pos, Name: t.Lit}
		p.next()
		op := p.tok()
		switch {
		case op.Kind == token.EQ:
			p.next()
			// C = [M] v: the value replaces the definition C of module M.
			mod := p.moduleQualifier()
			v, ok := p.value(0)
			if !ok {
				p.skipToKeyword()
				return
			}
			p.add(&Constant{Name: name, Value: v, Module: mod})
		case op.Kind == token.LT && p.peek(1).Kind == token.MINUS && p.peek(1).Pos.Line == op.Pos.Line && p.peek(1).Pos.Col == op.Pos.Col+1:
			p.next()
			p.next()
			// C <- [M] Op: C is replaced by Op in module M only.
			mod := p.moduleQualifier()
			s := p.tok()
			switch s.Kind {
			case token.NUMBER, token.STRING:
				// TLC reads C <- 3 (or "a") as a substitution by the
				// name 3 ("a", quoted), which the spec cannot define:
				// its error after SANY (TLC rev cc6b616: "substitutes
				// for C with the undefined identifier 3", exit 151).
				if s.Kind == token.STRING {
					s.Lit = strconv.Quote(s.Lit)
				}
				s.Kind = token.IDENT
			case token.TRUE, token.FALSE, token.BOOLEAN, token.STRING_KW:
				// C <- TRUE: SANY's built-in operator TRUE (BOOLEAN,
				// STRING) replaces C, as TLC rev cc6b616 runs it
				// (golden CfgSubstTrue).
				s.Lit, s.Kind = s.Kind.String(), token.IDENT
			case token.EOF:
			default:
				if _, ok := keyword(s); !ok {
					// Any other token is the name TLC reads there
					// (C <- {1}: "{"), and it goes on from the next
					// one, which starts the next entry: the 1 of
					// C <- {1}, then "}" where it expects = or <-
					// (golden CfgSubstSet).
					if s.Lit == "" {
						s.Lit = s.Kind.String()
					}
					s.Kind = token.IDENT
				}
			}
			if s.Kind != token.IDENT {
				p.errorf(s.Pos, "expected a definition name after <-, found %s", s.Describe())
				p.skipToKeyword()
				return
			}
			p.next()
			p.add(&Constant{Name: name, Subst: &ast.Ident{NamePos: s.Pos, Name: s.Lit}, Module: mod})
		case op.Kind == token.LPAREN:
			p.unsupported(op.Pos, "operator constant "+name.Name+"(...) in a .cfg file")
			p.skipToKeyword()
			return
		default:
			p.errorf(op.Pos, "expected '=' or '<-' after constant %s, found %s", name.Name, op.Describe())
			p.skipToKeyword()
			return
		}
		n++
	}
	if n == 0 {
		p.errorf(kw.Pos, "%s needs at least one entry", kw.Lit)
	}
}

// moduleQualifier reads the [M] of C <- [M] Op and C = [M] v, if there is
// one.
func (p *parser) moduleQualifier() *ast.Ident {
	if p.tok().Kind != token.LBRACK || p.peek(1).Kind != token.IDENT || p.peek(2).Kind != token.RBRACK {
		return nil
	}
	m := p.peek(1)
	p.next()
	p.next()
	p.next()
	return &ast.Ident{NamePos: m.Pos, Name: m.Lit}
}

// add records a CONSTANT entry; the same name given twice for the same
// module is an error (C for the spec and C <- [M] Op for module M are two
// different entries), except two values: TLC keeps the last (its table of
// values, a Java Hashtable; TLC rev cc6b616 runs CONSTANT K = 1 K = 2 with
// K = 2).
func (p *parser) add(k *Constant) {
	for i, prev := range p.conf.Constants {
		if prev.Name.Name == k.Name.Name && (prev.Module == nil) == (k.Module == nil) &&
			(prev.Module == nil || prev.Module.Name == k.Module.Name) {
			if prev.Value != nil && k.Value != nil && prev.Module == nil {
				p.conf.Constants[i] = k
				return
			}
			p.errorf(k.Name.NamePos, "constant %s given twice (first at %s)", k.Name.Name, prev.Pos())
			return
		}
	}
	p.conf.Constants = append(p.conf.Constants, k)
}

// value reads a constant value: a natural number, a string, TRUE/FALSE,
// a model value (an identifier), or a set of values (TLC's grammar).
func (p *parser) value(depth int) (ast.Expr, bool) {
	t := p.tok()
	if depth > maxDepth {
		p.errorf(t.Pos, "value nested too deeply (more than %d levels)", maxDepth)
		return nil, false
	}
	switch t.Kind {
	case token.NUMBER:
		p.next()
		return &ast.Number{ValuePos: t.Pos, Lit: t.Lit, Value: t.Value}, true
	case token.STRING:
		p.next()
		return &ast.String{ValuePos: t.Pos, Value: t.Lit}, true
	case token.TRUE, token.FALSE:
		p.next()
		return &ast.Bool{ValuePos: t.Pos, Value: t.Kind == token.TRUE}, true
	case token.IDENT:
		if _, ok := keyword(t); ok {
			break
		}
		p.next()
		return &ast.Ident{NamePos: t.Pos, Name: t.Lit}, true
	case token.LBRACE:
		p.next()
		set := &ast.SetEnum{Lbrace: t.Pos, Elems: []ast.Expr{}}
		if p.tok().Kind == token.RBRACE {
			p.next()
			return set, true
		}
		for {
			v, ok := p.value(depth + 1)
			if !ok {
				return nil, false
			}
			set.Elems = append(set.Elems, v)
			if p.tok().Kind != token.COMMA {
				break
			}
			p.next()
		}
		if e := p.tok(); e.Kind != token.RBRACE {
			p.errorf(e.Pos, "expected ',' or '}' in a set value, found %s", e.Describe())
			return nil, false
		}
		p.next()
		return set, true
	case token.EOF:
		p.errorf(t.Pos, "expected a value (number, string, TRUE, FALSE, model value or {set}), found %s", t.Describe())
		return nil, false
	}
	p.notAValue(t, depth)
	return nil, false
}
