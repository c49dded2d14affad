package model

import (
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/scanner"
	"github.com/wspcycle/wspcycle/tla/token"
)

// SourceRange is the span of source text of an action, first and last
// character included, as TLC names it in a trace: "line 7, col 12 to line
// 7, col 67 of module LiveFail". A reader goes from the trace straight to
// the disjunct that took the step, even when one operator holds several.
type SourceRange struct {
	Module     string
	Start, End token.Pos
}

// IsValid reports whether r names a real span.
func (r SourceRange) IsValid() bool { return r.Start.IsValid() && r.End.IsValid() }

// String is TLC's spelling of the range.
func (r SourceRange) String() string {
	return "line " + strconv.Itoa(r.Start.Line) + ", col " + strconv.Itoa(r.Start.Col) +
		" to line " + strconv.Itoa(r.End.Line) + ", col " + strconv.Itoa(r.End.Col) + " of module " + r.Module
}

// ActionRanges computes the source range of every action of sp (indexed
// as sp.Actions), reading each source file with read. The syntax tree
// keeps only where nodes start, so the end is found in the tokens: the
// last token of an action is the last one any of its nodes starts at,
// followed by the closing brackets its own text leaves open and a prime.
// An action whose file cannot be read gets a zero range (the trace then
// shows its name alone).
func ActionRanges(sp *eval.Spec, read func(filename string) ([]byte, error)) []SourceRange {
	out := make([]SourceRange, len(sp.Actions))
	files := map[string]*sourceFile{}
	for i, a := range sp.Actions {
		if a.Expr == nil || read == nil {
			continue
		}
		start := a.Expr.Pos()
		f, ok := files[start.Filename]
		if !ok {
			f = loadSourceFile(start.Filename, read)
			files[start.Filename] = f
		}
		if f == nil {
			continue
		}
		if end, ok := f.exprEnd(a.Expr); ok {
			out[i] = SourceRange{Module: moduleOf(start.Filename), Start: start, End: end}
		}
	}
	return out
}

// moduleOf names the module of a file the way TLC does: its base name.
func moduleOf(filename string) string {
	return strings.TrimSuffix(filepath.Base(filename), filepath.Ext(filename))
}

type sourceFile struct {
	lines []string
	toks  []scanner.Token
}

func loadSourceFile(name string, read func(string) ([]byte, error)) *sourceFile {
	src, err := read(name)
	if err != nil {
		return nil
	}
	sc := scanner.New(name, src, scanner.Module)
	return &sourceFile{lines: strings.Split(string(src), "\n"), toks: sc.AppendAll(nil)}
}

// index finds the token starting at p.
func (f *sourceFile) index(p token.Pos) int {
	lo, hi := 0, len(f.toks)
	for lo < hi {
		m := (lo + hi) / 2
		if f.toks[m].Pos.Before(p) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(f.toks) && f.toks[lo].Pos.Line == p.Line && f.toks[lo].Pos.Col == p.Col {
		return lo
	}
	return -1
}

func (f *sourceFile) exprEnd(e ast.Expr) (token.Pos, bool) {
	start := e.Pos()
	last := start
	note := func(p token.Pos) {
		if p.Filename == start.Filename && last.Before(p) {
			last = p
		}
	}
	ast.Inspect(e, func(n ast.Node) bool {
		note(n.Pos())
		switch n := n.(type) {
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
	i, j := f.index(start), f.index(last)
	if i < 0 || j < i {
		return token.Pos{}, false
	}
	open := 0
	for _, t := range f.toks[i : j+1] {
		switch t.Kind {
		case token.LPAREN, token.LBRACK, token.LBRACE, token.LTUPLE:
			open++
		case token.RPAREN, token.RBRACK, token.RBRACE, token.RTUPLE:
			open--
		}
	}
	for j+1 < len(f.toks) {
		switch f.toks[j+1].Kind {
		case token.RPAREN, token.RBRACK, token.RBRACE, token.RTUPLE:
			if open <= 0 {
				return f.tokenEnd(j), true
			}
			open--
		case token.PRIME:
		default:
			return f.tokenEnd(j), true
		}
		j++
	}
	return f.tokenEnd(j), true
}

// tokenEnd is the position of the last character of token j.
func (f *sourceFile) tokenEnd(j int) token.Pos {
	t := f.toks[j]
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
func (f *sourceFile) stringLen(p token.Pos) int {
	if p.Line < 1 || p.Line > len(f.lines) {
		return 1
	}
	rs := []rune(f.lines[p.Line-1])
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

// HeadRange is the source range of the head of the definition starting at
// pos: its name and, if it has parameters, their parenthesised list
// ("Put(v)"), as TLC names a definition in its coverage report ("<Put line
// 7, col 1 to line 7, col 6 of module Fifo>"). A leading LOCAL is skipped.
// The range is zero when the file cannot be read or no name starts there.
func HeadRange(pos token.Pos, read func(filename string) ([]byte, error)) SourceRange {
	if read == nil || !pos.IsValid() {
		return SourceRange{}
	}
	f := loadSourceFile(pos.Filename, read)
	if f == nil {
		return SourceRange{}
	}
	i := f.index(pos)
	if i >= 0 && f.toks[i].Kind == token.LOCAL {
		i++
	}
	if i < 0 || i >= len(f.toks) || f.toks[i].Kind != token.IDENT {
		return SourceRange{}
	}
	start, j := f.toks[i].Pos, i
	if j+1 < len(f.toks) && f.toks[j+1].Kind == token.LPAREN {
		for depth := 0; j+1 < len(f.toks); {
			j++
			switch f.toks[j].Kind {
			case token.LPAREN:
				depth++
			case token.RPAREN:
				depth--
			}
			if depth == 0 {
				break
			}
		}
	}
	return SourceRange{Module: moduleOf(pos.Filename), Start: start, End: f.tokenEnd(j)}
}

// ExprRange is the source range of e, as ActionRanges computes it for an
// action; zero when its file cannot be read.
func ExprRange(e ast.Expr, read func(filename string) ([]byte, error)) SourceRange {
	if e == nil || read == nil {
		return SourceRange{}
	}
	start := e.Pos()
	f := loadSourceFile(start.Filename, read)
	if f == nil {
		return SourceRange{}
	}
	end, ok := f.exprEnd(e)
	if !ok {
		return SourceRange{}
	}
	return SourceRange{Module: moduleOf(start.Filename), Start: start, End: end}
}
