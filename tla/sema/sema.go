// Package sema checks a parsed module (and its .cfg) for the errors SANY
// and TLC report before any state is explored: undefined and multiply
// defined names, wrong numbers of arguments, primes where a state predicate
// is required, UNCHANGED of something that is not a variable, and a .cfg
// that names what the module does not define. Catching these up front gives
// a positioned message instead of an evaluation failure deep in a search.
package sema

import (
	"fmt"
	"maps"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/cfg"
	"github.com/wspcycle/wspcycle/tla/token"
)

type symKind int

const (
	symConst symKind = iota
	symVar
	symDef     // operator definition (OpDef)
	symFunc    // function definition (FuncDef)
	symParam   // operator parameter
	symBound   // bound by a quantifier, CHOOSE, set or function constructor
	symBuiltin // from a standard module
	symInst    // a named module instance (M == INSTANCE ...), used as M!Op
)

func (k symKind) String() string {
	return [...]string{"constant", "variable", "definition", "function definition", "parameter", "bound variable", "standard operator", "module instance"}[k]
}

type symbol struct {
	name  string
	kind  symKind
	arity int
	pos   token.Pos
	def   *ast.OpDef       // for symDef
	mod   string           // for symBuiltin
	inst  *ast.Module      // for symInst: the instantiated module (nil: a standard one)
	idef  *ast.InstanceDef // for symInst: its definition (M(p) == INSTANCE ...)
	// recursive: declared by RECURSIVE (def is nil until the definition).
	recursive bool
	// stepDef: a proof's DEFINE (a symParam that a DEF entry may name).
	stepDef bool
	// larg: for a parameter while its operator's level is computed, what
	// its argument is; llook: a LET definition's names (level.go).
	larg  *levelArg
	llook lookFn
}

type scope struct {
	parent *scope
	syms   map[string]*symbol
}

func (s *scope) lookup(name string) *symbol {
	for ; s != nil; s = s.parent {
		if sym, ok := s.syms[name]; ok {
			return sym
		}
	}
	return nil
}

type checker struct {
	mod     *ast.Module
	errs    token.ErrorList
	global  *scope
	visible map[string]Builtin
	later   map[string]token.Pos // top-level names, for "defined later" hints
	levels  map[levelKey]*levelInfo
	busy    map[*ast.OpDef]bool   // definitions whose level is under way
	maxLv   map[*ast.OpDef][]int  // maxLevels' cache
	letDefs map[*ast.OpDef]bool   // the LET definitions seen (userArgLevels)
	defs    map[string]*ast.OpDef // top-level operator definitions, for levels
	im      *imports              // the other modules of the spec
	// imported: the scope of the names that EXTENDS and the unnamed
	// INSTANCEs seen so far make visible (importInstance adds to it).
	imported *scope
	consts   map[string]*ast.ConstDecl
	// orderMods are the modules for ConstantDeclOrder (checkOrdered).
	orderMods map[string]*ast.Module
	nested    []*nest // the modules nested in this one, checked after it
	// whole: the root module, all of whose definitions may be evaluated,
	// so that a construct the evaluator lacks is reported wherever it is
	// (unsupportedSyntax). Another module is checked for SANY's errors
	// only: its definitions that nothing uses are never evaluated, and
	// the evaluator reports the constructs it lacks in those it compiles.
	whole bool
	// unitAt is the start of the top-level unit being checked, sortAt
	// the positions level errors are sorted at (levelErrorf).
	unitAt token.Pos
	sortAt map[*token.Error]token.Pos
	// levelErrs: the level errors (dropLevelErrs).
	levelErrs map[*token.Error]bool
	// recOpen counts the operators the module's RECURSIVE declarations
	// announced and no definition has completed yet (recsection.go).
	recOpen int
}

// Check reports the semantic errors of mod and, when conf is not nil, of
// the configuration against it. The error is a sorted token.ErrorList.
func Check(mod *ast.Module, conf *cfg.Config) error {
	if mod == nil {
		return token.ErrorList{token.Errorf(token.Pos{}, "no module")}
	}
	return check(mod, nil, conf, nil, true)
}

// check checks mod; outer is nil for a module of its own, else the
// context of the module mod is nested in; whole is for the root module
// (see checker.whole).
func check(mod *ast.Module, mods map[string]*ast.Module, conf *cfg.Config, outer *nest, whole bool) error {
	return checkOrdered(mod, mods, conf, outer, whole, nil)
}

// checkOrdered is check with the modules SANY's table holds (orderMods:
// mods and the files that stand for standard modules), for the order of
// the constants (ConstantDeclOrder); nil for mods.
func checkOrdered(mod *ast.Module, mods map[string]*ast.Module, conf *cfg.Config, outer *nest, whole bool, orderMods map[string]*ast.Module) error {
	c := &checker{mod: mod, later: map[string]token.Pos{}, levels: map[levelKey]*levelInfo{}, whole: whole, orderMods: orderMods}
	c.im = &imports{mods: mods, std: map[string]bool{}, seen: map[*ast.Module]map[string]*symbol{}}
	imported := map[string]*symbol{}
	c.im.extends(mod, imported)
	// The names an unnamed INSTANCE imports become visible where it
	// stands (importInstance), as in SANY; all of them are known up front
	// for the levels of definitions (c.defs).
	instNames := map[string]*symbol{}
	for _, u := range mod.Units {
		if in, ok := u.(*ast.Instance); ok {
			c.im.unit(in, instNames, true)
		}
	}
	c.shadowStd(c.im.std, orderMods, imported)
	ext := []string{}
	for name := range c.im.std {
		ext = append(ext, name)
	}
	c.visible = Visible(ext)
	c.hideUnshadowed(orderMods)
	c.dropShadowedByStd(imported, instNames)
	c.global = &scope{syms: map[string]*symbol{}}
	builtins := &scope{syms: map[string]*symbol{}}
	if outer != nil {
		builtins.parent = outer.sc
		for name, b := range outer.visible {
			if _, ok := c.visible[name]; !ok {
				c.visible[name] = b
			}
		}
	}
	for name, b := range c.visible {
		if b.Op == token.ILLEGAL {
			builtins.syms[name] = &symbol{name: name, kind: symBuiltin, arity: b.Arity, mod: b.Module}
		}
	}
	importedScope := &scope{parent: builtins, syms: imported}
	c.global.parent = importedScope
	c.imported = importedScope
	c.defs = map[string]*ast.OpDef{}
	c.consts = map[string]*ast.ConstDecl{}
	if outer != nil {
		for name, d := range outer.defs {
			c.defs[name] = d
		}
	}
	all := maps.Clone(imported)
	for name, s := range instNames {
		if _, ok := all[name]; !ok {
			all[name] = s
		}
	}
	for name, s := range all {
		if s.def != nil {
			c.defs[name] = s.def
		}
		if s.kind == symConst {
			c.consts[name] = &ast.ConstDecl{Name: &ast.Ident{NamePos: s.pos, Name: name}, Arity: s.arity}
		}
	}
	for _, u := range mod.Units {
		if d, ok := u.(*ast.OpDef); ok {
			c.defs[d.Name.Name] = d
		}
	}
	c.collectLater()
	if whole {
		c.unsupportedSyntax(mod.Units)
	}
	c.bigNumbers(mod.Units)
	c.units(c.global, mod.Units, true)
	c.dropLevelErrs()
	if conf != nil {
		c.config(conf)
	}
	c.checkNested(mods)
	c.sortErrs()
	return c.errs.Err()
}

func (c *checker) errorf(pos token.Pos, format string, args ...any) {
	c.errs = append(c.errs, token.Errorf(pos, format, args...))
}

// collectLater remembers where every top-level name is introduced, so that
// a use before the definition can say so (TLA+ requires definition before
// use).
func (c *checker) collectLater() {
	for _, u := range c.mod.Units {
		switch u := u.(type) {
		case *ast.OpDef:
			c.later[u.Name.Name] = u.Name.NamePos
		case *ast.FuncDef:
			c.later[u.Name.Name] = u.Name.NamePos
		case *ast.Constants:
			for _, d := range u.Names {
				c.later[d.Name.Name] = d.Name.NamePos
			}
		case *ast.Variables:
			for _, id := range u.Names {
				c.later[id.Name] = id.NamePos
			}
		}
	}
}

// declare adds a name to sc, reporting a clash with any visible name:
// TLA+ forbids redefinition and shadowing alike.
func (c *checker) declare(sc *scope, id *ast.Ident, sym *symbol) {
	if id == nil {
		return
	}
	if prev := sc.lookup(id.Name); prev != nil {
		if prev.pos == id.NamePos && prev.kind == sym.kind {
			return // the same declaration reached again (an imported symbol)
		}
		if redeclared(prev, sym) {
			return
		}
		if prev.kind == symBuiltin {
			c.errorf(id.NamePos, "multiply-defined symbol %s: it is already defined by the standard module %s", id.Name, prev.mod)
		} else {
			c.errorf(id.NamePos, "multiply-defined symbol %s: it is already the %s declared at %s", id.Name, prev.kind, prev.pos)
		}
		return
	}
	if CoreNames[id.Name] {
		c.errorf(id.NamePos, "multiply-defined symbol %s: it is built into TLA+", id.Name)
		return
	}
	if std, ok := c.stdSymbol(id.Name); ok && sym.kind == symDef {
		// A symbol of an extended standard module (a \div b == ... with
		// EXTENDS Integers, a / b == ... with Reals): SANY's "already
		// defined or declared". Its named operators are in the builtins'
		// scope (lookup above).
		c.errorf(id.NamePos, "multiply-defined symbol %s: it is already defined by the standard module %s", id.Name, std)
		return
	} else if ok && sym.kind == symParam {
		// P(_ + _, a, b) == ... with EXTENDS Naturals: SANY's
		// "Multiply-defined symbol '+'".
		c.errorf(id.NamePos, "multiply-defined symbol %s: the parameter is already an operator of the standard module %s", id.Name, std)
		return
	}
	sym.name, sym.pos = id.Name, id.NamePos
	sc.syms[id.Name] = sym
}

// stdSymbol is the standard module visible here that defines the
// symbol name (+, \div, Reals' / ...), which the module cannot define
// again.
func (c *checker) stdSymbol(name string) (string, bool) {
	if b, ok := c.visible[name]; ok && b.Op != token.ILLEGAL {
		return b.Module, true
	}
	if name == "/" && c.visible["Real"].Module == "Reals" {
		return "Reals", true
	}
	return "", false
}

// units checks a sequence of module units (or LET definitions) in order;
// each definition is visible to the ones after it.
func (c *checker) units(sc *scope, units []ast.Unit, top bool) {
	for _, u := range units {
		if top {
			c.unitAt = u.Pos()
			c.inRecursiveSection(u)
		}
		switch u := u.(type) {
		case *ast.Recursive:
			c.declareRecursive(sc, u)
		case *ast.Constants:
			for _, d := range u.Names {
				c.declare(sc, d.Name, &symbol{kind: symConst, arity: d.Arity})
			}
		case *ast.Variables:
			for _, id := range u.Names {
				c.declare(sc, id, &symbol{kind: symVar})
			}
		case *ast.Assume:
			c.expr(sc, u.Expr)
			c.assumptionLevel(u.Start, u.Expr)
			if d := factDef(u); d != nil {
				c.declare(sc, u.Name, &symbol{kind: symDef, def: d})
				c.defs[d.Name.Name] = d
			}
		case *ast.UseHide:
			c.useNames(sc, u)
		case *ast.Theorem:
			// Its body is checked as SANY checks it (theoremBody), and its
			// name is a definition (TLC evaluates ASSUME T for
			// THEOREM T == e).
			if d := factDef(u); d != nil {
				c.declare(sc, u.Name, &symbol{kind: symDef, def: d})
				c.defs[d.Name.Name] = d
			}
			if u.Body != nil {
				c.theoremBody(sc, u.Body)
			}
			if u.Proof != nil {
				c.proofSteps(u.Proof, -1, nil)
				c.proofNames(proofScope(sc, u.Body), u.Proof)
			}
			if _, ap := u.Body.(*ast.AssumeProve); u.Kind == token.AXIOM && !ap {
				c.assumptionLevel(u.Start, u.Body)
			}
		case *ast.OpDef:
			inner := &scope{parent: sc, syms: map[string]*symbol{}}
			for _, p := range u.Params {
				if prev := inner.syms[p.Name]; prev != nil {
					// SANY's Multiply-defined symbol, naming the first.
					c.errorf(p.NamePos, "multiply-defined symbol %s: it is already the %s declared at %s", p.Name, prev.kind, prev.pos)
					continue
				}
				c.declare(inner, p, &symbol{kind: symParam, arity: paramArity(u, p)})
			}
			c.expr(inner, u.Body)
			if u.Op == token.PRIME {
				// x' == e defines the postfix operator ', which TLA+
				// predefines: SANY refuses it (after the parameter's own
				// clash, as here).
				c.errorf(u.Start, "multiply-defined symbol ': it is built into TLA+ (x' == e would define the postfix operator ')")
				break
			}
			c.declareDef(sc, u)
		case *ast.InstanceDef:
			inner := &scope{parent: sc, syms: map[string]*symbol{}}
			for _, p := range u.Params {
				c.declare(inner, p, &symbol{kind: symParam})
			}
			c.substitutions(inner, u.Start, u.Inst)
			c.missingSubstitutions(inner, u.Start, u.Inst)
			c.instanceLevels(u.Start, u.Inst)
			var m *ast.Module
			if c.im.mods != nil {
				m = c.im.mods[u.Inst.Module.Name]
			}
			c.declare(sc, u.Name, &symbol{kind: symInst, arity: len(u.Params), inst: m, idef: u})
		case *ast.Instance:
			c.substitutions(sc, u.Start, u)
			c.missingSubstitutions(sc, u.Start, u)
			c.instanceLevels(u.Start, u)
			if top {
				c.importInstance(sc, u)
			}
		case *ast.InnerModule:
			c.nestAt(sc, u.Module)
		case *ast.FuncDef:
			for _, b := range u.Bounds {
				c.expr(sc, b.Set)
			}
			// The function is visible in its own body (recursion); a clash
			// is reported once, at the outer declaration.
			inner := &scope{parent: sc, syms: map[string]*symbol{}}
			if sc.lookup(u.Name.Name) == nil && !CoreNames[u.Name.Name] {
				inner.syms[u.Name.Name] = &symbol{name: u.Name.Name, kind: symFunc, pos: u.Name.NamePos}
			}
			c.bindNames(inner, u.Bounds)
			c.expr(inner, u.Body)
			c.declare(sc, u.Name, &symbol{kind: symFunc})
		}
	}
	c.undefinedRecursive(sc)
}

// bindNames declares the names of bounds in sc (the sets were checked in
// the enclosing scope).
func (c *checker) bindNames(sc *scope, bounds []*ast.Bound) {
	for _, b := range bounds {
		if b == nil {
			continue
		}
		for _, id := range b.Names {
			if prev := sc.syms[id.Name]; prev != nil {
				c.errorf(id.NamePos, "multiply-defined symbol %s: it is already the %s declared at %s", id.Name, prev.kind, prev.pos)
				continue
			}
			c.declare(sc, id, &symbol{kind: symBound})
		}
	}
}

// undefined reports a name that is not in scope, with a hint when a
// standard module or a later definition would provide it.
func (c *checker) undefined(id *ast.Ident) {
	msg := fmt.Sprintf("undefined name %s", id.Name)
	if m := moduleOf(id.Name); m != "" {
		msg += fmt.Sprintf(" (it is defined in the standard module %s: add EXTENDS %s)", m, m)
	} else if p, ok := c.later[id.Name]; ok && id.NamePos.Before(p) {
		msg += fmt.Sprintf(" (defined later, at %d:%d: TLA+ requires definition before use)", p.InFile().Line, p.Col)
	}
	c.errorf(id.NamePos, "%s", msg)
}
