package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// Spec is a loaded module with its configuration, ready to explore.
// Computations are function-valued fields so that a checker can also be
// tested on hand-built systems.
type Spec struct {
	Module *ast.Module
	// Modules are the other modules the root uses, by name (standard
	// modules excluded), as package module loaded them; nil for a spec
	// built from one module. TLC's order of variables in traces depends on
	// every symbol the root sees (model.TLCVarOrder).
	Modules map[string]*ast.Module
	Name    string       // module name
	Vars    []string     // variable names, in declaration order = State order
	Actions []ActionInfo // the static split of Next into actions
	// InitName and InitPos name the initial predicate's definition
	// ("Init" and the expression's position when it is not a name), as
	// TLC's coverage report names it.
	InitName string
	InitPos  token.Pos
	// InitLabel is TLC's label of an initial state in a simulated
	// behaviour: the definition's name and its body's range ("Init line 4,
	// col 9 to line 4, col 13 of module M"), or for an initial predicate
	// written in place "Initial predicate" and its range (TLC rev cc6b616).
	InitLabel string
	// InitParts are the initial predicate's conjuncts as TLC's
	// SpecProcessor keeps them, one per state-level conjunct of the
	// specification (Init /\ InitY /\ [][Next]_v: two; INIT Init: one),
	// in order: TLC's init actions, the first ids of its action graph
	// (-simulate stats=basic). Nil for a hand-built spec.
	InitParts []InitPart

	// Init yields every initial state; an error from yield aborts.
	Init func(yield func(value.State) error) error
	// Next yields every successor of s, labelled with its action.
	Next func(s value.State, yield func(Step) error) error
	// NextShared is Next except that each Step's State and Params, and
	// some of the values in State, are the evaluator's own memory,
	// overwritten once yield returns: a caller that keeps the state must
	// copy it with Step.Keep (State.Clone is not enough), and the Params
	// with copy. A model checker sees most successors only to find them
	// visited already, and this spares it the allocations of each such
	// successor. It may be nil (hand-built specs); then use Next.
	NextShared func(s value.State, yield func(Step) error) error
	// NextAt is Next with TLCGet("level") the given level rather than
	// the level the search expands (Run.SetLevel): a replay rebuilding
	// a behaviour expands each state at its own level while the
	// workers go on. It may be nil (hand-built specs); then use Next.
	NextAt func(level int, s value.State, yield func(Step) error) error

	Invariants        []StatePred
	Constraints       []StatePred  // CONSTRAINT: a state failing one is checked but not expanded
	ActionConstraints []ActionPred // ACTION_CONSTRAINT: a step failing one is dropped
	// Properties are the temporal parts of the PROPERTY entries. As in TLC
	// (SpecProcessor.processConfigProps), a conjunct []P of a PROPERTY with
	// P a state predicate is not among them: it is appended to Invariants
	// (named after P when P is a name), and a conjunct [][A]_v goes to
	// ActionProperties.
	Properties []Property
	// ActionProperties are the [][A]_v conjuncts of the PROPERTY entries
	// (TLC's implied actions): every step s -> t the search generates must
	// satisfy Eval, which is A \/ v' = v.
	ActionProperties []ActionPred
	// InitProperties are the conjuncts of the PROPERTY entries that are
	// state predicates (TLC's implied inits): they must hold in every
	// initial state, and are not checked anywhere else.
	InitProperties []StatePred
	// StateLevelProperties are the PROPERTY entries, in the cfg's order,
	// whose whole formula is a state predicate (TLC warns of each, 2255:
	// checked in the initial states only).
	StateLevelProperties []string
	Fairness             []Fairness // the WF_/SF_ conjuncts of SPECIFICATION
	// FairnessFormulas are the other temporal conjuncts of SPECIFICATION
	// (e.g. []<><<A>>_v, or WF_v(A) under an \E): every behaviour of the
	// specification satisfies them, so a counterexample to a property
	// must too.
	FairnessFormulas []*LiveExpr
	// LiveConsts are the evaluations TLC makes of the constant-level parts
	// of the temporal properties while it builds its liveness problem,
	// in its order (liveconst.go): the checker makes them (Value) there.
	LiveConsts []*LiveConst
	// SplitErr is TLC's failure splitting the next-state relation into
	// its actions (splitliteral.go), reported before the initial states.
	SplitErr *Error
	// SpecRefusal is TLC's refusal of a temporal conjunct of the
	// specification ([]S with S a state predicate, []a with a parameter):
	// the checker stops with it before any search.
	SpecRefusal   *LiveRefusal
	CheckDeadlock bool // cfg CHECK_DEADLOCK (default TRUE)
	// NoNext: the model has no next-state relation (INIT without NEXT, a
	// SPECIFICATION without [][Next]_v) and nothing that needs one: TLC
	// computes the initial states, then stops with its error 2115
	// (nonext.go). Next yields no step, and CheckDeadlock is false.
	NoNext    bool
	NoNextPos token.Pos // the cfg's INIT or SPECIFICATION, for NoNext
	// SpecDef is the definition the cfg's SPECIFICATION names; nil with
	// INIT and NEXT (TLC names it in its warning after a counterexample
	// that stutters).
	SpecDef *ast.OpDef
	// View, when not nil, maps a state to the value that is fingerprinted
	// instead of the state (cfg VIEW).
	View func(value.State) (value.Value, error)
	// ViewAt is View in a state whose own level (TLCGet("level")) is
	// given rather than the search's: a trace's state printed through the
	// VIEW (TLC's -view) is at its position in the trace. Not nil when
	// View is not; level 0 is View.
	ViewAt func(level int, s value.State) (value.Value, error)
	// Alias is the cfg's ALIAS, nil when absent.
	Alias *Alias
	// Postconditions are the cfg's POSTCONDITION names (and TLC's
	// -postCondition's), in the order TLC looks them up and evaluates
	// them (builder.postconditions).
	Postconditions []*Postcondition
	// Unimplemented are the cfg's keywords TLC accepts whose effect
	// wspcycle does not have (_PERIODIC), each with its name and what is
	// done instead, for one note on stderr.
	Unimplemented []string
	// RLReward is the cfg's _RL_REWARD: the reward of a step s -> t for
	// -simulate sched=rl (TLC's Tool.evalReward: the operator's value,
	// an integer, or TLC's 2215 error); nil without it (TLC's -10).
	RLReward func(s, t value.State) (float64, error)
	// Run is what TLC's run-dependent operators (TLCGet, TLCSet,
	// RandomElement, ...) read: a checker reports its progress there.
	Run *Run
	// Symmetry is the group of permutations of model values the cfg's
	// SYMMETRY names, less the identity (nil without SYMMETRY): a state
	// stands for all its permutations, and is fingerprinted as the least
	// of them (TLCStateMut.fingerPrint). SymmetryWarning is TLC's warning
	// about symmetry sets of fewer than two elements, or "".
	Symmetry        []*value.Perm
	SymmetryWarning string
	// SymmetryDeclared: the cfg names a SYMMETRY, even one TLC then drops
	// (all its sets too small), for TLC's warning about symmetry with
	// liveness (EC.TLC_FEATURE_UNSUPPORTED_LIVENESS_SYMMETRY).
	SymmetryDeclared bool
	// Coverage holds TLC's coverage trees when the spec was loaded with
	// coverage (Options.Coverage); nil otherwise.
	Coverage *Coverage
	// CallStack records TLC's nested expressions when the spec was loaded
	// with Options.CallStack; nil otherwise.
	CallStack *CallStack

	// ConstantInvariants are the INVARIANT entries, in the cfg's order,
	// naming a constant-level definition equal to TRUE: not checked, and
	// TLC warns of each (2149; constcfg.go).
	ConstantInvariants []string

	// tlc is Next's program for TLCActions and NextOf (tlcactions.go),
	// shared by the copies of the Spec.
	tlc *tlcLazy
}

// ActionInfo describes one action of the static split of Next.
type ActionInfo struct {
	Name   string // e.g. "Grant"; "MyNext" for a disjunct of MyNext applying no operator; "Action" in an inline [][A]_v
	Pos    token.Pos
	Params []string // the \E-bound names on the way to the action, e.g. ["c", "s"]
	// Expr is the action's own expression, the leaf of the split: TLC
	// names its source range in traces ("<Grant line 7, col 12 to ...>").
	Expr ast.Expr
}

// InitPart is a conjunct of the initial predicate: Name is the operator
// it applies ("Init"), "" when written in place (TLC's unnamed action,
// named by its range), Expr the conjunct as written, and Label its name
// and where TLC locates it (as InitLabel: "Init line 4, col 9 to line 4,
// col 13 of module M", at the INSTANCE statement for a definition reached
// through an instance with substitutions).
type InitPart struct {
	Name  string
	Expr  ast.Expr
	Label string
	// DefPos is where Name's definition starts (unset without a Name):
	// -coverage labels the conjunct by the definition's head.
	DefPos token.Pos
}

// Step is one successor: the action that produced it, the values of the
// action's parameters, and the new state.
type Step struct {
	Action int
	Params []value.Value
	State  value.State
	// scratch marks the variables whose values in State are scratch
	// functions of the evaluator (NextShared), which Keep copies.
	scratch uint64
}

// Keep returns a copy of the step's state that stays valid after the
// yield that received the step returns, as a caller of NextShared must
// take it; for a step from Next it is State.Clone.
func (st Step) Keep() value.State { return keepState(st.State, st.scratch) }

// StatePred is a named state predicate (invariant, constraint).
type StatePred struct {
	Name string
	Pos  token.Pos
	Body ast.Expr // the definition's body (its range names the predicate in TLC's DOT file), nil when built by hand
	Eval func(value.State) (bool, error)
	// From is Eval in t, a state the search reached from s (nil: t is
	// initial), which TLCExt's Trace in the predicate needs: the
	// behaviour through s, whether or not t is stored yet. It may be nil
	// (hand-built specs); then use Eval.
	From func(s, t value.State) (bool, error)
}

// ActionPred is a named predicate of a step (action constraint, action
// property).
type ActionPred struct {
	Name string
	Pos  token.Pos
	Body ast.Expr // the definition's body, nil when built by hand
	Eval func(s, t value.State) (bool, error)
}

// TemporalKind is the shape of one part of a temporal property.
type TemporalKind int

// The supported shapes.
const (
	Always           TemporalKind = iota // []P
	Eventually                           // <>P
	AlwaysEventually                     // []<>P
	EventuallyAlways                     // <>[]P
	LeadsTo                              // P ~> Q
	General                              // any other formula: Temporal.Formula
)

func (k TemporalKind) String() string {
	switch k {
	case Always:
		return "[]"
	case Eventually:
		return "<>"
	case AlwaysEventually:
		return "[]<>"
	case EventuallyAlways:
		return "<>[]"
	case LeadsTo:
		return "~>"
	case General:
		return "formula"
	}
	return "?"
}

// Temporal is one part of a property; P and Q are state predicates (Q only
// for LeadsTo). Name, when not empty, names this part in reports instead of
// the property: an instance of a quantified formula, e.g.
// "WaitingStartupCompletes(t1)" for the part t = t1 of
// \A t \in Threads : P(t) ~> Q(t).
type Temporal struct {
	Kind TemporalKind
	P, Q func(value.State) (bool, error)
	Name string
	// Formula is the whole formula of a General part.
	Formula *LiveExpr
	// Consts are TLC's evaluations of the part's constant-level nodes
	// while it builds the part (liveconst.go), in its order: TLC builds
	// the part again on a liveness counterexample, before it evaluates it
	// there (Liveness.findViolatedProperties), and prints what they print
	// again (LiveConst.Replay).
	Consts []*LiveConst
}

// Property is a PROPERTY entry: the conjunction of its parts.
type Property struct {
	Name  string
	Pos   token.Pos
	Parts []Temporal
}

// Fairness is one WF_v(A) or SF_v(A) conjunct of the specification.
type Fairness struct {
	Name    string                               // e.g. "WF_vars(Serve)"
	Strong  bool                                 // SF rather than WF
	Enabled func(value.State) (bool, error)      // ENABLED <<A>>_v
	Taken   func(s, t value.State) (bool, error) // s -> t is an <<A>>_v step
	// Changed reports v' # v on s -> t alone, without A: TLC evaluates
	// <<A>>_v on a step v first, and A only when v changes (LNAction).
	Changed func(s, t value.State) (bool, error)
	// FormulasBefore is the number of FairnessFormulas that come before
	// this condition in the specification's conjuncts (TLC's normal form
	// keeps their order: model/liveprints.go).
	FormulasBefore int
}
