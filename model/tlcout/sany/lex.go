package sany

import (
	"strings"
)

// jtok is a token as SANY's javacc lexer (tla+.jj) cuts it, which is not
// always as our scanner does: "\inn" is "\in" then "n", "WF_x" is "WF_"
// then "x", "1_" is "1" then "_". kind names the token for the grammar
// (the keyword, the punctuation, "IDENTIFIER", "NUMBER_LITERAL",
// "STRING_LITERAL", "op" for an operator without a role of its own, or
// the canonical spelling of one that has: "/\\", "\\/", "\\in", "=", "-",
// "-.", "[]", "<>"); img is the text javacc prints; line and col are
// javacc's (columns counted in characters, a tab moving to the next
// multiple of 8).
type jtok struct {
	kind      string
	img       string
	line, col int
	cls       opClass
	id        int // tells the tokens apart (for javacc's lookahead record)
}

// opClass is the roles an operator token plays in the grammar:
// PrefixOpToken, NEPrefixOpToken (the prefix ones and "-."),
// InfixOpToken, PostfixOpToken; isOp is all of them (belchDEF's isOp).
type opClass uint8

const (
	clsPrefix opClass = 1 << iota
	clsNEPrefix
	clsInfix
	clsPostfix
)

// Token kinds of the grammar.
const (
	kEOF    = "<EOF>"
	kBM     = "---- MODULE"
	kSep    = "----"
	kEnd    = "===="
	kIdent  = "IDENTIFIER"
	kNumber = "NUMBER_LITERAL"
	kString = "STRING_LITERAL"
	// The proof step tokens: <1>2 (or <1>a_b), <*>2, <1>2. (with dots),
	// <1> alone, <1>. or <1>* (unnumbered).
	kStepNum     = "ProofStepLexeme"
	kStepImplied = "ProofImplicitStepLexeme"
	kStepDot     = "ProofStepDotLexeme"
	kStepBare    = "BareLevelLexeme"
	kStepNone    = "UnnumberedStepLexeme"
	kDefBreak    = "DEFBREAK"
	kOp          = "op"
)

// jkeywords are tla+.jj's keyword tokens: spelling to kind.
var jkeywords = map[string]string{
	"ACTION": "ACTION", "ACTIONS": "ACTION", "ASSUME": "ASSUME", "ASSUMPTION": "ASSUMPTION", "AXIOM": "ASSUMPTION",
	"CASE": "CASE", "CHOOSE": "CHOOSE", "CONSTANT": "CONSTANT", "CONSTANTS": "CONSTANT", "ELSE": "ELSE",
	"EXCEPT": "EXCEPT", "EXTENDS": "EXTENDS", "IF": "IF", "INSTANCE": "INSTANCE", "LET": "LET", "IN": "IN",
	"LOCAL": "LOCAL", "MODULE": "MODULE", "NEW": "NEW", "OTHER": "OTHER", "PROPOSITION": "PROPOSITION",
	"LEMMA": "PROPOSITION", "COROLLARY": "PROPOSITION", "THEN": "THEN", "BY": "BY", "ONLY": "ONLY",
	"DEFINE": "DEFINE", "DEF": "DF", "DEFS": "DF", "THEOREM": "THEOREM", "USE": "USE", "HIDE": "HIDE",
	"HAVE": "HAVE", "OBVIOUS": "OBVIOUS", "OMITTED": "OMITTED", "LAMBDA": "LAMBDA", "TAKE": "TAKE",
	"PROOF": "PROOF", "PROVE": "PROVE", "QED": "QED", "RECURSIVE": "RECURSIVE", "STATE": "STATE",
	"TEMPORAL": "TEMPORAL", "TEMPORALS": "TEMPORAL", "PICK": "PICK", "WITNESS": "WITNESS",
	"SUFFICES": "SUFFICES", "VARIABLE": "VARIABLE", "VARIABLES": "VARIABLE", "WITH": "WITH",
	"ENABLED": kOp, "UNCHANGED": kOp, "SUBSET": kOp, "UNION": kOp, "DOMAIN": kOp,
}

// fieldNameKinds are the keywords SANY reads as an identifier after a
// "." or "!." or as a module name (isFieldNameToken: the token kinds
// ACTION..EXCEPT, EXTENDS, IF..SF, STATE, THEN..WITH, "_" and the five
// keyword operators).
var fieldNameKinds = map[string]bool{
	"ACTION": true, "ASSUME": true, "[]ASSUME": true, "ASSUMPTION": true, "CASE": true, "CHOOSE": true,
	"CONSTANT": true, "ELSE": true, "EXCEPT": true, "EXTENDS": true, "IF": true, "INSTANCE": true,
	"LET": true, "IN": true, "LOCAL": true, "MODULE": true, "NEW": true, "OTHER": true,
	"PROPOSITION": true, "SF_": true, "STATE": true, "THEN": true, "BY": true, "ONLY": true,
	"DEFINE": true, "DF": true, "THEOREM": true, "USE": true, "HIDE": true, "HAVE": true,
	"OBVIOUS": true, "OMITTED": true, "LAMBDA": true, "TAKE": true, "PROOF": true, "PROVE": true,
	"[]PROVE": true, "QED": true, "RECURSIVE": true, "TEMPORAL": true, "PICK": true, "WITNESS": true,
	"SUFFICES": true, "VARIABLE": true, "WF_": true, "WITH": true, "_": true,
}

// isFieldName is isFieldNameToken.
func isFieldName(t jtok) bool {
	if t.kind == kOp {
		switch t.img {
		case "ENABLED", "UNCHANGED", "SUBSET", "UNION", "DOMAIN":
			return true
		}
	}
	return fieldNameKinds[t.kind]
}

// jsym is one symbol token: its spelling, kind and roles.
type jsym struct {
	text string
	kind string
	cls  opClass
}

// jsyms are tla+.jj's symbol tokens (punctuation and operators), matched
// longest first as javacc does.
var jsyms = func() []jsym {
	var s []jsym
	add := func(kind string, cls opClass, texts ...string) {
		for _, t := range texts {
			s = append(s, jsym{t, kind, cls})
		}
	}
	for _, p := range []string{",", ":", ".", "_", "(", ")", "[", "]_", "]", "{|", "|}", "{", "}", "!"} {
		add(p, 0, p)
	}
	add("::", 0, "::", "∷")
	add("==", 0, "==", "≜")
	add("<<", 0, "<<", "⟨")
	add(">>_", 0, ">>_", "⟩_")
	add(">>", 0, ">>", "⟩")
	add("->", 0, "->", "→")
	add("<-", 0, "<-", "←")
	add("|->", 0, "|->", "↦")
	add("[]ASSUME", 0, "[]ASSUME")
	add("[]PROVE", 0, "[]PROVE")
	add(kDefBreak, 0, "-|-")
	add("\\E", 0, "\\E", "\\exists", "∃")
	add("\\A", 0, "\\A", "\\forall", "∀")
	add("\\EE", 0, "\\EE")
	add("\\AA", 0, "\\AA")
	add(kOp, clsPostfix, "'", "^+", "⁺", "^*", "^#")
	add("-.", clsNEPrefix, "-.")
	add(kOp, clsPrefix|clsNEPrefix, "\\lnot", "¬", "\\neg", "~")
	add("[]", clsPrefix|clsNEPrefix, "[]", "□")
	add("<>", clsPrefix|clsNEPrefix, "<>", "◇")
	add("/\\", clsInfix, "/\\", "∧")
	add("\\/", clsInfix, "\\/", "∨")
	add("\\in", clsInfix, "\\in", "∈")
	add("=", clsInfix, "=")
	add("-", clsInfix, "-")
	add(kOp, clsInfix, "//", "/=", "/", "\\approx", "\\asymp", "\\bigcirc", "\\bullet", "\\cap", "\\cdot",
		"\\circ", "\\cong", "\\cup", "\\div", "\\doteq", "\\equiv", "\\geq", "\\gg", "\\intersect", "\\union",
		"\\land", "\\leq", "\\ll", "\\lor", "\\o", "\\odot", "\\ominus", "\\oplus", "\\oslash", "\\otimes",
		"\\prec", "\\preceq", "\\propto", "\\sim", "\\simeq", "\\sqcap", "\\sqcup", "\\sqsubset",
		"\\sqsupset", "\\sqsubseteq", "\\sqsupseteq", "\\star", "\\subset", "\\subseteq", "\\succ",
		"\\succeq", "\\supset", "\\supseteq", "\\uplus", "\\wr", "\\", "~>", "=>", "=<", "=|", "##", "#",
		"^^", "^", "--", "-|", "-+->", "**", "*", "++", "+", "<=>", "<:", "<=", "<", ">=", ">", "...",
		"..", "||", "|", "|-", "|=", "&&", "&", "$$", "$", "??", "%%", "%", "@@", "!!", ":>", ":=", "::=",
		"(+)", "(-)", "(.)", "(/)", "(\\X)", "\\notin", "\\times", "\\X",
		"≈", "≔", "≍", "◯", "⩴", "●", "∩", "⋅", "∘", "≅", "∪", "÷", "≐", "‥", "…", "≡", "‼", "≥", "≫",
		"⇔", "⇒", "⫤", "↝", "≤", "≪", "⊣", "≠", "∉", "⊙", "⊖", "⊕", "⊘", "⊗", "⇸", "≺", "⪯", "∝",
		"⁇", "⊨", "⊢", "∼", "≃", "⊓", "⊔", "⊏", "⊑", "⊐", "⊒", "⋆", "⊂", "⊆", "≻", "⪰", "⊃", "⊇",
		"×", "⊎", "‖", "≀")
	return s
}()

// jlex cuts src into SANY's tokens, from its module header to the ====
// that closes it (SANY reads no further), then an end-of-file token at
// javacc's position. ok is false when the text holds something this lexer
// does not know (a lexical error, which the caller reports otherwise).
func jlex(src []byte) (toks []jtok, ok bool) {
	s := string(src)
	i, line, col := 0, 1, 1
	adv := func(n int) {
		for _, r := range s[i : i+n] {
			switch r {
			case '\n':
				line, col = line+1, 1
			case '\t':
				col = ((col-1)/8+1)*8 + 1
			case '\r':
			default:
				col++
				if r > 0xFFFF {
					col++ // javacc counts UTF-16 units
				}
			}
		}
		i += n
	}
	// SANY skips the text before the first module header.
	h := headerAt(s, 0)
	if h < 0 {
		return nil, false
	}
	adv(h)
	depth := 0
	emit := func(kind, img string, cls opClass) {
		toks = append(toks, jtok{kind: kind, img: img, line: line, col: col, cls: cls, id: len(toks) + 1})
		adv(len(img))
	}
	for i < len(s) {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f':
			adv(1)
			continue
		case strings.HasPrefix(s[i:], "(*"):
			n, closed := commentLen(s[i:])
			if !closed {
				return nil, false
			}
			adv(n)
			continue
		case strings.HasPrefix(s[i:], "\\*"):
			n := strings.IndexByte(s[i:], '\n')
			if n < 0 {
				n = len(s) - i
			}
			adv(n)
			continue
		case strings.HasPrefix(s[i:], "----"):
			if h := headerAt(s, i); h == i {
				n := strings.Index(s[i:], "MODULE") + len("MODULE")
				emit(kBM, s[i:i+n], 0)
				depth++
				continue
			}
			emit(kSep, s[i:i+runOf(s[i:], '-')], 0)
			continue
		case strings.HasPrefix(s[i:], "===="):
			emit(kEnd, s[i:i+runOf(s[i:], '=')], 0)
			if depth--; depth <= 0 {
				return append(toks, jtok{kind: kEOF, img: kEOF, line: line, col: col, id: len(toks) + 1}), true
			}
			continue
		case c == '"':
			n, ok := stringLen(s[i:])
			if !ok {
				return nil, false
			}
			emit(kString, s[i:i+n], 0)
			continue
		case isWordByte(c):
			w := s[i : i+wordLen(s[i:])]
			switch {
			case strings.HasPrefix(w, "WF_") || strings.HasPrefix(w, "SF_"):
				emit(w[:3], w[:3], 0)
			case !strings.ContainsAny(w, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"):
				if c == '_' {
					emit("_", "_", 0)
				} else {
					emit(kNumber, w[:runOfDigits(w)], 0)
				}
			default:
				if k, ok := jkeywords[w]; ok {
					cls := opClass(0)
					if k == kOp {
						cls = clsPrefix | clsNEPrefix
					}
					emit(k, w, cls)
				} else {
					emit(kIdent, w, 0)
				}
			}
			continue
		case c == '@' && !strings.HasPrefix(s[i:], "@@"):
			emit(kIdent, "@", 0)
			continue
		}
		if n, kind := stepLen(s[i:]); n > 0 {
			emit(kind, s[i:i+n], 0)
			continue
		}
		if n := backslashNumberLen(s[i:]); n > 0 {
			if best := longestSym(s[i:]); len(best.text) < n {
				emit(kNumber, s[i:i+n], 0)
				continue
			}
		}
		best := longestSym(s[i:])
		if best.text == "" {
			return nil, false
		}
		emit(best.kind, best.text, best.cls)
	}
	// The end of the text without a closing ====: javacc's end-of-file
	// token takes the position of the last character it read.
	l, c := javaccPos([]byte(s))
	return append(toks, jtok{kind: kEOF, img: kEOF, line: l, col: c, id: len(toks) + 1}), true
}

// longestSym is the longest symbol token at the start of s.
func longestSym(s string) jsym {
	var best jsym
	for _, sym := range jsyms {
		if len(sym.text) > len(best.text) && strings.HasPrefix(s, sym.text) {
			best = sym
		}
	}
	return best
}

// headerAt is the offset of the first "----" "-"* " "* "MODULE" at or
// after from, or -1.
func headerAt(s string, from int) int {
	for i := from; i+4 <= len(s); {
		j := strings.Index(s[i:], "----")
		if j < 0 {
			return -1
		}
		j += i
		k := j + runOf(s[j:], '-')
		for k < len(s) && s[k] == ' ' {
			k++
		}
		if strings.HasPrefix(s[k:], "MODULE") {
			return j
		}
		i = j + runOf(s[j:], '-')
	}
	return -1
}

// runOf is the length of the run of c at the start of s.
func runOf(s string, c byte) int {
	n := 0
	for n < len(s) && s[n] == c {
		n++
	}
	return n
}

func runOfDigits(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}

func isWordByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func wordLen(s string) int {
	n := 0
	for n < len(s) && isWordByte(s[n]) {
		n++
	}
	return n
}

// commentLen is the length of the (nested) comment at the start of s.
func commentLen(s string) (int, bool) {
	depth := 0
	for i := 0; i+1 < len(s); {
		switch s[i : i+2] {
		case "(*":
			depth++
			i += 2
		case "*)":
			depth--
			i += 2
			if depth == 0 {
				return i, true
			}
		default:
			i++
		}
	}
	return 0, false
}

// stringLen is the length of the string literal at the start of s, on
// one line.
func stringLen(s string) (int, bool) {
	for i := 1; i < len(s); i++ {
		switch s[i] {
		case '"':
			return i + 1, true
		case '\n', '\r':
			return 0, false
		case '\\':
			if i+1 < len(s) && strings.IndexByte("ntrf\\\"", s[i+1]) >= 0 {
				i++
			} else {
				return 0, false
			}
		case '`':
			j := strings.IndexByte(s[i:], '\'')
			if j < 0 {
				return 0, false
			}
			i += j
		}
	}
	return 0, false
}

// stepLen is the length and kind of a proof step token at the start of
// s ("<1>", "<1>2", "<1>2.", "<*>a", "<1>.", "<+>"), or 0.
func stepLen(s string) (int, string) {
	if len(s) < 3 || s[0] != '<' {
		return 0, ""
	}
	i := 1
	implied := s[i] == '+' || s[i] == '*'
	switch {
	case implied:
		i++
	case s[i] >= '0' && s[i] <= '9':
		i += runOfDigits(s[i:])
	default:
		return 0, ""
	}
	if i >= len(s) || s[i] != '>' {
		return 0, ""
	}
	i++
	name := 0
	for i+name < len(s) && (isWordByte(s[i+name])) {
		name++
	}
	switch {
	case name > 0:
		i += name
		if dots := runOf(s[i:], '.'); dots > 0 {
			return i + dots, kStepDot
		}
		if implied {
			return i, kStepImplied
		}
		return i, kStepNum
	case i < len(s) && (s[i] == '*' || s[i] == '-'):
		return i + 1 + runOf(s[i+1:], '.'), kStepNone
	case i < len(s) && s[i] == '.':
		return i + runOf(s[i:], '.'), kStepNone
	}
	return i, kStepBare
}

// backslashNumberLen is the length of a number written \o17, \b01 or
// \h1F at the start of s, or 0.
func backslashNumberLen(s string) int {
	if len(s) < 3 || s[0] != '\\' {
		return 0
	}
	var ok func(byte) bool
	switch s[1] {
	case 'o', 'O':
		ok = func(c byte) bool { return c >= '0' && c <= '7' }
	case 'b', 'B':
		ok = func(c byte) bool { return c == '0' || c == '1' }
	case 'h', 'H':
		ok = func(c byte) bool { return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }
	default:
		return 0
	}
	n := 2
	for n < len(s) && ok(s[n]) {
		n++
	}
	if n == 2 {
		return 0
	}
	return n
}
