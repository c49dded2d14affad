package eval

import (
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/wspcycle/wspcycle/tla/ast"
)

// The printing definitions of an instantiated module are evaluated at
// load as TLC's processConstantDefns evaluates them (rev cc6b616; goldens
// PrInst* in model/testdata/tlc/evalerrors), and are values afterwards,
// printing nothing where they are used:
//
//   - a module instantiated without parameters (no CONSTANT, no
//     VARIABLE) is processed on its own first: its definitions in order,
//     each printing once (randomConstants);
//   - I == INSTANCE M [WITH ...] then stands, at its place among the
//     definitions of the module holding it, for M's definitions I!Op,
//     evaluated in the order SANY put them there (InstanceDefOrder: the
//     enumeration of M's java.util.Hashtable of symbols; for names whose
//     hashes are next to each other, D and E, the reverse of the order
//     written), each printing once when of constant level (I!D with D == PrintT(K), K <- x, is not, and prints
//     at each use). Inside one, a definition of M it uses is M's own
//     value when M was processed on its own (quiet), and is evaluated
//     again, printing, when M has parameters;
//   - an unnamed INSTANCE M of a module without parameters gives the
//     root its definitions with M's values: nothing more is printed; of a
//     module with parameters (INSTANCE M WITH K <- 2), it is as I ==
//     INSTANCE M, its definitions named bare.
//
// A definition with parameters, or of an instance with parameters
// (I(k) == INSTANCE M), is not evaluated at load.

// instancePrints evaluates the printing definitions I!Op of the instance
// definition u (without parameters) of the module context at, in TLC's
// order: those of the instances M holds (I!J!Op) among them, at their
// INSTANCE's place.
func (c *compiler) instancePrints(u *ast.InstanceDef, at cenv) {
	c.instanceDefsPrint(c.prog[u.Inst.Module.Name], []*ast.Ident{u.Name}, at)
}

// instanceDefsPrint evaluates the printing definitions of module m
// instantiated through path (I, I!J; none for an unnamed INSTANCE, whose
// definitions the module holding it names bare) in context at: in the
// reverse of their order, each printing.
func (c *compiler) instanceDefsPrint(m *ast.Module, path []*ast.Ident, at cenv) {
	if m == nil {
		return
	}
	printed := c.instanceOrder(m, c.instanceEntries(m, path, map[*ast.Module]bool{}), len(path))
	defs := make([]*ast.OpDef, len(printed))
	for i, p := range printed {
		defs[i] = p.d
	}
	for i, p := range printed {
		before := maps.Clone(c.cache)
		undo := c.run.Replaying(io.Discard)
		for _, e := range printed[i+1:] {
			if e.quiet {
				c.evalPrintDef(e.d, e.ref, at)
			}
		}
		undo()
		if !c.overrideAtLoad(p, at) {
			c.evalPrintDef(p.d, p.ref, at)
		}
		// What p used of the definitions after it was evaluated for p
		// only: each is evaluated again, printing, in its own turn.
		for k := range c.cache {
			if _, ok := before[k]; !ok && slices.Contains(defs[i+1:], k.d) {
				delete(c.cache, k)
			}
		}
	}
}

// InstanceDefOrder, when set (package model sets it), is the order in
// which SANY puts the definitions of an INSTANCE of m into the module
// holding it, which is the order TLC evaluates them in at load: the
// enumeration of m's context's java.util.Hashtable, named relative to the
// instance (Op; J!Op for J == INSTANCE N in m). Unset, the reverse of the
// order written is used (which it is for names whose hashes are next to
// each other, as D and E).
var InstanceDefOrder func(m *ast.Module, mods map[string]*ast.Module) []string

// instanceOrder sorts the printing definitions es of an INSTANCE of m
// (whose refs name the instance by their first skip steps) in TLC's
// order of evaluation (InstanceDefOrder).
func (c *compiler) instanceOrder(m *ast.Module, es []instEntry, skip int) []instEntry {
	out := slices.Clone(es)
	slices.Reverse(out)
	if InstanceDefOrder == nil {
		return out
	}
	at := map[string]int{}
	for i, k := range InstanceDefOrder(m, c.prog) {
		at[k] = i
	}
	pos := func(e instEntry) int {
		key := e.d.Name.Name
		if r, ok := e.ref.(*ast.ModRef); ok {
			var b strings.Builder
			for _, st := range r.Path[min(skip, len(r.Path)):] {
				b.WriteString(st.Name.Name + "!")
			}
			key = b.String() + key
		}
		if i, ok := at[key]; ok {
			return i
		}
		return len(at) // unknown: after, in the reverse order
	}
	slices.SortStableFunc(out, func(a, b instEntry) int { return pos(a) - pos(b) })
	return out
}

// instEntry is a printing definition of an instance: d, named by ref
// (I!Op, I!J!Op) where the INSTANCE is written; quiet: d's module has no
// parameters, so it was evaluated on its own, and a definition using d
// takes that value (printing nothing).
type instEntry struct {
	d     *ast.OpDef
	ref   ast.Expr
	quiet bool
}

// instanceEntries lists the printing definitions without parameters of
// m, named through the instance path, in order: those of the modules m
// extends first, those of an INSTANCE without parameters m holds at its
// place.
func (c *compiler) instanceEntries(m *ast.Module, path []*ast.Ident, seen map[*ast.Module]bool) []instEntry {
	var out []instEntry
	quiet := !c.hasParams(m, map[*ast.Module]bool{})
	names := map[string]bool{}
	var walk func(m *ast.Module)
	walk = func(m *ast.Module) {
		if m == nil || seen[m] {
			return
		}
		seen[m] = true
		for _, x := range m.Extends {
			walk(c.prog[x.Name])
		}
		for _, u := range m.Units {
			switch u := u.(type) {
			case *ast.OpDef:
				if u.Name == nil || !usesAny(u.Body, printingOps, names) && !c.overridePrints(m, u) {
					continue
				}
				names[u.Name.Name] = true
				if len(u.Params) == 0 && !u.Local {
					var ref ast.Expr = u.Name
					if len(path) > 0 {
						steps := make([]*ast.RefStep, len(path))
						for i, id := range path {
							steps[i] = &ast.RefStep{Name: id}
						}
						ref = &ast.ModRef{Path: steps, Name: u.Name}
					}
					out = append(out, instEntry{d: u, ref: ref, quiet: quiet})
				}
			case *ast.InstanceDef:
				if len(u.Params) > 0 || u.Local {
					continue
				}
				sub := append(append([]*ast.Ident(nil), path...), u.Name)
				out = append(out, c.instanceEntries(c.prog[u.Inst.Module.Name], sub, map[*ast.Module]bool{})...)
			}
		}
	}
	walk(m)
	return out
}

// unnamedInstancePrints gives the root the values of the printing
// definitions of M, instantiated without a name, when M has no
// parameters: evaluated quietly (M printed them when it was processed on
// its own).
func (c *compiler) unnamedInstancePrints(u *ast.Instance, at cenv) {
	m := c.prog[u.Module.Name]
	if m == nil {
		return
	}
	if c.hasParams(m, map[*ast.Module]bool{}) {
		// Not processed on its own: its definitions, substituted, are
		// the holder's, evaluated at the INSTANCE's place as a named
		// instance's are (TLC: INSTANCE M WITH K <- 2, E == ... D ...
		// prints E's then D's at load, then nothing where they are used).
		c.instanceDefsPrint(m, nil, at)
		return
	}
	undo := c.run.Replaying(io.Discard)
	defer undo()
	for _, d := range c.printingDefs(m) {
		if x, ok := c.lookupName(d.Name.Name, at); ok && x.node == ast.Node(d) {
			c.evalPrintDef(d, d.Name, at)
		}
	}
}

// printingDefs lists the definitions without parameters of m (and the
// modules it extends), not LOCAL, that print, in order.
func (c *compiler) printingDefs(m *ast.Module) []*ast.OpDef {
	names := map[string]bool{}
	var out []*ast.OpDef
	for _, d := range c.moduleDefs(m, map[*ast.Module]bool{}) {
		if !usesAny(d.Body, printingOps, names) {
			continue
		}
		names[d.Name.Name] = true
		if len(d.Params) == 0 && !d.Local {
			out = append(out, d)
		}
	}
	return out
}

// evalPrintDef evaluates the definition d, named by e in at, as a
// printing definition (its value folded when of constant level, printing
// then), and leaves d printing at each evaluation elsewhere.
func (c *compiler) evalPrintDef(d *ast.OpDef, e ast.Expr, at cenv) {
	if c.printDefs == nil {
		c.printDefs = map[*ast.OpDef]bool{}
	}
	was := c.printDefs[d]
	c.printDefs[d] = true
	c.evalConstantDef(d, func() { c.expr(e, at) })
	if !was {
		delete(c.printDefs, d)
	}
}

// constantRef compiles, as constantDef does a name, a use I!D of an
// instance's printing definition without parameters whose value TLC
// computed at load: a guard on that value, rather than D's body expanded
// into the action (which would print at each evaluation).
func (c *compiler) constantRef(r *ast.ModRef, en cenv) (step, bool) {
	if len(r.Args) > 0 || len(r.Sels) > 0 || !namedRef(r, en) {
		return step{}, false
	}
	nerr := len(c.errs)
	x, ok := c.resolveRef(r, en)
	c.errs = c.errs[:nerr]
	if !ok || x.kind != eDef || c.overrideEntry(x) {
		return step{}, false
	}
	d, ok := x.node.(*ast.OpDef)
	if !ok || len(d.Params) > 0 || !c.defPrints(d, x.env, map[*ast.OpDef]bool{}) || !c.hasLoadValue(d, x.env) {
		return step{}, false // not a value from load: asked without compiling (covload.go)
	}
	g := c.guard(r, en)
	if g.e.dep&^depRec != 0 || len(c.errs) > nerr {
		c.errs = c.errs[:nerr]
		return step{}, false
	}
	return g, true
}
