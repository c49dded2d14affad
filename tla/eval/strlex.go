package eval

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/wspcycle/wspcycle/tla/scanner"
	"github.com/wspcycle/wspcycle/tla/token"
)

// lexedNames are the names SANY's parser interns as it reads one file, in
// order, and the modules the file names after EXTENDS and after INSTANCE,
// which SANY reads next (strorder.go).
type lexedNames struct {
	names     []string
	extends   []string
	instances []string
}

// lexNames scans a module file as SANY's parser reads it and lists the
// images of its tokens in order: SANY makes a syntax node of every token
// and interns its image (SyntaxTreeNode), the text as written. So the list
// holds identifiers, reserved words, numbers, operator symbols and
// punctuation as spelled ("\in", "(", "]_", "=<"), a module header as one
// image ("---- MODULE", however many dashes and spaces), and a string
// literal as its source text with the quotes, followed, when it has an
// escape, by its value between quotes (SANY's reduceString): neither names
// a string value, since a value has no quotes around it.
func lexNames(file string, src []byte) lexedNames {
	var out lexedNames
	s := scanner.New(file, src, scanner.Module)
	var toks []scanner.Token
	toks = s.AppendAll(toks)
	at := newOffsets(src)
	// cuts are where an image must end: the start of every comment (a
	// comment may follow a token with no space between).
	cuts := make([]int, 0, len(s.Comments))
	for _, c := range s.Comments {
		cuts = append(cuts, at.of(c.Start))
	}
	nextCut := 0
	// want is what the module names after EXTENDS or INSTANCE expect:
	// a name (nameList, nameOne), a comma (comma), or nothing (none).
	const (
		none = iota
		nameList
		nameOne
		comma
	)
	want, extending := none, false
	for i := 0; i < len(toks) && toks[i].Kind != token.EOF; i++ {
		t := toks[i]
		start := at.of(t.Pos)
		end := len(src)
		if toks[i+1].Kind != token.EOF {
			end = at.of(toks[i+1].Pos)
		}
		for nextCut < len(cuts) && cuts[nextCut] <= start {
			nextCut++
		}
		if nextCut < len(cuts) && cuts[nextCut] < end {
			end = cuts[nextCut]
		}
		next, header := none, false
		switch {
		case t.Kind == token.STRING:
			raw := stringImage(src[start:])
			out.names = append(out.names, raw)
			if strings.Contains(raw, `\`) {
				out.names = append(out.names, `"`+t.Lit+`"`)
			}
			want = none
			continue
		case t.Kind == token.SEPARATOR && toks[i+1].Kind == token.MODULE:
			// SANY's one token "---- MODULE": up to the end of MODULE.
			i++
			end = at.of(toks[i].Pos) + len("MODULE")
			header = true
		case (t.Kind == token.RBRACK || t.Kind == token.RTUPLE) && toks[i+1].Kind == token.UNDERSCORE && end == at.of(toks[i+1].Pos):
			// "]_" and ">>_" are one token of SANY's.
			i++
			end = at.of(toks[i].Pos) + 1
		case t.Kind == token.EXTENDS:
			next, extending = nameList, true
		case t.Kind == token.INSTANCE:
			next, extending = nameOne, false
		case t.Kind == token.COMMA && want == comma:
			next = nameList
		case t.Kind == token.IDENT && (want == nameList || want == nameOne):
			if extending {
				out.extends = append(out.extends, t.Lit)
			} else {
				out.instances = append(out.instances, t.Lit)
			}
			if want == nameList {
				next = comma
			}
		}
		image := src[start:end]
		if !header {
			// No token but a header spans white space: the text after the
			// last token, up to the next token or comment, is not its.
			if k := bytes.IndexAny(image, " \t\r\n\f"); k >= 0 {
				image = image[:k]
			}
		}
		out.names = append(out.names, string(image))
		want = next
	}
	return out
}

// stringImage is the source text of the string literal at the start of
// src, quotes included (the scanner has checked it).
func stringImage(src []byte) string {
	for i := 1; i < len(src); i++ {
		switch src[i] {
		case '\\':
			i++
		case '"', '\n':
			return string(src[:i+1])
		}
	}
	return string(src)
}

// offsets turns a position (line, column in code points) into a byte
// offset of the source. It walks on from the position it found last when
// it can, so that going through the positions of a line in order (a spec
// may be one long line) costs the line's length, not its square.
type offsets struct {
	src   []byte
	lines []int // byte offset of each line's start
	// line, col and off are the position found last.
	line, col, off int
}

func newOffsets(src []byte) *offsets {
	o := &offsets{src: src, lines: []int{0}}
	for i, c := range src {
		if c == '\n' {
			o.lines = append(o.lines, i+1)
		}
	}
	return o
}

func (o *offsets) of(p token.Pos) int {
	if p.Line < 1 || p.Line > len(o.lines) {
		return len(o.src)
	}
	if p.Line != o.line || p.Col < o.col {
		o.line, o.col, o.off = p.Line, 1, o.lines[p.Line-1]
	}
	for ; o.col < p.Col && o.off < len(o.src); o.col++ {
		_, size := utf8.DecodeRune(o.src[o.off:])
		o.off += size
	}
	return o.off
}
