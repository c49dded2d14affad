package eval

import (
	"errors"
	"fmt"
	"maps"
	"strings"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/cfg"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// Build compiles a parsed (and checked) module with its configuration.
// Errors are a token.ErrorList.
func Build(mod *ast.Module, conf *cfg.Config) (*Spec, error) {
	return build(newCompiler(mod), mod, conf)
}

func build(c *compiler, mod *ast.Module, conf *cfg.Config) (*Spec, error) {
	if len(c.errs) > 0 {
		c.errs.Sort()
		return nil, c.errs
	}
	c.run.deadlock = conf.CheckDeadlock
	b := &builder{c: c, conf: conf, sp: &Spec{Module: mod, Modules: c.prog, CheckDeadlock: conf.CheckDeadlock, Run: c.run}}
	if mod.Name != nil {
		b.sp.Name = mod.Name.Name
	}
	b.sp.Vars = append([]string(nil), c.varNames...)
	b.constants()
	if len(c.errs) == 0 && !b.refusedBehaviorless() {
		b.randomConstants() // randomconst.go
		b.assumes()
		if b.assumeErr != nil && len(c.errs) == 0 {
			return nil, b.assumeErr
		}
	}
	if len(c.errs) == 0 {
		b.behavior()
		b.checks()
		b.resolveNoNext()
	}
	if len(c.errs) > 0 {
		c.errs.Sort()
		return nil, c.errs
	}
	b.finish()
	return b.sp, nil
}

type builder struct {
	c *compiler
	// partMark is the number of Spec.LiveConsts made before the PROPERTY
	// part being built (partConsts).
	partMark int
	conf     *cfg.Config
	sp       *Spec

	initSteps []step
	// covNextSubst, covInitSubst: Coverage.SpecSubst, InitSubst.
	covNextSubst, covInitSubst [2]token.Pos
	initPos                    token.Pos
	initName                   string
	actions                    []actionDef
	dispatch                   []step // Next's steps, naming the actions (split)
	haveInit                   bool
	haveNext                   bool
	// noBehavior: the cfg names no SPECIFICATION, INIT or NEXT; as in
	// TLC the model has no initial state (only the ASSUMEs are checked).
	noBehavior bool
	// checksErrs: the compile errors made before the cfg's entries were
	// (checks), so that one entry's refusal ends TLC's warnings.
	checksErrs int
	// noNext: the model has no next-state relation (nonext.go), noticed
	// at noNextAt.
	noNext   bool
	noNextAt token.Pos
	fairness []fairDef
	// The coverage trees of the initial predicate and of the cfg's
	// INVARIANTs, CONSTRAINTs and ACTION_CONSTRAINTs (nil without coverage).
	covInit *CovNode
	// covInitMore: the trees of the initial predicate's later conjuncts
	// (covinitparts.go).
	covInitMore                    []*CovNode
	covInv, covCons, covActionCons []*CovNode
	covImpliedBy                   []ast.Expr
	prog                           *program // set by finish, once every slot is allocated
	assumeErr                      *AssumptionError
	// refusal is the pending refusal of a temporal formula TLC cannot
	// handle (liverefusal.go); refused: a PROPERTY entry had one.
	refusal *LiveRefusal
	refused bool
	// exRefusal is the refusal of the outermost bounded \E of a temporal
	// formula being translated (nil outside one): what an error
	// evaluating a constant part inside it becomes (LiveConst.refusal).
	exRefusal *LiveRefusal
}

// ---- constants and assumptions

// cfgBuiltinSubst are SANY's built-in operators without arguments that a
// .cfg may substitute for a constant (C <- TRUE, C <- BOOLEAN: TLC rev
// cc6b616 runs the spec with C that value, golden CfgSubstTrue).
var cfgBuiltinSubst = map[string]value.Value{
	"TRUE": value.True, "FALSE": value.False, "BOOLEAN": value.Boolean, "STRING": value.StringSet,
}

func (b *builder) constants() {
	c := b.c
	var subs []*cfg.Constant    // C <- Op for a declared constant C
	var byConst []*cfg.Constant // C <- K for a declared constant K
	defer func() { b.constantSubsts(subs) }()
	for _, k := range b.conf.Constants {
		name := k.Name.Name
		if k.Subst != nil {
			// C <- Op (or C <- [M] Op): C is replaced by the spec's
			// definition Op, everywhere in the root context (or in module
			// M). C may be a constant, a definition or a built-in (Nat).
			x, ok := c.lookupName(k.Subst.Name, cenv{at: -1})
			if ok && x.kind == eConst && x.arity == 0 && k.Module == nil && x.env == c.root {
				// C <- K with K a declared constant: C is K's value
				// (constantsByConstants), as TLC substitutes it.
				byConst = append(byConst, k)
				continue
			}
			if v, isKw := cfgBuiltinSubst[k.Subst.Name]; !ok && isKw {
				// C <- TRUE: SANY's built-in operator, a constant value.
				if old, decl := c.root.names[name]; decl && old.kind == eConst && old.arity == 0 && k.Module == nil {
					c.consts[name] = v
				} else if decl || isBuiltinName(name) {
					c.overrides[overrideKey{"", name}] = &entry{kind: eValue, val: v, env: c.root}
				} else {
					c.errorf(k.Pos(), "%s <- %s: the module declares or defines no %s", name, k.Subst.Name, name)
				}
				continue
			}
			if !ok || x.kind != eDef {
				c.errorf(k.Subst.Pos(), "%s <- %s: the module defines no operator %s", name, k.Subst.Name, k.Subst.Name)
				continue
			}
			key := overrideKey{"", name}
			if k.Module != nil {
				if c.prog[k.Module.Name] == nil && k.Module.Name != c.mod.Name.Name {
					c.errorf(k.Module.Pos(), "%s <- [%s] %s: the spec uses no module %s", name, k.Module.Name, k.Subst.Name, k.Module.Name)
					continue
				}
				key.mod = k.Module.Name
			} else if old, ok := c.root.names[name]; ok && old.kind == eConst && old.arity > 0 {
				if d, ok := x.node.(*ast.OpDef); !ok || len(d.Params) != old.arity {
					c.errorf(k.Subst.Pos(), "%s <- %s: %s takes %d arguments but the operator constant %s takes %d", name, k.Subst.Name, k.Subst.Name, opArity(x.node), name, old.arity)
					continue
				}
			} else if !ok && !isBuiltinName(name) {
				c.errorf(k.Pos(), "%s <- %s: the module declares or defines no %s", name, k.Subst.Name, name)
				continue
			}
			c.overrides[key] = x
			if old, ok := c.root.names[name]; ok && old.kind == eConst && old.arity == 0 && k.Module == nil {
				subs = append(subs, k)
			}
			continue
		}
		v, err := constValue(c.strs(), k.Value)
		if err != nil {
			c.errs = append(c.errs, err)
			continue
		}
		if k.Module != nil {
			// C = [M] v: the value replaces the definition C of module M.
			if c.prog[k.Module.Name] == nil && k.Module.Name != c.mod.Name.Name {
				c.errorf(k.Module.Pos(), "%s = [%s] ...: the spec uses no module %s", name, k.Module.Name, k.Module.Name)
				continue
			}
			c.overrides[overrideKey{k.Module.Name, name}] = &entry{kind: eValue, val: v, env: c.root}
			continue
		}
		old, ok := c.root.names[name]
		switch {
		case !ok:
			continue // TLC ignores a value for a name the spec does not know
		case old.kind == eDef:
			// TLC lets a cfg value replace a definition.
			c.overrides[overrideKey{"", name}] = &entry{kind: eValue, val: v, env: c.root}
			continue
		case old.kind == eVar:
			// TLC ignores a value for a variable too: the variable keeps
			// its states' values (TLC rev cc6b616, golden HCfgVarConst2).
			continue
		case old.kind != eConst:
			c.errorf(k.Pos(), "CONSTANT %s: %s is not a constant or a definition", name, name)
			continue
		case c.unbound[name]:
			continue // binds nothing (Options.Unbound)
		}
		c.consts[name] = v
	}
	b.constantsByConstants(byConst)
	var missing []*entry
	for name, x := range c.root.names {
		if x.kind != eConst || c.unbound[name] {
			continue
		}
		if _, ok := c.consts[name]; ok {
			continue
		}
		if _, ok := c.overrides[overrideKey{"", name}]; ok {
			continue
		}
		missing = append(missing, x)
	}
	if len(missing) > 0 {
		d := firstMissingConstant(missing, c.mod, c.prog).node.(*ast.ConstDecl)
		c.errorf(d.Name.Pos(), "The constant parameter %s is not assigned a value by the configuration file.", d.Name.Name)
	}
}

// constantSubsts checks each C <- Op replacing a declared constant C (once
// every constant is bound): Op must be constant-level. TLC refuses a
// state-level one (nonConstantSubst: TLC's message 2281, exit 151)
// rather than evaluating it in each state;
// an operator constant F(_) <- G may use variables (TLC evaluates it).
func (b *builder) constantSubsts(subs []*cfg.Constant) {
	c := b.c
	for _, k := range subs {
		x, ok := c.overrides[overrideKey{"", k.Name.Name}]
		if !ok || x.kind != eDef {
			continue
		}
		d, ok := x.node.(*ast.OpDef)
		if !ok || len(d.Params) > 0 {
			continue
		}
		ce := c.levelOf(func() cx { return c.moduleDef(d, x.env, cenv{at: -1}) })
		if ce.x.dep&(depState|depNext) != 0 || ce.prime || ce.temporal {
			c.errorf(k.Subst.Pos(), "%s", c.nonConstantSubst(k.Name.Name, k.Subst.Name, d.Body, x.env))
			continue
		}
		if err := b.substAtLoad(d, ce.x); err != nil {
			b.sp.SplitErr = err
		}
	}
}

// substAtLoad is the failure of TLC's load evaluating x, the definition a
// constant is replaced by (SpecProcessor.processConstantDefns: eval, then
// deepNormalize, a set filter of an enumerable set built there): TLC
// catches its EvalExceptions (the definition is then evaluated where it
// is used), not a set of more than -maxSetSize elements, which stops it
// after "Starting..." (util.WrongInvocationException, exit 255; TLC rev
// cc6b616: C <- Big, Big == {i : i \in 1..2000} or {i \in 1..2000 :
// TRUE} with -maxSetSize 1000, whether C is used or not).
//
// A definition that prints, draws or reads or sets TLC's registers is not
// evaluated here: wspcycle's own evaluation at load (constantValue) is
// the one that prints and draws as TLC's does.
func (b *builder) substAtLoad(d *ast.OpDef, x cx) *Error {
	effects := map[string]bool{"TLCSet": true, "TLCGet": true}
	for _, ops := range []map[string]bool{printingOps, drawingOps} {
		for op := range ops {
			effects[op] = true
		}
	}
	printing := map[string]bool{}
	if b.sp.Module != nil {
		for _, p := range b.c.printingDefs(b.sp.Module) {
			printing[p.Name.Name] = true
		}
	}
	if x.dep&depRun != 0 || usesAny(d.Body, effects, printing) {
		return nil
	}
	v, _, err := b.c.foldEval(x)
	if f, ok := v.(*value.FilterV); ok && err == nil {
		_, err = f.Enum()
	}
	if err == nil {
		return nil
	}
	msg := err.Error()
	if ee := (*Error)(nil); errors.As(err, &ee) {
		msg = ee.Msg
	}
	if !setTooLarge(msg) {
		return nil
	}
	return &Error{Msg: msg}
}

// constantsByConstants gives each C <- K of subs, K a declared constant
// of the root module, K's value, once every cfg value is known (the cfg
// may give K's value after the substitution). TLC accepts such a
// substitution (a model value's constant standing for another constant:
// CONSTANTS L = L ... Leader <- L); K without a value is reported as
// any constant without one, and so is C then.
func (b *builder) constantsByConstants(subs []*cfg.Constant) {
	c := b.c
	for _, k := range subs {
		name := k.Name.Name
		v, ok := c.consts[k.Subst.Name]
		if !ok {
			continue
		}
		old, declared := c.root.names[name]
		switch {
		case declared && old.kind == eConst && old.arity == 0:
			c.consts[name] = v
		case declared && old.kind == eConst:
			c.errorf(k.Subst.Pos(), "%s <- %s: %s takes 0 arguments but the operator constant %s takes %d", name, k.Subst.Name, k.Subst.Name, name, old.arity)
		case declared || isBuiltinName(name):
			c.overrides[overrideKey{"", name}] = &entry{kind: eValue, val: v, env: c.root}
		default:
			c.errorf(k.Pos(), "%s <- %s: the module declares or defines no %s", name, k.Subst.Name, name)
		}
	}
}

func opArity(n ast.Node) int {
	if d, ok := n.(*ast.OpDef); ok {
		return len(d.Params)
	}
	return 0
}

// isBuiltinName reports whether name is a constant or operator of a
// standard module (which a cfg may replace: Nat <- MCNat).
func isBuiltinName(name string) bool {
	_, ok := builtinConsts[name]
	_, run := tlcRunNames[name]
	return ok || run || isBuiltin(name)
}

// constValue turns a cfg value into a value: a bare name is a model value.
func constValue(strs *value.Strings, e ast.Expr) (value.Value, *token.Error) {
	switch e := e.(type) {
	case *ast.Number:
		return value.Int(e.Value), nil
	case *ast.String:
		return strs.Str(e.Value), nil
	case *ast.Bool:
		return value.Bool(e.Value), nil
	case *ast.Ident:
		return strs.Model(e.Name), nil
	case *ast.Paren:
		return constValue(strs, e.X)
	case *ast.Unary:
		if e.Op == token.MINUS {
			if n, ok := e.X.(*ast.Number); ok {
				return value.Int(-n.Value), nil
			}
		}
	case *ast.SetEnum:
		elems, cerr := constValues(strs, e.Elems)
		if cerr != nil {
			return nil, cerr
		}
		s, err := value.NewSetChecked(elems)
		if err != nil {
			return nil, token.Errorf(e.Pos(), "%v", err)
		}
		return s, nil
	case *ast.Tuple:
		elems, err := constValues(strs, e.Elems)
		if err != nil {
			return nil, err
		}
		return value.TupleOf(elems), nil
	}
	return nil, token.Unsupported(e.Pos(), "constant value of this form in the configuration")
}

// constValues is constValue of each of xs, stopping at the first error.
func constValues(strs *value.Strings, xs []ast.Expr) ([]value.Value, *token.Error) {
	elems := make([]value.Value, len(xs))
	for i, x := range xs {
		v, err := constValue(strs, x)
		if err != nil {
			return nil, err
		}
		elems[i] = v
	}
	return elems, nil
}

// refusedBehaviorless reports whether the cfg names no SPECIFICATION,
// INIT or NEXT for a spec that has variables: TLC refuses that ("did not
// specify the initial state predicate") as it processes the cfg, after
// the constants' values and before it evaluates any assumption, so an
// assumption that would be false (SimKnuthYao's on TLCGet("config")) is
// not evaluated. A spec without variables has only its assumptions
// checked (behavior's noBehavior).
func (b *builder) refusedBehaviorless() bool {
	conf := b.conf
	return conf.Spec == nil && conf.Init == nil && conf.Next == nil && len(b.c.varNames) > 0
}

func (b *builder) assumes() {
	c := b.c
	b.assumesOf(c.mod, c.root, map[*ast.Module]bool{})
}

// assumesOf checks the assumptions of m and of the modules it extends
// (first), as TLC checks every ASSUME of the spec: a false one is TLC's
// "Assumption ... is false." (AssumptionError, exit 10).
func (b *builder) assumesOf(m *ast.Module, env *modEnv, seen map[*ast.Module]bool) {
	c := b.c
	if seen[m] {
		return
	}
	seen[m] = true
	for _, x := range m.Extends {
		if xm := c.prog[x.Name]; xm != nil {
			b.assumesOf(xm, c.newEnv(xm, nil), seen)
		}
	}
	for _, u := range m.Units {
		a, ok := u.(*ast.Assume)
		if !ok {
			continue
		}
		if b.assumeErr != nil {
			// TLC stops at the first assumption that is false or fails
			// (rev cc6b616): a later one is not evaluated, and what it
			// would print (Print, PrintT) or set (TLCSet) is not done.
			return
		}
		x, errs := c.constExpr(a.Expr, cenv{m: env, at: -1})
		if len(errs) > 0 {
			continue
		}
		k := b.ctxForCompile()
		v, err := evalBool(k, x)
		if err != nil {
			var ee *Error
			if !errors.As(err, &ee) {
				// An error of package value no node raised (a set
				// too large to build, met inside a value's method):
				// TLC's assumption failed all the same, with the cause
				// alone (TLC rev cc6b616, -maxSetSize 100 on
				// Examples' Stones; golden setbound/AsmRec).
				ee = &Error{Pos: ast.Unparen(a.Expr).Pos(), Msg: err.Error()}
			}
			if b.assumeErr == nil {
				name := c.nodeName(a.Expr, m.Name.Name)
				cause := ee.Msg
				if !setTooLarge(ee.Msg) {
					cause += c.errorRange(ee)
				}
				if v, ok := notBoolAt(err, x); ok && v != nil {
					// TLC_EXPECTED_VALUE (2215) naming the ASSUME's
					// expression on the same line (E18: ASSUME 3).
					cause = "TLC expected a boolean value, but did not find one. " + name
				}
				b.assumeErr = &AssumptionError{Pos: ee.Pos, Failed: true,
					Msg: "Evaluating assumption " + name + " failed.\n" + cause}
			}
			continue
		}
		if !v && b.assumeErr == nil {
			b.assumeErr = &AssumptionError{Pos: ast.Unparen(a.Expr).Pos(), Msg: "Assumption " + c.nodeName(a.Expr, m.Name.Name) + " is false."}
		}
	}
}

// ctxForCompile is a context for evaluating constants during compilation.
func (b *builder) ctxForCompile() *ctx {
	return b.c.constCtx()
}

// ---- Init, Next and fairness

func (b *builder) behavior() {
	c := b.c
	conf := b.conf
	switch {
	case conf.Spec != nil:
		if conf.Init != nil || conf.Next != nil {
			c.errorf(conf.Spec.Pos(), "the configuration has both SPECIFICATION and INIT/NEXT")
			return
		}
		x, ok := c.lookupName(conf.Spec.Name, cenv{at: -1})
		var d *ast.OpDef
		if ok && x.kind == eDef {
			d, _ = x.node.(*ast.OpDef)
		}
		if d == nil || len(d.Params) > 0 {
			c.errorf(conf.Spec.Pos(), "SPECIFICATION %s: no such definition without parameters", conf.Spec.Name)
			return
		}
		b.sp.SpecDef = d
		b.specConjuncts(d.Body, cenv{m: x.env, at: -1}, nil)
		if !b.haveInit {
			c.errorf(conf.Spec.Pos(), "SPECIFICATION %s has no initial predicate", conf.Spec.Name)
		}
		if !b.haveNext && b.haveInit {
			b.missingNext(conf.Spec.Pos()) // nonext.go
		}
	case conf.Init != nil && conf.Next != nil:
		if b.refuseConstant(conf.Init, "INIT") || b.refuseConstant(conf.Next, "NEXT") {
			return // TLC's error (constcfg.go)
		}
		b.setInit(conf.Init, cenv{at: -1})
		b.setNext(conf.Next, cenv{at: -1})
	case conf.Init != nil:
		if b.refuseConstant(conf.Init, "INIT") {
			return // TLC's error (constcfg.go)
		}
		b.setInit(conf.Init, cenv{at: -1})
		b.missingNext(conf.Init.Pos()) // nonext.go
	case conf.Next != nil:
		c.errorf(conf.Next.Pos(), "the configuration has NEXT but no INIT")
	default:
		// TLC then only checks the assumptions: no initial state.
		b.noBehavior = true
	}
}

// setInit adds an initial predicate conjunct. A specification may have
// several (Init /\ Init2 /\ [][Next]_v): TLC conjoins every state-level
// conjunct of the specification into the initial predicate and evaluates
// them in order, which is what running their steps one after the other
// does (the steps of a conjunction are the concatenation of its
// conjuncts'). The first one names the initial predicate in messages.
func (b *builder) setInit(e ast.Expr, en cenv) {
	en.init = true
	part := InitPart{Expr: e, Label: "Initial predicate " + b.c.nodeName(e, b.c.env(en).mod.Name.Name)}
	if d, de, ok := b.c.userOp(e, en); ok {
		part.Name, part.DefPos = d.Name.Name, d.Pos()
		part.Label = d.Name.Name + " " + b.c.nodeName(d.Body, b.c.env(de).mod.Name.Name)
		if l, ok := b.c.substLabel(d, en, de); ok {
			part.Label = l // TLC's SubstInNode, located at the INSTANCE (tlcsubst.go)
		} else if l, ok := b.c.specSubstLabel(d, en); ok {
			part.Label = l
		}
	}
	b.sp.InitParts = append(b.sp.InitParts, part)
	if b.c.cs != nil {
		// The replay: the steps of what TLC's generator is given.
		steps := b.c.csInitAction(e, en)
		if !b.haveInit {
			b.haveInit = true
			b.initPos, b.initName = e.Pos(), "Init"
			if d, _, ok := b.c.userOp(e, en); ok {
				b.initPos, b.initName = d.Pos(), d.Name.Name
			}
		}
		b.initSteps = append(b.initSteps, steps...)
		return
	}
	if b.haveInit {
		if b.c.covOn {
			// A later conjunct is a predicate of its own in TLC's report,
			// with its own tree (covinitparts.go).
			b.initSteps = append(b.initSteps, b.covInitPart(e, en)...)
			return
		}
		b.initSteps = append(b.initSteps, b.c.initAction(e, en)...)
		return
	}
	b.haveInit = true
	b.initPos, b.initName = e.Pos(), "Init"
	b.sp.InitLabel = "Initial predicate " + b.c.nodeName(e, b.c.env(en).mod.Name.Name)
	body, benv := e, en
	if d, de, ok := b.c.userOp(e, en); ok {
		b.initPos, b.initName = d.Pos(), d.Name.Name
		b.sp.InitLabel = d.Name.Name + " " + b.c.nodeName(d.Body, b.c.env(de).mod.Name.Name)
		if l, ok := b.c.substLabel(d, en, de); ok {
			b.sp.InitLabel = l // TLC's SubstInNode, located at the INSTANCE (tlcsubst.go)
		} else if l, ok := b.c.specSubstLabel(d, en); ok {
			b.sp.InitLabel = l
		}
		// TLC's tree of the initial predicate starts at its body.
		body, benv = d.Body, de
	}
	if b.c.covOn {
		b.covInitSubst = b.c.covSubstOf(en)
		b.covInit = b.c.covRoot(func() { b.initSteps = b.c.initAction(body, benv) })
		return
	}
	switch ast.Unparen(body).(type) {
	case *ast.Number, *ast.String:
		// Init == 1: the literal is the part TLC's generator fails on,
		// and the node on its stack (constcfg.go literalBody).
		b.initSteps = b.c.initAction(body, benv)
		return
	}
	b.initSteps = b.c.initAction(e, en)
}

func (b *builder) setNext(e ast.Expr, en cenv) {
	if b.haveNext {
		b.c.errorf(e.Pos(), "unsupported: a specification with more than one [][Next]_vars conjunct")
		return
	}
	b.haveNext = true
	c := b.c
	// Written in an instance with substitutions (a SPECIFICATION of
	// the instance), Next is TLC's one action (tlcsubst.go).
	b.covNextSubst = c.covSubstOf(en)
	// A disjunct that applies no operator of its own is named by the
	// next-state relation's definition, as TLC names it (MyNext's
	// disjuncts are "MyNext" actions); an inline [][A]_v has none, and its
	// actions are TLC's "Action". [] or <> in it is TLC's evaluation
	// error (primerun.go).
	c.retryAtRun(false, func() {
		c.nsplit = 0
		c.covParts, c.covOrder = nil, nil
		b.actions, b.dispatch = c.split(e, en, "", token.Pos{}, nil, nil)
	})
	if b.sp.SplitErr == nil {
		top, ten := e, en
		if id, ok := e.(*ast.Ident); ok && b.conf != nil && id == b.conf.Next {
			if d, de, ok := c.userOp(e, en); ok && len(d.Params) == 0 {
				top, ten = d.Body, de // the cfg's NEXT: its body is walked
			}
		}
		b.sp.SplitErr = c.splitLiteral(top, ten)
	}
}

// specConjuncts decomposes Init /\ [][Next]_v /\ WF_v(A) /\ ... . Under
// \A x \in S (S constant) each conjunct is expanded once per element, as
// TLC does; binds holds the bound names' values on the way (fairness
// conjuncts only may be quantified).
func (b *builder) specConjuncts(e ast.Expr, en cenv, binds []fairBind) {
	c := b.c
	switch e := e.(type) {
	case *ast.Paren:
		b.specConjuncts(e.X, en, binds)
		return
	case *ast.Junction:
		if e.Op == token.AND {
			for _, it := range e.Items {
				b.specConjuncts(it, en, binds)
			}
			return
		}
	case *ast.Binary:
		if e.Op == token.AND {
			b.specConjuncts(e.X, en, binds)
			b.specConjuncts(e.Y, en, binds)
			return
		}
	case *ast.Unary:
		if e.Op == token.BOX && len(binds) == 0 {
			if ba, ok := ast.Unparen(e.X).(*ast.BoxAction); ok {
				b.setNext(ba.Action, en)
				return
			}
			if b.boxOfState(ast.Unparen(e.X), en) {
				// TLC cannot handle []S with S of constant or state level
				// (SANY's level: a parameter's is constant) as a conjunct
				// of the specification (processConfigSpec).
				b.refuse(e.X, en, false)
				if b.sp.SpecRefusal == nil {
					b.sp.SpecRefusal = b.refusal
				}
				b.refusal = nil
				return
			}
		}
	case *ast.Fairness:
		b.addFairness(e, en, binds)
		return
	case *ast.Quant:
		if e.Op == token.FORALL {
			bs, ben := c.bounds(e.Bounds, en)
			var sets [][]value.Value
			for _, bd := range bs {
				if bd.set.dep != 0 {
					c.errorf(e.Pos(), "unsupported: fairness quantified over a set that is not constant")
					return
				}
				elems, err := evalElems(b.ctxForCompile(), bd.set)
				if err != nil {
					c.errorf(e.Pos(), "%v", err)
					return
				}
				sets = append(sets, elems)
			}
			combos := [][]value.Value{nil}
			for _, elems := range sets {
				var next [][]value.Value
				for _, combo := range combos {
					for _, v := range elems {
						next = append(next, append(append([]value.Value(nil), combo...), v))
					}
				}
				combos = next
			}
			for _, combo := range combos {
				inner := append([]fairBind(nil), binds...)
				for i := range bs {
					inner = append(inner, fairBind{b: &bs[i], v: combo[i], names: bindNames(ben, &bs[i])})
				}
				b.specConjuncts(e.Body, ben, inner)
			}
			return
		}
	case *ast.Let:
		// TLC goes through a LET to its body, and through a parameter
		// to its argument (K(Init, x' = 1) with K(a, b) == a is Init).
		le, _ := c.letScopeMemo(e, en)
		for sc := le.sc; sc != nil && sc != en.sc; sc = sc.parent {
			sc.memo = -1 // evaluated outside the LET's own evaluation
		}
		b.specConjuncts(e.Body, le, binds)
		return
	case *ast.Ident, *ast.OpApp, *ast.ModRef:
		if id, ok := e.(*ast.Ident); ok {
			if a := en.sc.lookup(id.Name); a != nil && a.kind == bArg && a.arg != nil {
				b.specConjuncts(a.arg, a.argEnv, binds)
				return
			}
		}
		if d, de, ok := c.userOp(e, en); ok {
			if len(binds) == 0 && c.levelBound(e, en) <= 1 {
				b.setInit(e, en)
				return
			}
			b.specConjuncts(d.Body, de, binds)
			return
		}
	}
	// TLC's SpecProcessor (processConfigSpec) sorts a conjunct by its
	// level bound (levelBound): E2(En(Next)) with E2(a) == a = TRUE is an
	// action for TLC, whatever ENABLED hides.
	_, boxAction := ast.Unparen(e).(*ast.BoxAction)
	if len(binds) == 0 && (boxAction || c.levelBound(e, en) == 2) {
		// An action that is no [][A]_v, e.g. [Next]_v: TLC refuses it
		// before it computes any state (EC.TLC_CANT_HANDLE_CONJUNCT).
		c.errorf(e.Pos(), "TLC cannot handle this conjunct of the spec:\n%s", c.nodeName(e, c.env(en).mod.Name.Name))
		return
	}
	if len(binds) == 0 && b.isStatePred(e, en) {
		b.setInit(e, en)
		return
	}
	if b.liveLevel(e, en) == 0 {
		// Another temporal formula (TLC's liveness checker takes every
		// temporal conjunct of the specification as a fairness
		// condition): behaviours violating it are not behaviours of the
		// specification.
		pc := propCtx{}
		for _, fb := range binds {
			pc.binds = append(pc.binds, propBind{bd: *fb.b, v: fb.v})
		}
		if f, ok := b.live(e, en, pc); ok {
			b.sp.FairnessFormulas = append(b.sp.FairnessFormulas, f)
		} else if b.refusal != nil {
			b.registerRefusal()
		}
		return
	}
	c.errorf(e.Pos(), "unsupported: specification conjunct of this form (expected Init, [][Next]_vars, WF_vars(A) or SF_vars(A), or \\A x \\in S of fairness conditions)")
}

// fairBind is one bound name of a quantifier around fairness conditions,
// with the value it has in one expanded copy.
type fairBind struct {
	b     *binder
	v     value.Value
	names []string
}

// bindNames lists the names a binder binds (one, or those of a tuple).
func bindNames(en cenv, bd *binder) []string {
	out := make([]string, len(bd.slots))
	for i, s := range bd.slots {
		out[i] = nameOfSlot(en, s)
	}
	return out
}

// constExpr compiles e where only constants may appear (an ASSUME, a
// SYMMETRY, a POSTCONDITION); errs are the errors it added to c.errs.
func (c *compiler) constExpr(e ast.Expr, en cenv) (x cx, errs token.ErrorList) {
	nerr := len(c.errs)
	c.constOnly = true
	x = c.expr(e, en)
	c.constOnly = false
	return x, c.errs[nerr:]
}

// isStatePred compiles e on the side to see whether it is a state
// predicate (no primes, no temporal operators); its errors are dropped.
func (b *builder) isStatePred(e ast.Expr, en cenv) bool {
	prime, temporal, ok := b.c.trial(e, en)
	return ok && !prime && !temporal
}

// trial compiles e on the side and reports whether it saw a prime or a
// temporal operator, and whether it compiled without error. The trial is
// then forgotten entirely (errors, memoised definitions, recursive
// functions), so that the errors it drops are reported when the
// expression is compiled for real.
func (c *compiler) trial(e ast.Expr, en cenv) (prime, temporal, ok bool) {
	prime, temporal, _, ok = c.trialDep(e, en)
	return prime, temporal, ok
}

// trialDep is trial that also reports the compiled expression's
// dependencies (dep: the state, the next state, ...). Every memo the
// compilation fills is put back as it was (a recursive operator compiled
// in the trial would otherwise be used again as it was compiled there:
// outside its coverage tree), and so are the coverage nodes it made.
//
// It folds as the search's load does, even in the spec loaded for TLC's
// replay (csfold.go), so that both loads decide alike: a constant whose
// folding fails is known by it (depSide: constantLevel, liveConst).
func (c *compiler) trialDep(e ast.Expr, en cenv) (prime, temporal bool, dep uint8, ok bool) {
	c.atTLCStartup(func() { prime, temporal, dep, ok = c.trialDep1(e, en) })
	return prime, temporal, dep, ok
}

func (c *compiler) trialDep1(e ast.Expr, en cenv) (prime, temporal bool, dep uint8, ok bool) {
	x, prime, temporal, ok := c.trialCompile(e, en)
	return prime, temporal, x.dep, ok
}

// trialCompile compiles e in en and leaves the compiler as it was: x
// is only to be evaluated or inspected, prime and temporal say whether
// e has a prime or a temporal operator, ok whether it compiled.
func (c *compiler) trialCompile(e ast.Expr, en cenv) (x cx, prime, temporal, ok bool) {
	nerr, prime0, temporal0 := len(c.errs), c.sawPrime, c.temporal
	cache, recs := maps.Clone(c.cache), maps.Clone(c.recs)
	recOpTable := c.recOps
	var recOps map[recOpKey]*recOp
	if recOpTable != nil {
		recOps = maps.Clone(recOpTable.inst)
	}
	cov, ncov := c.cov, 0
	if cov != nil {
		ncov = len(cov.Children)
	}
	if c.noState {
		// The recursive operators and functions compiled reading the
		// state are compiled again, reading none (restored below).
		c.recs = map[recKey]*recFcn{}
		if recOpTable != nil {
			recOpTable.inst = map[recOpKey]*recOp{}
		}
	}
	c.sawPrime, c.temporal = false, false
	x = c.expr(e, en)
	prime, temporal, ok = c.sawPrime, c.temporal, len(c.errs) == nerr
	c.errs = c.errs[:nerr]
	c.cache, c.recs = cache, recs
	if c.recOps = recOpTable; recOpTable != nil {
		recOpTable.inst = recOps
	}
	cov.truncate(ncov)
	c.sawPrime, c.temporal = prime0, temporal0
	return x, prime, temporal, ok
}

type fairDef struct {
	name   string
	strong bool
	steps  []step
	sub    cx // the subscript, current state
	subNxt cx // the subscript, next state
	binds  []fairBind
	// en* are steps and subNxt compiled for ENABLED, which TLC computes
	// over an instance's own variables (enabledcut.go); enSize is the
	// length of its next state (0: the spec's).
	enSteps  []step
	enSubNxt cx
	enSize   int
	// formulasBefore: the temporal formulas of the specification's
	// conjuncts before it (Fairness.FormulasBefore).
	formulasBefore int
}

// fairEnabled compiles the ENABLED part of fairness f in en into def.
func (c *compiler) fairEnabled(def *fairDef, f *ast.Fairness, en cenv) {
	steps, cut := c.enabledAction(f.Action, en)
	if cut == nil {
		def.enSteps, def.enSubNxt = def.steps, def.subNxt
		return
	}
	ne := en
	ne.primed = true
	def.enSteps = steps
	cut.sub = true
	def.enSubNxt = c.underCut(cut, func() cx { return c.expr(f.Sub, ne) })
	cut.sub = false
	def.enSize = cut.size()
}

func (b *builder) addFairness(f *ast.Fairness, en cenv, binds []fairBind) {
	b.c.covSink(func() { b.addFairnessIn(f, en, binds) }) // covlive.go
}

func (b *builder) addFairnessIn(f *ast.Fairness, en cenv, binds []fairBind) {
	c := b.c
	steps := c.action(f.Action, en)
	sub := c.expr(f.Sub, en)
	ne := en
	ne.primed = true
	subNxt := c.expr(f.Sub, ne)
	kind := "WF_"
	if f.Op == token.SF {
		kind = "SF_"
	}
	subst := map[string]string{}
	for _, bd := range binds {
		if len(bd.names) == 1 {
			subst[bd.names[0]] = bd.v.String()
			continue
		}
		if t, ok := bd.v.(*value.FcnV); ok && t.Len() == len(bd.names) {
			for i, n := range bd.names {
				subst[n] = t.At(i).String()
			}
		}
	}
	name := kind + exprString(f.Sub, nil) + "(" + exprString(f.Action, subst) + ")"
	def := fairDef{name: name, strong: f.Op == token.SF, steps: steps, sub: sub, subNxt: subNxt, binds: binds,
		formulasBefore: len(b.sp.FairnessFormulas)}
	c.fairEnabled(&def, f, en)
	b.fairness = append(b.fairness, def)
}

func nameOfSlot(en cenv, slot int) string {
	for s := en.sc; s != nil; s = s.parent {
		if s.kind == bSlot && s.slot == slot {
			return s.name
		}
	}
	return ""
}

// exprString prints simple expressions (names, applications, tuples) for
// labels, replacing the names in subst.
func exprString(e ast.Expr, subst map[string]string) string {
	switch e := e.(type) {
	case *ast.Ident:
		if s, ok := subst[e.Name]; ok {
			return s
		}
		return e.Name
	case *ast.Number:
		return e.Lit
	case *ast.String:
		return fmt.Sprintf("%q", e.Value)
	case *ast.Paren:
		return "(" + exprString(e.X, subst) + ")"
	case *ast.OpApp:
		parts := make([]string, len(e.Args))
		for i, a := range e.Args {
			parts[i] = exprString(a, subst)
		}
		return e.Name.Name + "(" + strings.Join(parts, ", ") + ")"
	case *ast.Tuple:
		parts := make([]string, len(e.Elems))
		for i, a := range e.Elems {
			parts[i] = exprString(a, subst)
		}
		return "<<" + strings.Join(parts, ", ") + ">>"
	}
	return "..."
}
