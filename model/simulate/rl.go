package simulate

import (
	"errors"
	"math"
	"sort"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/value"
)

// Scheduler is how a step draws the first action it tries (TLC's
// -simulate sched=): uniformly, or by weights a reinforcement learner
// keeps (TLC rev cc6b616: RLSimulationWorker, RLActionSimulationWorker).
type Scheduler int

const (
	// SchedRandom draws the first action uniformly (TLC's default).
	SchedRandom Scheduler = iota
	// SchedRL is TLC's sched=rl: Q-values per action and state (by its
	// fingerprint, under the SYMMETRY and through the VIEW when there are
	// ones), learnt from each
	// behaviour that ends without a violation.
	SchedRL
	// SchedRLAction is TLC's sched=rlaction: Q-values per action and the
	// action that led to the state; it learns only which actions were
	// found disabled.
	SchedRLAction
)

// String is TLC's name of the scheduler, as TLCGet("config").sched says it.
func (s Scheduler) String() string {
	switch s {
	case SchedRL:
		return "rl"
	case SchedRLAction:
		return "rlaction"
	}
	return "random"
}

// TLC's learning constants (RLSimulationWorker, rev cc6b616: the system
// properties tlc2.tool.Simulator.rl.alpha, .gamma and .reward, unset).
// Variables, not constants: Java computes 1 - alpha in doubles, where Go
// would compute a constant exactly.
var (
	rlAlpha  = 0.3   // the learning rate
	rlGamma  = 0.7   // the discount factor
	rlReward = -10.0 // each step's reward: negative, to seek other paths
)

// rlMinQ is Java's -Double.MAX_VALUE: the Q-value of an action found
// disabled, and of an action never tried in a state (getOrDefault).
const rlMinQ = -math.MaxFloat64

// qLearner is the state of TLC's reinforcement-learning scheduler: q[a]
// maps a state's key to action a's Q-value (RLSimulationWorker.q, kept by
// the worker across all its behaviours).
type qLearner struct {
	byAction bool
	q        []map[uint64]float64
	w        []float64 // scratch: the weights of a draw
	order    []rlPair
}

// rlPair is a weight and its action (RLSimulationWorker.Pair).
type rlPair struct {
	key   float64
	value int
}

func newQLearner(sched Scheduler, actions int) *qLearner {
	l := &qLearner{byAction: sched == SchedRLAction, q: make([]map[uint64]float64, actions)}
	for i := range l.q {
		l.q[i] = map[uint64]float64{}
	}
	return l
}

// first draws the action a step tries first in the state of key k
// (RLSimulationWorker.getNextActionIndex): every action's Q-value there,
// 0 when new, gives it the weight exp(q)/sum; the weights sorted from the
// heaviest (stably: equal ones keep the actions' order) and summed up,
// the first whose sum reaches one nextDouble is drawn, the last when none
// does (no action left enabled: every weight is 0/0).
func (l *qLearner) first(rng *javaRand, k uint64) int {
	l.w = l.w[:0]
	denum := 0.0
	for _, m := range l.q {
		q, ok := m[k]
		if !ok {
			m[k] = 0
		}
		d := math.Exp(q)
		l.w = append(l.w, d)
		denum += d
	}
	l.order = l.order[:0]
	for i, d := range l.w {
		l.order = append(l.order, rlPair{d / denum, i})
	}
	nd := rng.nextDouble()
	sort.SliceStable(l.order, func(i, j int) bool { return javaDoubleCompare(l.order[j].key, l.order[i].key) < 0 })
	sum := 0.0
	for i, p := range l.order {
		if i == 0 {
			sum = p.key
		} else {
			sum = float64(sum + p.key)
		}
		if sum >= nd {
			return p.value
		}
	}
	return l.order[len(l.order)-1].value
}

// disabled notes that action a has no successor in the state of key k
// (getNextActionAltIndex): its Q-value there drops to the least, so that
// it is not drawn there again. (sched=rlaction first sets it to alpha
// times the reward, then to the least as sched=rl does.)
func (l *qLearner) disabled(a int, k uint64) { l.q[a][k] = rlMinQ }

// learn updates the Q-values along a behaviour that ended without a
// violation (RLSimulationWorker.postTrace), from its last step back to
// its first: the Q-value of the step's action in the state it left
// becomes (1-alpha)q + alpha(reward + gamma max), max the best Q-value of
// any action in the state the step reached (the least when none is
// known). keys are the behaviour's states' keys, acts[i] the action of
// the step to state i. sched=rlaction learns nothing here.
//
// reward is the reward of the step to state i (RLSimulationWorker's
// getReward: the cfg's _RL_REWARD on the step, else rlReward); its error
// ends the learning with it.
func (l *qLearner) learn(keys []uint64, acts []int, reward func(i int) (float64, error)) error {
	if l.byAction {
		return nil
	}
	for i := len(keys) - 1; i > 0; i-- {
		r, err := reward(i)
		if err != nil {
			return err
		}
		maxQ := rlMinQ
		for _, m := range l.q {
			q, ok := m[keys[i]]
			if !ok {
				q = rlMinQ
			}
			maxQ = math.Max(maxQ, q)
		}
		m := l.q[acts[i]]
		qi := m[keys[i-1]]
		// Each product rounded on its own (no fused multiply-add), as Java's.
		m[keys[i-1]] = float64(float64(1-rlAlpha)*qi) + float64(rlAlpha*(r+float64(rlGamma*maxQ)))
	}
	return nil
}

// stepReward is the reward of the step from state from to state to of
// s.path: the cfg's _RL_REWARD evaluated on it, else TLC's default.
func (s *simulator) stepReward(from, to int) (float64, error) {
	if s.sp.RLReward == nil {
		return rlReward, nil
	}
	return s.sp.RLReward(s.path[from].State, s.path[to].State)
}

// learnFailed ends the run with err, an error of the cfg's _RL_REWARD,
// met learning from the behaviour just checked (TLC's worker throws it).
func (s *simulator) learnFailed(err error) {
	if err == nil {
		return
	}
	s.fatal = true
	s.res.Result, s.res.Message = model.ResultError, err.Error()
	var ee *eval.Error
	if errors.As(err, &ee) {
		s.res.Message, s.res.Pos = ee.Msg, ee.Pos
	}
}

// javaDoubleCompare is Java's Double.compare: NaN above everything and
// equal to itself, -0.0 below 0.0.
func javaDoubleCompare(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	ab, bb := javaDoubleBits(a), javaDoubleBits(b)
	switch {
	case ab < bb:
		return -1
	case ab > bb:
		return 1
	}
	return 0
}

// javaDoubleBits is Java's Double.doubleToLongBits: the bits of d, every
// NaN as the canonical one.
func javaDoubleBits(d float64) int64 {
	if d != d {
		return 0x7ff8000000000000
	}
	return int64(math.Float64bits(d))
}

// rlKey is the key of a state for the learner: with sched=rlaction the
// action that led to it (act: 1 + its index among TLC's actions, 0 for an
// initial state, which TLC's simulator gives one action, the initial
// predicate's); with sched=rl its fingerprint as TLC's
// TLCState.fingerPrint computes it, under the SYMMETRY and through the
// VIEW when there is one (model.StateKey).
func (s *simulator) rlKey(st value.State, act int) (uint64, error) {
	if s.rl.byAction {
		return uint64(act), nil
	}
	return model.StateKey(s.sp, st)
}

// learnAsTLC learns from the behaviour just checked as TLC's sched=rl
// worker does (rev cc6b616), or dies as it does. When TLC has handed the
// behaviour out (SimulationWorker.getTrace: to its temporal properties'
// check, or to a file=), getTrace has relinked the states it keeps, each
// to the kept one before it, leaving out every state equal to the one
// before it (a stuttering step), and setPredecessor has renumbered the
// kept states' levels; the states left out keep their links and levels.
// RLSimulationWorker.postTrace then walks level-1 links back from the
// last state, learning from each step on the way (a step from a state
// left out is learnt as from the equal state kept before it); when the
// last state's level is more than the links it can follow, the walk runs
// past the initial state, a NullPointerException (model.RLNullState)
// that ends the run, reported with the behaviour getTrace gave
// (TLCTrace).
func (s *simulator) learnAsTLC() {
	if s.rl.byAction {
		return // sched=rlaction's postTrace learns nothing
	}
	n := len(s.path)
	if !(s.res.Opt.TraceFile || s.live != nil && s.live.Branches() > 0) || n < 2 {
		s.learnFailed(s.rl.learn(s.keys, s.stepActs, func(i int) (float64, error) { return s.stepReward(i-1, i) }))
		return
	}
	pred, level := make([]int, n), make([]int, n)
	for i := range pred {
		pred[i], level[i] = i-1, i+1
	}
	last := 0 // the last state kept
	for i := 1; i < n; i++ {
		if !SameState(s.path[i].State, s.path[i-1].State) {
			pred[i], level[i] = last, level[last]+1
			last = i
		}
	}
	// The walk, from the last state back; learn takes it oldest first.
	chain := []int{n - 1}
	for it := level[n-1] - 1; it > 0; it-- {
		p := pred[chain[len(chain)-1]]
		if p < 0 {
			s.fatal = true
			s.res.Result, s.res.Message = model.ResultError, model.RLNullState
			s.path = TLCTrace(s.path)
			return
		}
		chain = append(chain, p)
	}
	keys, acts := make([]uint64, len(chain)), make([]int, len(chain))
	for j, i := range chain {
		keys[len(chain)-1-j], acts[len(chain)-1-j] = s.keys[i], s.stepActs[i]
	}
	s.learnFailed(s.rl.learn(keys, acts, func(i int) (float64, error) {
		// The step from the kept state before chain's i-th (oldest
		// first) to it.
		return s.stepReward(chain[len(chain)-i], chain[len(chain)-1-i])
	}))
}
