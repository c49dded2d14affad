package cfg

import (
	"github.com/wspcycle/wspcycle/tla/scanner"
	"github.com/wspcycle/wspcycle/tla/token"
)

// TLC's configuration grammar has numbers, strings, TRUE, FALSE, model
// values and sets of them (ModelConfig.parseValue, TLC rev cc6b616): any
// other token where a value goes is read as a model value named by its
// text, and TLC goes on from the token after it. So CONSTANT N = -3 is
// N = "-" and then an entry named 3, which fails at the token after 3:
// "It was expecting = or <-" at that token's line (the next line when
// the value ends one); N = <<1, 2>> fails the same way at the comma; N =
// [a |-> 1] is the module-qualified N = [a] v, which fails at |->,
// "It was expecting ]"; and {1, -1} fails at the 1 after the minus,
// "It was expecting }". A value that TLC reads as such a model value
// without failing (N = - followed by a keyword) is refused here too, at
// the token itself.

// notAValue reports the token t, which is not a value, at the token where
// TLC's reading of t as a model value fails, in TLC's terms of what it
// expected there (see tlcExpected); depth > 0 inside a set.
func (p *parser) notAValue(t scanner.Token, depth int) {
	what := "a " + t.Describe() + " token"
	switch t.Kind {
	case token.MINUS:
		what = "a negative number"
	case token.LTUPLE:
		what = "a tuple value"
	case token.LBRACK:
		what = "a record value"
	}
	if at, expect, ok := p.tlcFails(depth); ok {
		p.errorf(at.Pos, "%s is not a constant value of a .cfg file (define it in the module): TLC reads %s at %s as a model value, then %s here", what, t.Describe(), t.Pos, expect)
		return
	}
	p.errorf(t.Pos, "%s is not a constant value of a .cfg file (TLC accepts numbers, strings, TRUE, FALSE, model values and sets of them): define it in the module", what)
}

// tlcFails is the token where TLC's reading of the current token as a
// model value fails and what TLC expected there, if it does fail.
func (p *parser) tlcFails(depth int) (scanner.Token, string, bool) {
	at := func(k int) scanner.Token {
		t := p.peek(k)
		if t.Kind == token.EOF && k > 0 {
			return p.peek(k - 1) // TLC names the line of the last token read
		}
		return t
	}
	first := p.tok()
	if depth > 0 {
		if n := p.peek(1); n.Kind != token.COMMA && n.Kind != token.RBRACE {
			return at(1), "expected }", true
		}
		return scanner.Token{}, "", false
	}
	if first.Kind == token.LBRACK {
		// N = [M] v: the name of a module, then ].
		if p.peek(1).Kind == token.EOF || p.peek(2).Kind == token.RBRACK {
			return scanner.Token{}, "", false
		}
		return at(2), "expected ]", true
	}
	// The token after the value is the name of the next entry, up to its
	// = or <- (or its parameters); a keyword or the end ends the section.
	name := p.peek(1)
	if _, ok := keyword(name); ok || name.Kind == token.EOF {
		return scanner.Token{}, "", false
	}
	k := 2
	for p.peek(k).Kind == token.BANG && p.peek(k+1).Kind != token.EOF {
		k += 2
	}
	switch n := p.peek(k); {
	case n.Kind == token.EQ, n.Kind == token.LPAREN:
		return scanner.Token{}, "", false
	case n.Kind == token.LT && p.peek(k+1).Kind == token.MINUS:
		return scanner.Token{}, "", false
	}
	return at(k), "expected = or <-", true
}
