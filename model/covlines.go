package model

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/span"
	"github.com/wspcycle/wspcycle/tla/token"
)

// CoverageLine is one line of TLC's per-expression coverage report
// (messages 2221 and 2775): the expression's range, nested Level deep
// under its definition ("  |line 7, col 11 to line 7, col 16 of module
// Fifo: 450"), its count and, when not zero, its cost.
type CoverageLine struct {
	Level       int
	Range       SourceRange
	Count, Cost int64
}

// CoverageRanges finds the source ranges of coverage nodes, reading each
// file once.
type CoverageRanges struct {
	read  func(string) ([]byte, error)
	files map[string]*sourceFile
}

// NewCoverageRanges reads files with read.
func NewCoverageRanges(read func(string) ([]byte, error)) *CoverageRanges {
	return &CoverageRanges{read: read, files: map[string]*sourceFile{}}
}

func (r *CoverageRanges) file(name string) *sourceFile {
	f, ok := r.files[name]
	if !ok {
		if r.read != nil {
			f = loadSourceFile(name, r.read)
		}
		r.files[name] = f
	}
	return f
}

// of is the range of n: From's start (OTHER's for the OTHER arm of a
// CASE) to To's end.
func (r *CoverageRanges) of(n *eval.CovNode) SourceRange {
	if n.From == nil || n.To == nil {
		return SourceRange{}
	}
	start := n.From.Pos()
	f := r.file(start.Filename)
	if f == nil {
		return SourceRange{}
	}
	end, ok := f.exprEnd(n.To)
	if !ok {
		return SourceRange{}
	}
	if !hasPrime(n.To) {
		end = f.beforePrimes(end)
	}
	if n.OtherArm {
		if i := f.index(start); i > 0 {
			for j := i - 1; j >= 0; j-- {
				if f.toks[j].Kind == token.OTHER {
					start = f.toks[j].Pos
					break
				}
			}
		}
	}
	return SourceRange{Module: span.Module(start.Filename), Start: start, End: end}
}

// Of is the source range of the coverage node n, as its line prints it.
func (r *CoverageRanges) Of(n *eval.CovNode) SourceRange { return r.of(n) }

// CoverageLines lists the lines TLC prints for the coverage tree root
// (eval.Coverage), as TLC's OpApplNodeWrapper.print does: a node that
// counts nothing and whose subtree counts nothing is left out; a subtree
// whose nodes all count the same is printed as its top node alone; a
// node that counts nothing above a subtree that counts one number is
// printed with that number; otherwise the node (when it counts) and then
// its children, one level deeper. An UNCHANGED is printed with the count
// of its variables; the condition and branches of an IF are printed even
// when they count nothing. Counts are read once (a snapshot), as TLC
// freezes them, so that a report printed during the search is consistent.
func CoverageLines(root *eval.CovNode, ranges *CoverageRanges) []CoverageLine {
	if root == nil {
		return nil
	}
	p := &covPrinter{ranges: ranges, snap: map[*eval.CovNode]covPair{}, sub: map[*eval.CovNode]map[covPair]bool{}}
	for _, c := range root.Children {
		p.freeze(c)
	}
	for _, c := range root.Children {
		p.print(c, 0)
	}
	return p.out
}

type covPair struct{ primary, secondary int64 }

func (q covPair) zero() bool { return q.primary == 0 && q.secondary == 0 }

type covPrinter struct {
	ranges *CoverageRanges
	out    []CoverageLine
	snap   map[*eval.CovNode]covPair
	// sub is the set of counts of a node and its subtree (childCounts).
	sub map[*eval.CovNode]map[covPair]bool
}

func printedAnyway(n *eval.CovNode) bool { return n.Unchanged || n.Primed || n.ITE }

// freeze snapshots the counts of n's subtree and returns the set of the
// counts of n and its descendants that TLC compares (collectAndFreeze).
func (p *covPrinter) freeze(n *eval.CovNode) map[covPair]bool {
	own := covPair{n.Count(), n.Cost()}
	p.snap[n] = own
	set := map[covPair]bool{}
	if !own.zero() || printedAnyway(n) {
		set[own] = true
	}
	for _, c := range n.Children {
		for q := range p.freeze(c) {
			set[q] = true
		}
	}
	p.sub[n] = set
	return set
}

// children is the union of the sets of n's children.
func (p *covPrinter) children(n *eval.CovNode) map[covPair]bool {
	set := map[covPair]bool{}
	for _, c := range n.Children {
		for q := range p.sub[c] {
			set[q] = true
		}
	}
	return set
}

func (p *covPrinter) self(n *eval.CovNode, level int, q covPair) {
	p.out = append(p.out, CoverageLine{Level: level, Range: p.ranges.of(n), Count: q.primary, Cost: q.secondary})
}

func (p *covPrinter) printChildren(n *eval.CovNode, level int) {
	for _, c := range n.Children {
		p.print(c, level)
	}
}

func (p *covPrinter) print(n *eval.CovNode, level int) {
	node := p.snap[n]
	got := p.children(n)
	if n.Unchanged {
		// UnchangedOpApplNodeWrapper: the count of its variables.
		best := node
		for q := range got {
			if !q.zero() && q.primary > best.primary {
				best = covPair{q.primary, best.secondary}
			}
		}
		p.self(n, level, best)
		return
	}
	if len(got) == 0 {
		if node.zero() && !printedAnyway(n) {
			return
		}
		p.self(n, level, node)
		return
	}
	if len(got) == 1 {
		var one covPair
		for q := range got {
			one = q
		}
		switch {
		case one.primary < node.primary:
			p.self(n, level, node)
			p.printChildren(n, level+1)
			return
		case !printedAnyway(n) && node.zero() && !one.zero():
			p.self(n, level, one)
			return
		case node.zero() && one.zero():
			if printedAnyway(n) {
				p.self(n, level, node)
				level++
			}
			p.printChildren(n, level)
			return
		case node == one:
			p.self(n, level, node)
			return
		}
	}
	if !node.zero() || printedAnyway(n) {
		p.self(n, level, node)
		level++
	}
	p.printChildren(n, level)
}

// hasPrime reports whether e holds a primed expression, which may end
// with its prime.
func hasPrime(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if _, ok := n.(*ast.Prime); ok {
			found = true
		}
		return !found
	})
	return found
}

// beforePrimes is end, the end of an expression without a prime of its
// own, without the primes that follow it: they are its enclosing e'
// node's, whose operand TLC lists without them (CovPrimeDef's big' lists
// big' and, under it, big).
func (f *sourceFile) beforePrimes(end token.Pos) token.Pos {
	j := f.index(end)
	for j > 0 && f.toks[j].Kind == token.PRIME {
		j--
	}
	if j < 0 || f.toks[j].Pos == end {
		return end
	}
	return f.tokenEnd(j)
}
