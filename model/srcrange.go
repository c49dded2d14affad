package model

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/scanner"
	"github.com/wspcycle/wspcycle/tla/span"
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
	return span.Name(r.Start, r.End, r.Module)
}

// ActionRanges computes the source range of every action of sp (indexed
// as sp.Actions), reading each source file with read. The syntax tree
// keeps only where nodes start, so the end is found in the tokens: the
// last token of an action is the last one any of its nodes starts at,
// followed by the closing brackets its own text leaves open and a prime.
// An action whose file cannot be read gets a zero range (the trace then
// shows its name alone). The ranges of TLC's actions located away from
// their leaves follow, when TLC's split was made (StepName, tlcRanges).
func ActionRanges(sp *eval.Spec, read func(filename string) ([]byte, error)) []SourceRange {
	return append(leafRanges(sp, read), tlcRanges(sp, read)...)
}

// leafRanges are the ranges of the leaves of the static split.
func leafRanges(sp *eval.Spec, read func(filename string) ([]byte, error)) []SourceRange {
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
			out[i] = SourceRange{Module: span.Module(start.Filename), Start: start, End: end}
		}
	}
	return out
}

// sourceFile is a file's tokens, read for the ends of its expressions
// (package span finds them; the methods keep this package's names).
type sourceFile struct {
	*span.File
	toks []scanner.Token
}

func loadSourceFile(name string, read func(string) ([]byte, error)) *sourceFile {
	f := span.Load(name, read)
	if f == nil {
		return nil
	}
	return &sourceFile{File: f, toks: f.Toks}
}

func (f *sourceFile) index(p token.Pos) int                { return f.Index(p) }
func (f *sourceFile) exprEnd(e ast.Expr) (token.Pos, bool) { return f.ExprEnd(e) }
func (f *sourceFile) tokenEnd(j int) token.Pos             { return f.TokenEnd(j) }

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
	return SourceRange{Module: span.Module(pos.Filename), Start: start, End: f.tokenEnd(j)}
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
	return SourceRange{Module: span.Module(start.Filename), Start: start, End: end}
}
