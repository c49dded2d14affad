package eval

import (
	"io"
	"sync"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/span"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// Dependencies of a compiled expression. An expression with none is
// evaluated once, at compile time (TLC does the same for constant
// definitions); this is what makes `Free = Slots` cost one lookup.
const (
	depState uint8 = 1 << iota // reads the current state
	depNext                    // reads the next state
	depEnv                     // reads a bound variable
	depSide                    // has an effect (Print) or must stay lazy
	depRun                     // reads the run, as RandomElement does (tlcrun.go)
	// depRec: applies a recursive operator or function, whose body may
	// not be compiled yet, so it is never evaluated while compiling; but
	// it is pure, unlike depSide: a LET definition using it is memoised,
	// and a constant-level definition using it is evaluated once, when
	// first needed (onceValue).
	depRec
	// depPending: applies a recursive definition whose body is still
	// being compiled, so what it reads is not known yet: never evaluated
	// once for all (a definition used inside that body).
	depPending
)

// cx is a compiled expression.
type cx struct {
	fn  evalFn
	dep uint8
	// fresh: x has no dependencies but was left unfolded because its
	// value prints in the order it was built (fold): a use that TLC
	// binds to a LazyValue (a LET definition, an argument by need)
	// still keeps its value for that evaluation, in a memo slot.
	fresh bool
	pos   token.Pos
	// into, when not nil (an EXCEPT), is fn building its result in the
	// function *slot when it can (allocating one into *slot when *slot
	// is nil or too small): see ctx.scratch.
	into func(k *ctx, slot **value.FcnV) (value.Value, error)
	// lazy, when not nil, is the set of a constant expression fold
	// replaced by its enumeration: x \in S asks it, as TLC asks its
	// SetOfFcnsValue, SubsetValue, ... (whose member compares x with the
	// set's definition, not with its elements: [a |-> 1] \in [1..1 -> S]
	// and m \in SUBSET {1} are errors, golden MemFolded).
	lazy value.SetValue
}

// bindKind says what a name in a scope stands for.
type bindKind uint8

const (
	bSlot   bindKind = iota // a bound variable in an env slot
	bArg                    // an operator parameter: the argument, by name
	bLetOp                  // a LET operator definition
	bRecFcn                 // a recursive function definition
	bInst                   // a LET instance CC == INSTANCE M ... (used as CC!Op)
)

// scope is a linked list of names bound around an expression.
type scope struct {
	name   string
	kind   bindKind
	slot   int
	arg    ast.Expr
	argEnv cenv
	op     *ast.OpDef
	opEnv  *scope
	rec    *recFcn
	inst   *ast.InstanceDef // bInst: its context is built in argEnv
	parent *scope

	// LET definitions without parameters: the memo slot (-1: none) and the
	// body compiled once for unprimed uses.
	memo    int
	memoX   *compiled
	memoBad bool
	// letMode (bLetOp) tells how TLC binds the definition (letmode.go):
	// letEval in a LET TLC evaluates as an expression, letGen in one its
	// generator of states walks.
	letMode uint8

	// cov (coverage.go): for bArg, the node of the application whose
	// argument this is; for bLetOp, the node the LET is compiled under.
	cov *CovNode
	// covAtUse (bLetOp, covlet.go): a LET definition of an action or of
	// the initial predicate under coverage, evaluated at each use.
	covAtUse bool
	// covSplit (with covAtUse): the LET is one TLC's split of Next peels
	// (covlet.go).
	covSplit bool
	// covLast (bLetOp): the node listed under the definition's last use
	// (covletroot.go).
	covLast *CovNode
	// covRec (bArg): a parameter of a RECURSIVE operator bound by name,
	// whose argument counts at its first read (covrecarg.go); (bSlot) a
	// value parameter of one, likewise (covreclazy.go).
	covRec *covRecParam

	// argErr (bSlot): a value parameter of a RECURSIVE operator, whose
	// argument may have failed to evaluate (ctx.argErrs).
	argErr bool

	// byNeed (bArg): the argument is evaluated at most once per
	// application, in the memo slot (byneed.go); memoX and memoBad as for
	// a LET definition.
	byNeed bool
	// effectArg (bArg): the argument prints, draws or reads or sets TLC's
	// registers (effectfulArg), so it is kept by need even where a pure
	// one is not: TLC evaluates it once per application (lazyarg.go).
	effectArg bool
	// argVal (bArg): the argument's value, evaluated once where TLC's
	// split of Next evaluates it (splitArgs): every use is that value.
	argVal *cx
}

func (s *scope) lookup(name string) *scope {
	for ; s != nil; s = s.parent {
		if s.name == name {
			return s
		}
	}
	return nil
}

// cenv is the compile-time environment of an expression.
type cenv struct {
	m      *modEnv // the module context of the expression (nil: the root context)
	sc     *scope
	primed bool // variables denote their next-state values
	init   bool // compiling Init: unprimed variables denote the state being built
	at     int  // slot of @ inside an EXCEPT update, or -1
}

func (e cenv) with(s *scope) cenv { e.sc = s; return e }

// compiler turns a module into closures.
type compiler struct {
	// keepCons: function constructors whose compiled binders and body
	// funcCons keeps in the recPoint given, for a point application to
	// evaluate the body at one point (recpoint.go's nested constructors).
	keepCons map[*ast.FuncCons]*recPoint
	// covPointed: the applications covCountedApp compiled, evaluated at
	// the point already (lambdaPoint keeps them).
	covPointed map[*ast.FuncApp]bool
	// covDomOnly is set while covCountedApp's function is compiled
	// (CovNode.domOnly): the definitions it expands are cached apart.
	covDomOnly int
	// selFrames are, for a selection a choice's leaf makes again of its
	// branch (reselect), the frames TLC's call stack shows for it: the
	// selection written, then the choices (lambdachoice.go).
	selFrames map[ast.Expr][]ast.Expr
	// recSibs counts the siblings recApp made, each binding a recursive
	// function's binders for the body it resolved to: a selection whose
	// siblings bind names has no value of its own (selGeneral).
	recSibs int
	// javaArith is javaArithModule's answer, computed once.
	javaArithOnce sync.Once
	javaArith     string
	// unchAt, while an UNCHANGED's variables are listed, collects the
	// names that denote them (warnunch.go).
	unchAt *[]*ast.Ident
	// inEnabled: compiling the action of an ENABLED.
	inEnabled bool
	// argAtSplit are the arguments with effects Next's split evaluated
	// (splitArgs), kept for a second compilation of the split.
	argAtSplit map[ast.Expr]value.Value
	// printDefs are the definitions without parameters that print, whose
	// constant value is computed once (randomconst.go, constantValue).
	printDefs map[*ast.OpDef]bool
	mod       *ast.Module
	prog      map[string]*ast.Module // the modules of the spec by name (not the standard ones)
	root      *modEnv                // the root module in the root context
	// stdFirstCache: stdFirst's answers.
	stdFirstCache map[stdFirstKey]bool
	// stdSyms are the applications of symbols that stdSymbolApp built
	// for J!op of a standard module's instance: the module's operator,
	// whatever definition of the symbol is in scope (stdinst.go).
	stdSyms map[ast.Expr]bool

	rootEnvs map[*ast.Module]*modEnv
	loading  map[*ast.Module]bool
	// overrides are the cfg's replacements: C <- Op, C <- [M] Op, and a
	// value for a name the module defines (C = v).
	overrides map[overrideKey]*entry
	consts    map[string]value.Value
	vars      map[string]int
	varNames  []string
	varDecls  []token.Pos // where each variable is declared (unassignedVar)
	nslots    int
	nrecs     int
	nsplit    int       // actions split so far (split)
	app       *appFrame // the application split is in (tlcframes.go)
	fcnBodies map[fcnKey]*fcnBody
	// recActions are the bodies of RECURSIVE operators applied as
	// actions (recaction.go).
	recActions map[recActionKey]*fcnBody
	recSplit   int // recursive actions being unfolded by the split (maxRecSplit)
	depth      int
	// unchDepth counts the definitions UNCHANGED's walkers are inside
	// (unchangedVars, unchangedSplit): a recursive R == <<a, R>> under
	// UNCHANGED stops them at maxInline, and is then evaluated, where
	// the evaluator's depth limit gives TLC's stack overflow.
	unchDepth int
	cut       *enabledCut // an ENABLED in an instance context is being compiled (enabledcut.go)
	nest      int         // the depth of expr calls in progress (see maxNest)
	cache     map[defKey]compiled
	recs      map[recKey]*recFcn
	recOps    *recOpTable             // RECURSIVE operators (recursive.go)
	facts     map[ast.Unit]*ast.OpDef // named ASSUMEs and THEOREMs as definitions (factDef)
	errs      token.ErrorList
	out       io.Writer
	minRead   int  // the smallest slot read by the expression being compiled
	sawPrime  bool // set whenever a prime (or UNCHANGED, ENABLED of an action) is compiled
	temporal  bool // set whenever a temporal operator is met in an expression
	// temporalRun: compiling an action constraint, where []e and <>e are
	// TLC's evaluation error (temporalrun.go).
	temporalRun bool
	// primeRun: compiling a CONSTRAINT, VIEW or INIT, where a primed
	// variable is TLC's evaluation error (primerun.go).
	primeRun bool
	// metRun: set whenever a prime or a temporal operator is compiled
	// under primeRun or temporalRun (defcache.go).
	metRun bool
	// runCache holds the definitions whose compile met primeRun's or
	// temporalRun's errors, by the flags (defcache.go).
	runCache map[runKey]compiled
	// nexprs counts the expressions compiled (expr), for the tests that
	// hold compile work linear in shared definitions.
	nexprs int
	kconst *ctx
	run    *Run // what TLC's run-dependent operators read (tlcrun.go)
	// constOnly: an ASSUME is being compiled, where a variable is an
	// error (the expression is evaluated once, with no state).
	constOnly bool
	// loadTrial: a trial compile asks whether TLC's evaluation of a
	// definition at load reads a variable (loadlevel.go): TLCGet, which
	// reads the run, not the state, there, is depRun rather than
	// depState.
	loadTrial bool
	// lbTLA: levelBoundTLA is under way (overrides at their TLA+
	// definitions' level).
	lbTLA bool
	// lbMemo and lbCuts: the levels of definitions levelBound computed
	// (lbDef).
	lbMemo map[lbKey]int
	lbCuts int
	// noState: the POSTCONDITION is being compiled (with constOnly), which
	// TLC evaluates without a state: a variable is its evaluation error
	// (postcondition.go).
	noState bool
	// partialState: the current state may lack variables (the action of an
	// ENABLED in the initial predicate runs from the state built so far):
	// reading one is TLC's error (enabledInInit).
	partialState bool
	inAlias      bool        // the cfg's ALIAS is being compiled (CounterExample: tlcext.go)
	spans        *span.Files // the source files, for TLC's names of nodes by range (nodename.go)

	// raising holds, while the ALIAS is compiled, the compile errors fail
	// recorded: each raised by the expression fail returned, if ever
	// evaluated (alias.go).
	raising map[*token.Error]bool

	// While a guard is compiled (see guard), the slots it reads, and
	// whether it uses a definition compiled once whose reads are not seen
	// again (a function definition).
	tracking    bool
	guardReads  []int
	guardOpaque bool

	// Coverage (coverage.go): covOn when the spec is compiled with TLC's
	// coverage, cov the node the expression being compiled belongs under,
	// covNoSelf a conjunct whose own evaluations TLC does not count.
	covOn bool
	// extraStd are the standard modules TLC loads beyond the spec's
	// (Options.ExtraStd).
	extraStd []string
	// postFlag: the cfg's POSTCONDITION is TLC's -postCondition
	// MODULE!OP (Options.PostconditionFlag).
	postFlag bool
	// unbound: the constants TLC never binds (Options.Unbound).
	unbound map[string]bool
	// loadVals: under coverage, the values the definitions that print or
	// draw got at load (covload.go).
	loadVals map[loadKey]compiled
	// loadFailed: under coverage, the definitions that print or draw
	// whose evaluation at load failed (covload.go).
	loadFailed map[*ast.OpDef]bool
	// covWalkLet: the LET the action compiler is about to bind (covlet.go).
	covWalkLet *ast.Let
	// covSplitLet: the LET the split of Next is about to bind (covlet.go).
	covSplitLet *ast.Let
	// covLetUses: how many uses of such definitions enclose the expression
	// being compiled (covlambda.go).
	covLetUses int
	// covTabled: the arguments of PrintT or ToString being
	// compiled, which TLC turns into tables (covprint.go).
	covTabled map[ast.Expr]tableUse
	// covArgConst is a running count of the uses of constant arguments
	// compiled. Only its changes matter: an expression compares it before
	// and after its own compilation to learn whether such a use is under
	// it, in which case it must not be folded (coverage.go).
	covArgConst int
	// covArgs are the arguments covArgUse compiled under their
	// application's node (covargorder.go).
	covArgs     map[any]bool
	covMismatch func(expr, into *CovNode)
	// covLetsAtUse: the LET whose definitions count under their last use
	// (covletroot.go).
	covLetsAtUse *ast.Let
	// covParts: the trees of the \E and applications of the split (covparts.go).
	covParts map[covPartKey]*CovNode
	covOrder []covOrderItem
	// cs records TLC's nested expressions (callstack.go): nil but in a
	// spec loaded to replay an error; csSkip is the action csAction is
	// compiling.
	cs     *CallStack
	csSkip ast.Expr
	// substIns: the SubstInNode of each instance context, pushed on
	// entering it (callstack_subst.go).
	substIns map[*instCtx]*SubstIn
	// csStartup counts the parts being compiled that TLC evaluates at
	// startup, outside its replay (the bounds of Next's split): folded
	// as in the search, their values know no node (csfold.go).
	csStartup   int
	cov         *CovNode
	covTop      *CovNode // the root of the tree being built (covrec.go)
	origins     *covOrigins
	covInSink   bool              // compiling the liveness checker's code (covlive.go)
	covFcnUse   covFcnUse         // how the next substituted function read is used (covsubstfcn.go)
	covUnchCur  bool              // compiling the unprimed side of UNCHANGED or [A]_v's v (covtagged.go)
	covRecSites []covRecSiteOf    // recursive operators whose body is being compiled (covrecsite.go)
	covStore    map[ast.Expr]bool // sets stored inside values (covnested.go)
	covNoSelf   ast.Expr
	covInst     *covInsts // the substitutions of each INSTANCE (covinst.go)

	// recCompiling counts the recursive definitions whose bodies are
	// being compiled; pendingMin is the smallest such nesting level of an
	// incomplete one applied by the code being compiled (pending.go).
	recCompiling int
	pendingMin   int
}

const maxInline = 200

// maxNest bounds the nesting of the expression being compiled, counted
// through the definitions it expands: the parser bounds one expression's
// nesting (parser.MaxDepth) and inline the expansion of definitions, but
// their product is what compiling, and then evaluating the closures, takes
// stack for. A long chain of one operator is not nesting (chain.go). Real
// specs nest a few hundred levels; a generated one that nests deeper gets
// a positioned error instead of exhausting the stack.
const maxNest = 100_000

// defKey identifies a compiled module-level definition: the same
// definition means different things in different instance contexts.
type defKey struct {
	d *ast.OpDef
	m *modEnv
	// cov is the coverage node the definition is compiled under: with
	// coverage each use has its own subtree (nil without coverage).
	cov *CovNode
	// primed, init: the definition is used primed, or in an initial
	// predicate, where its variables read the next state or the state
	// being built (cenv): a compile of its own, shared by those uses.
	primed, init bool
	// dom: compiled for covCountedApp, the constructor it is yielding
	// its domain only (CovNode.domOnly), not the function.
	dom bool
}

type recKey struct {
	d *ast.FuncDef
	m *modEnv
	// top: under coverage, each tree has its own copy (covrec.go).
	top *CovNode
}

// newCompiler compiles a single module (no module of its own on a path).
func newCompiler(mod *ast.Module) *compiler { return newProgramCompiler(mod, nil) }

// newProgramCompiler compiles the root module mod of a spec whose other
// modules are prog (by name). The state variables are the variables of the
// root context: those the root module and the modules it extends declare.
func newProgramCompiler(mod *ast.Module, prog map[string]*ast.Module) *compiler {
	if mod.Name == nil {
		mod.Name = &ast.Ident{Name: "Main"}
	}
	c := &compiler{
		mod:       mod,
		prog:      prog,
		rootEnvs:  map[*ast.Module]*modEnv{},
		loading:   map[*ast.Module]bool{},
		overrides: map[overrideKey]*entry{},
		consts:    map[string]value.Value{},
		vars:      map[string]int{},
		cache:     map[defKey]compiled{},
		runCache:  map[runKey]compiled{},
		recs:      map[recKey]*recFcn{},
		facts:     map[ast.Unit]*ast.OpDef{},
		minRead:   int(^uint(0) >> 1),
		run:       newRun(true),

		pendingMin: int(^uint(0) >> 1),
	}
	c.out = &c.run.print
	c.root = c.newEnv(mod, nil)
	c.declareVars(mod, map[*ast.Module]bool{})
	return c
}

// declareVars numbers the variables of the root context in declaration
// order, those of an extended module before the extending module's own.
func (c *compiler) declareVars(m *ast.Module, seen map[*ast.Module]bool) {
	if seen[m] {
		return
	}
	seen[m] = true
	for _, x := range m.Extends {
		if xm := c.prog[x.Name]; xm != nil {
			c.declareVars(xm, seen)
		}
	}
	for _, u := range m.Units {
		if v, ok := u.(*ast.Variables); ok {
			for _, n := range v.Names {
				if _, dup := c.vars[n.Name]; dup {
					continue
				}
				c.vars[n.Name] = len(c.varNames)
				c.varNames = append(c.varNames, n.Name)
				c.varDecls = append(c.varDecls, n.Pos())
			}
		}
	}
}

// readSlot notes that the expression being compiled reads a slot, so that
// expr can tell closed expressions (reading only their own binders) from
// open ones.
func (c *compiler) readSlot(slot int) {
	c.minRead = min(c.minRead, slot)
	if c.tracking {
		c.guardReads = append(c.guardReads, slot)
	}
}

func (c *compiler) newRec() int { c.nrecs++; return c.nrecs - 1 }

func (c *compiler) newSlot() int { c.nslots++; return c.nslots - 1 }

func (c *compiler) errorf(pos token.Pos, format string, args ...any) {
	c.errs = append(c.errs, token.Errorf(pos, format, args...))
}

// fail records a compile error and returns an expression that raises it
// if it is ever evaluated.
func (c *compiler) fail(pos token.Pos, format string, args ...any) cx {
	e := token.Errorf(pos, format, args...)
	c.errs = append(c.errs, e)
	if c.raising != nil {
		c.raising[e] = true
	}
	err := &Error{Pos: pos, Msg: e.Msg}
	return cx{fn: func(*ctx) (value.Value, error) { return nil, err }, dep: depSide, pos: pos}
}

func (c *compiler) unsupported(pos token.Pos, what string) cx {
	return c.fail(pos, "unsupported: %s", what)
}

func konst(v value.Value, pos token.Pos) cx {
	return cx{fn: func(*ctx) (value.Value, error) { return v, nil }, pos: pos}
}

// fold evaluates an expression without dependencies once. An expression
// whose evaluation fails is left to fail at run time, where (and if) TLC
// would evaluate it.
func (c *compiler) fold(x cx) cx {
	if x.dep != 0 || x.lazy != nil {
		return x // lazy: folded already (a definition's name), kept
	}
	v, warned, err := c.foldEval(x)
	if err != nil {
		x.dep = depSide
		return x
	}
	if _, mixed := v.(*value.MixedSetV); mixed || value.HoldsMixed(v) || sizeFailsInMethod(v) || lazySetOp(v) {
		// A set TLC cannot sort fails where TLC sorts it, naming the
		// nodes its replay builds: it is built each time, a constant
		// still.
		return x
	}
	if value.HoldsOrdered(v) {
		// A function printing in the order it was built (f @@ g, (+),
		// ...) is sorted in place where TLC fingerprints or compares
		// it: shared by all the evaluations of x, one's sorting would
		// show in another's print, where TLC, evaluating x each time,
		// prints it as built. Built each time, a constant still; a
		// constant definition stays one value (constantValue), as TLC
		// evaluates it once.
		x.fresh = true
		return x
	}
	if warned {
		// A warning (2144) is TLC's at each evaluation, in its place
		// (golden ExceptWarn): not folded, not given while compiling.
		return x
	}
	if s, ok := v.(value.SetValue); ok && !walksBase(v) {
		switch s.(type) {
		case *value.SetV, *value.IntervalV:
		default:
			if n, err := s.Size(); err == nil && n <= 4096 {
				if e, err := s.Enum(); err == nil {
					if value.PrintsAsWritten(s) {
						// TLC prints it as written: kept
						// lazy, as TLC holds it, built once.
						value.Memoize(s, e)
						return konst(s, x.pos)
					}
					k := konst(e, x.pos)
					k.lazy = s
					return k
				}
			}
		}
	}
	return konst(v, x.pos)
}

// atStartup is x, the use of a definition without parameters, with the
// value TLC computes for it at startup when x is a constant: its lazy
// sets know no node (value.Unsourced), as TLC's value of a constant
// definition was built outside any replay.
func (c *compiler) atStartup(x cx) cx {
	if x.dep != 0 || c.cov != nil {
		return x
	}
	v, warned, err := c.foldEval(x)
	if err != nil || warned {
		return x
	}
	if unsortable(v) {
		return x // evaluated where it is used (tlcrun.go)
	}
	u := value.Unsourced(v)
	var lazy value.SetValue
	if x.lazy != nil {
		lazy, _ = value.Unsourced(x.lazy).(value.SetValue)
	}
	if u == v && lazy == x.lazy {
		return x
	}
	k := konst(u, x.pos)
	k.lazy = lazy
	return k
}

// foldEval evaluates x for fold with warnings muted; warned reports
// whether one was met.
func (c *compiler) foldEval(x cx) (v value.Value, warned bool, err error) {
	if c.run == nil {
		v, err = x.fn(c.constCtx())
		return v, false, err
	}
	c.run.muted.Add(1)
	v, err = x.fn(c.constCtx())
	c.run.muted.Add(-1)
	return v, c.run.mutedWarn.Swap(false), err
}

// constCtx is a context for evaluating constant expressions while
// compiling, grown as slots are allocated.
func (c *compiler) constCtx() *ctx {
	k := c.kconst
	if k == nil || len(k.env) < c.nslots || len(k.recActive) < c.nrecs {
		k = (&program{nslots: c.nslots + 64, nvars: len(c.varNames), nrecs: c.nrecs + 8, out: c.out, run: c.run}).get()
		c.kconst = k
	}
	return k
}

// expr compiles an expression.
func (c *compiler) expr(e ast.Expr, en cenv) cx {
	if c.nest >= maxNest {
		return c.fail(e.Pos(), "unsupported: expression nested more than %d levels deep, counting the definitions it expands", maxNest)
	}
	c.nest++
	c.nexprs++
	defer func() { c.nest-- }()
	if c.cs != nil {
		return c.csExpr(e, en)
	}
	if c.cov != nil {
		return c.covExpr(e, en)
	}
	return c.exprCore(e, en)
}

// exprCore is expr without the coverage node.
func (c *compiler) exprCore(e ast.Expr, en cenv) cx {
	return c.exprCoreOf(e, func() cx { return c.expr1(e, en) })
}

// exprCoreOf is exprCore with e compiled by core.
func (c *compiler) exprCoreOf(e ast.Expr, core func() cx) cx {
	n0, outer := c.nslots, c.minRead
	c.minRead = int(^uint(0) >> 1)
	x := core()
	mine := c.minRead
	c.minRead = min(outer, mine)
	if x.dep&depEnv != 0 && mine >= n0 {
		// Only the expression's own binders are read: it is closed.
		x.dep &^= depEnv
	}
	if x.pos == (token.Pos{}) {
		x.pos = e.Pos()
	}
	if c.cov != nil {
		// Under coverage, covExpr folds (and counts what folding saves).
		return x
	}
	if c.csReplayed() {
		return x
	}
	return c.fold(x)
}

func (c *compiler) expr1(e ast.Expr, en cenv) cx {
	switch e := e.(type) {
	case *ast.Number:
		if e.Decimal {
			// sema refuses it first; never read it as an integer.
			return c.fail(e.Pos(), "TLC can't handle real numbers.\n%s", e.Lit)
		}
		if e.Value > maxInt {
			return c.fail(e.Pos(), "unsupported: the number %s is outside TLC's integer range -2147483648..2147483647", e.Lit)
		}
		return konst(value.Int(e.Value), e.Pos())
	case *ast.String:
		return konst(c.strs().Str(e.Value), e.Pos())
	case *ast.Bool:
		return konst(value.Bool(e.Value), e.Pos())
	case *ast.Paren:
		return c.expr(e.X, en)
	case *ast.Label:
		return c.expr(e.Body, en) // a label names its body; the value is the body's
	case *ast.Product:
		return c.product(e, en)
	case *ast.Postfix:
		return c.postfix(e, en)
	case *ast.Ident:
		return c.ident(e, en)
	case *ast.OpApp:
		return c.opApp(e, en)
	case *ast.ModRef:
		return c.modRef(e, en)
	case *ast.Prime:
		return c.prime(e, en)
	case *ast.Unary:
		return c.unary(e, en)
	case *ast.Binary:
		if x, ok := c.chain(e, en); ok {
			return x
		}
		return c.binary(e, en)
	case *ast.Junction:
		return c.junction(e, en)
	case *ast.If:
		return c.ifExpr(e, en)
	case *ast.Case:
		return c.caseExpr(e, en)
	case *ast.Let:
		return c.let(e, en)
	case *ast.Quant:
		return c.quant(e, en)
	case *ast.Choose:
		return c.choose(e, en)
	case *ast.SetEnum:
		return c.setEnum(e, en)
	case *ast.SetFilter:
		return c.setFilter(e, en)
	case *ast.SetMap:
		return c.setMap(e, en)
	case *ast.Tuple:
		return c.tuple(e, en)
	case *ast.FuncCons:
		return c.funcCons(e, en)
	case *ast.FuncApp:
		return c.funcApp(e, en)
	case *ast.FuncSet:
		return c.funcSet(e, en)
	case *ast.Record:
		return c.record(e, en)
	case *ast.RecordSet:
		return c.recordSet(e, en)
	case *ast.Except:
		return c.except(e, en)
	case *ast.At:
		if en.at < 0 {
			return c.fail(e.Pos(), "@ used outside an EXCEPT update")
		}
		slot := en.at
		c.readSlot(slot)
		return cx{fn: func(k *ctx) (value.Value, error) { return k.env[slot], nil }, dep: depEnv}
	case *ast.Dot:
		return c.dot(e, en)
	case *ast.AngleAction:
		return c.angleExpr(e, en)
	case *ast.Fairness:
		if c.temporalRun {
			return c.fairnessAtRun(e)
		}
		c.temporal = true
		return c.unsupported(e.Pos(), temporalFormula)
	case *ast.BoxAction:
		c.temporal = true
		return c.unsupported(e.Pos(), "temporal formula where a value or state predicate is expected")
	case *ast.AssumeProve:
		// The name of a theorem ASSUME ... PROVE ... used as a formula
		// (SANY's message).
		return c.fail(e.Pos(), "ASSUME/PROVE used where an expression is required")
	}
	return c.unsupported(e.Pos(), "expression")
}

// letScopeMemo extends the scope with a LET's definitions. A definition
// without parameters gets a memo slot, so that it is evaluated at most once
// each time the LET is entered (as TLC caches LET values); the returned
// slots must be cleared whenever the LET is entered.
func (c *compiler) letScopeMemo(e *ast.Let, en cenv) (cenv, []int) {
	if c.cov != nil && c.covWalkLet != e {
		covLetOrder(c.cov, e)
	}
	sc := en.sc
	var memos []int
	var recursive []*scope // RECURSIVE definitions see the whole LET
	for _, d := range e.Defs {
		switch d := d.(type) {
		case *ast.OpDef:
			sc = &scope{name: d.Name.Name, kind: bLetOp, op: d, opEnv: sc, parent: sc, memo: -1, cov: c.cov}
			if c.covLetAtUse(e, d, sc) {
				// Bound nowhere by TLC: evaluated at each use (covlet.go).
			} else if n := c.covLastUse(e, d.Body, d.Body, d.Body); n != nil && len(d.Params) == 0 {
				sc.covLast = n // covletroot.go
			} else if c.cov != nil && len(d.Params) == 0 {
				// TLC's tree holds the definition's body where the LET is,
				// before the LET's own body.
				covPreMake(c.cov, d.Body)
			}
			if c.isRecursiveIn(d, e.Defs) {
				recursive = append(recursive, sc)
			}
			if len(d.Params) == 0 && !sc.covAtUse {
				sc.memo = c.newSlot()
				memos = append(memos, sc.memo)
			}
		case *ast.FuncDef:
			r := &recFcn{def: d, id: c.newRec()}
			if slot := c.covLetFcn(r, d); slot >= 0 {
				memos = append(memos, slot)
			}
			sc = &scope{name: d.Name.Name, kind: bRecFcn, rec: r, parent: sc}
			r.env = en.with(sc)
			r.env.at = -1
		case *ast.InstanceDef:
			// Written where the LET is: its WITH expressions (and the
			// implicit substitutions) see the enclosing parameters.
			ie := en.with(sc)
			ie.at = -1
			sc = &scope{name: d.Name.Name, kind: bInst, inst: d, argEnv: ie, parent: sc}
		}
	}
	for _, r := range recursive {
		r.opEnv = sc
	}
	return en.with(sc), memos
}

// let compiles LET defs IN body.
func (c *compiler) let(e *ast.Let, en cenv) cx {
	le, memos := c.letScopeMemo(e, en)
	setLetMode(le.sc, en.sc, letEval)
	body := c.expr(e.Body, le)
	if len(memos) == 0 {
		return body
	}
	return cx{fn: func(k *ctx) (value.Value, error) {
		for _, m := range memos {
			k.env[m] = nil
		}
		return body.fn(k)
	}, dep: body.dep}
}

// letRef compiles a use of a LET definition without parameters: memoised
// in its slot when its value depends only on the current state and the
// enclosing binders (not on primed variables, not on effects).
func (c *compiler) letRef(b *scope, pos token.Pos, en cenv) cx {
	if b.covAtUse {
		return c.covLetUse(b, pos, en)
	}
	if b.covLast != nil {
		c.covLink(b.covLast)
		saved := c.cov
		c.cov = b.covLast
		defer func() { c.cov = saved }()
	} else if c.cov != nil && b.cov != nil {
		saved := c.cov
		c.cov = b.cov
		defer func() { c.cov = saved }()
		c.covRootLet(b)
	}
	oe := en
	oe.sc = b.opEnv
	oe.at = -1
	body := func() cx { return c.expr(b.op.Body, oe) }
	if en.primed || b.memo < 0 || b.memoBad || (en.init && b.letMode != letEval) {
		return c.inline(pos, body)
	}
	if unmemo, ok := letUnmemo(b, en); ok {
		return c.memoInSlot(b, pos, unmemo, false, body)
	}
	// One that prints is memoised too: TLC evaluates a LET definition
	// once per evaluation of the LET (its LazyValue is cached), printing
	// once (golden PrLetInv); where it is a conjunct of an action or of
	// Init it is expanded (action), printing at each use as TLC's
	// generator does (PrLetAction).
	if b.letMode == letEval && !en.init && !c.inEnabled {
		// Met by TLC's evaluator in an action, it is cached whatever
		// its level: TLC (rev cc6b616) keeps a LazyValue's value with
		// the pair of states it was computed in (LazyValue.getValue),
		// the same for the rest of the LET's evaluation, so one that
		// reads x' is evaluated once too (golden PrLetPrimed; the
		// level test of older TLCs is gone).
		return c.memoInSlotPrimed(b, pos, body)
	}
	return c.memoInSlot(b, pos, depNext, false, body)
}

// memoInSlot compiles, once per scope b, the expression body gives (at
// pos) and returns it read through b's memo slot: evaluated at most once
// until the slot is cleared (a LET definition, or an argument evaluated by
// need). An expression with one of the unmemo dependencies, a prime or a
// temporal operator marks b memoBad and is returned as it is; a constant
// one is its value. The slot's reader carries the expression's position
// when keepPos (an argument's errors are positioned at the argument);
// otherwise the use's own position is given to it where it is used.
func (c *compiler) memoInSlot(b *scope, pos token.Pos, unmemo uint8, keepPos bool, body func() cx) cx {
	return c.memoSlot(b, pos, unmemo, keepPos, false, body)
}

// memoInSlotPrimed is memoInSlot for a LET definition TLC's evaluator
// meets in an action: memoised also when it reads x' (the pair of
// states does not change while the LET is evaluated).
func (c *compiler) memoInSlotPrimed(b *scope, pos token.Pos, body func() cx) cx {
	return c.memoSlot(b, pos, 0, false, true, body)
}

// memoSlot is memoInSlot; primeOK keeps a primed expression memoised.
func (c *compiler) memoSlot(b *scope, pos token.Pos, unmemo uint8, keepPos, primeOK bool, body func() cx) cx {
	if b.memoX == nil {
		ce := c.levelOf(func() cx { return c.inline(pos, body) })
		if ce.x.dep&unmemo != 0 || ce.prime && (!primeOK || ce.run) || ce.temporal {
			b.memoBad = true
			return ce.x
		}
		b.memoX = &ce
	} else if b.memoX.prime && !primeOK {
		// Memoised where priming was allowed (memoInSlotPrimed), used
		// where it is not (under ENABLED, whose evaluation TLC never
		// takes from a LazyValue's cache): evaluated there anew.
		return c.inline(pos, body)
	} else if b.memoX.prime {
		c.sawPrime = true // each use primes, as the first did
	}
	x := b.memoX.x
	if x.dep == 0 && !x.fresh {
		return x
	}
	m := b.memo
	c.readSlot(m)
	r := cx{fn: func(k *ctx) (value.Value, error) {
		if primeOK && k.inEnabled {
			// TLC's ENABLED evaluates the definition at each use.
			return x.fn(k)
		}
		if v := k.env[m]; v != nil {
			return v, nil
		}
		v, err := x.fn(k)
		if err != nil {
			return nil, err
		}
		k.env[m] = v
		return v, nil
	}, dep: x.dep | depEnv}
	if keepPos {
		r.pos = x.pos
	}
	return r
}

// ident compiles a name used without arguments.
// builtinConsts are the constants of the standard modules, met after the
// spec's own names.
var builtinConsts = map[string]value.Value{
	"Nat": value.Nat, "Int": value.IntSet, "BOOLEAN": value.Boolean,
	"STRING": value.StringSet, "TRUE": value.True, "FALSE": value.False,
	"EmptyBag": value.EmptyTuple,
}

func (c *compiler) ident(e *ast.Ident, en cenv) cx {
	name := e.Name
	if b := en.sc.lookup(name); b != nil {
		switch b.kind {
		case bSlot:
			slot := b.slot
			c.readSlot(slot)
			if b.argErr {
				if b.covRec != nil {
					return covRecLazyRead(recParam(slot), b.covRec) // covreclazy.go
				}
				return recParam(slot)
			}
			return cx{fn: func(k *ctx) (value.Value, error) { return k.env[slot], nil }, dep: depEnv}
		case bArg:
			if c.cov != nil {
				// Under coverage an argument is evaluated (and counted)
				// at each use, as TLC counts it.
				ae := b.argEnv
				ae.primed = ae.primed || en.primed
				x := c.covArgUse(b, ae, e.Pos())
				if b.covRec != nil {
					x = covRecRead(x, b.covRec)
				}
				return x
			}
			return c.argRef(b, e.Pos(), en)
		case bLetOp:
			if len(b.op.Params) > 0 {
				return c.fail(e.Pos(), "operator %s requires %d arguments", name, len(b.op.Params))
			}
			if b.covAtUse {
				// Listed under the use, as a definition's body
				// is: a set constructor its parent enumerates
				// costs there (covDefBodyEnum), one it stores
				// keeps its node (covLetStored).
				c.covLetStored(e, b)
				done := c.covDefBodyEnum(e, b.op)
				return done(c.letRef(b, e.Pos(), en))
			}
			return c.letRef(b, e.Pos(), en)
		case bRecFcn:
			return c.recValue(b.rec, e.Pos())
		}
	}
	if x, ok := c.lookupName(name, en); ok {
		switch x.kind {
		case eDef:
			switch d := x.node.(type) {
			case *ast.OpDef:
				if len(d.Params) > 0 {
					return c.fail(e.Pos(), "operator %s requires %d arguments", name, len(d.Params))
				}
				if _, ok := d.Body.(*ast.AssumeProve); ok {
					// THEOREM T == ASSUME ... PROVE ... used as a
					// formula (SANY's message, at the use).
					return c.fail(e.Pos(), "ASSUME/PROVE used where an expression is required")
				}
				if n, ok := nativeOf(x.env.mod.Name.Name, name, 0); ok {
					return c.nativeApp(n, nil, en, e.Pos(), nil)
				}
				if c.isRecursiveOp(d) && !actionSyntax(d.Body) {
					// RECURSIVE R  R == <<a, R>>: not expanded where used
					// (the expansion would not end), but called as any
					// recursive operator, whose depth is bounded when it
					// runs: TLC's StackOverflowError, where TLC meets it.
					return c.recOpApply(&ast.OpApp{Name: e}, d, defEnv(x, en), en)
				}
				if y, ok := c.covOverride(e, x, d, en); ok {
					return y
				}
				if y, ok := c.replacedPrinting(e, x, en); ok {
					return y // replprint.go
				}
				done := c.covDefBodyEnum(e, d)
				return c.atStartup(done(c.covInstIn(cenv{m: x.env}, en, func() cx { return c.inline(e.Pos(), func() cx { return c.moduleDef(d, x.env, en) }) })))
			case *ast.FuncDef:
				return c.recValue(c.moduleRec(d, x.env), e.Pos())
			}
		case eInst:
			return c.fail(e.Pos(), "%s is a module instance: use %s!Op", name, name)
		case eValue:
			return konst(x.val, e.Pos())
		case eConst, eVar:
			if en.primed {
				if i := c.freeSlot(name, x, e.Pos()); i >= 0 {
					return c.freeVariable(i, e.Pos())
				}
			}
			if s, ok := x.env.subst[name]; ok {
				return c.substitutedIn(x.env, name, s, e.Pos(), en) // covinst.go
			}
			if x.kind == eVar {
				return c.variable(c.vars[name], e.Pos(), en)
			}
			if c.unbound[name] && x.arity == 0 {
				return c.undefinedIdent(name, e.Pos())
			}
			if v, ok := c.consts[name]; ok {
				return konst(v, e.Pos())
			}
			if x.arity > 0 {
				return c.fail(e.Pos(), "operator constant %s requires %d arguments", name, x.arity)
			}
			return c.fail(e.Pos(), "the constant %s has no value", name)
		}
	}
	if v, ok := builtinConsts[name]; ok {
		return konst(v, e.Pos())
	}
	if x, ok := c.stdExtIdent(e); ok {
		return x
	}
	if x, ok := c.tlcRunOp(name, nil, e.Pos(), en); ok {
		return x
	}
	if isBuiltin(name) {
		return c.fail(e.Pos(), "operator %s requires arguments", name)
	}
	return c.fail(e.Pos(), "unknown identifier %s", name)
}

// variable reads a state variable from the current or the next state.
func (c *compiler) variable(i int, pos token.Pos, en cenv) cx {
	if c.noState {
		return c.stateless(i, pos)
	}
	if c.constOnly {
		return c.fail(pos, "ASSUME refers to the variable %s; assumptions must be constant", c.varNames[i])
	}
	if en.primed && c.primeRun {
		return c.primedAtRun(i, pos)
	}
	if en.primed || en.init {
		name := c.varNames[i]
		inInit := en.init
		end := pos
		end.Col += len(name) - 1
		unassignedPrimed := "In evaluation, the identifier " + name + " is either undefined or not an operator.\n" +
			span.Name(pos, end, span.Module(pos.Filename))
		var decl string
		if i < len(c.varDecls) {
			d := c.varDecls[i]
			de := d
			de.Col += len(name) - 1
			decl = span.Name(d, de, span.Module(d.Filename))
		}
		return cx{fn: func(k *ctx) (value.Value, error) {
			if v := k.t[i]; v != nil {
				if k.scratchMask != 0 && i < 64 && k.scratchMask&(1<<i) != 0 {
					return k.materialize(i), nil
				}
				return v, nil
			}
			if inInit {
				// TLC looks x up as an identifier of no value too (Case1),
				// but for a conjunct x alone (unassignedVar).
				return nil, &Error{Pos: pos, Msg: unassignedPrimed, Cause: unassignedVar{decl}}
			}
			// TLC looks x' up as an identifier of no value (2280), the
			// variable's range in the message (UNextSet: Next == {x'}).
			return nil, &Error{Pos: pos, Msg: unassignedPrimed}
		}, dep: depNext}
	}
	if c.partialState {
		name := c.varNames[i]
		end := pos
		end.Col += len(name) - 1
		msg := "In evaluation, the identifier " + name + " is either undefined or not an operator.\n" + span.Name(pos, end, span.Module(pos.Filename))
		return cx{fn: func(k *ctx) (value.Value, error) {
			if v := k.s[i]; v != nil {
				return v, nil
			}
			return nil, &Error{Pos: pos, Msg: msg}
		}, dep: depState}
	}
	return cx{fn: func(k *ctx) (value.Value, error) { return k.s[i], nil }, dep: depState}
}

// inline guards against runaway expansion (a definition that uses itself,
// which SANY rejects without RECURSIVE).
func (c *compiler) inline(pos token.Pos, f func() cx) cx {
	if c.depth > maxInline {
		return c.fail(pos, "unsupported: operator definitions nested more than %d deep (recursive operator?)", maxInline)
	}
	c.depth++
	defer func() { c.depth-- }()
	return f()
}

// substituted compiles a constant or variable of an instantiated module:
// the expression substituted for it, by name, where the INSTANCE is
// written (primed when the use is primed).
func (c *compiler) substituted(s substArg, pos token.Pos, en cenv) cx {
	ae := s.en
	ae.primed = ae.primed || en.primed
	ae.init = ae.init || en.init
	return c.covConstant(func() cx { return c.inline(pos, func() cx { return c.expr(s.e, ae) }) })
}

// moduleDef compiles a module-level definition without parameters (of
// the module context m); the result is cached per priming (and for an
// initial predicate) since it has no free names: a definition used twice
// by the one before it, and so on, is compiled once, not once per path.
func (c *compiler) moduleDef(d *ast.OpDef, m *modEnv, en cenv) cx {
	if x, ok := c.loadValue(d, m); ok {
		return x // under coverage: its value from load (covload.go)
	}
	de := cenv{m: m, primed: en.primed, init: en.init, at: -1}
	plain := defKey{d: d, m: m, cov: c.cov, dom: c.covDomOnly > 0}
	if c.cut != nil {
		// Under an ENABLED's cut (enabledcut.go) a primed variable inside
		// the definition is compiled differently: not cached either way.
		if ce, ok := c.cache[plain]; ok && constLevel(ce) {
			return ce.x
		}
		return c.expr(d.Body, de)
	}
	if !en.primed && !en.init {
		return c.cachedDef(plain, func() cx { return c.expr(d.Body, de) })
	}
	if ce, ok := c.cache[plain]; ok && constLevel(ce) {
		// Of constant level, the definition is the same primed or in an
		// initial predicate: one value for the run (constantValue), as
		// TLC's, rather than a draw of its own at each use.
		return ce.x
	}
	key := plain
	key.primed, key.init = en.primed, en.init
	x := c.cachedDef(key, func() cx { return c.expr(d.Body, de) })
	if ce, ok := c.cache[key]; ok && constLevel(ce) {
		if _, ok := c.cache[plain]; !ok {
			// Compiled first primed or in an initial predicate, a
			// constant definition is the one the other uses share.
			c.cache[plain] = ce
		}
	}
	return x
}

// compiled is a compiled definition with what its level checks need to
// know when it is reused.
type compiled struct {
	x               cx
	prime, temporal bool
	// run: the compile met a prime or a temporal operator compiled as
	// TLC's run-time error (primerun.go, temporalrun.go).
	run bool
}

// levelOf compiles with fresh prime/temporal flags, records them, and adds
// them to the current ones.
func (c *compiler) levelOf(f func() cx) compiled {
	prime, temporal, run := c.sawPrime, c.temporal, c.metRun
	c.sawPrime, c.temporal, c.metRun = false, false, false
	x := f()
	ce := compiled{x: x, prime: c.sawPrime, temporal: c.temporal, run: c.metRun}
	c.sawPrime, c.temporal, c.metRun = prime || ce.prime, temporal || ce.temporal, run || ce.run
	return ce
}

// opApp compiles Name(args).
func (c *compiler) opApp(e *ast.OpApp, en cenv) cx {
	name := e.Name.Name
	if b := en.sc.lookup(name); b != nil {
		switch b.kind {
		case bLetOp:
			oe := en
			oe.sc = b.opEnv
			oe.at = -1
			return c.applyOp(e, b.op, oe, en)
		case bArg:
			return c.applyParam(e.Pos(), b, e.Args, en)
		default:
			return c.fail(e.Pos(), "%s is not an operator", name)
		}
	}
	if x, ok := c.lookupName(name, en); ok {
		switch x.kind {
		case eDef:
			if od, ok := x.node.(*ast.OpDef); ok {
				if n, ok := nativeOf(x.env.mod.Name.Name, name, len(e.Args)); ok {
					return c.nativeApp(n, e.Args, en, e.Pos(), func() cx { return c.applyOp(e, od, defEnv(x, en), en) })
				}
				return c.applyOp(e, od, defEnv(x, en), en)
			}
			return c.fail(e.Pos(), "%s is a function: apply it with [ ], not ( )", name)
		case eConst:
			if s, ok := x.env.subst[name]; ok {
				// An operator constant of an instance, substituted by an
				// operator of the instantiating context (a name, which may
				// itself be substituted, a LAMBDA or a symbol).
				return c.applyParam(e.Pos(), &scope{kind: bArg, arg: s.e, argEnv: s.en}, e.Args, en)
			}
			return c.fail(e.Pos(), "the operator constant %s is not replaced by an operator in the configuration (add CONSTANT %s <- Op)", name, name)
		}
		return c.fail(e.Pos(), "%s is not an operator", name)
	}
	if x, ok := c.stdExtApp(e, en); ok {
		return x
	}
	return c.builtin(e, en)
}

// modRef compiles M!Op(args) (and M(a)!Op, M!N!Op).
func (c *compiler) modRef(e *ast.ModRef, en cenv) cx {
	e = c.labelForm(e, en)
	if c.stdInstanceRef(e, en) {
		// J!Op where J == INSTANCE of a standard module: its operator
		// Op, built in (TLC's trace exploration spec suggests
		// LET J == INSTANCE Json IN J!ToJson(x)).
		if x, ok, err := stdSymbolApp(e.Name.Name, e.Args, e.Pos()); err != nil {
			return c.fail(err.Pos, "%s", err.Msg)
		} else if ok {
			// The application is the reference's own node (no frame or
			// coverage of its own), of the standard operator even where
			// the spec defines the symbol itself (c.stdSym).
			c.markStdSym(x)
			return c.exprCore(x, en)
		}
		if len(e.Args) == 0 {
			if x, ok := c.letInstConst(e, en); ok {
				return x // LET J == INSTANCE Naturals: J!Nat, its TLA+ definition
			}
		}
		if v, ok := builtinConsts[e.Name.Name]; ok && len(e.Args) == 0 {
			return konst(v, e.Pos()) // I!Nat, B!EmptyBag
		}
		if len(e.Args) == 0 {
			// I!Real, I!Infinity, I!Trace: as the module's constant.
			if x, ok := c.stdExtIdent(&ast.Ident{NamePos: e.Name.NamePos, Name: e.Name.Name}); ok {
				return x
			}
		}
		app := &ast.OpApp{Name: e.Name, Args: e.Args}
		if x, ok := c.stdExtApp(app, en); ok {
			return x
		}
		return c.builtin(app, en)
	}
	x, ok := c.resolveRef(e, en)
	if !ok {
		return c.fail(e.Pos(), "cannot resolve %s", e.Name.Name)
	}
	if len(e.Sels) > 0 {
		d, ok := x.node.(*ast.OpDef)
		if !ok || x.kind != eDef || len(d.Params) != len(e.Args) {
			return c.fail(e.Pos(), "%s!%s: %s is not an operator with %d argument(s)", e.Name.Name, e.Sels[0].Sel, e.Name.Name, len(e.Args))
		}
		part, de, err := c.selectPart(x, d, e, en)
		if err != nil {
			return c.fail(err.Pos, "%s", err.Msg)
		}
		return c.inline(e.Pos(), func() cx { return c.expr(part, de) })
	}
	if x.kind == eValue {
		if len(e.Args) > 0 {
			return c.fail(e.Pos(), "%s is a value (given by the configuration), not an operator", e.Name.Name)
		}
		return konst(x.val, e.Pos())
	}
	switch d := x.node.(type) {
	case *ast.OpDef:
		if n, ok := nativeOf(x.env.mod.Name.Name, e.Name.Name, len(e.Args)); ok {
			return c.nativeApp(n, e.Args, en, e.Pos(), func() cx {
				return c.applyOp(&ast.OpApp{Name: e.Name, Args: e.Args}, d, defEnv(x, en), en)
			})
		}
		if len(d.Params) == 0 && len(e.Args) == 0 && !c.isRecursiveOp(d) && namedRef(e, en) {
			// I!Op of an instance without parameters is a definition of
			// I's context, compiled once and shared (moduleDef) as Op is:
			// of constant level, one value for the run, as TLC evaluates
			// it once (randomconst.go), rather than a draw at each use.
			return c.covInstIn(defEnv(x, en), en, func() cx {
				return c.inline(e.Pos(), func() cx { return c.moduleDef(d, x.env, en) })
			})
		}
		return c.applyOp(&ast.OpApp{Name: e.Name, Args: e.Args}, d, defEnv(x, en), en)
	case *ast.FuncDef:
		if len(e.Args) > 0 {
			return c.fail(e.Pos(), "%s is a function: apply it with [ ], not ( )", e.Name.Name)
		}
		return c.recValue(c.moduleRec(d, x.env), e.Pos())
	}
	return c.fail(e.Pos(), "%s is a module instance: use it with !", e.Name.Name)
}

// namedRef reports whether the instance path of r names module-level
// instances without arguments (I!Op, I!J!Op): their contexts are built
// once (namedInstance), so a definition in them is the same at each use.
// A LET instance or an instance with parameters has a context per use.
func namedRef(r *ast.ModRef, en cenv) bool {
	if len(r.Path) == 0 || en.sc.lookup(r.Path[0].Name.Name) != nil {
		return false
	}
	for _, st := range r.Path {
		if len(st.Args) > 0 {
			return false
		}
	}
	return true
}

// applyOp inlines a user operator: its parameters denote the arguments as
// written (TLA+ definitions are substitution), compiled where they were
// written.
func (c *compiler) applyOp(e *ast.OpApp, d *ast.OpDef, defEnv, argEnv cenv) cx {
	if len(d.Params) != len(e.Args) {
		return c.fail(e.Pos(), "operator %s takes %d arguments, not %d", d.Name.Name, len(d.Params), len(e.Args))
	}
	if c.isRecursiveOp(d) {
		return c.recOpApply(e, d, defEnv, argEnv)
	}
	// A set body its parent enumerates (covoverride.go), one a state
	// stores (covnested.go).
	c.covAppBodyEnum(e, d)
	defer c.covAppStored(e, d)()
	return c.covInstIn(defEnv, argEnv, func() cx { // covinst.go
		return c.inline(e.Pos(), func() cx {
			be, need := c.bindArgsByNeed(d, e.Args, defEnv, argEnv)
			return byNeedEntry(c.expr(d.Body, be), need)
		})
	})
}

func (c *compiler) bindArgs(d *ast.OpDef, args []ast.Expr, defEnv, argEnv cenv) cenv {
	c.covLambdaArgs(d, args)
	sc := defEnv.sc
	for i, p := range d.Params {
		sc = &scope{name: p.Name, kind: bArg, arg: args[i], argEnv: argEnv, parent: sc, cov: c.cov}
	}
	return defEnv.with(sc)
}

// prime compiles e'.
func (c *compiler) prime(e *ast.Prime, en cenv) cx {
	if en.init && !c.primeRun {
		return c.fail(e.Pos(), primeInInit)
	}
	if en.primed {
		return c.fail(e.Pos(), "a primed expression inside a primed expression")
	}
	if !c.primeRun {
		c.sawPrime = true
	} else {
		c.metRun = true
	}
	en.primed, en.init = true, false
	return c.expr(e.X, en)
}

// actionSyntax reports whether e is written with a prime, UNCHANGED, a
// [A]_v or <<A>>_v, or a temporal operator: a RECURSIVE operator without
// parameters with such a body stays expanded where it is used, as an
// action (recursive.go compiles only expressions by reference).
func actionSyntax(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Prime, *ast.BoxAction:
			found = true
		case *ast.Unary:
			switch n.Op {
			case token.UNCHANGED, token.BOX, token.EVENTUALLY, token.ENABLED:
				found = true
			}
		}
		return !found
	})
	return found
}
