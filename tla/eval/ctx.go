package eval

import (
	"io"
	"math/bits"
	"sync"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/value"
)

// evalFn is a compiled expression.
type evalFn func(c *ctx) (value.Value, error)

// ctx is the machine state of one evaluation: the current state s, the next
// state t being built (nil entries are not yet assigned), the slots of bound
// variables, and the continuation stack of the action runner. Every binder in
// the compiled spec has its own slot, so no lookup by name happens at run
// time. A ctx is used by one goroutine at a time; Specs keep a pool.
type ctx struct {
	s, t  value.State
	env   []value.Value
	stack []frame
	emit  func(c *ctx) error
	prog  *program
	// phase says what the evaluation is for, which TLCGet("level") needs
	// (phaseConst, phaseNext, phaseState; see tlcrun.go).
	phase uint8
	// levelAs, when not levelByPhase, is what TLCGet("level") reads in
	// a temporal property's predicate or a fairness condition, whatever
	// the phase: the level of the state it is evaluated in (TLC's s0),
	// never 0 (tlcrun.go).
	levelAs uint8
	// csWhole: inside a parenthesised conjunction of the initial
	// predicate that TLC evaluates as one expression (csRun).
	csWhole bool
	// csOpaque: inside an \E of Next that TLC keeps as one action
	// (runOpaqueExists), whose inner \E are on TLC's stack too.
	csOpaque int
	// csApp is the application of Next's split last pushed inside such
	// a \E (csEnterApps), csStack the stack it is pushed on.
	csApp   *appFrame
	csStack *CallStack
	// csUnch is an UNCHANGED of a tuple TLC evaluates as an expression
	// (every variable having a value), csUnchTuple the tuple's node
	// (callstack_unch.go).
	csUnch, csUnchTuple ast.Expr
	// unchWarnOn: the UNCHANGED being run began with a variable without
	// a value, so that TLC's generator, not its evaluator, runs it
	// (warnunch.go).
	unchWarnOn bool
	// level, when > 0, is TLCGet("level") in phaseNext instead of the
	// Run's level: the level of the state a replay expands (Spec.NextAt),
	// which is not the level the other workers expand meanwhile.
	level int64
	// succ says that s is a state the search reached and checks (its
	// constraints, its invariants: StatePred.From), and from is the state
	// it was reached from, nil for an initial state. Trace is then the
	// behaviour to from followed by s, as in TLC, where each state knows
	// its predecessor: s may not be stored (a constraint is evaluated
	// before), or stored with another predecessor (tlctrace.go).
	succ bool
	from value.State
	// recActive counts the applications in progress of each recursive
	// function, so that a nested one saves the slots it overwrites.
	recActive []int
	// pointIn counts the point applications f[a][b] in progress and
	// pointOff the evaluations made without them (recpoint.go).
	pointIn, pointOff int32
	// inGetAndSet: a TLCGetAndSet of this evaluation holds the Run's
	// lock, so one nested in its operator must not take it again (Java's
	// synchronized, which TLC uses, is reentrant; tlcext.go).
	inGetAndSet bool
	// atLoad: the evaluation is TLC's of a constant definition at load
	// (SpecProcessor.processConstantDefns), where TLCSet of a register
	// fails (TLC has neither a worker thread nor a checker yet), which
	// leaves the definition to be evaluated at each use (atload.go).
	atLoad bool

	// The Next computation in progress.
	yield     func(Step) error
	action    *actionDef
	actionIdx int
	// emitted counts the successors the action in progress (one TLC
	// action: one leaf of the split, for one binding of its \E
	// parameters) has yielded, for Error.Regenerated.
	emitted int
	params  []value.Value // Step.Params of NextShared, reused
	probing *step         // the step a probe runs (forall.go)
	// inEnabled: a fairness condition's ENABLED is being computed, where
	// TLC takes nothing from a LazyValue's cache (memoInSlotPrimed).
	inEnabled bool
	// only, under Spec.NextOf, is the one TLC action enumerated, and
	// onlyRanges the leaves under each \E and \/ (tlcactions.go).
	only       *TLCAction
	onlyRanges map[*step][2]int
	// one, under Spec.NextOfOne, draws the branch a \/ or \E tries
	// first (TLC's generation mode, generate.go); nil otherwise.
	one Random
	// genOrders are the orders of the inner binders of a \E of several
	// in generation mode, by their first slot (existsOrder).
	genOrders map[int][]int
	calls     int // function bodies being expanded (fcncall.go)
	// argErrs[i] is the error of the argument of a RECURSIVE operator's
	// parameter in slot i, raised only if the parameter is used; nil
	// until an argument fails (recursive.go).
	argErrs []error

	// Under NextShared (scratchOK), x' = [x EXCEPT ...] builds the new
	// value of x in scratch[x], one function reused for every successor
	// instead of a new one each time: most successors a checker computes
	// are states it has seen, and their values would be garbage at once.
	// Bit x of scratchMask says that t[x] is scratch[x]. A scratch value
	// must never outlive the step it belongs to, so it is kept out of
	// every value the evaluation builds: reading x' while it is scratch
	// first replaces it with a copy (materialize). What leaves the
	// evaluator with t is copied by Step.Keep; partial states in errors
	// are copied too (keepT).
	scratchOK   bool
	scratchMask uint64
	scratch     []*value.FcnV

	// meter counts the elements of the values being built (grow).
	meter value.Meter

	// Coverage (coverage.go). nemit counts the states emitted, so that a
	// conjunct can tell whether a state was generated through it; covMute
	// > 0 while an argument already counted is evaluated again; covLast
	// is the conjunct of the initial predicate that assigned last;
	// covLeft the left operand of the \cup being evaluated (covcup.go).
	nemit   int64
	covMute int
	// covApplied > 0 while the function of an application is evaluated
	// (TLC's EvalControl.KeepLazy, covfcneager.go).
	covApplied int
	covLast    *CovNode
	covLeft    value.Value
	covPass    *CovNode // the node a \cup's result keeps (covorigin.go)
	covKeep    *CovNode // the node the left operand of a \ or \cap kept (covnested.go)
	// covBuilt collects the elements of the set of the lazy UNION being
	// evaluated (covunionlazy.go).
	covBuilt *[]covBuilt
	// covSubLeft: the left operand of the \subseteq being evaluated
	// (covsubsetbind.go).
	covSubLeft value.Value
	// covFcn: the last read of a substituted function constructor
	// (covsubstfcn.go).
	covFcn *covFcnRead
	// covTup: what the parts of a vector of tuples being evaluated
	// left for their parent (covtupcmp.go).
	covTup []covTupEnt
	// covUEval: the UNCHANGED evaluated as an expression (covbox.go).
	covUEval *unchEval
	// covRec: the current application of each recursive operator taking
	// an argument by name (covrecarg.go), by its id.
	covRec map[int]*covRecFrame
}

// materialize replaces t[i], which is scratch[i], with a copy of its own
// and returns that copy.
func (k *ctx) materialize(i int) value.Value {
	f := k.t[i].(*value.FcnV).Copy()
	k.t[i] = f
	k.scratchMask &^= 1 << i
	return f
}

// keepT returns a copy of t that holds no scratch value.
func (k *ctx) keepT() value.State {
	return keepState(k.t, k.scratchMask)
}

// keepState copies t, copying too the values that the bits of scratch
// mark as scratch functions.
func keepState(t value.State, scratch uint64) value.State {
	out := t.Clone()
	for m := scratch; m != 0; m &= m - 1 {
		i := bits.TrailingZeros64(m)
		out[i] = out[i].(*value.FcnV).Copy()
	}
	return out
}

// program is what all contexts of one Spec share.
type program struct {
	nslots int
	nvars  int
	nrecs  int
	vars   []string
	out    io.Writer // Print's output
	// actions are the next-state actions, which Next's dispatch steps
	// (sAction) name as they are entered.
	actions []actionDef
	run     *Run // the run TLC's run-dependent operators and \cdot report to
	pool    sync.Pool
	// covFcn: under coverage, the function values constructors built
	// (covfcnstore.go).
	covFcn *covFcnOrigins
}

func (p *program) get() *ctx {
	if c, ok := p.pool.Get().(*ctx); ok {
		return c
	}
	return &ctx{env: make([]value.Value, p.nslots), prog: p, t: make(value.State, p.nvars), recActive: make([]int, p.nrecs)}
}

func (p *program) put(c *ctx) {
	c.s = nil
	clear(c.t)
	clear(c.params)
	c.scratchOK, c.scratchMask = false, 0
	c.stack = c.stack[:0]
	c.emit = nil
	c.phase, c.levelAs = phaseConst, levelByPhase
	c.level, c.succ, c.from = 0, false, nil
	p.pool.Put(c)
}
