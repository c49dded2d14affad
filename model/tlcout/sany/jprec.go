package sany

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/wspcycle/wspcycle/tla/scanner"
	"github.com/wspcycle/wspcycle/tla/token"
)

// SANY arranges an expression's operators by precedence as it reads them
// (its OperatorStack), and throws when two of them conflict: "Precedence
// conflict between ops L in block <L's location> and R." as it takes R.
// The replay does not arrange operators; our parser does, by the same
// table, and names the two operators and where they stand. So when ours
// reports a conflict, the replay raises SANY's error as it takes that R.

// conflict is our parser's precedence conflict: the left operator, where
// it stands, and the right one, at our error's position.
type conflict struct {
	left, right       string
	leftLine, leftCol int
	line, col         int
}

var reConflict = regexp.MustCompile(`^precedence conflict between (\S+) at (\d+):(\d+) and (\S+|prefix -): add parentheses$`)

// parseConflict reads our parser's message msg at line:col.
func parseConflict(msg string, line, col int) *conflict {
	m := reConflict.FindStringSubmatch(msg)
	if m == nil {
		return nil
	}
	l, _ := strconv.Atoi(m[2])
	c, _ := strconv.Atoi(m[3])
	return &conflict{left: m[1], right: m[4], leftLine: l, leftCol: c, line: line, col: col}
}

// sanyNames are SANY's names of the operators with several spellings
// (its Operators table's synonyms), by each ASCII spelling, as TLC rev
// cc6b616 prints them in a precedence conflict: "\land" for /\, "\leq"
// for =< and <=, "/=" for #, "\intersect" for \cap, "\oplus" for (+).
var sanyNames = map[string]string{
	"/\\": "\\land", "\\/": "\\lor", "=<": "\\leq", "<=": "\\leq", ">=": "\\geq", "#": "/=",
	"\\cap": "\\intersect", "\\cup": "\\union", "<=>": "\\equiv", "\\circ": "\\o",
	"(+)": "\\oplus", "(-)": "\\ominus", "(.)": "\\odot", "(/)": "\\oslash", "(\\X)": "\\otimes",
}

// identifier is SANY's name of the operator spelt img: a Unicode
// operator is named by its ASCII spelling, and a spelling with synonyms
// by SANY's name for them all.
func identifier(img string) string {
	if strings.ContainsFunc(img, func(r rune) bool { return r > 0x7e }) {
		toks := scanner.New("", []byte(img), scanner.Raw).AppendAll(nil)
		if len(toks) == 0 || toks[0].Kind == token.ILLEGAL || toks[0].Kind == token.EOF {
			panic(giveUp{"an operator the scanner does not know"})
		}
		img = toks[0].Kind.String()
	}
	if img == "\\X" {
		return "\\times" // SANY names \X by its synonym
	}
	if id, ok := sanyNames[img]; ok {
		return id
	}
	return img
}

// checkConflict raises SANY's precedence conflict if the infix operator
// t just taken is our conflict's right operator.
func (p *jparser) checkConflict(t jtok) {
	c := p.conflict
	if c == nil || t.line != c.line || t.col != c.col {
		return
	}
	if identifier(t.img) != identifier(c.right) {
		panic(giveUp{"our conflict names another operator"})
	}
	var left jtok
	for _, u := range p.toks[:p.pos] {
		if u.line == c.leftLine && u.col == c.leftCol {
			left = u
		}
	}
	if left.img == "" || identifier(left.img) != identifier(c.left) {
		panic(giveUp{"our conflict names another operator"})
	}
	p.raise("\n  Precedence conflict between ops " + identifier(left.img) + " in block " + p.location(left) + " and " + identifier(t.img) + ".")
}

// checkPostfixConflict raises SANY's precedence conflict if the postfix
// operator t just taken is our conflict's right operator: a prefix
// operator that binds less tightly than t before it ([]x', ENABLED x',
// UNCHANGED x'). SANY then names the prefix operator, but in the block of
// the postfix one, and its message has no line break and indent before
// it (it comes from another of its checks than an infix conflict).
func (p *jparser) checkPostfixConflict(t jtok) {
	c := p.conflict
	if c == nil || t.line != c.line || t.col != c.col {
		return
	}
	if identifier(t.img) != identifier(c.right) {
		panic(giveUp{"our conflict names another operator"})
	}
	p.raise("Precedence conflict between ops " + identifier(c.left) + " in block " + p.location(t) + " and " + identifier(t.img) + ".")
}

// checkPrefixMinusConflict raises SANY's precedence conflict if the
// prefix minus t just taken is our conflict's right operator (x * -1,
// x \div -1, x ^ -1): SANY names it "-." (its name of prefix minus)
// before the message's period (TLC rev cc6b616: "Precedence conflict
// between ops \div in block ... and -..", golden PrefixMinusConflict).
func (p *jparser) checkPrefixMinusConflict(t jtok) {
	c := p.conflict
	if c == nil || c.right != "prefix -" || t.line != c.line || t.col != c.col {
		return
	}
	var left jtok
	for _, u := range p.toks[:p.pos] {
		if u.line == c.leftLine && u.col == c.leftCol {
			left = u
		}
	}
	if left.img == "" || identifier(left.img) != identifier(c.left) {
		panic(giveUp{"our conflict names another operator"})
	}
	p.raise("\n  Precedence conflict between ops " + identifier(left.img) + " in block " + p.location(left) + " and -..")
}
