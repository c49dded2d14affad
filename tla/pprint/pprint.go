// Package pprint breaks a TLA+ value's text over lines as TLC does when it
// prints a value (Print, PrintT, error messages): TLC formats the value's
// one-line text (not the value), so this package works on that text too.
//
// The rule, TLC's (tlc2.pprint, reached through Values.ppr with a width of
// 80 columns): a value whose text fits in what is left of the line stays
// on one line; otherwise a set becomes "{ " elements one per line ","
// " }", a tuple "<< " ... " >>", a record "[ " field " |-> " value ... " ]"
// (a value that does not fit after its field goes on the next line,
// indented four more columns), a function "( " arg " :> " value " @@" ...
// " )", each element indented under the first one and formatted by the
// same rule in the room that is left. A text TLC's reader does not
// understand stays as it is: a string holding an escaped quote, a model
// value or name holding a character that is neither a letter nor a digit
// (mv_1), a set of functions [S -> T]; so does anything after the end of
// the first value.
package pprint

import (
	"errors"
	"strings"
	"unicode"
	"unicode/utf16"
)

// Width is the number of columns TLC formats values to (its default for
// tlc2.value.Values.width).
const Width = 80

// Format returns s, the one-line text of a value, broken over lines to fit
// width columns as TLC breaks it; s itself when TLC would leave it so.
func Format(s string, width int) string {
	if s == "" {
		return s
	}
	u := utf16.Encode([]rune(s)) // TLC counts Java chars
	p := &parser{s: u}
	n, err := p.parse(0)
	if err != nil || n.last < len(u)-1 {
		return s
	}
	f := &formatter{s: u}
	out, err := f.format(n, width, 0, "")
	if err != nil {
		return s
	}
	return out
}

// Node kinds.
const (
	constant = iota
	set
	sequence
	record
	recordPair
	function
	functionPair
	subset
)

// node is a part of the text: its kind, the indices of its first and last
// characters, and its parts (elements, or the two sides of a pair).
type node struct {
	kind        int
	first, last int
	kids        []*node
}

func (n *node) length() int { return n.last - n.first + 1 }

var errSyntax = errors.New("pprint: not a value TLC can read")

type parser struct{ s []uint16 }

// at is the character at i; past the end it fails, as TLC's reader does
// (it then leaves the whole text as it is).
func (p *parser) at(i int) (rune, error) {
	if i < 0 || i >= len(p.s) {
		return 0, errSyntax
	}
	return rune(p.s[i]), nil
}

func (p *parser) hasPrefix(i int, t string) bool {
	if i < 0 || i+len(t) > len(p.s) {
		return false
	}
	for j := 0; j < len(t); j++ {
		if p.s[i+j] != uint16(t[j]) {
			return false
		}
	}
	return true
}

// javaSpace is Java's Character.isWhitespace.
func javaSpace(r rune) bool {
	switch r {
	case '\u00A0', '\u2007', '\u202F':
		return false
	case '\t', '\n', '\v', '\f', '\r', 0x1C, 0x1D, 0x1E, 0x1F:
		return true
	}
	return unicode.In(r, unicode.Zs, unicode.Zl, unicode.Zp)
}

func isDigit(r rune) bool       { return unicode.IsDigit(r) }
func isLetterDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func (p *parser) skip(i int) (int, error) {
	for {
		r, err := p.at(i)
		if err != nil {
			return i, err
		}
		if !javaSpace(r) {
			return i, nil
		}
		i++
	}
}

func (p *parser) parse(i int) (*node, error) {
	if i < 0 || i >= len(p.s) {
		return nil, errSyntax
	}
	i, err := p.skip(i)
	if err != nil {
		return nil, err
	}
	switch p.s[i] {
	case '{':
		return p.list(i, set, 1, '}', ",", p.parse)
	case '<':
		return p.list(i, sequence, 2, '>', ",", p.parse)
	case '[':
		return p.list(i, record, 1, ']', ",", func(j int) (*node, error) { return p.pair(j, recordPair, "|->") })
	case '(':
		return p.list(i, function, 1, ')', "@@", func(j int) (*node, error) { return p.pair(j, functionPair, ":>") })
	}
	if p.hasPrefix(i, "SUBSET") {
		j, err := p.skip(i + len("SUBSET"))
		if err != nil {
			return nil, err
		}
		e, err := p.parse(j)
		if err != nil {
			return nil, err
		}
		return &node{kind: subset, first: i, last: e.last, kids: []*node{e}}, nil
	}
	return p.constant(i)
}

// list reads the items of a set, tuple, record or function that opens at
// i with a delimiter of open characters and closes with close, the items
// separated by sep.
func (p *parser) list(i, kind, open int, close rune, sep string, item func(int) (*node, error)) (*node, error) {
	n := &node{kind: kind, first: i}
	j, err := p.skip(i + open)
	if err != nil {
		return nil, err
	}
	for {
		r, err := p.at(j)
		if err != nil {
			return nil, err
		}
		if r == close {
			break
		}
		e, err := item(j)
		if err != nil {
			return nil, err
		}
		n.kids = append(n.kids, e)
		if j, err = p.skip(e.last + 1); err != nil {
			return nil, err
		}
		if p.hasPrefix(j, sep) {
			j += len(sep)
		}
		if j, err = p.skip(j); err != nil {
			return nil, err
		}
	}
	if kind == sequence {
		j++ // the second '>' of ">>"
	}
	n.last = j
	return n, nil
}

// pair reads "a div b" (a record field, a function's argument and value).
func (p *parser) pair(i, kind int, div string) (*node, error) {
	a, err := p.parse(i)
	if err != nil {
		return nil, err
	}
	j, err := p.skip(a.last + 1)
	if err != nil {
		return nil, err
	}
	if !p.hasPrefix(j, div) {
		return nil, errSyntax
	}
	if j, err = p.skip(j + len(div)); err != nil {
		return nil, err
	}
	b, err := p.parse(j)
	if err != nil {
		return nil, err
	}
	return &node{kind: kind, first: i, last: b.last, kids: []*node{a, b}}, nil
}

// constant reads a string (up to the next quote, escaped or not, as TLC's
// reader does), an interval i..j, a number, TRUE, FALSE or a model value.
func (p *parser) constant(i int) (*node, error) {
	first := i
	r, _ := p.at(first)
	last := first
	if r == '"' {
		for {
			last++
			c, err := p.at(last)
			if err != nil {
				return nil, err
			}
			if c == '"' {
				return &node{kind: constant, first: first, last: last}, nil
			}
		}
	}
	if isDigit(r) {
		if n := p.interval(first); n != nil {
			return n, nil
		}
	}
	if r == '-' {
		last++
		for {
			c, err := p.at(last)
			if err != nil {
				return nil, err
			}
			if !isDigit(c) {
				break
			}
			last++
			if last == len(p.s) {
				break
			}
		}
		return &node{kind: constant, first: first, last: last - 1}, nil
	}
	if isLetterDigit(r) {
		for {
			c, err := p.at(last)
			if err != nil {
				return nil, err
			}
			if !isLetterDigit(c) {
				break
			}
			last++
			if last == len(p.s) {
				break
			}
		}
		return &node{kind: constant, first: first, last: last - 1}, nil
	}
	return nil, errSyntax
}

// interval reads i..j, or is nil.
func (p *parser) interval(i int) *node {
	last := i
	for last < len(p.s) && isDigit(rune(p.s[last])) {
		last++
	}
	if !p.hasPrefix(last, "..") {
		return nil
	}
	last += 2
	if last >= len(p.s) || !isDigit(rune(p.s[last])) {
		return nil
	}
	for last < len(p.s) && isDigit(rune(p.s[last])) {
		last++
	}
	return &node{kind: constant, first: i, last: last - 1}
}

type formatter struct{ s []uint16 }

func (f *formatter) text(n *node) string {
	return string(utf16.Decode(f.s[n.first : n.last+1]))
}

// style is how one kind of value is laid out over lines.
type style struct {
	open, close, pad, sep string
	div, divPad           string // of pairs
}

var styles = map[int]style{
	set:      {open: "{ ", close: " }", pad: "  ", sep: ","},
	sequence: {open: "<< ", close: " >>", pad: "   ", sep: ","},
	function: {open: "( ", close: " )", pad: "  ", sep: " @@", div: " :>", divPad: "    "},
	record:   {open: "[ ", close: " ]", pad: "  ", sep: ",", div: " |->", divPad: "    "},
	subset:   {open: "SUBSET ", close: " ", pad: " ", sep: ","},
}

// format lays n out in width columns, keeping trailer columns free at the
// end of its last line (for what follows it), lines after the first
// starting with pad.
func (f *formatter) format(n *node, width, trailer int, pad string) (string, error) {
	if n.length() <= width-trailer || n.kind == constant {
		return f.text(n), nil
	}
	st, ok := styles[n.kind]
	if !ok {
		return "", errSyntax
	}
	inner := width - max(len(st.open), len(st.pad))
	var b strings.Builder
	b.WriteString(st.open)
	var err error
	if st.div == "" {
		err = f.values(&b, n.kids, inner, trailer+len(st.close), pad+st.pad, st.sep)
	} else {
		err = f.pairs(&b, n.kids, inner, trailer+len(st.close), pad+st.pad, st)
	}
	if err != nil {
		return "", err
	}
	b.WriteString(st.close)
	return b.String(), nil
}

func (f *formatter) values(b *strings.Builder, kids []*node, width, trailer int, pad, sep string) error {
	for i, k := range kids {
		t := trailer
		if i < len(kids)-1 {
			t = len(sep)
		}
		s, err := f.format(k, width, t, pad)
		if err != nil {
			return err
		}
		b.WriteString(s)
		if i < len(kids)-1 {
			b.WriteString(sep + "\n" + pad)
		}
	}
	return nil
}

func (f *formatter) pairs(b *strings.Builder, kids []*node, width, trailer int, pad string, st style) error {
	for i, p := range kids {
		arg, val := p.kids[0], p.kids[1]
		last := i == len(kids)-1
		// Not the last pair: the separator follows it, and the trailer
		// is not kept free (TLC's rule).
		room, t := width-len(st.sep), len(st.sep)
		if last {
			room, t = width-trailer, trailer
		}
		switch {
		case arg.length()+len(st.div)+1+val.length() <= room:
			b.WriteString(f.text(arg) + st.div + " " + f.text(val))
		default:
			if arg.length()+len(st.div) <= width {
				b.WriteString(f.text(arg))
			} else {
				s, err := f.format(arg, width, trailer+len(st.div), pad)
				if err != nil {
					return err
				}
				b.WriteString(s)
			}
			s, err := f.format(val, width-len(st.divPad), t, pad+st.divPad)
			if err != nil {
				return err
			}
			b.WriteString(st.div + "\n" + pad + st.divPad + s)
		}
		if !last {
			b.WriteString(st.sep + "\n" + pad)
		}
	}
	return nil
}
