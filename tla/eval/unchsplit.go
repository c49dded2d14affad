package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// UNCHANGED of a tuple that is not all variables. TLC's processUnchanged
// (Tool, rev cc6b616) takes a tuple element by element, in order: an
// element that is a variable (Tool.getVar: unchangedVars here) is kept
// in the next state, any other element e is evaluated as e' = e. So
// b' = b /\ UNCHANGED <<c, K(b)>> (K(v) == v) keeps c and then checks
// K(b)' = K(b); evaluating the whole tuple at once would meet c' before
// it has a value. The tuple may be written there or be the body of a
// definition without parameters (vars == <<c, K(b)>>), a LET definition
// or an operator argument, which TLC follows to it too.

// unchangedElems returns the elements of the tuple e denotes (through
// parentheses, arguments and definitions without parameters), with the
// environment they are written in; ok is false when e is not one.
func (c *compiler) unchangedElems(e ast.Expr, en cenv) (elems []ast.Expr, ee cenv, ok bool) {
	for depth := 0; depth < maxInline; depth++ {
		e = ast.Unparen(e)
		switch x := e.(type) {
		case *ast.Tuple:
			return x.Elems, en, true
		case *ast.Ident:
			if b := en.sc.lookup(x.Name); b != nil {
				if e, en, ok = localBody(b, en); !ok {
					return nil, en, false
				}
				continue
			}
			y, found := c.lookupName(x.Name, en)
			if !found || y.kind != eDef {
				return nil, en, false
			}
			if e, en, ok = defBody(y, en); !ok {
				return nil, en, false
			}
			continue
		}
		return nil, en, false
	}
	return nil, en, false
}

// unchangedSplit compiles UNCHANGED e, e a tuple that unchangedVars
// could not take as variables, as TLC does: UNCHANGED of each element in
// turn (each a variable kept, or a value evaluated).
func (c *compiler) unchangedSplit(e ast.Expr, en cenv) ([]step, bool) {
	if c.unchDepth > maxInline {
		return nil, false
	}
	c.unchDepth++
	defer func() { c.unchDepth-- }()
	elems, ee, ok := c.unchangedElems(e, en)
	if !ok {
		return nil, false
	}
	var steps []step
	for _, x := range elems {
		steps = append(steps, c.action(&ast.Unary{OpPos: x.Pos(), Op: token.UNCHANGED, X: x}, ee)...)
	}
	return steps, true
}

// unchangedFrames is steps, the sUnchanged steps of UNCHANGED e (one per
// variable of e, in order), each after the frames TLC's processUnchanged
// pushes on its way to that variable while a variable has no value yet:
// e, then a tuple's element, a definition's name and then its body, down
// to the variable, each staying pushed while the rest of the action runs
// from inside it (the next elements are the continuation's), so that a
// failing comparison of the last names them all (TLC rev cc6b616:
// UNCHANGED <<y, x>> with x' assigned a record and x a tuple names the
// tuple, y and x; UNCHANGED vars names vars, its body and x). Steps are
// returned as they are when the paths cannot be told.
func (c *compiler) unchangedFrames(steps []step, e ast.Expr, en cenv) []step {
	var paths [][]ast.Expr
	if !c.unchangedPaths(e, en, nil, &paths) || len(paths) != len(steps) {
		return steps
	}
	var out []step
	var prev []ast.Expr
	for i, p := range paths {
		k := 0
		for k < len(prev) && k < len(p) && prev[k] == p[k] {
			k++
		}
		if k < len(p) {
			out = append(out, step{kind: sFrames, pos: steps[i].pos, cs: &csFrames{stack: c.cs, exprs: append([]ast.Expr(nil), p[k:]...), group: 1, always: i > 0}})
		}
		out = append(out, steps[i])
		prev = p
	}
	return out
}

// unchangedPaths appends to paths, for each variable of UNCHANGED e as
// unchangedVars lists them, the nodes TLC's processUnchanged enters from
// e down to it (path, the nodes above e); false when e is not one it
// follows.
func (c *compiler) unchangedPaths(e ast.Expr, en cenv, path []ast.Expr, paths *[][]ast.Expr) bool {
	if len(path) > maxInline {
		return false
	}
	if p, ok := e.(*ast.Paren); ok {
		return c.unchangedPaths(p.X, en, path, paths)
	}
	path = append(path[:len(path):len(path)], e)
	switch e := e.(type) {
	case *ast.Tuple:
		for _, x := range e.Elems {
			if !c.unchangedPaths(x, en, path, paths) {
				return false
			}
		}
		return true
	case *ast.Ident:
		if c.varSlot(e.Name, en) >= 0 {
			*paths = append(*paths, path)
			return true
		}
		if b := en.sc.lookup(e.Name); b != nil {
			switch b.kind {
			case bArg:
				return c.unchangedPaths(b.arg, b.argEnv, path, paths)
			case bLetOp:
				if len(b.op.Params) == 0 {
					oe := en
					oe.sc = b.opEnv
					return c.unchangedPaths(b.op.Body, oe, path, paths)
				}
			}
			return false
		}
		if x, ok := c.lookupName(e.Name, en); ok && x.kind == eDef {
			if d, ok := x.node.(*ast.OpDef); ok && len(d.Params) == 0 {
				return c.unchangedPaths(d.Body, defEnv(x, en), path, paths)
			}
		}
	}
	return false
}
