package sema

import (
	"sort"
	"strings"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/cfg"
)

// config checks the .cfg against the module: every name it uses must be a
// definition (or, for CONSTANT, a declared constant), every declared
// constant needs a value, and each entry must be of the right level.
func (c *checker) config(conf *cfg.Config) {
	defs := c.defs
	funcs := map[string]bool{}
	consts := map[string]*ast.ConstDecl{}
	var constOrder []*ast.ConstDecl
	for name, d := range c.consts {
		consts[name] = d
		constOrder = append(constOrder, d)
	}
	sort.Slice(constOrder, func(i, j int) bool { return constOrder[i].Name.NamePos.Before(constOrder[j].Name.NamePos) })
	for _, u := range c.mod.Units {
		switch u := u.(type) {
		case *ast.FuncDef:
			funcs[u.Name.Name] = true
		case *ast.Constants:
			for _, d := range u.Names {
				if _, again := consts[d.Name.Name]; again {
					continue // declared twice: one constant (see redeclared)
				}
				consts[d.Name.Name] = d
				constOrder = append(constOrder, d)
			}
		}
	}

	// constantValued are the roles where a constant's name is refused
	// or dropped by package eval as TLC does (tla/eval/constcfg.go).
	constantValued := map[string]bool{"INIT": true, "NEXT": true, "VIEW": true, "INVARIANT": true,
		"PROPERTY": true, "CONSTRAINT": true, "ACTION_CONSTRAINT": true}
	// named checks one cfg name: a definition without parameters whose
	// level is at most max.
	named := func(role string, id *ast.Ident, max int) {
		if id == nil {
			return
		}
		d := defs[id.Name]
		if d == nil {
			switch {
			case funcs[id.Name]:
				c.errorf(id.NamePos, "%s %s names a function definition; it must name an operator definition", role, id.Name)
			case consts[id.Name] != nil && constantValued[role]:
				// TLC finds the constant's value there: package eval
				// reports it in TLC's words (constcfg.go).
			case consts[id.Name] != nil:
				c.errorf(id.NamePos, "%s %s names a constant; it must name an operator definition", role, id.Name)
			default:
				c.errorf(id.NamePos, "%s %s: the module defines no operator %s", role, id.Name, id.Name)
			}
			return
		}
		if len(d.Params) > 0 {
			c.errorf(id.NamePos, "%s %s: %s takes %d argument%s; the .cfg can only name operators without parameters", role, id.Name, id.Name, len(d.Params), plural(len(d.Params)))
			return
		}
		l := c.defLevel(d, nil, 0)
		if l.level > max {
			kind := "a state predicate" // INIT, CONSTRAINT, VIEW: primes are TLC's run-time error
			if role == "NEXT" || role == "ACTION_CONSTRAINT" {
				kind = "an action"
			}
			outer := ""
			if !c.hasLevelParams(d.Body) {
				// TLC's message then lacks its note on a level-checking
				// bug (levelparams.go).
				outer = noLevelParams
			}
			c.errorf(id.NamePos, "%s %s must be %s, but it contains %s at %d:%d%s", role, id.Name, kind, l.what, l.at.InFile().Line, l.at.Col, outer)
		}
	}

	switch {
	case conf.Spec != nil && (conf.Init != nil || conf.Next != nil):
		pos := conf.Spec.NamePos
		c.errorf(pos, "the .cfg gives both SPECIFICATION and INIT/NEXT; give one or the other")
	case conf.Spec == nil && conf.Init == nil && conf.Next == nil:
		// TLC then checks the assumptions only (no initial state).
	case conf.Spec == nil && conf.Init == nil:
		c.errorf(conf.Next.NamePos, "the .cfg gives NEXT without INIT")
	case conf.Spec == nil && conf.Next == nil:
		// INIT without NEXT: TLC computes the initial states before it
		// complains (tla/eval/nonext.go).
	}
	named("INIT", conf.Init, levelTemporal) // see CONSTRAINT below
	named("NEXT", conf.Next, levelTemporal)
	named("SPECIFICATION", conf.Spec, levelTemporal)
	for _, id := range conf.Invariants {
		named("INVARIANT", id, levelState)
	}
	for _, id := range conf.Properties {
		named("PROPERTY", id, levelTemporal)
	}
	// A CONSTRAINT, VIEW or INIT with a prime, or one of them or NEXT
	// with [] or <>, is TLC's evaluation error when it meets it
	// (tla/eval/primerun.go, temporalrun.go), not a load error.
	for _, id := range conf.Constraints {
		named("CONSTRAINT", id, levelTemporal)
	}
	for _, id := range conf.ActionConstraints {
		// A temporal one is TLC's evaluation error when it meets []e or
		// <>e (tla/eval/temporalrun.go), not a load error.
		named("ACTION_CONSTRAINT", id, levelTemporal)
	}
	named("SYMMETRY", conf.Symmetry, levelState)
	named("VIEW", conf.View, levelTemporal)

	for _, k := range conf.Constants {
		if k.Module != nil {
			// C <- [M] Op replaces a definition of module M: checked by
			// package eval, which knows every module's names.
			continue
		}
		d := consts[k.Name.Name]
		if d == nil {
			// TLC lets the cfg replace a definition (C = v, C <- Op), or a
			// standard module's operator (Nat <- MCNat).
			// A value for a name the spec does not know is ignored, as
			// TLC ignores it; a replacement must replace something.
			_, std := c.visible[k.Name.Name]
			if k.Subst != nil && defs[k.Subst.Name] != nil && defs[k.Name.Name] == nil && !std {
				c.errorf(k.Name.NamePos, "CONSTANT %s <- %s: the module declares or defines no %s", k.Name.Name, k.Subst.Name, k.Name.Name)
			}
			if k.Subst != nil && defs[k.Subst.Name] == nil && consts[k.Subst.Name] == nil && !builtinSubst[k.Subst.Name] {
				c.errorf(k.Subst.NamePos, "CONSTANT %s <- %s: the module defines no operator %s", k.Name.Name, k.Subst.Name, k.Subst.Name)
			}
			continue
		}
		if k.Subst != nil {
			sd := defs[k.Subst.Name]
			switch {
			case sd == nil && builtinSubst[k.Subst.Name] && d.Arity == 0:
				// C <- TRUE: SANY's built-in operator (package eval).
			case sd == nil && consts[k.Subst.Name] != nil:
				// TLC replaces C by the value of another declared
				// constant too (Leader <- L, with L = L a model value);
				// package eval checks that it is one.
			case sd == nil:
				c.errorf(k.Subst.NamePos, "CONSTANT %s <- %s: the module defines no operator %s", k.Name.Name, k.Subst.Name, k.Subst.Name)
			case len(sd.Params) != d.Arity:
				c.errorf(k.Subst.NamePos, "CONSTANT %s <- %s: %s takes %d argument%s but %s takes %d", k.Name.Name, k.Subst.Name, k.Subst.Name, len(sd.Params), plural(len(sd.Params)), k.Name.Name, d.Arity)
			}
		}
	}
	var missing []*ast.ConstDecl
	for _, d := range constOrder {
		if conf.Lookup(d.Name.Name) == nil {
			missing = append(missing, d)
		}
	}
	if len(missing) == 0 {
		return
	}
	// TLC stops at the first constant without a value, in SANY's order
	// (ConstantDeclOrder): that one is the error, the others are named
	// in it.
	orderMods := c.orderMods
	if orderMods == nil {
		orderMods = c.im.mods
	}
	missing = TLCConstantOrder(missing, c.mod, orderMods)
	d := missing[0]
	also := ""
	if len(missing) > 1 {
		names := make([]string, len(missing)-1)
		for i, o := range missing[1:] {
			names[i] = o.Name.Name
		}
		also = "; also without a value: " + strings.Join(names, ", ")
	}
	c.errorf(d.Name.NamePos, "constant %s has no value in the .cfg (add CONSTANT %s = ...%s)", d.Name.Name, d.Name.Name, also)
}

// builtinSubst are SANY's built-in operators without arguments that a
// .cfg may substitute for a constant (C <- TRUE): TLC rev cc6b616 runs
// the spec with that value (golden CfgSubstTrue).
var builtinSubst = map[string]bool{"TRUE": true, "FALSE": true, "BOOLEAN": true, "STRING": true}
