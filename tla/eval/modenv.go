package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/sema"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// Modules. A definition is compiled in the module it is written in, and a
// module is seen through a context: the spec's root module and the modules
// it EXTENDS form the root context, where constants are bound by the cfg
// and variables are the state; a module reached through INSTANCE is seen
// in an instance context, where each of its constants and variables
// denotes the expression its WITH clause gives (or the same-named symbol
// of the instantiating module), compiled where the INSTANCE is written.
//
// A modEnv is one module in one context. Since definitions are
// substitution (expanded when compiled), INSTANCE needs nothing more: a
// substituted name is compiled like an operator argument, by name, in the
// instantiating context, so x' in the instantiated module is e' of the
// expression e given for x. Compiled definitions are cached per
// (definition, modEnv).

// entryKind says what a module-level name denotes.
type entryKind uint8

const (
	eDef   entryKind = iota // *ast.OpDef or *ast.FuncDef
	eInst                   // *ast.InstanceDef (used as M!Op)
	eConst                  // a declared constant (*ast.ConstDecl)
	eVar                    // a declared variable (*ast.Ident)
	eValue                  // a value the cfg gives for a definition (C = v, C = [M] v)
)

// entry is one name visible in a module: what it is, the node that
// introduces it (its identity decides SANY's name clashes: the same
// definition reached twice is fine), and the context its body compiles
// in.
type entry struct {
	kind  entryKind
	node  ast.Node
	env   *modEnv
	local bool        // LOCAL: not exported to modules that extend or instantiate this one
	arity int         // for eConst: the parameters of an operator constant
	val   value.Value // for eValue
}

// substArg is what a constant or variable of an instantiated module
// stands for: an expression of the instantiating context.
type substArg struct {
	e  ast.Expr
	en cenv
}

// modEnv is one module in one context.
type modEnv struct {
	mod   *ast.Module
	names map[string]*entry
	// subst is nil in the root context; in an instance context it maps
	// every constant and variable the module declares (itself or through
	// EXTENDS) to its substitute.
	subst map[string]substArg
	// ctx identifies the context: nil for the root context, one value per
	// INSTANCE otherwise (the modules an instantiated module extends share
	// its context).
	ctx *instCtx
	// insts caches the contexts of the named instances without parameters
	// defined here.
	insts map[*ast.InstanceDef]*modEnv
}

// instCtx is the identity of one instance context.
type instCtx struct {
	subst map[string]substArg
	// rootImport: the instance is INSTANCEd without a name in the root
	// context, so its definitions are the root's too, and the cfg's
	// replacements apply inside it.
	rootImport bool
	// inst is the INSTANCE, stmt where its statement starts (the
	// definition's start for M == INSTANCE ...) and end where it ends:
	// TLC locates the actions of an instance with substitutions there
	// (tlcsubst.go).
	inst      *ast.Instance
	stmt, end token.Pos
	// parent is the context the INSTANCE is written in (nil: the root).
	parent *instCtx
	// scoped: the INSTANCE is written where bound names are in scope
	// (its parameters, a LET, a binder), so its definitions are not
	// TLC's constant definitions evaluated at load (loadlevel.go).
	scoped bool
}

// overrideKey names a definition the cfg replaces: C <- Op replaces C in
// the root context (mod ""), C <- [M] Op replaces C in module M.
type overrideKey struct {
	mod, name string
}

// env is the context of en (the root context when en has none).
func (c *compiler) env(en cenv) *modEnv {
	if en.m != nil {
		return en.m
	}
	return c.root
}

// newEnv builds module m's names in a context. subst is nil for the root
// context; for an instance context it is filled by the caller once the
// declared names are known (see instanceEnv).
func (c *compiler) newEnv(m *ast.Module, ctx *instCtx) *modEnv {
	if ctx == nil {
		if e, ok := c.rootEnvs[m]; ok {
			return e
		}
	}
	e := &modEnv{mod: m, names: map[string]*entry{}, ctx: ctx, insts: map[*ast.InstanceDef]*modEnv{}}
	if ctx == nil {
		c.rootEnvs[m] = e
	} else {
		e.subst = ctx.subst
	}
	if c.loading[m] {
		c.errorf(m.Name.NamePos, "circular dependency among modules through %s", m.Name.Name)
		return e
	}
	c.loading[m] = true
	defer delete(c.loading, m)
	for _, x := range m.Extends {
		xm := c.prog[x.Name]
		if xm == nil {
			continue // a standard module: its operators are built in
		}
		xe := c.newEnv(xm, ctx)
		c.importNames(e, xe, x.NamePos, false)
	}
	for _, u := range m.Units {
		switch u := u.(type) {
		case *ast.Constants:
			for _, d := range u.Names {
				c.addName(e, d.Name.Name, &entry{kind: eConst, node: d, env: e, arity: d.Arity}, d.Name.NamePos)
			}
		case *ast.Variables:
			for _, id := range u.Names {
				c.addName(e, id.Name, &entry{kind: eVar, node: id, env: e}, id.NamePos)
			}
		case *ast.OpDef:
			c.addName(e, u.Name.Name, &entry{kind: eDef, node: u, env: e, local: u.Local}, u.Name.NamePos)
		case *ast.FuncDef:
			c.addName(e, u.Name.Name, &entry{kind: eDef, node: u, env: e, local: u.Local}, u.Name.NamePos)
		case *ast.InstanceDef:
			c.addName(e, u.Name.Name, &entry{kind: eInst, node: u, env: e, local: u.Local}, u.Name.NamePos)
		case *ast.Assume, *ast.Theorem:
			if d := c.factDef(u); d != nil {
				c.addName(e, d.Name.Name, &entry{kind: eDef, node: d, env: e}, d.Name.NamePos)
			}
		case *ast.Instance:
			if c.prog[u.Module.Name] == nil {
				continue // a standard module: its operators are built in
			}
			ie := c.instanceEnv(u, cenv{m: e, at: -1})
			if ie != nil && (e.ctx == nil || e.ctx.rootImport) {
				ie.ctx.rootImport = true
			}
			if ie != nil {
				c.importNames(e, ie, u.Start, u.Local)
			}
		}
	}
	dropStdFirst(e, c.prog)
	return e
}

// stdNames are the names and symbols the standard modules define.
var stdNames = func() map[string]bool {
	m := map[string]bool{"/": true}
	for _, b := range sema.Builtins {
		m[b.Name] = true
	}
	return m
}()

// dropStdFirst removes from e the definitions it imports (EXTENDS, an
// unnamed INSTANCE) of a name a standard module defines too, where SANY
// read the standard module first (sema.StdFirst: EXTENDS Sequences, Foo
// where Foo defines Len): the standard operator is meant, as in TLC.
func dropStdFirst(e *modEnv, prog map[string]*ast.Module) {
	for name, x := range e.names {
		if x.kind == eDef && x.env != e && stdNames[name] && sema.StdFirst(e.mod, prog, name) {
			delete(e.names, name)
		}
	}
}

// factDef is the definition a named ASSUME or THEOREM (LEMMA, AXIOM, ...)
// introduces: SANY lets ASSUME A == e and THEOREM T == e be referred to by
// name, as the formula e (TLC evaluates ASSUME T, and T!: in an invariant,
// so). A theorem ASSUME ... PROVE ... is no expression: using its name is
// an error where it is compiled. One definition per unit, so that the
// unit reached twice (a diamond of EXTENDS) is one symbol.
func (c *compiler) factDef(u ast.Unit) *ast.OpDef {
	if d, ok := c.facts[u]; ok {
		return d
	}
	var d *ast.OpDef
	switch u := u.(type) {
	case *ast.Assume:
		if u.Name != nil {
			d = &ast.OpDef{Start: u.Start, Name: u.Name, Params: []*ast.Ident{}, Body: u.Expr}
		}
	case *ast.Theorem:
		if u.Name != nil {
			d = &ast.OpDef{Start: u.Start, Name: u.Name, Params: []*ast.Ident{}, Body: u.Body}
		}
	}
	c.facts[u] = d
	return d
}

// importNames makes the exported names of from visible in e: the
// definitions (and, through EXTENDS, the declarations) that are not LOCAL.
// An instance exports its definitions only: its constants and variables
// are substituted.
func (c *compiler) importNames(e, from *modEnv, pos token.Pos, local bool) {
	for name, en := range from.names {
		if en.local {
			continue
		}
		if from.ctx != e.ctx && (en.kind == eConst || en.kind == eVar) {
			continue
		}
		if _, ok := e.names[name]; ok {
			// The same symbol reached twice is one symbol; two different
			// definitions imported from two modules are only SANY's
			// warning ("the definition of 'X' conflicts with its
			// definition at ..."), and the first one stays, as in TLC.
			continue
		}
		cp := *en
		cp.local = local
		e.names[name] = &cp
	}
}

// addName declares a name of e's own units: a clash with a name already
// visible is SANY's "Multiple declarations or definitions for symbol".
func (c *compiler) addName(e *modEnv, name string, en *entry, pos token.Pos) {
	if prev, ok := e.names[name]; ok {
		if prev.node == en.node {
			return
		}
		if prev.kind == en.kind && (en.kind == eVar || en.kind == eConst && prev.arity == en.arity) {
			// VARIABLE x, x or a CONSTANT declared twice: only SANY's
			// warning; TLC runs the spec with the one name (sema.redeclared).
			return
		}
		c.errorf(pos, "multiply-defined symbol %s in module %s (also defined at %s)", name, e.mod.Name.Name, prev.node.Pos())
		return
	}
	e.names[name] = en
}

// instanceEnv builds the context of INSTANCE inst written in the context
// at (whose scope holds the parameters of a parameterised instance).
func (c *compiler) instanceEnv(inst *ast.Instance, at cenv) *modEnv {
	m := c.prog[inst.Module.Name]
	if m == nil {
		c.errorf(inst.Module.NamePos, "unsupported: INSTANCE of the standard module %s", inst.Module.Name)
		return nil
	}
	subst := map[string]substArg{}
	ie := c.newEnv(m, &instCtx{subst: subst, inst: inst, stmt: inst.Start, parent: c.env(at).ctx, scoped: at.sc != nil})
	with := map[string]ast.Expr{}
	for _, w := range inst.With {
		en, ok := ie.names[w.Name.Name]
		if !ok || (en.kind != eConst && en.kind != eVar) {
			c.errorf(w.Name.NamePos, "INSTANCE %s WITH %s: module %s declares no constant or variable %s", m.Name.Name, w.Name.Name, m.Name.Name, w.Name.Name)
			continue
		}
		with[w.Name.Name] = w.Value
		if _, ok := c.env(at).names[w.Name.Name]; ok {
			c.covInstInPlace(inst, w.Name.Name) // TLC's coverage order
		}
	}
	for name, en := range ie.names {
		if en.kind != eConst && en.kind != eVar {
			continue
		}
		x, ok := with[name]
		if !ok {
			// Implicit substitution: the symbol of the same name where
			// the INSTANCE is written.
			x = c.implicitSubst(inst, name)
		}
		subst[name] = substArg{e: x, en: at}
	}
	return ie
}

// namedInstance is the context of the named instance M (or M(args)) of a
// ModRef step, used in the context en.
func (c *compiler) namedInstance(owner *modEnv, d *ast.InstanceDef, args []ast.Expr, en cenv) *modEnv {
	if len(d.Params) == 0 {
		if ie, ok := owner.insts[d]; ok {
			return ie
		}
		ie := c.covAtDef(c.instanceEnv(d.Inst, cenv{m: owner, at: -1}), d)
		owner.insts[d] = ie
		return ie
	}
	sc := (*scope)(nil)
	for i, p := range d.Params {
		sc = &scope{name: p.Name, kind: bArg, arg: args[i], argEnv: en, parent: sc}
	}
	return c.covAtDef(c.instanceEnv(d.Inst, cenv{m: owner, sc: sc, at: -1}), d)
}

// letInstance is the context of the LET instance bound in b, used as
// the first step st of a ModRef in the context en (where its arguments
// are written).
func (c *compiler) letInstance(b *scope, st *ast.RefStep, en cenv) *modEnv {
	d := b.inst
	if len(d.Params) != len(st.Args) {
		c.errorf(st.Name.NamePos, "the instance %s takes %d arguments, not %d", st.Name.Name, len(d.Params), len(st.Args))
		return nil
	}
	at := b.argEnv
	for i, p := range d.Params {
		at.sc = &scope{name: p.Name, kind: bArg, arg: st.Args[i], argEnv: en, parent: at.sc}
	}
	return c.covAtDef(c.instanceEnv(d.Inst, at), d)
}

// lookupName finds a module-level name in the context of en, the cfg's
// replacements first.
func (c *compiler) lookupName(name string, en cenv) (*entry, bool) {
	return c.lookupIn(c.env(en), name)
}

// lookupIn finds a name of module context e, the cfg's replacements first.
func (c *compiler) lookupIn(e *modEnv, name string) (*entry, bool) {
	if o, ok := c.overrides[overrideKey{e.mod.Name.Name, name}]; ok {
		return o, true
	}
	x, ok := e.names[name]
	// TLC replaces the definition the root module sees: in the root
	// context, in what it instantiates without a name, and (for a
	// standard module's operator such as Seq) everywhere.
	if !ok || e.ctx == nil || e.ctx.rootImport {
		if o, ok := c.overrides[overrideKey{"", name}]; ok {
			return o, true
		}
	}
	return x, ok
}

// defEnv is the compile environment of the body of a module-level
// definition found through en.
func defEnv(x *entry, en cenv) cenv {
	return cenv{m: x.env, primed: en.primed, init: en.init, at: -1}
}

// resolveRef follows the instance path of a ModRef to the entry of its
// final name.
func (c *compiler) resolveRef(r *ast.ModRef, en cenv) (*entry, bool) {
	if c.stdInstanceRef(r, en) {
		// J!Op of a standard module's instance has no entry: modRef
		// compiles it (the callers that only look take no entry as "not a
		// definition"), and building J's context would refuse the module.
		return nil, false
	}
	cur := en
	var inst *modEnv
	for i, st := range r.Path {
		var x *entry
		var ok bool
		if i == 0 {
			if b := en.sc.lookup(st.Name.Name); b != nil {
				if b.kind != bInst {
					c.errorf(st.Name.NamePos, "%s is not a module instance (M == INSTANCE ...)", st.Name.Name)
					return nil, false
				}
				if inst = c.letInstance(b, st, en); inst == nil {
					return nil, false
				}
				continue
			}
		}
		if inst == nil {
			x, ok = c.lookupName(st.Name.Name, cur)
		} else {
			x, ok = inst.names[st.Name.Name]
			if ok && x.local {
				ok = false
			}
		}
		if !ok || x.kind != eInst {
			c.errorf(st.Name.NamePos, "%s is not a module instance (M == INSTANCE ...)", st.Name.Name)
			return nil, false
		}
		d := x.node.(*ast.InstanceDef)
		if len(d.Params) != len(st.Args) {
			c.errorf(st.Name.NamePos, "the instance %s takes %d arguments, not %d", st.Name.Name, len(d.Params), len(st.Args))
			return nil, false
		}
		inst = c.namedInstance(x.env, d, st.Args, en)
		if inst == nil {
			return nil, false
		}
	}
	if inst == nil {
		// Op!2: a selector on a definition of this module.
		x, ok := c.lookupName(r.Name.Name, en)
		if !ok || x.kind != eDef {
			c.errorf(r.Name.NamePos, "%s is not a definition (a selector such as %s!1 needs one)", r.Name.Name, r.Name.Name)
			return nil, false
		}
		return x, true
	}
	x, ok := c.lookupIn(inst, r.Name.Name)
	if !ok || x.local || x.kind == eConst || x.kind == eVar {
		c.errorf(r.Name.NamePos, "module %s has no definition %s", inst.mod.Name.Name, r.Name.Name)
		return nil, false
	}
	return x, true
}

// localBody follows a local name b one step, as TLC's getVar does: an
// operator parameter (not primed) to its argument, a LET definition
// without parameters to its body; ok false for another binding.
func localBody(b *scope, en cenv) (ast.Expr, cenv, bool) {
	switch {
	case b.kind == bArg && !b.argEnv.primed:
		return b.arg, b.argEnv, true
	case b.kind == bLetOp && len(b.op.Params) == 0:
		return b.op.Body, en.with(b.opEnv), true
	}
	return nil, en, false
}

// defBody is the body of x, a module-level definition, when it has no
// parameters; ok false otherwise.
func defBody(x *entry, en cenv) (ast.Expr, cenv, bool) {
	d, ok := x.node.(*ast.OpDef)
	if !ok || len(d.Params) > 0 {
		return nil, en, false
	}
	return d.Body, defEnv(x, en), true
}

// varSlot is the state variable a name denotes in en, or -1. It follows
// what TLC's Tool.getVar follows to find the variable of x' = e, x' \in S,
// an initial predicate's x = e and UNCHANGED x (rev cc6b616): an
// operator parameter to its argument, a definition without parameters
// (module-level or LET) to its body, and an instantiated module's
// variable to the expression substituted for it, as long as each is a
// name (D == a makes D' = 1 assign a'; M(v) == INSTANCE M WITH x <- v
// makes M(a)!Inc's x' the variable a'), and so is an instantiated
// module's CONSTANT substituted by a name (INSTANCE CN WITH C <- a makes
// M!C = 1 in Init assign a, as TLC does).
func (c *compiler) varSlot(name string, en cenv) int {
	for depth := 0; depth < maxInline; depth++ {
		if b := en.sc.lookup(name); b != nil {
			body, ben, ok := localBody(b, en)
			if !ok {
				return -1
			}
			id, ok := ast.Unparen(body).(*ast.Ident)
			if !ok {
				return -1
			}
			name, en = id.Name, ben
			continue
		}
		x, ok := c.lookupName(name, en)
		if !ok {
			return -1
		}
		if x.kind == eDef {
			body, ben, ok := defBody(x, en)
			if !ok {
				return -1
			}
			id, ok := ast.Unparen(body).(*ast.Ident)
			if !ok {
				return -1
			}
			name, en = id.Name, ben
			continue
		}
		if x.kind == eConst && x.env.subst == nil || x.kind != eVar && x.kind != eConst {
			return -1
		}
		if x.kind == eVar {
			if i := c.freeSlot(name, x, token.Pos{}); i >= 0 {
				return i
			}
		}
		if x.env.subst == nil {
			if i, ok := c.vars[name]; ok {
				return i
			}
			return -1
		}
		s, ok := x.env.subst[name]
		if !ok {
			return -1
		}
		id, ok := ast.Unparen(s.e).(*ast.Ident)
		if !ok {
			return -1
		}
		name, en = id.Name, s.en
	}
	return -1
}
