package sema

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// Levels of TLA+ expressions: a state predicate may not prime variables,
// an action may not use temporal operators. The .cfg checks need them: an
// INVARIANT that primes a variable cannot be evaluated on a single state.
const (
	levelState    = 1
	levelAction   = 2
	levelTemporal = 3
)

// levelInfo is the level of an expression and where the construct that
// raised it to that level is.
type levelInfo struct {
	level int
	at    token.Pos
	what  string
}

func (a levelInfo) max(b levelInfo) levelInfo {
	if b.level > a.level {
		return b
	}
	return a
}

// level computes the level of x. Definitions are looked up by name in the
// module's top level; only a definition that precedes the use can be meant
// (TLA+ has no forward references), so a parameter or bound name that
// happens to equal a later definition's name is not mistaken for it. LET
// definitions count through their bodies, which Inspect visits. ENABLED
// makes its argument a state predicate.
func (c *checker) level(x ast.Node, depth int) levelInfo {
	var out levelInfo
	if depth > 200 {
		return out
	}
	ast.Inspect(x, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Prime:
			out = out.max(levelInfo{levelAction, n.PrimePos, "a primed expression"})
		case *ast.Unary:
			switch n.Op {
			case token.UNCHANGED:
				out = out.max(levelInfo{levelAction, n.OpPos, "UNCHANGED"})
			case token.ENABLED:
				return false
			case token.BOX, token.EVENTUALLY:
				out = out.max(levelInfo{levelTemporal, n.OpPos, "a temporal operator (" + n.Op.String() + ")"})
			}
		case *ast.Binary:
			if n.Op == token.LEADSTO {
				out = out.max(levelInfo{levelTemporal, n.OpPos, "a temporal operator (~>)"})
			}
		case *ast.BoxAction:
			out = out.max(levelInfo{levelAction, n.Lbrack, "an action [A]_v"})
		case *ast.AngleAction:
			out = out.max(levelInfo{levelAction, n.Ltuple, "an action <<A>>_v"})
		case *ast.Fairness:
			out = out.max(levelInfo{levelTemporal, n.FairPos, "a fairness formula"})
		case *ast.Ident:
			if d := c.defs[n.Name]; d != nil && before(d.Name.NamePos, n.NamePos) {
				out = out.max(c.defLevel(d, depth+1))
			}
		case *ast.OpApp:
			if d := c.defs[n.Name.Name]; d != nil && before(d.Name.NamePos, n.Name.NamePos) {
				out = out.max(c.defLevel(d, depth+1))
			}
		}
		return true
	})
	return out
}

func (c *checker) defLevel(d *ast.OpDef, depth int) levelInfo {
	if l, ok := c.levels[d]; ok {
		if l == nil {
			return levelInfo{} // a cycle (only through an error elsewhere)
		}
		return *l
	}
	c.levels[d] = nil
	l := c.level(d.Body, depth)
	c.levels[d] = &l
	return l
}

// before reports whether a definition at p can be meant by a use at q: it
// precedes it in the same file, or it is in another module's file.
func before(p, q token.Pos) bool {
	return p.Filename != q.Filename || p.Before(q)
}
