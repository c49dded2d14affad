package sema

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// hasLevelParams reports whether SANY's levelParams of x, the body of a
// definition without parameters, are not empty: TLC (SpecProcessor) adds
// a note on a bug of its level checking to its refusal of an INVARIANT
// that is not a state predicate exactly then (TLC rev cc6b616: InvAction,
// InvMix with the note; Lev1-9 of the wording hunt, x' = 1, \E y \in
// {x'} : TRUE, without it).
//
// SANY's levelParams of an expression are the declared constants and
// variables it uses (an application of a declared operator adds it), but
// not under an operator whose argument has weight 0 (', UNCHANGED,
// ENABLED, [], <>, ~>, \cdot, -+->, [A]_v, <<A>>_v, WF, SF, \EE, \AA:
// BuiltInLevel); a user operator's application adds its body's, and an
// argument's when its parameter has weight 1 in the body (is used there
// outside such an operator); a standard module's operator (Naturals' <,
// +) uses its parameters. A bound identifier is none.
func (c *checker) hasLevelParams(x ast.Node) bool {
	return c.levelParamsIn(c.topLook(nil), x, 0)
}

// noLevelParams ends the error for a .cfg name of the wrong level whose
// body has no level parameters (hasLevelParams), which TLC words
// without its note (cmd/wspcycle/tlcerrors.go).
const noLevelParams = ", where SANY sees no level parameter"

// lpConst and lpNone are what a parameter stands for in levelParamsIn:
// an argument with level parameters (a constant, as far as the walk
// goes) or one without (a bound name).
var (
	lpConst = &symbol{kind: symConst}
	lpNone  = &symbol{kind: symBound}
)

func (c *checker) levelParamsIn(look lookFn, x ast.Node, depth int) bool {
	found := false
	if depth > 100 || x == nil {
		return false
	}
	ast.Inspect(x, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.Prime, *ast.BoxAction, *ast.AngleAction, *ast.Fairness:
			return false
		case *ast.Unary:
			switch n.Op {
			case token.UNCHANGED, token.ENABLED, token.BOX, token.EVENTUALLY:
				return false
			}
		case *ast.Binary:
			switch n.Op {
			case token.LEADSTO, token.CDOT, token.PLUSARROW:
				return false
			}
		case *ast.Quant:
			if n.Op == token.TEXISTS || n.Op == token.TFORALL {
				return false
			}
		case *ast.Ident:
			found = c.nameHasLevelParams(look, n.Name, n.NamePos, nil, depth)
			return false
		case *ast.OpApp:
			s := look(n.Name.Name, n.Name.NamePos)
			if s == nil || s.kind != symDef || s.def == nil {
				return true // a standard operator: its arguments count
			}
			found = c.nameHasLevelParams(look, n.Name.Name, n.Name.NamePos, n.Args, depth)
			return false
		}
		return true
	})
	return found
}

// nameHasLevelParams is levelParamsIn of name used at pos, applied to
// args.
func (c *checker) nameHasLevelParams(look lookFn, name string, pos token.Pos, args []ast.Expr, depth int) bool {
	s := look(name, pos)
	if s == nil {
		if c.global != nil {
			s = c.global.lookup(name)
		}
		if s == nil {
			return false
		}
	}
	switch s.kind {
	case symConst, symVar:
		return true
	case symDef:
	default:
		return false
	}
	d := s.def
	if d == nil {
		return false
	}
	dl := c.topLook(nil)
	if c.defs[name] != d {
		dl = look
		if s.llook != nil {
			dl = s.llook
		}
	}
	if len(d.Params) > 0 {
		params := map[string]*symbol{}
		for i, p := range d.Params {
			sym := lpNone
			if i < len(args) && c.levelParamsIn(look, args[i], depth+1) {
				sym = lpConst
			}
			params[p.Name] = sym
		}
		outer := dl
		dl = func(n string, at token.Pos) *symbol {
			if s, ok := params[n]; ok {
				return s
			}
			return outer(n, at)
		}
	}
	return c.levelParamsIn(dl, d.Body, depth+1)
}
