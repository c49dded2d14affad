package sany

import (
	"regexp"
	"strconv"
	"strings"
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

var reConflict = regexp.MustCompile(`^precedence conflict between (\S+) at (\d+):(\d+) and (\S+): add parentheses$`)

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

// opIdentifiers are SANY's names of the operators whose name is not
// their spelling.
var opIdentifiers = map[string]string{"/\\": "\\land", "\\/": "\\lor"}

// opSynonyms are the ASCII operators with another spelling, whose name
// the replay does not know (nor a Unicode operator's): it gives up on
// them.
var opSynonyms = map[string]bool{
	"<=": true, "=<": true, "\\leq": true, ">=": true, "\\geq": true, "#": true, "/=": true, "\\o": true, "\\circ": true,
	"\\times": true, "\\X": true, "(+)": true, "\\oplus": true, "(-)": true, "\\ominus": true, "(.)": true, "\\odot": true,
	"(/)": true, "\\oslash": true, "(\\X)": true, "\\otimes": true, "\\cap": true, "\\intersect": true, "\\cup": true,
	"\\union": true, "<=>": true, "\\equiv": true,
}

// identifier is SANY's name of the operator spelt img.
func identifier(img string) string {
	if id, ok := opIdentifiers[img]; ok {
		return id
	}
	if opSynonyms[img] || strings.ContainsFunc(img, func(r rune) bool { return r > 0x7e }) {
		panic(giveUp{"an operator with synonyms in a precedence conflict"})
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
	if t.img != c.right {
		panic(giveUp{"our conflict names another operator"})
	}
	var left jtok
	for _, u := range p.toks[:p.pos] {
		if u.line == c.leftLine && u.col == c.leftCol {
			left = u
		}
	}
	if left.img != c.left {
		panic(giveUp{"our conflict names another operator"})
	}
	p.raise("\n  Precedence conflict between ops " + identifier(left.img) + " in block " + p.location(left) + " and " + identifier(t.img) + ".")
}
