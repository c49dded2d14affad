package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

func init() {
	register(&command{Name: "simulate", Summary: "check invariants on random behaviours of a spec, as TLC -simulate does", Run: runSimulate})
}

const simulateUsage = `Usage: wspcycle simulate [SPEC.tla] [flags]

Generates random behaviours of SPEC.tla under its model configuration, as
TLC's -simulate does: each behaviour starts in an initial state picked at
random and takes a successor picked uniformly among all those Next yields,
until it has -depth states. Every INVARIANT is checked in every state visited
(and, first, in every initial state), and a state with no successor is a
deadlock unless the cfg says CHECK_DEADLOCK FALSE. A state outside a
CONSTRAINT is checked but ends its behaviour; a step outside an
ACTION_CONSTRAINT is never picked. PROPERTY conjuncts are checked as TLC
checks them: []P in every state, [][A]_v on every step taken, a state
predicate on the initial states; liveness (<>, ~>, []<>) needs whole
behaviours and is left to 'wspcycle check'. With no SPEC.tla it simulates
the lifecycle spec built into wspcycle.

Simulation finds deep bugs fast in models too large to check exhaustively,
but proves nothing when it finds none. The same -seed (and spec, -depth,
-runs) always gives the same behaviours and the same report; behaviour k of
seed S is generated from S and k alone.

Exit codes (as 'wspcycle check'):
  0 no error found, 11 deadlock, 12 invariant violated, 13 action property
  or initial-state property violated, 75 evaluation error,
  150 bad input (parse or semantic error in spec or cfg), 2 usage,
  130 interrupted.

Flags:
`

// simFlags are the parsed flags of `wspcycle simulate`.
type simFlags struct {
	config string
	depth  int
	runs   int
	seed   uint64
	json   bool
}

func runSimulate(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	var f simFlags
	fs := flag.NewFlagSet("simulate", flag.ContinueOnError)
	libVar(fs)
	fs.StringVar(&f.config, "config", "", "the model configuration `FILE` (default: SPEC.cfg beside SPEC.tla)")
	fs.IntVar(&f.depth, "depth", 100, "the most states in one behaviour, the initial state being 1 (TLC's -depth)")
	fs.IntVar(&f.runs, "runs", 1000, "the number of behaviours to generate")
	fs.Uint64Var(&f.seed, "seed", 1, "the random `SEED`: the same seed gives the same behaviours")
	fs.BoolVar(&f.json, "json", false, "print the report as JSON (result, exit_code, seed, behaviours, states, max_depth, trace, ...)")
	positional, code, ok := parseFlags(fs, args, simulateUsage, stdout, stderr)
	if !ok {
		return code
	}
	if !oneSpec("simulate", positional, stderr) {
		return model.ExitUsage
	}
	if f.depth < 1 || f.runs < 1 {
		fmt.Fprintln(stderr, "wspcycle simulate: --depth and --runs must be at least 1")
		return model.ExitUsage
	}
	sp, code := loadSpec("simulate", positional, f.config, f.json, stdout, stderr)
	if sp == nil {
		return code
	}
	res := simulate(ctx, sp, simOptions{depth: f.depth, runs: f.runs, seed: f.seed})
	if !writeReport("simulate", f.json, res.writeJSON, res.writeText, stdout, stderr) {
		return model.ExitInternal
	}
	return res.exitCode()
}

// simOptions bound a simulation.
type simOptions struct {
	depth int    // states per behaviour, at most
	runs  int    // behaviours
	seed  uint64 // behaviour k draws from PCG(seed, k)
}

// simResult is the outcome of simulate: a verdict in the checker's words
// (model.Result*), the counts, and the behaviour that broke the spec.
type simResult struct {
	Spec     string
	Vars     []string
	Opt      simOptions
	Result   string
	Property string // the violated invariant
	Message  string // for model.ResultError
	Pos      token.Pos

	InitStates int64 // initial states (all checked; those inside the CONSTRAINTs are the starting pool)
	Behaviours int   // behaviours generated, the failing one included
	States     int64 // states visited, over all behaviours (initial states included)
	Distinct   int   // distinct states among them (by the whole state; a VIEW is ignored), at most maxTracked
	Generated  int64 // successors computed, the ones not picked included
	MaxDepth   int   // the longest behaviour, in states
	Failing    int   // the behaviour the violation was found in (1-based), 0 when none

	Trace    []model.TraceState
	Warnings []string
	Duration time.Duration
}

// simulator is the state of one simulate call.
type simulator struct {
	ctx  context.Context
	sp   *eval.Spec
	res  *simResult
	seen map[uint64]struct{}
	path []model.TraceState // the current behaviour
}

// errSimStop ends an enumeration when a verdict has been reached.
var errSimStop = errors.New("simulation stopped")

// simulate generates opt.runs random behaviours of sp and checks them. It
// never panics on a broken evaluator: a panic becomes an evaluation error
// reported against the behaviour it happened in.
func simulate(ctx context.Context, sp *eval.Spec, opt simOptions) *simResult {
	start := time.Now()
	res := &simResult{Spec: sp.Name, Vars: sp.Vars, Opt: opt, Result: model.ResultOK}
	if len(sp.Properties) > 0 {
		what := fmt.Sprintf("%d temporal PROPERTY entries are", len(sp.Properties))
		if len(sp.Properties) == 1 {
			what = "the temporal PROPERTY is"
		}
		res.Warnings = append(res.Warnings, what+" not checked by simulate (use 'wspcycle check')")
	}
	s := &simulator{ctx: ctx, sp: sp, res: res, seen: map[uint64]struct{}{}}
	pool := s.initial()
	if res.Result == model.ResultOK && len(pool) == 0 {
		res.Warnings = append(res.Warnings, "no initial state satisfies the model's CONSTRAINTs: nothing to simulate")
	}
	for k := 1; k <= opt.runs && res.Result == model.ResultOK && len(pool) > 0; k++ {
		if ctx.Err() != nil {
			res.Result = model.ResultInterrupted
			break
		}
		res.Behaviours = k
		s.behaviour(rand.New(rand.NewPCG(opt.seed, uint64(k))), pool)
		if res.Result != model.ResultOK && res.Result != model.ResultInterrupted {
			res.Failing = k
			res.Trace = s.path
		}
	}
	res.Distinct = len(s.seen)
	model.MarkChanged(res.Trace)
	res.Duration = time.Since(start)
	return res
}

// initial computes every initial state, checks the invariants in each (as
// TLC does before simulating), and returns those inside the CONSTRAINTs.
func (s *simulator) initial() (pool []value.State) {
	defer s.recoverPanic()
	err := s.sp.Init(func(st value.State) error {
		st = st.Clone()
		s.res.InitStates++
		s.path = []model.TraceState{{Action: "Initial predicate", State: st}}
		if !s.checkState(st) || !s.checkInit(st) {
			s.res.Trace = s.path // before any behaviour: Failing stays 0
			return errSimStop
		}
		if s.inModel(st) {
			pool = append(pool, st)
		}
		return nil
	})
	if err != nil && !errors.Is(err, errSimStop) {
		s.evalError(err) // Init itself failed: no state to show
	}
	if s.res.Result != model.ResultOK {
		return nil
	}
	s.path = nil
	return pool
}

// behaviour walks one random behaviour from a state of pool; a verdict ends
// it and leaves it in s.path.
func (s *simulator) behaviour(rng *rand.Rand, pool []value.State) {
	defer s.recoverPanic()
	cur := pool[rng.IntN(len(pool))]
	s.path = append(s.path[:0:0], model.TraceState{Action: "Initial predicate", State: cur})
	s.visit(cur)
	for len(s.path) < s.res.Opt.depth {
		if s.ctx.Err() != nil {
			s.res.Result = model.ResultInterrupted
			return
		}
		// Reservoir sampling: the k-th successor replaces the pick with
		// probability 1/k, so every successor is picked with probability
		// 1/n without holding all n.
		var (
			next  value.State
			label string
			total int
			picks int
		)
		err := s.sp.Next(cur, func(st eval.Step) error {
			total++
			s.res.Generated++
			for _, p := range s.sp.ActionConstraints {
				ok, err := p.Eval(cur, st.State)
				if err != nil {
					s.path = append(s.path, model.TraceState{Action: s.sp.Label(st), State: st.State.Clone()})
					return err
				}
				if !ok {
					return nil
				}
			}
			picks++
			if rng.IntN(picks) == 0 {
				next, label = st.State.Clone(), s.sp.Label(st)
			}
			return nil
		})
		if err != nil {
			s.evalError(err)
			return
		}
		if total == 0 {
			if s.sp.CheckDeadlock {
				s.res.Result = model.ResultDeadlock
			}
			return
		}
		if picks == 0 { // every step left the model
			return
		}
		prev := cur
		cur = next
		s.path = append(s.path, model.TraceState{Action: label, State: cur})
		s.visit(cur)
		if !s.checkState(cur) || !s.checkStep(prev, cur) || !s.inModel(cur) {
			return
		}
	}
}

// maxTracked bounds the set of fingerprints kept to count distinct states
// (about 40 MB), so that a long simulation's memory stays flat: past it the
// count is a lower bound.
const maxTracked = 1 << 21

// visit counts a state of a behaviour.
func (s *simulator) visit(st value.State) {
	s.res.States++
	s.res.MaxDepth = max(s.res.MaxDepth, len(s.path))
	if len(s.seen) < maxTracked {
		s.seen[st.Fingerprint()] = struct{}{}
	}
}

// checkState checks every invariant in st; false means a verdict was reached.
func (s *simulator) checkState(st value.State) bool {
	for _, inv := range s.sp.Invariants {
		ok, err := inv.Eval(st)
		if err != nil {
			s.evalError(err)
			return false
		}
		if !ok {
			s.res.Result, s.res.Property, s.res.Pos = model.ResultInvariant, inv.Name, inv.Pos
			return false
		}
	}
	return true
}

// checkInit checks the PROPERTY conjuncts that are state predicates, which
// TLC checks on initial states only (its implied inits).
func (s *simulator) checkInit(st value.State) bool {
	for _, p := range s.sp.InitProperties {
		ok, err := p.Eval(st)
		if err != nil {
			s.evalError(err)
			return false
		}
		if !ok {
			s.res.Result, s.res.Property, s.res.Pos = model.ResultProperty, p.Name, p.Pos
			s.res.Message = "Property " + p.Name + " is violated by the initial state."
			return false
		}
	}
	return true
}

// checkStep checks every [][A]_v conjunct of PROPERTY on the step taken, as
// TLC's simulator checks its implied actions; false means a verdict.
func (s *simulator) checkStep(from, to value.State) bool {
	for _, p := range s.sp.ActionProperties {
		ok, err := p.Eval(from, to)
		if err != nil {
			s.evalError(err)
			return false
		}
		if !ok {
			s.res.Result, s.res.Property, s.res.Pos = model.ResultActionProperty, p.Name, p.Pos
			return false
		}
	}
	return true
}

// inModel reports whether st satisfies every CONSTRAINT; an evaluation
// error is a verdict (and false).
func (s *simulator) inModel(st value.State) bool {
	for _, c := range s.sp.Constraints {
		ok, err := c.Eval(st)
		if err != nil {
			s.evalError(err)
			return false
		}
		if !ok {
			return false
		}
	}
	return true
}

// evalError records an evaluation error as the checker does: TLC's message,
// its position, and an incompletely specified successor as the last state.
func (s *simulator) evalError(err error) {
	s.res.Result = model.ResultError
	var ee *eval.Error
	var te *token.Error
	switch {
	case errors.As(err, &ee):
		s.res.Message, s.res.Pos = ee.Msg, ee.Pos
		if ee.Partial != nil {
			s.path = append(s.path, model.TraceState{Action: "partial successor", State: ee.Partial})
		}
	case errors.As(err, &te):
		s.res.Message, s.res.Pos = te.Msg, te.Pos
	default:
		s.res.Message = err.Error()
	}
}

// recoverPanic turns a panic of the evaluator into an evaluation error
// against the behaviour it happened in, instead of crashing the command.
func (s *simulator) recoverPanic() {
	if r := recover(); r != nil {
		s.res.Result = model.ResultError
		s.res.Message = fmt.Sprintf("internal error in the evaluator: %v", r)
	}
}

// exitCode is check's exit code for the same verdict.
func (r *simResult) exitCode() int { return (&model.Report{Result: r.Result}).ExitCode() }

// writeText prints the report in check's words; a behaviour that broke the
// spec is printed as check prints a counterexample.
func (r *simResult) writeText(w io.Writer) error {
	b := &strings.Builder{}
	fmt.Fprintf(b, "Simulating %s: %d behaviour%s of at most %d state%s, seed %d.\n",
		r.Spec, r.Opt.runs, plural(r.Opt.runs), r.Opt.depth, plural(r.Opt.depth), r.Opt.seed)
	fmt.Fprintf(b, "Computed %d initial state%s.\n", r.InitStates, plural(int(r.InitStates)))
	switch r.Result {
	case model.ResultOK:
		b.WriteString("Simulation completed. No error has been found.\n")
	case model.ResultInvariant:
		fmt.Fprintf(b, "Error: Invariant %s is violated.\n", r.Property)
	case model.ResultActionProperty:
		fmt.Fprintf(b, "Error: Action property %s is violated.\n", r.Property)
	case model.ResultProperty:
		fmt.Fprintf(b, "Error: %s\n", r.Message)
	case model.ResultDeadlock:
		b.WriteString("Error: Deadlock reached.\n")
	case model.ResultError:
		fmt.Fprintf(b, "Error: %s\n", r.Message)
		if r.Pos.IsValid() {
			fmt.Fprintf(b, "Error: at %s\n", r.Pos)
		}
	default:
		fmt.Fprintf(b, "Stopped: %s.\n", r.Result)
	}
	switch {
	case r.Failing > 0:
		fmt.Fprintf(b, "Found in behaviour %d of seed %d.\n", r.Failing, r.Opt.seed)
	case len(r.Trace) > 0:
		b.WriteString("Found in an initial state, before any behaviour.\n")
	}
	if len(r.Trace) > 0 {
		model.WriteTrace(b, r.Vars, r.Trace)
	}
	atLeast := ""
	if r.Distinct >= maxTracked {
		atLeast = "at least "
	}
	fmt.Fprintf(b, "%d behaviour%s, %d states visited (%s%d distinct), %d states generated, maximum depth %d.\n",
		r.Behaviours, plural(r.Behaviours), r.States, atLeast, r.Distinct, r.Generated, r.MaxDepth)
	for _, msg := range r.Warnings {
		fmt.Fprintf(b, "Warning: %s\n", msg)
	}
	fmt.Fprintf(b, "Finished in %.2fs.\n", r.Duration.Seconds())
	_, err := io.WriteString(w, b.String())
	return err
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// simJSON is the machine-readable report (`wspcycle simulate --json`); its
// names follow check's JSON report where the two share a meaning.
type simJSON struct {
	Spec          string            `json:"spec"`
	Result        string            `json:"result"`
	Property      string            `json:"property,omitempty"`
	Message       string            `json:"message,omitempty"`
	Position      string            `json:"position,omitempty"`
	ExitCode      int               `json:"exit_code"`
	Seed          uint64            `json:"seed"`
	DepthLimit    int               `json:"depth_limit"`
	Runs          int               `json:"runs"`
	Behaviours    int               `json:"behaviours"`
	InitialStates int64             `json:"initial_states"`
	States        int64             `json:"states"`
	Distinct      int               `json:"distinct"`
	Generated     int64             `json:"generated"`
	MaxDepth      int               `json:"max_depth"`
	Failing       int               `json:"failing_behaviour,omitempty"`
	Trace         []model.JSONState `json:"trace"`
	Warnings      []string          `json:"warnings,omitempty"`
	Seconds       float64           `json:"seconds"`
}

func (r *simResult) writeJSON(w io.Writer) error {
	// The trace in check's JSON form, through check's own converter.
	rep := &model.Report{Vars: r.Vars, Trace: r.Trace}
	j := simJSON{
		Spec: r.Spec, Result: r.Result, Property: r.Property, Message: r.Message, ExitCode: r.exitCode(),
		Seed: r.Opt.seed, DepthLimit: r.Opt.depth, Runs: r.Opt.runs, Behaviours: r.Behaviours,
		InitialStates: r.InitStates, States: r.States, Distinct: r.Distinct, Generated: r.Generated,
		MaxDepth: r.MaxDepth, Failing: r.Failing, Trace: rep.JSON().Trace, Warnings: r.Warnings,
		Seconds: r.Duration.Seconds(),
	}
	if r.Pos.IsValid() {
		j.Position = r.Pos.String()
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(j)
}
