package scanner

import (
	"math"
	"strconv"

	"github.com/wspcycle/wspcycle/tla/token"
)

// number scans a decimal natural number (or an identifier that starts with
// digits, such as 1st, which TLA+ allows). Values must fit an int64: TLC
// itself works with 32-bit integers, and a silently wrapped number would be
// a misreading.
func (s *Scanner) number(pos token.Pos) (Token, bool) {
	start := s.off
	s.skipWhile(isDigit)
	if s.off < len(s.src) && (isLetter(s.src[s.off]) || s.src[s.off] == '_') {
		s.skipWhile(isIdentByte)
		word := string(s.src[start:s.off])
		return Token{Kind: token.Lookup(word), Pos: pos, Lit: word}, true
	}
	if s.peekByte(0) == '.' && isDigit(s.peekByte(1)) && !s.fieldAfterDot() {
		s.advance(1)
		s.skipWhile(isDigit)
		if s.mode == Module {
			// A decimal in a module is SANY's DecimalNode: it parses,
			// and TLC refuses it wherever it is (tla/sema/syntax.go).
			return Token{Kind: token.NUMBER, Pos: pos, Lit: string(s.src[start:s.off]), Decimal: true}, true
		}
		s.errorf(pos, "unsupported: decimal number %s (Reals)", s.src[start:s.off])
		return Token{}, false
	}
	lit := string(s.src[start:s.off])
	return s.numberToken(pos, lit, lit, 10), true
}

// fieldAfterDot reports whether the digits after the '.' at the
// scanner's offset go on with a letter (1.5e3): SANY's lexer reads an
// identifier there (5e3), so 1.5e3 is 1 . 5e3, the field 5e3 of 1, not a
// decimal.
func (s *Scanner) fieldAfterDot() bool {
	j := s.off + 1
	for j < len(s.src) && isDigit(s.src[j]) {
		j++
	}
	return j < len(s.src) && isLetter(s.src[j])
}

// basedNumber scans \b101, \o17 or \hFF; the scanner has checked that the
// letter is followed by at least one digit of the base.
func (s *Scanner) basedNumber(pos token.Pos, base int) Token {
	start := s.off
	s.advance(2)
	digits := s.off
	s.skipWhile(func(c byte) bool { return digitValue(c) < base })
	lit := string(s.src[start:s.off])
	if s.off < len(s.src) && isIdentByte(s.src[s.off]) {
		s.skipWhile(isIdentByte)
		s.errorf(pos, "invalid digit in number %s", s.src[start:s.off])
		return Token{Kind: token.NUMBER, Pos: pos, Lit: string(s.src[start:s.off])}
	}
	return s.numberToken(pos, lit, string(s.src[digits:s.off]), base)
}

// numberToken is the NUMBER token lit with the value of digits in base. A
// value past int64 is reported; the token still comes back (without a
// value) so that the scan goes on.
func (s *Scanner) numberToken(pos token.Pos, lit, digits string, base int) Token {
	v, ok := parseDigits(digits, base)
	if !ok {
		s.errorf(pos, "number too large: %s does not fit a 64-bit integer", abbreviate(lit))
	}
	return Token{Kind: token.NUMBER, Pos: pos, Lit: lit, Value: v}
}

func digitValue(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return 99
}

func parseDigits(digits string, base int) (int64, bool) {
	var v int64
	for i := 0; i < len(digits); i++ {
		d := int64(digitValue(digits[i]))
		if v > (math.MaxInt64-d)/int64(base) {
			return 0, false
		}
		v = v*int64(base) + d
	}
	return v, true
}

// abbreviate keeps error messages short for absurdly long literals.
func abbreviate(s string) string {
	if len(s) <= 40 {
		return s
	}
	return s[:20] + "..." + s[len(s)-10:] + " (" + strconv.Itoa(len(s)) + " digits)"
}
