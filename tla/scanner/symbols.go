package scanner

import (
	"sort"

	"github.com/wspcycle/wspcycle/tla/token"
)

// symbols maps every ASCII operator and punctuation spelling of TLA+ to its
// Kind. Aliases share a Kind; symbols TLA+ reserves for user-defined
// operators are USEROP so that the parser can reject them by name.
var symbols = map[string]token.Kind{
	"(": token.LPAREN, ")": token.RPAREN, "[": token.LBRACK, "]": token.RBRACK,
	"{": token.LBRACE, "}": token.RBRACE, "<<": token.LTUPLE, ">>": token.RTUPLE,
	",": token.COMMA, ":": token.COLON, ".": token.DOT, "_": token.UNDERSCORE,
	"!": token.BANG, "@": token.AT, "'": token.PRIME, "==": token.DEFEQ,
	"|->": token.MAPSTO, "->": token.ARROW, "[]": token.BOX,

	`/\`: token.AND, `\/`: token.OR, "~": token.NOT, "=>": token.IMPLIES, "<=>": token.EQUIV,
	"=": token.EQ, "#": token.NEQ, "/=": token.NEQ, "<": token.LT, ">": token.GT,
	"<=": token.LEQ, "=<": token.LEQ, ">=": token.GEQ,
	`\`: token.SETMINUS,
	"+": token.PLUS, "-": token.MINUS, "*": token.STAR, "%": token.MOD, "^": token.EXP,
	"..": token.DOTDOT, "/": token.SLASH,
	":>": token.COLONGT, "@@": token.ATAT,
	"<>": token.EVENTUALLY, "~>": token.LEADSTO,

	// User-definable (or otherwise unsupported) symbols.
	"-+->": token.USEROP, "::=": token.USEROP, ":=": token.USEROP, "::": token.USEROP,
	"(+)": token.USEROP, "(-)": token.USEROP, "(.)": token.USEROP, "(/)": token.USEROP,
	`(\X)`: token.USEROP, "...": token.USEROP, "=|": token.USEROP, "-|": token.USEROP,
	"--": token.USEROP, "//": token.USEROP, "<:": token.USEROP, "##": token.USEROP,
	"!!": token.USEROP, "|-": token.USEROP, "|=": token.USEROP, "||": token.USEROP,
	"|": token.USEROP, "%%": token.USEROP, "&&": token.USEROP, "&": token.USEROP,
	"$$": token.USEROP, "$": token.USEROP, "??": token.USEROP, "^^": token.USEROP,
	"^+": token.USEROP, "^*": token.USEROP, "^#": token.USEROP, "**": token.USEROP,
	"++": token.USEROP, "-.": token.USEROP,
}

// backslashWords maps \word spellings to their Kind.
var backslashWords = map[string]token.Kind{
	"land": token.AND, "lor": token.OR, "lnot": token.NOT, "neg": token.NOT,
	"equiv": token.EQUIV, "in": token.IN, "notin": token.NOTIN,
	"subseteq": token.SUBSETEQ, "subset": token.SUBSETNEQ,
	"cup": token.CUP, "union": token.CUP, "cap": token.CAP, "intersect": token.CAP,
	"X": token.TIMES, "times": token.TIMES, "div": token.DIV,
	"o": token.CONCAT, "circ": token.CONCAT,
	"A": token.FORALL, "forall": token.FORALL, "E": token.EXISTS, "exists": token.EXISTS,
	"AA": token.TFORALL, "EE": token.TEXISTS,
	"leq": token.LEQ, "geq": token.GEQ,
}

// userWords are the \word operators TLA+ reserves for user definitions.
var userWords = map[string]bool{
	"approx": true, "asymp": true, "bigcirc": true, "bullet": true, "cdot": true,
	"cong": true, "doteq": true, "gg": true, "ll": true, "odot": true, "ominus": true,
	"oplus": true, "oslash": true, "otimes": true, "prec": true, "preceq": true,
	"propto": true, "sim": true, "simeq": true, "sqcap": true, "sqcup": true,
	"sqsubset": true, "sqsubseteq": true, "sqsupset": true, "sqsupseteq": true,
	"star": true, "succ": true, "succeq": true, "supset": true, "supseteq": true,
	"uplus": true, "wr": true,
}

// symbolsByFirst lists, per first byte, the symbol spellings longest first,
// for maximal munch.
var symbolsByFirst [256][]string

func init() {
	for sym := range symbols {
		symbolsByFirst[sym[0]] = append(symbolsByFirst[sym[0]], sym)
	}
	for _, list := range symbolsByFirst {
		sort.Slice(list, func(i, j int) bool {
			a, b := list[i], list[j]
			if len(a) != len(b) {
				return len(a) > len(b)
			}
			return a < b
		})
	}
}

// symbol scans the longest operator or punctuation symbol at the current
// position. "]_" and ">>_" (as in [A]_v and <<A>>_v) are split into the
// bracket and an UNDERSCORE, so that _v is never read as an identifier.
func (s *Scanner) symbol(pos token.Pos) (Token, bool) {
	rest := s.src[s.off:]
	for _, sym := range symbolsByFirst[rest[0]] {
		if len(sym) > len(rest) || string(rest[:len(sym)]) != sym {
			continue
		}
		k := symbols[sym]
		s.advance(len(sym))
		if (k == token.RBRACK || k == token.RTUPLE) && s.peekByte(0) == '_' {
			s.afterBracket = true
		}
		return Token{Kind: k, Pos: pos, Lit: sym}, true
	}
	return Token{}, false
}

// backslashWord scans \in, \land, ..., and the based numbers \b101, \o17,
// \hFF.
func (s *Scanner) backslashWord(pos token.Pos) (Token, bool) {
	c, d := s.peekByte(1), s.peekByte(2)
	switch {
	case (c == 'b' || c == 'B') && (d == '0' || d == '1'):
		return s.basedNumber(pos, 2), true
	case (c == 'o' || c == 'O') && '0' <= d && d <= '7':
		return s.basedNumber(pos, 8), true
	case (c == 'h' || c == 'H') && digitValue(d) < 16:
		return s.basedNumber(pos, 16), true
	}
	start := s.off
	s.advance(1)
	s.skipWhile(isLetter)
	word := string(s.src[start+1 : s.off])
	if k, ok := backslashWords[word]; ok {
		return Token{Kind: k, Pos: pos, Lit: `\` + word}, true
	}
	if userWords[word] {
		return Token{Kind: token.USEROP, Pos: pos, Lit: `\` + word}, true
	}
	s.errorf(pos, "unknown operator \\%s", word)
	return Token{}, false
}
