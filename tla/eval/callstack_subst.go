package eval

import (
	"slices"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// SANY makes the body of each definition reached through an INSTANCE
// with substitutions (INSTANCE M WITH a <- e, an implicit a <- a, or the
// parameters of P(a) == INSTANCE M) a SubstInNode located at the whole
// INSTANCE statement (tlcsubst.go). TLC's replay pushes it when it
// evaluates the body there (CallStackTool.eval, and getNextStates or
// getInitStates for an action or an initial predicate), between the
// application and the body (TLC rev cc6b616: P(2)!Val with P(b) ==
// INSTANCE M, I!Val with I == INSTANCE M WITH b <- 2, Val of INSTANCE M
// WITH b <- 2: "Line 4, column 1 to line 4, column 22" of the module
// that instantiates). A definition of M used from inside M's instance is
// the same context: no SubstInNode there.

// SubstIn is a SubstInNode on the stack: its position is the INSTANCE
// statement's start (the definition's, for I == INSTANCE ...), End its
// last character. Our tree has no node for it; the Ident it embeds only
// carries the position, so that it is an ast.Expr and no other case of a
// type switch takes it.
type SubstIn struct {
	*ast.Ident
	end token.Pos
}

// End is the position of the INSTANCE statement's last character.
func (s *SubstIn) End() token.Pos { return s.end }

// substInNodes are the SubstInNodes TLC evaluates entering the context
// of de from en, outermost first: one for each instance with
// substitutions from en's context down to de's (I!J!Val enters I, then
// J inside I: TLC rev cc6b616, two nodes, each at its INSTANCE
// statement); none when en is already in de's context.
func (c *compiler) substInNodes(de, en cenv) []ast.Expr {
	if c.cs == nil {
		return nil
	}
	to, from := c.env(de), c.env(en)
	if to == nil || to.ctx == nil || to.ctx == from.ctx {
		return nil
	}
	var out []ast.Expr
	for ctx := to.ctx; ctx != nil && ctx != from.ctx && len(out) <= maxInline; ctx = ctx.parent {
		if n := c.substInNode(ctx); n != nil {
			out = append(out, n)
		}
	}
	slices.Reverse(out)
	return out
}

// substInNode is the SubstInNode of the instance context ctx, nil when
// it has no substitutions. One node per context, so that it is printed
// once when pushed twice in a row.
func (c *compiler) substInNode(ctx *instCtx) *SubstIn {
	if ctx.inst == nil || len(ctx.subst) == 0 {
		return nil
	}
	if n, ok := c.substIns[ctx]; ok {
		return n
	}
	end, ok := c.spans.End(lastOfInstance(ctx.inst))
	if !ok || !ctx.stmt.IsValid() {
		return nil
	}
	n := &SubstIn{Ident: &ast.Ident{NamePos: ctx.stmt, Name: "INSTANCE"}, end: end}
	if c.substIns == nil {
		c.substIns = map[*instCtx]*SubstIn{}
	}
	c.substIns[ctx] = n
	return n
}

// csSubstIn makes x, the body of a definition of de applied from en,
// push the SubstInNodes entered (substInNodes) while it runs.
func (c *compiler) csSubstIn(x cx, de, en cenv) cx {
	ns := c.substInNodes(de, en)
	for i := len(ns) - 1; i >= 0; i-- {
		x = c.csWrap(x, ns[i])
	}
	return x
}

// csSubstInSteps makes steps, the action or initial predicate that is the
// body of a definition of de applied from en, push the SubstInNodes
// entered first, as getNextStates and getInitStates push the node they
// are given.
func (c *compiler) csSubstInSteps(steps []step, de, en cenv, pos token.Pos) []step {
	ns := c.substInNodes(de, en)
	for i := len(ns) - 1; i >= 0; i-- {
		steps = c.csPrepend(steps, ns[i], pos)
	}
	return steps
}
