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

// lookFn finds the symbol a name used at pos means (nil: none known).
type lookFn func(name string, pos token.Pos) *symbol

// level computes the level of x, its names resolved at the module's top
// level: only a definition that precedes the use can be meant (TLA+ has
// no forward references), so a parameter or bound name that happens to
// equal a later definition's name is not mistaken for it. LET
// definitions count through their bodies, which Inspect visits. ENABLED
// makes its argument a state predicate.
func (c *checker) level(x ast.Node, depth int) levelInfo {
	return c.levelIn(nil, x, depth)
}

// levelIn is level with the names of x resolved in sc first: a LET
// definition, an operator parameter or an instance M (whose M!Op is the
// level of Op's body in M) is what the scope says it is, as SANY resolves
// it.
func (c *checker) levelIn(sc *scope, x ast.Node, depth int) levelInfo {
	return c.levelWith(c.topLook(sc), x, depth)
}

// topLook resolves names in sc, then among the module's definitions.
func (c *checker) topLook(sc *scope) lookFn {
	return func(name string, pos token.Pos) *symbol {
		if sc != nil {
			if s := sc.lookup(name); s != nil {
				return s
			}
		}
		if d := c.defs[name]; d != nil && before(d.Name.NamePos, pos) {
			return &symbol{name: name, kind: symDef, def: d}
		}
		return nil
	}
}

func (c *checker) levelWith(look lookFn, x ast.Node, depth int) levelInfo {
	var out levelInfo
	if depth > 200 {
		return out
	}
	def := func(name string, pos token.Pos) {
		if s := look(name, pos); s != nil && s.kind == symDef && s.def != nil {
			l := look
			if c.defs[name] == s.def {
				l = nil // a definition of the module: its body's names are the module's
			}
			out = out.max(c.defLevel(s.def, l, depth+1))
		}
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
			def(n.Name, n.NamePos)
		case *ast.OpApp:
			def(n.Name.Name, n.Name.NamePos)
		case *ast.ModRef:
			if d, names := c.modRefDef(look, n); d != nil {
				out = out.max(c.defLevel(d, func(name string, _ token.Pos) *symbol { return names[name] }, depth+1))
			}
		}
		return true
	})
	return out
}

// modRefDef is the definition M!Op (M!N!Op, ...) names, with the names
// visible in its module, or nil.
func (c *checker) modRefDef(look lookFn, x *ast.ModRef) (*ast.OpDef, map[string]*symbol) {
	if len(x.Path) == 0 {
		return nil, nil
	}
	sym := look(x.Path[0].Name.Name, x.Path[0].Name.NamePos)
	var names map[string]*symbol
	for i, st := range x.Path {
		if i > 0 {
			sym = names[st.Name.Name]
		}
		if sym == nil || sym.kind != symInst || sym.inst == nil {
			return nil, nil
		}
		names = c.im.exports(sym.inst)
	}
	if d := names[x.Name.Name]; d != nil && d.kind == symDef && d.def != nil {
		return d.def, names
	}
	return nil, nil
}

// defLevel is the level of d's body, its names resolved by look (cached:
// a definition belongs to one module, whose names look resolves).
func (c *checker) defLevel(d *ast.OpDef, look lookFn, depth int) levelInfo {
	if l, ok := c.levels[d]; ok {
		if l == nil {
			return levelInfo{} // a cycle (only through an error elsewhere)
		}
		return *l
	}
	c.levels[d] = nil
	if look == nil {
		look = c.topLook(nil)
	}
	l := c.levelWith(look, d.Body, depth)
	c.levels[d] = &l
	return l
}

// before reports whether a definition at p can be meant by a use at q: it
// precedes it in the same file, or it is in another module's file.
func before(p, q token.Pos) bool {
	return p.Filename != q.Filename || p.Before(q)
}
