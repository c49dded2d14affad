// Package scanner turns the ASCII text of a TLA+ module into tokens, in the
// manner of go/scanner. It finds the module header, ignores text before it
// and after the footer, records every comment (the FSM compiler reads
// annotations from them), folds operator aliases into one token.Kind, and
// reports every lexical problem as a token.Error with a position instead of
// panicking.
package scanner

import (
	"strings"
	"unicode/utf8"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// MaxSize is the largest source the scanner accepts. Specs are small; a
// limit keeps a mistaken argument (a log file, a binary) from exhausting
// memory before any useful error can be printed.
const MaxSize = 16 << 20

// Mode selects how much of the source is TLA+.
type Mode int

const (
	// Module scans one ---- MODULE Name ---- ... ==== block, ignoring text
	// before the header and after the footer, as SANY does.
	Module Mode = iota
	// Raw scans the whole source as tokens (for expressions and .cfg files).
	Raw
)

// Token is one lexical token. Lit is the source text for identifiers,
// numbers, user-definable operator symbols and errors; for strings it is the
// value with escapes resolved.
type Token struct {
	Kind  token.Kind
	Pos   token.Pos
	Lit   string
	Value int64 // the value of a NUMBER
	// Decimal marks a NUMBER that is a decimal literal such as 1.5 (Lit
	// holds it; Value is 0): SANY accepts it, TLC refuses the spec at
	// startup (sema reports it), so no value is needed.
	Decimal bool
	// Tab reports that a tab precedes the token on its line, so that its
	// column is ambiguous (editors and tools disagree on tab width); the
	// parser rejects such tokens where the layout rule compares columns.
	Tab bool
}

// Describe names the token for an error message: "identifier x", "'=='",
// "end of file". The module parser and the .cfg parser word their
// "expected ..., found ..." errors alike through it.
func (t Token) Describe() string {
	switch t.Kind {
	case token.EOF:
		return "end of file"
	case token.IDENT:
		return "identifier " + t.Lit
	case token.NUMBER:
		return "number " + t.Lit
	case token.STRING:
		return "string"
	}
	if t.Lit != "" {
		return "'" + t.Lit + "'"
	}
	return "'" + t.Kind.String() + "'"
}

// Scanner holds the scanning state. Create one with New.
type Scanner struct {
	file string
	src  []byte
	mode Mode

	off  int // byte offset of the next unread character
	line int // line of src[off]
	col  int // column (in code points) of src[off]

	afterBracket bool // the previous token was ] or >> immediately followed by _
	tabOnLine    bool // a tab has been seen on the current line
	names        map[string]string
	started      bool // the module header has been located (Module mode)
	done         bool // the footer has been scanned or the input ended
	prevKind     token.Kind
	depth        int // modules open (Module mode): nested modules end with their own ====

	// Errors collects every lexical error, in source order.
	Errors token.ErrorList
	// Comments collects every comment, in source order.
	Comments []*ast.Comment
}

// New returns a scanner over src. In Module mode it positions itself on the
// module header; if there is none, the first Next reports an error.
func New(filename string, src []byte, mode Mode) *Scanner {
	s := &Scanner{file: filename, src: src, mode: mode, line: 1, col: 1}
	if len(src) > MaxSize {
		s.errorf(token.Pos{Filename: filename, Line: 1, Col: 1}, "file too large: %d bytes (limit %d)", len(src), MaxSize)
		s.done = true
		return s
	}
	if mode == Module {
		s.findHeader()
	}
	return s
}

func (s *Scanner) errorf(pos token.Pos, format string, args ...any) {
	s.Errors = append(s.Errors, token.Errorf(pos, format, args...))
}

func (s *Scanner) pos() token.Pos { return token.Pos{Filename: s.file, Line: s.line, Col: s.col} }

// peekByte returns the byte k positions ahead of off, or 0 past the end.
func (s *Scanner) peekByte(k int) byte {
	if s.off+k < len(s.src) {
		return s.src[s.off+k]
	}
	return 0
}

// advance moves over n bytes that are known to be ASCII other than newline.
func (s *Scanner) advance(n int) {
	s.off += n
	s.col += n
}

// skipWhile moves over the bytes that satisfy ok, which must hold only for
// ASCII other than newline (as advance requires).
func (s *Scanner) skipWhile(ok func(byte) bool) {
	for s.off < len(s.src) && ok(s.src[s.off]) {
		s.advance(1)
	}
}

// advanceRune moves over one character of any kind, keeping line and column
// (in code points) right. Invalid UTF-8 is reported once per byte.
func (s *Scanner) advanceRune() {
	c := s.src[s.off]
	if c == '\n' {
		s.off++
		s.line++
		s.col = 1
		s.tabOnLine = false
		return
	}
	if c < utf8.RuneSelf {
		if c == '\t' {
			s.tabOnLine = true
		}
		s.advance(1)
		return
	}
	r, size := utf8.DecodeRune(s.src[s.off:])
	if r == utf8.RuneError && size <= 1 {
		s.errorf(s.pos(), "invalid UTF-8 encoding (byte 0x%02x)", c)
		size = 1
	}
	s.off += size
	s.col++
}

// Next returns the next token. At the end (or after the footer in Module
// mode) it returns EOF forever.
func (s *Scanner) Next() Token {
	if s.afterBracket {
		s.afterBracket = false
		t := Token{Kind: token.UNDERSCORE, Pos: s.pos(), Lit: "_", Tab: s.tabOnLine}
		s.advance(1)
		return t
	}
	for {
		if s.done || !s.skipSpace() {
			s.done = true
			return Token{Kind: token.EOF, Pos: s.pos()}
		}
		tab := s.tabOnLine
		t, ok := s.scanToken()
		if ok {
			t.Tab = tab
			if s.mode == Module {
				// ---- MODULE opens a module (the outer one or one nested
				// in it); the module's text ends at the ==== that closes
				// the outer one.
				switch {
				case t.Kind == token.MODULE && s.prevKind == token.SEPARATOR:
					s.depth++
				case t.Kind == token.MODULEEND:
					s.depth--
					s.done = s.depth <= 0
				}
			}
			s.prevKind = t.Kind
			return t
		}
	}
}

// AppendAll appends the remaining tokens to toks, up to and including the
// first EOF, and returns the extended slice. The parsers take the whole
// token list at once so that they can look ahead and back freely.
func (s *Scanner) AppendAll(toks []Token) []Token {
	for {
		t := s.Next()
		toks = append(toks, t)
		if t.Kind == token.EOF {
			return toks
		}
	}
}

// skipSpace skips white space and comments; it reports false at the end of
// input. A form feed is not white space to SANY: outside a comment or a
// string it is a lexical error (TLC rev cc6b616: "Encountered: "\f" (12)").
func (s *Scanner) skipSpace() bool {
	for s.off < len(s.src) {
		c := s.src[s.off]
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n':
			s.advanceRune()
		case c == '\\' && s.peekByte(1) == '*':
			s.lineComment()
		case c == '(' && s.peekByte(1) == '*':
			s.blockComment()
		default:
			return true
		}
	}
	return false
}

func (s *Scanner) lineComment() {
	start, pos := s.off, s.pos()
	for s.off < len(s.src) && s.src[s.off] != '\n' {
		s.advanceRune()
	}
	s.Comments = append(s.Comments, &ast.Comment{Start: pos, Text: strings.TrimRight(string(s.src[start:s.off]), "\r")})
}

// blockComment scans a (* ... *) comment; they nest, as in SANY.
func (s *Scanner) blockComment() {
	start, pos := s.off, s.pos()
	s.advance(2)
	depth := 1
	for s.off < len(s.src) {
		switch {
		case s.src[s.off] == '(' && s.peekByte(1) == '*':
			s.advance(2)
			depth++
		case s.src[s.off] == '*' && s.peekByte(1) == ')':
			s.advance(2)
			depth--
			if depth == 0 {
				s.Comments = append(s.Comments, &ast.Comment{Start: pos, Text: string(s.src[start:s.off])})
				return
			}
		default:
			s.advanceRune()
		}
	}
	s.errorf(pos, "comment not terminated")
	s.Comments = append(s.Comments, &ast.Comment{Start: pos, Text: string(s.src[start:s.off])})
}

// findHeader positions the scanner on the first "----" run that is followed
// (after white space) by the word MODULE. Everything before it is ignored.
func (s *Scanner) findHeader() {
	src := s.src
	for i := 0; i+4 <= len(src); i++ {
		if src[i] != '-' || string(src[i:i+4]) != "----" {
			continue
		}
		j := i
		for j < len(src) && src[j] == '-' {
			j++
		}
		k := j
		for k < len(src) && (src[k] == ' ' || src[k] == '\t' || src[k] == '\r' || src[k] == '\n') {
			k++
		}
		if strings.HasPrefix(string(src[k:min(k+7, len(src))]), "MODULE") && (k+6 == len(src) || !isIdentByte(src[k+6])) {
			s.skipTo(i)
			s.started = true
			return
		}
		i = j - 1
	}
	s.errorf(token.Pos{Filename: s.file, Line: 1, Col: 1}, "no module header (---- MODULE Name ----) found")
	s.done = true
}

// skipTo moves to byte offset off, counting lines and code points but not
// checking the ignored text.
func (s *Scanner) skipTo(off int) {
	for s.off < off {
		c := s.src[s.off]
		if c == '\n' {
			s.line++
			s.col = 1
			s.off++
			s.tabOnLine = false
			continue
		}
		s.tabOnLine = s.tabOnLine || c == '\t'
		_, size := utf8.DecodeRune(s.src[s.off:])
		s.off += size
		s.col++
	}
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func isDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isIdentByte(c byte) bool {
	return isLetter(c) || isDigit(c) || c == '_'
}

// scanToken scans one token starting at a non-space character. It reports
// false when it only recorded an error and the caller should continue.
func (s *Scanner) scanToken() (Token, bool) {
	pos := s.pos()
	c := s.src[s.off]
	switch {
	case isLetter(c) || c == '_' && isIdentByte(s.peekByte(1)):
		return s.identifier(pos), true
	case isDigit(c):
		return s.number(pos)
	case c == '"':
		return s.str(pos)
	case c == '\\' && isLetter(s.peekByte(1)):
		return s.backslashWord(pos)
	case c == '-' && string(s.src[s.off:min(s.off+4, len(s.src))]) == "----":
		return s.run(pos, '-', token.SEPARATOR), true
	case c == '=' && string(s.src[s.off:min(s.off+4, len(s.src))]) == "====":
		return s.run(pos, '=', token.MODULEEND), true
	case c >= utf8.RuneSelf:
		r, size := utf8.DecodeRune(s.src[s.off:])
		if r == utf8.RuneError && size <= 1 {
			s.advanceRune() // reports the invalid byte
			return Token{}, false
		}
		if k, ok := unicodeSymbols[r]; ok {
			s.off += size
			s.col++
			if (k == token.RBRACK || k == token.RTUPLE) && s.peekByte(0) == '_' {
				s.afterBracket = true
			}
			return Token{Kind: k, Pos: pos, Lit: k.String()}, true
		}
		s.errorf(pos, "unsupported: non-ASCII character %U %q outside a string or comment", r, r)
		s.advanceRune()
		return Token{}, false
	}
	if c == '<' {
		if t, ok := s.step(pos); ok {
			return t, true
		}
	}
	if t, ok := s.symbol(pos); ok {
		return t, true
	}
	s.errorf(pos, "illegal character %q", rune(c))
	s.advanceRune()
	return Token{}, false
}

// run scans a run of four or more copies of c (---- or ====).
func (s *Scanner) run(pos token.Pos, c byte, k token.Kind) Token {
	start := s.off
	s.skipWhile(func(b byte) bool { return b == c })
	return Token{Kind: k, Pos: pos, Lit: string(s.src[start:s.off])}
}

// identifier scans a word: an identifier, a keyword, or the WF_/SF_ prefix.
func (s *Scanner) identifier(pos token.Pos) Token {
	start := s.off
	if (s.src[s.off] == 'W' || s.src[s.off] == 'S') && s.peekByte(1) == 'F' && s.peekByte(2) == '_' {
		s.advance(3)
		if s.src[start] == 'W' {
			return Token{Kind: token.WF, Pos: pos, Lit: "WF_"}
		}
		return Token{Kind: token.SF, Pos: pos, Lit: "SF_"}
	}
	s.skipWhile(isIdentByte)
	word := s.intern(s.src[start:s.off])
	return Token{Kind: token.Lookup(word), Pos: pos, Lit: word}
}

// intern returns one shared string per distinct identifier: specs repeat
// their names many times, and sharing saves an allocation per use.
func (s *Scanner) intern(b []byte) string {
	if w, ok := s.names[string(b)]; ok {
		return w
	}
	if s.names == nil {
		s.names = map[string]string{}
	}
	w := string(b)
	s.names[w] = w
	return w
}

// str scans a string literal. Strings may not span lines (as in SANY).
func (s *Scanner) str(pos token.Pos) (Token, bool) {
	s.advance(1)
	var b strings.Builder
	for {
		if s.off >= len(s.src) || s.src[s.off] == '\n' {
			s.errorf(pos, "string literal not terminated")
			return Token{Kind: token.STRING, Pos: pos, Lit: b.String()}, true
		}
		c := s.src[s.off]
		switch c {
		case '"':
			s.advance(1)
			return Token{Kind: token.STRING, Pos: pos, Lit: b.String()}, true
		case '\\':
			epos := s.pos()
			e := s.peekByte(1)
			var r byte
			switch e {
			case '"', '\\':
				r = e
			case 'n':
				r = '\n'
			case 't':
				r = '\t'
			case 'r':
				r = '\r'
			case 'f':
				r = '\f'
			default:
				s.errorf(epos, "unknown escape sequence in string")
				s.advance(1)
				continue
			}
			b.WriteByte(r)
			s.advance(2)
		default:
			if c >= utf8.RuneSelf {
				r, size := utf8.DecodeRune(s.src[s.off:])
				if r == utf8.RuneError && size <= 1 {
					s.advanceRune() // reports it
					continue
				}
				b.WriteRune(r)
				s.advanceRune()
				continue
			}
			b.WriteByte(c)
			s.advance(1)
		}
	}
}
