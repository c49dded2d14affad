package sema

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// SANY requires an assumption (ASSUME, ASSUMPTION, AXIOM) to be a constant
// formula: one that reads a variable (directly or through a definition),
// primes, or uses a temporal operator is "Level error: assumptions must
// be level 0 (Constant), but this one has level N." (TLC rev cc6b616),
// N being 1 for a state formula, 2 for an action, 3 for a temporal one.
// TLC then stops before checking anything, so a spec whose Init is
// defined by ASSUME Init == x = 0 is not run.

// assumptionLevel reports the assumption starting at start whose formula
// is x when its level is not constant.
func (c *checker) assumptionLevel(start token.Pos, x ast.Expr) {
	if x == nil {
		return
	}
	if l := c.formulaLevel(x, map[*ast.OpDef]bool{}); l > 0 {
		c.errorf(start, "assumption of level %d (%s): an assumption must be a constant formula, which reads no variable", l, levelNames[l])
		c.markLevel()
	}
}

var levelNames = [...]string{"constant", "a state formula", "an action", "a temporal formula"}

// formulaLevel is the level of x (0 to 3): c.level's, or 1 where x reads
// a variable or uses ENABLED, through the definitions it uses (seen
// holds those under way).
func (c *checker) formulaLevel(x ast.Node, seen map[*ast.OpDef]bool) int {
	return c.bodyLevel(x, nil, seen)
}

// bodyLevel is formulaLevel of x, the body of a definition with the
// parameters params. A name bound where it is read (a parameter, the
// bound variable of a quantifier, CHOOSE, set or function constructor, a
// LAMBDA's or a LET definition's parameter, a LET definition) is not the
// module's variable of that name: IOUtils' atoi(s) == CHOOSE i \in Int :
// ... is constant in a module declaring VARIABLE i (Examples'
// TestGraphs). A name is bound only inside its binder's body (scopedWalk):
// (LET i == 1 IN i) + i, in a module whose definition another module
// declaring VARIABLE i uses, reads that variable in its second part.
func (c *checker) bodyLevel(x ast.Node, params []*ast.Ident, seen map[*ast.OpDef]bool) int {
	l := c.level(x, 0).level
	if l >= levelState {
		return l
	}
	bound := map[string]bool{}
	for _, p := range params {
		bound[p.Name] = true
	}
	scopedWalk(x, bound, func(n ast.Node, bound map[string]bool) bool {
		if l >= levelState {
			return false
		}
		var name string
		var at token.Pos
		switch n := n.(type) {
		case *ast.Unary:
			if n.Op == token.ENABLED {
				l = levelState
				return false
			}
		case *ast.Ident:
			name, at = n.Name, n.NamePos
		case *ast.OpApp:
			name, at = n.Name.Name, n.Name.NamePos
		}
		if name == "" || bound[name] {
			return true
		}
		if s := c.global.lookup(name); s != nil && s.kind == symVar {
			l = levelState
			return false
		}
		if d := c.defs[name]; d != nil && before(d.Name.NamePos, at) && !seen[d] {
			seen[d] = true
			l = max(l, c.bodyLevel(d.Body, d.Params, seen))
		}
		return true
	})
	return l
}
