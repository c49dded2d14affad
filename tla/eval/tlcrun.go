package eval

import (
	"math/rand/v2"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TLC's operators whose values depend on the run rather than on the spec:
// TLCGet and TLCSet (TLC's registers and statistics), RandomElement,
// JavaTime and Any. They read and write a Run, which the checker keeps
// up to date (SetLevel, SetStats, SetWorkers); the ASSUMEs, evaluated
// while the spec is built, see the Run as TLC sees it before its search:
// level 0 and no statistics.

// Run is the state of one model-checking run that TLC's run-dependent
// operators see. Every Spec has one (Spec.Run).
type Run struct {
	// level is the BFS level of the states being expanded (TLC's level:
	// 1 for the initial states), 0 before the search.
	level atomic.Int64
	// diameter is the deepest level the search reached (TLCGet("stats").
	// diameter), which stays when a POSTCONDITION sets level to 0.
	diameter atomic.Int64
	// searching: a breadth-first checker reports its level and counts
	// (SetLevel); without one (a simulation, a trace validation), the
	// level of a state and the counts are unknown.
	searching atomic.Bool
	// walking: a simulator reports the level of the state it extends
	// (SetWalkLevel), so TLCGet("level") is known, the counts are not.
	walking atomic.Bool
	// levelRead: TLCGet("level") was evaluated (LevelRead).
	levelRead atomic.Bool
	// dfid: TLC's depth-first checker reports the level of the state it
	// expands (SetDFIDLevel); its counts are TLC's DFIDModelChecker's,
	// which reports none (-1).
	dfid     atomic.Bool
	workers  atomic.Int64
	stats    atomic.Pointer[func() RunStats]
	simStats atomic.Pointer[func() SimStats] // a simulator's, once its behaviours are done (SetSimStats)
	simView  atomic.Pointer[SimView]         // a simulator's, while it runs (SetSimView)
	exit     atomic.Pointer[func()]
	// composed counts the intermediate states of action compositions
	// (A \cdot B), which TLC counts among the states generated.
	composed atomic.Int64
	start    time.Time

	deadlock bool // cfg CHECK_DEADLOCK, for TLCGet("config")
	seed     int64
	config   *TLCConfig // the tlc command's -seed and -simulate (tlcconfig.go)
	// strs is the spec's order of strings (strorder.go): every string and
	// model value the spec makes is made through it.
	strs *value.Strings

	print printer // Print's output (tlcprint.go)
	// getAndSet makes TLCGetAndSet one step; pause is where
	// TLCSet("pause", TRUE) waits; trace rebuilds the behaviour up to a
	// state, for Trace (tlcext.go, tlctrace.go).
	getAndSet sync.Mutex
	pause     pauseInput
	trace     atomic.Pointer[func(value.State) ([]value.State, error)]
	seen      atomic.Pointer[func(value.State) (bool, error)] // SetSeen
	spec      atomic.Pointer[func() (value.Value, error)]     // TLCGet("spec")

	mayPrint atomic.Bool // MayPrint
	// warn receives TLC's warnings met while evaluating (Options.Warn),
	// nil: none wanted.
	warn func(code int, text string)
	// muted counts the constant folds under way (compile.go's fold):
	// a warning met then is noted in mutedWarn, not given, and the
	// expression is left to warn when TLC evaluates it.
	muted     atomic.Int32
	mutedWarn atomic.Bool
	warned    atomic.Bool // a warning was given (Warned)

	mu   sync.Mutex
	regs map[int64]value.Value // TLCSet(i, v)
	rnd  *rand.Rand
	draw atomic.Pointer[Random] // TLC's generator, when a simulator installs it (tlcrandom.go)
}

// RunStats are the search's counts, for TLCGet("stats") and its named
// parts ("distinct", "generated", "queue", "diameter").
type RunStats struct {
	Generated, Distinct, Queue int64
	Initial                    int64 // the number of initial states
}

func newRun(checkDeadlock bool) *Run {
	seed := time.Now().UnixNano()
	r := &Run{start: time.Now(), deadlock: checkDeadlock, seed: seed, regs: map[int64]value.Value{},
		rnd: rand.New(rand.NewPCG(uint64(seed), 0x9e3779b97f4a7c15))}
	r.workers.Store(1)
	r.print.w = defaultPrintOutput
	return r
}

// SetLevel tells the run that the search now expands the states of the
// given level (TLC's numbering: the initial states are level 1). In Next,
// TLCGet("level") is that level; in an invariant or constraint of a new
// state it is one more.
func (r *Run) SetLevel(level int) {
	r.searching.Store(true)
	r.level.Store(int64(level))
	for d := r.diameter.Load(); int64(level) > d && !r.diameter.CompareAndSwap(d, int64(level)); d = r.diameter.Load() {
	}
}

// AtLevel makes level the level being expanded, as SetLevel does, for
// the evaluations the liveness check makes again after the search (a
// state's successors, its constraints, its VIEW, its temporal
// predicates, each at the level of the state TLC makes them in), and
// returns what puts the level back. Unlike SetLevel it leaves the
// diameter alone: a state met again on a lasso may be deeper than any
// the search expanded.
func (r *Run) AtLevel(level int) (restore func()) {
	prev := r.level.Swap(int64(level))
	return func() { r.level.Store(prev) }
}

// LevelRead reports whether TLCGet("level") has been evaluated in this
// run: a checker that caches what it evaluated in a state by the state's
// fingerprint must not, once it has, since the same state may be met at
// another level.
func (r *Run) LevelRead() bool { return r != nil && r.levelRead.Load() }

// SetWalkLevel tells the run that a simulator now extends a behaviour
// whose last state is at the given level (its position in the behaviour,
// 1 for the initial state; 0 while the initial states are checked): in
// Next, TLCGet("level") is that level, in an invariant or constraint of
// a successor one more, as in TLC's simulator. Unlike SetLevel it leaves
// the search's counts unknown (TLCGet("distinct") stays unsupported).
func (r *Run) SetWalkLevel(level int) {
	r.walking.Store(true)
	r.level.Store(int64(level))
}

// SetDFIDLevel tells the run that TLC's depth-first search (-dfid) now
// expands a state at the given level (its depth on the search's stack, 1
// for an initial state; 0 while the initial states are computed and
// checked): TLC's states carry their level, the depth of the path the
// search reached them by. In Next, TLCGet("level") is that level, in a
// constraint, invariant or view of a successor one more. TLC's
// DFIDModelChecker keeps no statistics: TLCGet("diameter"),
// ("distinct"), ... are -1.
func (r *Run) SetDFIDLevel(level int) {
	r.dfid.Store(true)
	r.level.Store(int64(level))
}

// SetWorkers sets the number of workers TLCGet("config").worker reports
// (1 until the checker says otherwise, also in ASSUMEs).
func (r *Run) SetWorkers(n int) { r.workers.Store(int64(n)) }

// Composed is the number of intermediate states that action
// compositions (A \cdot B) have computed so far: TLC counts them among
// the states generated, and a checker adds those of its search.
func (r *Run) Composed() int64 { return r.composed.Load() }

// SetExit installs what TLCSet("exit", TRUE) does: stop the search
// once the state being expanded is done, reporting no error (TLC's
// ModelChecker.stop, or its simulator's). Without it (or after
// SetExit(nil)), TLCSet("exit", TRUE) is unsupported.
func (r *Run) SetExit(f func()) {
	if f == nil {
		r.exit.Store(nil)
		return
	}
	r.exit.Store(&f)
}

// SetSpecInfo installs what TLCGet("spec") is: TLC's record of the spec's
// inits, actions, invariants, ... (a checker computes it, knowing their
// source ranges).
func (r *Run) SetSpecInfo(f func() (value.Value, error)) { r.spec.Store(&f) }

// SetSeen installs what tells whether a complete state is among those
// the breadth-first search has already found (under its VIEW and
// symmetry), for TLCExt's PickSuccessor, which TLC makes TRUE for such a
// successor before it looks at its argument. A simulator installs none:
// TLC's simulator remembers no states.
func (r *Run) SetSeen(f func(value.State) (bool, error)) {
	if f == nil {
		r.seen.Store(nil)
		return
	}
	r.seen.Store(&f)
}

// SetStats installs the function TLCGet reads the search's counts from.
func (r *Run) SetStats(f func() RunStats) { r.stats.Store(&f) }

func (r *Run) counts() RunStats {
	if f := r.stats.Load(); f != nil {
		return (*f)()
	}
	return RunStats{}
}

// Evaluation phases of a ctx, which decide what TLCGet("level") means.
const (
	phaseConst = iota // ASSUME, constant folding, Init: level 0
	phaseNext         // Next, action constraints and properties: the expanded state's level
	phaseState        // a state predicate of a new state: one level further
)

// What TLCGet("level") reads where the phase does not say it (ctx.levelAs).
const (
	levelByPhase = iota // by the phase (levelOf)
	levelOfState        // a state predicate's state: one level further than the one expanded
	levelOfStep         // a step's first state: the level expanded
)

// levelOf is TLCGet("level") in k: TLC's level of the state it evaluates
// the expression in (s0 in TLC's Tool, whose level each state carries),
// 0 in ASSUMEs and Init. k.level, when set, is that state's own level (a
// replay, a trace's state printed through its VIEW: Spec.ViewAt);
// otherwise the search's, which the checker keeps up to date. The
// predicates of the temporal properties and the fairness conditions are
// evaluated in a state too, whatever the phase they take for the rest
// (levelAs): TLC's liveness checking evaluates them in the search's
// states, ENABLED and []<>P in a state at its level, a step's <<A>>_v at
// its first state's (TLC rev cc6b616: WF_x(A) with A printing
// TLCGet("level") prints each state's level, never 0).
func (r *Run) levelOf(k *ctx) int64 {
	if !r.levelRead.Load() {
		r.levelRead.Store(true)
	}
	switch k.levelAs {
	case levelOfState:
		return r.level.Load() + 1
	case levelOfStep:
		if k.level > 0 {
			return k.level
		}
		return r.level.Load()
	}
	switch k.phase {
	case phaseNext:
		if k.level > 0 {
			return k.level
		}
		return r.level.Load()
	case phaseState:
		if k.level > 0 {
			return k.level
		}
		return r.level.Load() + 1
	}
	return 0
}

// tlcRunNames are the run-dependent operators and their arities.
var tlcRunNames = map[string]int{"TLCGet": 1, "TLCSet": 2, "RandomElement": 1, "JavaTime": 0, "Any": 0}

// tlcRunOp compiles an application of a run-dependent operator. Its value
// must be computed at each evaluation: it is never folded nor memoised.
func (c *compiler) tlcRunOp(name string, args []ast.Expr, pos token.Pos, en cenv) (cx, bool) {
	n, ok := tlcRunNames[name]
	if !ok {
		return cx{}, false
	}
	if len(args) != n {
		if n == 0 {
			return c.fail(pos, "%s takes no arguments", name), true
		}
		return c.fail(pos, "operator %s takes %d arguments, not %d", name, n, len(args)), true
	}
	if name == "RandomElement" && n == 1 {
		return c.randomElement(args[0], en, pos), true
	}
	xs := make([]cx, n)
	for i, a := range args {
		xs[i] = c.expr(a, en)
	}
	r := c.run
	// depRun with depState marks a read of the run for hiddenAtLoad.
	dep := depSide | depState | depRun
	if c.loadTrial {
		dep = depSide | depRun
	}
	switch name {
	case "JavaTime":
		return cx{fn: func(*ctx) (value.Value, error) {
			// TLC: seconds since the epoch, kept non-negative as a Java int.
			return value.Int(time.Now().Unix() & 0x7FFFFFFF), nil
		}, dep: depSide | depRun, pos: pos}, true
	case "Any":
		return konst(value.AnySet, pos), true
	case "TLCGet":
		a := xs[0]
		primed := en.primed
		return cx{fn: func(k *ctx) (value.Value, error) {
			v, err := a.fn(k)
			if err != nil {
				return nil, err
			}
			if primed && k.phase == phaseNext {
				// TLCGet("level")': TLC evaluates a primed expression
				// in the successor (s0 := s1), whose level is one more.
				if s, ok := value.AsString(v); ok && s == "level" {
					if _, err := r.get(k, v, pos); err != nil {
						return nil, tlcGetFailed(err)
					}
					return value.Int(r.levelOf(k) + 1), nil
				}
			}
			v, err = r.get(k, v, pos)
			return v, tlcGetFailed(err)
		}, dep: dep | a.dep, pos: pos}, true
	default: // TLCSet
		a, b := xs[0], xs[1]
		return cx{fn: func(k *ctx) (value.Value, error) {
			i, err := a.fn(k)
			if err != nil {
				return nil, err
			}
			v, err := b.fn(k)
			if err != nil {
				return nil, err
			}
			return r.set(k, i, v, pos)
		}, dep: depSide | depRun | a.dep | b.dep, pos: pos}, true
	}
}

// constantValue is the compiled body of a module-level definition without
// parameters: TLC evaluates such a definition once, before the search,
// when it is of constant level, and so a definition that draws a random
// element (Edges == ... RandomElement(...)) denotes one value for the
// whole run, while RandomElement written in an action draws anew each
// time. TLCGet is of a higher level (TLC gives TLCGet level 1): a
// definition using it is evaluated each time. TLCSet is of constant level:
// a definition using it is evaluated here, where TLCSet of a register
// fails as it does at TLC's load (atload.go), after what it printed, and
// is evaluated again at each use.
//
// A definition that prints (prints: randomconst.go's printingDefs) is
// evaluated once too, as TLC does, so that it prints once.
//
// A constant body left unfolded because it warns (fold) is evaluated
// here, as TLC evaluates it at startup, warning once (golden ExceptWarn).
func (c *compiler) constantValue(ce compiled, prints bool) cx {
	x := ce.x
	if x.dep == 0 && x.lazy == nil && !ce.prime && !ce.temporal && c.cov == nil {
		if v, err := x.fn(c.constCtx()); err == nil && !unsortable(v) {
			// Normalized at its top, as TLC keeps a constant
			// definition's value: F == f @@ g prints sorted, <<f @@ g>>
			// does not (TLC rev cc6b616, golden OrderConst).
			return konst(value.NormalizedTop(v), x.pos)
		}
		return x
	}
	if (x.dep&depRun == 0 && !prints) || x.dep&(depState|depNext|depEnv) != 0 || ce.prime || ce.temporal {
		return x
	}
	if x.dep&depRun == 0 && x.dep&depPending != 0 {
		return x
	}
	v, err := c.evalAtLoad(x)
	if err != nil {
		return x
	}
	return konst(value.NormalizedTop(v), x.pos)
}

// get is TLCGet(i): register i (i a natural number) or a named fact of
// the run (i a string), as TLC's TLCGetSet defines them.
func (r *Run) get(k *ctx, i value.Value, pos token.Pos) (value.Value, error) {
	if n, ok := i.(value.IntV); ok && n >= 0 {
		r.mu.Lock()
		v, ok := r.regs[int64(n)]
		r.mu.Unlock()
		if !ok {
			return nil, errorf(pos, "TLCGet(%d) was undefined.", n)
		}
		return v, nil
	}
	name, ok := value.AsString(i)
	if !ok {
		return nil, errorf(pos, "The argument of TLCGet should be a nonnegative integer, but instead it is:\n%s", i)
	}
	if strings.HasPrefix(name, "-D") {
		// A Java system property of TLC's JVM; unset, TLC answers the
		// key itself. wspcycle always composes actions (\cdot), which
		// TLC does with -Dtlc2.tool.impl.Tool.cdot=true.
		if name == "-Dtlc2.tool.impl.Tool.cdot" {
			return r.strs.Str("true"), nil
		}
		return i, nil
	}
	if k.atLoad {
		return r.loadGet(name, pos)
	}
	if r.walking.Load() && !r.searching.Load() {
		if v, ok := r.simGet(k, name); ok {
			return v, nil
		}
	}
	if r.dfid.Load() {
		if v, ok := r.dfidGet(k, name); ok {
			return v, nil
		}
	}
	switch name {
	case "level":
		if k.phase != phaseConst && !r.searching.Load() && !r.walking.Load() && !r.dfid.Load() {
			return nil, errorf(pos, "unsupported: TLCGet(%q) outside the breadth-first model checker", name)
		}
	case "distinct", "generated", "queue":
		if r.walking.Load() && !r.searching.Load() {
			// TLC's simulator has no model checker to ask: its
			// TLCGetSet meets a null one (TLC rev cc6b616).
			return nil, errorf(pos, "TLCGet(%s) was undefined.", name)
		}
		fallthrough
	case "diameter", "stats":
		if k.phase != phaseConst && !r.searching.Load() {
			return nil, errorf(pos, "unsupported: TLCGet(%q) outside the breadth-first model checker", name)
		}
	}
	st := r.counts()
	switch name {
	case "level":
		return value.Int(r.levelOf(k)), nil
	case "diameter":
		return value.Int(max(1, r.diameter.Load())), nil
	case "distinct":
		return value.Int(st.Distinct), nil
	case "generated":
		return value.Int(st.Generated), nil
	case "queue":
		return value.Int(st.Queue), nil
	case "duration":
		return value.Int(int64(time.Since(r.start) / time.Second)), nil
	case "stats":
		if f := r.simStats.Load(); f != nil {
			return r.simStatsRecord((*f)()), nil
		}
		return r.strs.Record("diameter", value.Int(max(1, r.diameter.Load())), "distinct", value.Int(st.Distinct),
			"duration", value.Int(int64(time.Since(r.start)/time.Second)), "generated", value.Int(st.Generated),
			"queue", value.Int(st.Queue), "worker", value.Int(0), "initial", value.Int(st.Initial)), nil
	case "config":
		return r.configRecord(), nil // tlcconfig.go
	case "action":
		// TLC's breadth-first and depth-first searches do not know the
		// action (tlcext.go).
		if k.phase != phaseConst && !r.searching.Load() && !r.dfid.Load() {
			return nil, errorf(pos, "unsupported: TLCGet(%q) outside the breadth-first model checker", name)
		}
		return unknownAction(r.strs), nil
	case "spec":
		f := r.spec.Load()
		if f == nil {
			return nil, errorf(pos, "unsupported: TLCGet(\"spec\") outside the breadth-first model checker")
		}
		v, err := (*f)()
		if err != nil {
			return nil, errorf(pos, "unsupported: TLCGet(\"spec\") of %v", err)
		}
		return v, nil
	case "revision":
		return r.revision(), nil
	}
	return nil, errorf(pos, "TLCGet(%s) was undefined.", name)
}

// revision is TLCGet("revision"): the TLC whose behaviour wspcycle gives.
func (r *Run) revision() value.Value {
	return r.strs.Record("timestamp", value.Int(tlcRevTimestamp), "date", r.strs.Str(tlcRevDate),
		"count", value.Int(0), "tag", r.strs.Str(tlcRevTag), "calver", r.strs.Str(tlcRevCalver))
}

// set is TLCSet(i, v): it sets register i to v (TLC keeps registers per
// worker; wspcycle has one set, which is TLC's with one worker) and is
// TRUE. TLCSet("exit", TRUE) stops the search (SetExit);
// TLCSet("pause", TRUE) waits for one byte of input (pauseSearch).
func (r *Run) set(k *ctx, i, v value.Value, pos token.Pos) (value.Value, error) {
	if n, ok := i.(value.IntV); ok && n >= 0 {
		if k.atLoad {
			return nil, errLoadTLCSet(pos)
		}
		r.mu.Lock()
		r.regs[int64(n)] = v
		r.mu.Unlock()
		return value.True, nil
	}
	if name, ok := value.AsString(i); ok && (name == "exit" || name == "pause") {
		if v != value.True || k.atLoad {
			return value.True, nil
		}
		if name == "pause" {
			if err := r.pauseSearch(k, pos); err != nil {
				return nil, err
			}
			return value.True, nil
		}
		if f := r.exit.Load(); f != nil {
			(*f)()
			return value.True, nil
		}
		return nil, errorf(pos, "unsupported: TLCSet(%q, TRUE)", name)
	}
	return nil, errorf(pos, "The first argument of TLCSet should be a nonnegative integer, but instead it is:\n%s", i)
}

// tlcGetFailed is err, an error of TLCGet, as TLC reports it: raised in
// the Java method TLC overrides TLCGet with, whose preamble comes first
// (TLC rev cc6b616: CTLCGetBad, TLCGet("nosuch")); what wspcycle does
// not support stays its own.
func tlcGetFailed(err error) error {
	ee, ok := err.(*Error)
	if !ok || strings.HasPrefix(ee.Msg, "unsupported") {
		return err
	}
	return errorf(ee.Pos, "Attempted to apply the operator overridden by the Java method\npublic static tlc2.value.impl.Value tlc2.module.TLCGetSet.TLCGetEval(tlc2.tool.impl.Tool,tla2sany.semantic.ExprOrOpArgNode[],tlc2.util.Context,tlc2.tool.TLCState,tlc2.tool.TLCState,int,tlc2.tool.coverage.CostModel),\nbut it produced the following error:\n%s", ee.Msg)
}

// TLCGet("revision") is the build of TLC (tlc2.module.TLCGetSet: its
// timestamp in seconds, date, commit count, tag and calendar version)
// whose behaviour wspcycle follows: TLC rev cc6b616, the oracle of its
// goldens. Specs read it to require a TLC new enough for a feature
// (the Examples' SimKnuthYao: TLCGet("revision").timestamp >= 1663720820),
// which wspcycle, following that TLC, has.
const (
	tlcRevTimestamp = 1796514484
	tlcRevDate      = "2026-12-05T23:48:04.61Z"
	tlcRevTag       = "cc6b616"
	tlcRevCalver    = "2026.12.05.234804"
)

// unsortable reports whether v holds a set TLC cannot sort: its
// deepNormalize of a constant definition's value fails at startup, and
// the definition is evaluated where it is used instead (its values then
// know their nodes in the replay: TLC rev cc6b616, S == {{{1}, {"a"}},
// {{2}}}, UNION S names {1}).
func unsortable(v value.Value) bool {
	_, mixed := v.(*value.MixedSetV)
	return mixed || value.HoldsMixed(v)
}

// StateLevel is TLCGet("level") in a state predicate of a new state (a
// CONSTRAINT, a VIEW): one more than the level being expanded, 1 for an
// initial state. A constraint or view written in Go (the tlc command's
// -loadTrace) reads the level here, as the spec's own would.
func (r *Run) StateLevel() int64 { return r.level.Load() + 1 }
