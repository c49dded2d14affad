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

	"::": token.COLONCOLON, "-.": token.MINUSDOT,

	// User-definable symbols (SANY's table of operators a module may define).
	"-+->": token.PLUSARROW, "::=": token.BNFDEF, ":=": token.ASSIGN,
	"(+)": token.OPLUS, "(-)": token.OMINUS, "(.)": token.ODOT, "(/)": token.OSLASH,
	`(\X)`: token.OTIMES, "...": token.ELLIPSIS, "=|": token.EQDASHV, "-|": token.DASHV,
	"--": token.MINUSMINUS, "//": token.SLASHSLASH, "<:": token.LTCOLON, "##": token.HASHHASH,
	"!!": token.BANGBANG, "|-": token.TURNSTILE, "|=": token.MODELS, "||": token.PIPEPIPE,
	"|": token.PIPE, "%%": token.MODMOD, "&&": token.AMPAMP, "&": token.AMP,
	"$$": token.DOLLAR2, "$": token.DOLLAR, "??": token.QQ, "^^": token.EXPEXP,
	"^+": token.PLUSPOST, "^*": token.STARPOST, "^#": token.HASHPOST, "**": token.STARSTAR,
	"++": token.PLUSPLUS,
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
var userWords = map[string]token.Kind{
	"approx": token.APPROX, "asymp": token.ASYMP, "bigcirc": token.BIGCIRC, "bullet": token.BULLET,
	"cdot": token.CDOT, "cong": token.CONG, "doteq": token.DOTEQ, "gg": token.GG, "ll": token.LL,
	"odot": token.ODOT, "ominus": token.OMINUS, "oplus": token.OPLUS, "oslash": token.OSLASH,
	"otimes": token.OTIMES, "prec": token.PREC, "preceq": token.PRECEQ, "propto": token.PROPTO,
	"sim": token.SIM, "simeq": token.SIMEQ, "sqcap": token.SQCAP, "sqcup": token.SQCUP,
	"sqsubset": token.SQSUBSET, "sqsubseteq": token.SQSUBSETEQ, "sqsupset": token.SQSUPSET,
	"sqsupseteq": token.SQSUPSETEQ, "star": token.STARSYM, "succ": token.SUCC, "succeq": token.SUCCEQ,
	"supset": token.SUPSET, "supseteq": token.SUPSETEQ, "uplus": token.UPLUS, "wr": token.WR,
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
	if k, ok := userWords[word]; ok {
		return Token{Kind: k, Pos: pos, Lit: `\` + word}, true
	}
	s.errorf(pos, "unknown operator \\%s", word)
	return Token{}, false
}

// unicodeSymbols are the Unicode spellings SANY accepts (since 2023) for
// TLA+'s symbols, each read exactly as its ASCII spelling. The prime has
// none: SANY rejects ′.
var unicodeSymbols = map[rune]token.Kind{
	'≜': token.DEFEQ, '∀': token.FORALL, '∃': token.EXISTS, '⟨': token.LTUPLE, '⟩': token.RTUPLE,
	'↦': token.MAPSTO, '→': token.ARROW, '←': token.LARROW,
	'¬': token.NOT, '□': token.BOX, '◇': token.EVENTUALLY, '∧': token.AND, '∨': token.OR,
	'≡': token.EQUIV, '⇔': token.EQUIV, '≠': token.NEQ, '≤': token.LEQ, '≥': token.GEQ,
	'×': token.TIMES, '∩': token.CAP, '∪': token.CUP, '∘': token.CONCAT,
	'⊕': token.OPLUS, '⊖': token.OMINUS, '⊙': token.ODOT, '⊘': token.OSLASH, '⊗': token.OTIMES,
	'≈': token.APPROX, '≔': token.ASSIGN, '≍': token.ASYMP, '◯': token.BIGCIRC, '⩴': token.BNFDEF,
	'●': token.BULLET, '⋅': token.CDOT, '≅': token.CONG, '÷': token.DIV, '≐': token.DOTEQ,
	'‥': token.DOTDOT, '…': token.ELLIPSIS, '‼': token.BANGBANG, '≫': token.GG, '⇒': token.IMPLIES,
	'∈': token.IN, '⫤': token.EQDASHV, '↝': token.LEADSTO, '≪': token.LL, '⊣': token.DASHV,
	'∉': token.NOTIN, '⇸': token.PLUSARROW, '≺': token.PREC, '⪯': token.PRECEQ, '∝': token.PROPTO,
	'⁇': token.QQ, '⊨': token.MODELS, '⊢': token.TURNSTILE, '∼': token.SIM, '≃': token.SIMEQ,
	'⊓': token.SQCAP, '⊔': token.SQCUP, '⊏': token.SQSUBSET, '⊑': token.SQSUBSETEQ,
	'⊐': token.SQSUPSET, '⊒': token.SQSUPSETEQ, '⋆': token.STARSYM, '⊂': token.SUBSETNEQ,
	'⊆': token.SUBSETEQ, '≻': token.SUCC, '⪰': token.SUCCEQ, '⊃': token.SUPSET, '⊇': token.SUPSETEQ,
	'⊎': token.UPLUS, '‖': token.PIPEPIPE, '≀': token.WR, '⁺': token.PLUSPOST,
}

// step scans a proof step name: <1>2, <1>a, <2>, <*>, <+>, the level in
// angle brackets followed by letters and digits; trailing dots (<1>2.)
// make it the start of a step, which Value reports as 1. It reports false
// (and consumes nothing) when the text is not one.
func (s *Scanner) step(pos token.Pos) (Token, bool) {
	rest := s.src[s.off:]
	n := 1
	switch {
	case len(rest) > 2 && (rest[1] == '*' || rest[1] == '+'):
		n = 2
	default:
		for n < len(rest) && isDigit(rest[n]) {
			n++
		}
		if n == 1 {
			return Token{}, false
		}
	}
	if n >= len(rest) || rest[n] != '>' {
		return Token{}, false
	}
	n++
	for n < len(rest) && isIdentByte(rest[n]) {
		n++
	}
	lit := string(rest[:n])
	dots := n
	for dots < len(rest) && rest[dots] == '.' {
		dots++
	}
	s.advance(dots)
	t := Token{Kind: token.STEP, Pos: pos, Lit: lit}
	if dots > n {
		t.Value = 1
	}
	return t, true
}
