// Package span finds where an expression of the syntax tree ends. The
// tree keeps only where nodes start, but TLC names a node by its whole
// source range (SemanticNode.toString: "line 7, col 12 to line 7, col 67
// of module M") in traces, violated properties, false ASSUMEs and
// coverage; the end is found again in the tokens of the file.
package span

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/scanner"
	"github.com/wspcycle/wspcycle/tla/token"
)

// File is a source file's lines and tokens.
type File struct {
	Lines []string
	Toks  []scanner.Token
}

// Load reads and scans the file name with read; nil when it cannot be
// read.
func Load(name string, read func(string) ([]byte, error)) *File {
	if read == nil {
		return nil
	}
	src, err := read(name)
	if err != nil {
		return nil
	}
	sc := scanner.New(name, src, scanner.Module)
	return &File{Lines: strings.Split(string(src), "\n"), Toks: sc.AppendAll(nil)}
}

// Index finds the token starting at p; -1 when none does.
func (f *File) Index(p token.Pos) int {
	lo, hi := 0, len(f.Toks)
	for lo < hi {
		m := (lo + hi) / 2
		if f.Toks[m].Pos.Before(p) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(f.Toks) && f.Toks[lo].Pos.Line == p.Line && f.Toks[lo].Pos.Col == p.Col {
		return lo
	}
	return -1
}

// ExprEnd is the position of the last character of e: the last token of
// e is the last one any of its nodes starts at, followed by the closing
// brackets its own text leaves open and its primes.
func (f *File) ExprEnd(e ast.Expr) (token.Pos, bool) {
	start := e.Pos()
	last := start
	primes := 0 // the primes e's own text may end with: one per Prime node
	note := func(p token.Pos) {
		if p.Filename == start.Filename && last.Before(p) {
			last = p
		}
	}
	ast.Inspect(e, func(n ast.Node) bool {
		note(n.Pos())
		switch n := n.(type) {
		case *ast.Prime:
			primes++
		case *ast.ModRef:
			// The names of M!Op!lab are not nodes of the walk: the last
			// one (or a selector) may end the expression.
			note(n.Name.NamePos)
			for _, s := range n.Sels {
				note(s.Pos)
			}
		case *ast.Dot:
			// r.f: the field's name, which Inspect does not visit, ends it.
			if n.Field != nil {
				note(n.Field.Pos())
			}
		}
		return true
	})
	i, j := f.Index(start), f.Index(last)
	if i < 0 || j < i {
		return token.Pos{}, false
	}
	open := 0
	for _, t := range f.Toks[i : j+1] {
		switch t.Kind {
		case token.LPAREN, token.LBRACK, token.LBRACE, token.LTUPLE:
			open++
		case token.RPAREN, token.RBRACK, token.RBRACE, token.RTUPLE:
			open--
		}
	}
	for j+1 < len(f.Toks) {
		switch f.Toks[j+1].Kind {
		case token.RPAREN, token.RBRACK, token.RBRACE, token.RTUPLE:
			if open <= 0 {
				return f.TokenEnd(j), true
			}
			open--
		case token.PRIME:
			// x in x' ends before the prime, x' after it.
			if primes == 0 {
				return f.TokenEnd(j), true
			}
			primes--
		default:
			return f.TokenEnd(j), true
		}
		j++
	}
	return f.TokenEnd(j), true
}

// TokenEnd is the position of the last character of token j.
func (f *File) TokenEnd(j int) token.Pos {
	t := f.Toks[j]
	p := t.Pos
	n := 1
	switch t.Kind {
	case token.STRING:
		n = f.stringLen(p)
	case token.IDENT, token.NUMBER:
		n = utf8.RuneCountInString(t.Lit)
	default:
		if t.Lit != "" {
			n = utf8.RuneCountInString(t.Lit)
		} else if s := t.Kind.String(); s != "" {
			n = utf8.RuneCountInString(s)
		}
	}
	p.Col += max(n, 1) - 1
	return p
}

// stringLen counts the characters of the string literal starting at p,
// quotes included, reading the source (the token holds the unescaped value).
func (f *File) stringLen(p token.Pos) int {
	if p.Line < 1 || p.Line > len(f.Lines) {
		return 1
	}
	rs := []rune(f.Lines[p.Line-1])
	if p.Col < 1 || p.Col > len(rs) {
		return 1
	}
	for k := p.Col; k < len(rs); k++ { // rs[p.Col-1] is the opening quote
		switch rs[k] {
		case '\\':
			k++
		case '"':
			return k - (p.Col - 1) + 1
		}
	}
	return 1
}

// Name is TLC's name of the range from start to end in module mod:
// "line 7, col 12 to line 7, col 67 of module M".
func Name(start, end token.Pos, mod string) string {
	return "line " + strconv.Itoa(start.Line) + ", col " + strconv.Itoa(start.Col) +
		" to line " + strconv.Itoa(end.Line) + ", col " + strconv.Itoa(end.Col) + " of module " + mod
}

// Files reads each file once for the ranges of its expressions.
type Files struct {
	read  func(string) ([]byte, error)
	files map[string]*File
}

// NewFiles reads with read (nil: no file can be read).
func NewFiles(read func(string) ([]byte, error)) *Files {
	return &Files{read: read, files: map[string]*File{}}
}

// End is the position of the last character of e; false when its file
// cannot be read or e's tokens are not found in it.
func (fs *Files) End(e ast.Expr) (token.Pos, bool) {
	if fs == nil || e == nil {
		return token.Pos{}, false
	}
	name := e.Pos().Filename
	f, ok := fs.files[name]
	if !ok {
		f = Load(name, fs.read)
		fs.files[name] = f
	}
	if f == nil {
		return token.Pos{}, false
	}
	return f.ExprEnd(e)
}

// Module is the name of the module a file holds, as SANY and TLC name it:
// the file's base name without its .tla extension (M for dir/M.tla), or,
// for the positions of a module that follows another in its file
// (token.InFile), that module's name, as SANY names it.
func Module(file string) string {
	if _, m, _, ok := token.SplitInFile(file); ok {
		return m
	}
	if i := strings.LastIndexAny(file, `/\`); i >= 0 {
		file = file[i+1:]
	}
	return strings.TrimSuffix(file, ".tla")
}
