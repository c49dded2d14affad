package sema

import (
	"github.com/wspcycle/wspcycle/tla/ast"
)

// imports collects what module m makes visible to a module that extends
// it (or, with defsOnly, instantiates it): its non-LOCAL symbols and,
// through EXTENDS, theirs; std gathers the standard modules reached.
type imports struct {
	mods map[string]*ast.Module
	std  map[string]bool
	seen map[*ast.Module]map[string]*symbol
}

func (im *imports) exports(m *ast.Module) map[string]*symbol {
	if out, ok := im.seen[m]; ok {
		return out
	}
	out := map[string]*symbol{}
	im.seen[m] = out // a cycle (reported by package module) stops here
	im.extends(m, out)
	for _, u := range m.Units {
		im.unit(u, out, false)
	}
	return out
}

// extends adds the exports of the modules m extends to out.
func (im *imports) extends(m *ast.Module, out map[string]*symbol) {
	for _, x := range m.Extends {
		xm := im.mods[x.Name]
		if xm == nil {
			im.std[x.Name] = true
			continue
		}
		for n, s := range im.exports(xm) {
			if _, ok := out[n]; !ok {
				out[n] = s
			}
		}
	}
}

// unit adds the names u declares to out; a LOCAL one only when all is
// true (inside its own module).
func (im *imports) unit(u ast.Unit, out map[string]*symbol, all bool) {
	switch u := u.(type) {
	case *ast.Constants:
		for _, d := range u.Names {
			out[d.Name.Name] = &symbol{name: d.Name.Name, kind: symConst, arity: d.Arity, pos: d.Name.NamePos}
		}
	case *ast.Variables:
		for _, id := range u.Names {
			out[id.Name] = &symbol{name: id.Name, kind: symVar, pos: id.NamePos}
		}
	case *ast.OpDef:
		if all || !u.Local {
			out[u.Name.Name] = &symbol{name: u.Name.Name, kind: symDef, arity: len(u.Params), pos: u.Name.NamePos, def: u}
		}
	case *ast.FuncDef:
		if all || !u.Local {
			out[u.Name.Name] = &symbol{name: u.Name.Name, kind: symFunc, pos: u.Name.NamePos}
		}
	case *ast.InstanceDef:
		if all || !u.Local {
			out[u.Name.Name] = &symbol{name: u.Name.Name, kind: symInst, arity: len(u.Params), pos: u.Name.NamePos, inst: im.mods[u.Inst.Module.Name], idef: u}
		}
	case *ast.Instance:
		if (all || !u.Local) && im.mods[u.Module.Name] != nil {
			for n, s := range im.exports(im.mods[u.Module.Name]) {
				if s.kind == symConst || s.kind == symVar {
					continue
				}
				if _, ok := out[n]; !ok {
					out[n] = s
				}
			}
		} else if im.mods[u.Module.Name] == nil {
			im.std[u.Module.Name] = true
		}
	case *ast.Assume, *ast.Theorem:
		if d := factDef(u); d != nil {
			out[d.Name.Name] = &symbol{name: d.Name.Name, kind: symDef, pos: d.Name.NamePos, def: d}
		}
	}
}

// factDef is the definition a named ASSUME or THEOREM (LEMMA, AXIOM, ...)
// introduces: SANY lets ASSUME A == e and THEOREM T == e be referred to by
// name, as the formula e. nil when the unit is unnamed.
func factDef(u ast.Unit) *ast.OpDef {
	switch u := u.(type) {
	case *ast.Assume:
		if u.Name != nil {
			return &ast.OpDef{Start: u.Start, Name: u.Name, Params: []*ast.Ident{}, Body: u.Expr}
		}
	case *ast.Theorem:
		if u.Name != nil {
			return &ast.OpDef{Start: u.Start, Name: u.Name, Params: []*ast.Ident{}, Body: u.Body}
		}
	}
	return nil
}
