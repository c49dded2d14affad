package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
)

// A declared CONSTANT C that the cfg replaces by a definition without
// parameters (C <- Op) is not a value to TLC (rev cc6b616), though Op is:
//
//   - SpecProcessor.processConstantDefns evaluates Op's body for C, in
//     each module whose constants include C (the one declaring it and each
//     module extending it, module by module, before the module's own
//     definitions), and stores the value on Op only: Op named as Op is
//     that value, evaluated (printed) no more;
//   - C itself keeps Op's definition node (TLC does not store the value
//     on C, for TLCEval's sake: issue 648), so each evaluation of C
//     evaluates Op's body again, printing each time (R1: "o" at load, once
//     in Init, once per state in Next);
//   - a definition of constant level using C (D == C) is a value computed
//     at load like any other, printing there once;
//   - a definition replaced (D <- Op) is the same: Op evaluated once at
//     load (processConstantDefns meets Op through D, or Op itself), Op's
//     body again at each use of D.
//
// Only a body that prints makes a difference: any other gives the same
// value at each evaluation, and is still computed once here.

// replacedConst returns the definition replacing the constant the name
// stands for, when x (the entry found for it in en) is the cfg's
// replacement of a declared CONSTANT without arguments (or of a
// definition without parameters) by a definition without parameters.
func (c *compiler) replacedConst(name string, x *entry, en cenv) (*ast.OpDef, bool) {
	d, ok := x.node.(*ast.OpDef)
	if !ok || x.kind != eDef || len(d.Params) > 0 || !c.isOverride(name, x, en) {
		return nil, false
	}
	own, ok := c.env(en).names[name]
	if ok && own.kind == eDef {
		// A definition replaced (D <- Op) is the same to TLC: D's node
		// keeps Op's, whose body each use evaluates.
		od, isOp := own.node.(*ast.OpDef)
		return d, isOp && len(od.Params) == 0
	}
	return d, ok && own.kind == eConst && own.arity == 0
}

// replacedPrinting is the use of the name e that the cfg's replacement x
// of a CONSTANT gives a definition d that prints: d's body, compiled
// anew, evaluated at each evaluation of e; ok false for any other name.
func (c *compiler) replacedPrinting(e *ast.Ident, x *entry, en cenv) (cx, bool) {
	d, ok := c.replacedConst(e.Name, x, en)
	if !ok || !c.defPrints(d, x.env, map[*ast.OpDef]bool{}) {
		return cx{}, false
	}
	de := defEnv(x, en)
	return c.covInstIn(cenv{m: x.env}, en, func() cx {
		return c.inline(e.Pos(), func() cx { return c.expr(d.Body, de) })
	}), true
}

// replacedByPrinting reports whether the cfg replaces the root context's
// name by a definition that prints.
func (c *compiler) replacedByPrinting(name string) bool {
	x, ok := c.lookupName(name, cenv{at: -1})
	if !ok {
		return false
	}
	d, ok := c.replacedConst(name, x, cenv{at: -1})
	return ok && c.defPrints(d, x.env, map[*ast.OpDef]bool{})
}

// defPrints reports whether the body of d (a definition of module context
// m) applies Print or PrintT, directly or through the definitions it
// names (by their names: a LET or a bound name that shadows one counts
// as the definition, which only costs evaluating a body again).
func (c *compiler) defPrints(d *ast.OpDef, m *modEnv, seen map[*ast.OpDef]bool) bool {
	if seen[d] {
		return false
	}
	seen[d] = true
	found := false
	ast.Inspect(d.Body, func(n ast.Node) bool {
		if found {
			return false
		}
		var name string
		switch n := n.(type) {
		case *ast.OpApp:
			if n.Name != nil {
				name = n.Name.Name
			}
		case *ast.Ident:
			name = n.Name
		}
		if name == "" {
			return true
		}
		if printingOps[name] {
			found = true
			return false
		}
		if x, ok := c.lookupIn(m, name); ok && x.kind == eDef {
			if dd, ok := x.node.(*ast.OpDef); ok && c.defPrints(dd, x.env, seen) {
				found = true
				return false
			}
		}
		return true
	})
	return found
}

// replacedConstants makes TLC's evaluations, at load, of the definitions
// that replace the constants of module m (declared there or in a module
// it extends) and print, in their order: the first evaluation of one is
// its value (printDefs, cached), each later one evaluates its body again.
// It adds the constants' names to printing, so that the definitions
// using them are evaluated at load too.
func (c *compiler) replacedConstants(m *ast.Module, printing map[string]bool) {
	for _, name := range c.constNames(m, map[*ast.Module]bool{}) {
		x, ok := c.lookupName(name, cenv{at: -1})
		if !ok {
			continue
		}
		d, ok := c.replacedConst(name, x, cenv{at: -1})
		if !ok || !c.defPrints(d, x.env, map[*ast.OpDef]bool{}) {
			continue
		}
		printing[name] = true
		c.firstOrAgain(d, x.env)
	}
}

// constNames lists the constants without arguments declared in m and in
// the modules it extends, those extended first, each once.
func (c *compiler) constNames(m *ast.Module, seen map[*ast.Module]bool) []string {
	if m == nil || seen[m] {
		return nil
	}
	seen[m] = true
	var out []string
	for _, x := range m.Extends {
		out = append(out, c.constNames(c.prog[x.Name], seen)...)
	}
	for _, u := range m.Units {
		if cs, ok := u.(*ast.Constants); ok {
			for _, k := range cs.Names {
				if k.Name != nil && k.Arity == 0 {
					out = append(out, k.Name.Name)
				}
			}
		}
	}
	return out
}

// A definition D of an instantiated module M that the cfg replaces there
// (D <- [M] Op) is the same to TLC: I!D keeps Op's definition node, so
// processConstantDefns, meeting I!D at the INSTANCE's place, evaluates
// Op's body and stores the value on Op (Op's own turn then prints
// nothing, Op named is that value), and each use of I!D evaluates Op's
// body again (TLC rev cc6b616: D <- [MB] Over2 printed "over2" at I!D's
// place, none at Over2's, then once per use of I!D).

// overridePrints reports whether the cfg replaces definition d of module
// m by a definition that prints.
func (c *compiler) overridePrints(m *ast.Module, d *ast.OpDef) bool {
	if m == nil || m.Name == nil || d.Name == nil || len(d.Params) > 0 {
		return false
	}
	x, ok := c.overrides[overrideKey{m.Name.Name, d.Name.Name}]
	if !ok || x.kind != eDef {
		return false
	}
	o, ok := x.node.(*ast.OpDef)
	return ok && len(o.Params) == 0 && c.defPrints(o, x.env, map[*ast.OpDef]bool{})
}

// overrideAtLoad makes TLC's evaluation at load of the instance's
// definition p when p.ref names a printing replacement instead (D <- [M]
// Op): the first of Op is Op's value, a later one evaluates its body
// again. It reports whether p was such a definition.
func (c *compiler) overrideAtLoad(p instEntry, at cenv) bool {
	nerr := len(c.errs)
	var x *entry
	var ok bool
	switch r := p.ref.(type) {
	case *ast.ModRef:
		x, ok = c.resolveRef(r, at)
	case *ast.Ident:
		x, ok = c.lookupName(r.Name, at)
	}
	c.errs = c.errs[:nerr]
	if !ok || x.kind != eDef || x.node == ast.Node(p.d) {
		return false
	}
	o, isDef := x.node.(*ast.OpDef)
	if !isDef || len(o.Params) > 0 || !c.defPrints(o, x.env, map[*ast.OpDef]bool{}) {
		return false
	}
	c.firstOrAgain(o, x.env)
	return true
}

// firstOrAgain is TLC's evaluation at load of o (of module context m),
// a definition replacing another: the first one is o's value (printDefs,
// cached), a later one evaluates its body again.
func (c *compiler) firstOrAgain(o *ast.OpDef, m *modEnv) {
	if !c.printDefs[o] {
		if c.printDefs == nil {
			c.printDefs = map[*ast.OpDef]bool{}
		}
		c.printDefs[o] = true
		// Compiled before (constantSubsts checks its level) without
		// being evaluated: compiled again, so evaluated now.
		for k := range c.cache {
			if k.d == o {
				delete(c.cache, k)
			}
		}
		c.evalConstantDef(o, func() { c.moduleDef(o, m, cenv{at: -1}) })
		return
	}
	n := len(c.errs)
	body := c.expr(o.Body, cenv{m: m, at: -1})
	if len(c.errs) == n && body.fn != nil {
		_, _ = c.evalAtLoad(body) // an error is left to the uses, as TLC's
	}
	c.errs = c.errs[:n]
}

// overrideEntry reports whether x is a replacement the cfg made (its uses
// evaluate the body again: it is never the value from load).
func (c *compiler) overrideEntry(x *entry) bool {
	for _, o := range c.overrides {
		if o == x {
			return true
		}
	}
	return false
}
