package gen

import "github.com/wspcycle/wspcycle/tla/token"

// Machine is the control fragment of a spec: what Compile emits and Graph draws.
type Machine struct {
	Module   string   // the spec's module name
	Source   string   // the spec's file name as given to the parser
	Phase    string   // the phase variable ("" when the spec has none: one phase, named after the module)
	Counter  string   // the counter variable
	Max      string   // the constant bounding the counter ("" when no guard uses one)
	States   []string // phase values: the convention's five in their order, then others by first use
	Initial  string   // the phase value Init assigns
	Triggers []string // Startup, Cleanup, DrainDone, FreeDone (those present), then others by first use
	Actions  []*Action
	Proof    Proof

	live map[edgeKey]bool // (action, phase) edges that fire from a reachable point
}

// Action is one @trigger operator projected onto (phase, counter).
type Action struct {
	Name    string
	Pos     token.Pos
	Trigger string
	Error   string   // error=NAME, or ""
	Wait    bool     // the annotation says the caller waits (no transition)
	Hand    bool     // a refusal the runtime decides by hand (version, Init outcome): not compiled
	From    []string // source phases, in States order
	Guard   boolExpr // conjuncts over the counter; nil is TRUE
	To      string   // target phase ("" when the phase is unchanged)
	Refs    intExpr  // the counter's new value (nil when unchanged)

	filters []phaseFilter // the phase conjuncts, resolved into From once all phases are known
}

// Proof records the exclusion proof: every (phase, trigger) pair's guards were evaluated
// at every counter value 0..bound for every bound 1..MaxBound, and at most one held.
type Proof struct {
	MaxBound int
	Points   int // evaluated (phase, trigger, bound, counter) points
}

// internal reports whether the action keeps the phase (an InternalTransition).
func (a *Action) internal() bool { return a.To == "" }

// compiled reports whether the action becomes a stateless transition.
func (a *Action) compiled() bool { return !a.Wait && !a.Hand }

// target is the phase after the action taken from phase s.
func (a *Action) target(s string) string {
	if a.To == "" {
		return s
	}
	return a.To
}

func (a *Action) enabled(s string, e env) bool {
	if !contains(a.From, s) {
		return false
	}
	return a.Guard == nil || a.Guard.eval(e)
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// canonicalStates and canonicalTriggers fix the order of the names the convention
// (api-control) defines, so that the generated enums do not move when a spec reorders its
// actions.
var (
	canonicalStates   = []string{"Uninitialized", "Active", "Draining", "Freeing", "Reinitializable"}
	canonicalTriggers = []string{"Startup", "Cleanup", "DrainDone", "FreeDone"}
)

// errorSentinels maps an annotation's error=NAME to the fsm sentinel the generated effect
// returns. handErrors are the refusals the runtime decides itself, before firing, from
// data outside the control fragment: they are recorded, not compiled.
var (
	errorSentinels = map[string]string{
		"NotInitialised": "ErrNotInitialised",
		"ProcLimit":      "ErrProcessLimit",
		"ProcessLimit":   "ErrProcessLimit",
		"InProgress":     "ErrInProgress",
		"Fault":          "ErrFault",
		"SysNotReady":    "ErrSysNotReady",
		"NetDown":        "ErrNetDown",
		"Invalid":        "ErrInvalid",
		"Interrupted":    "ErrInterrupted",
	}
	// errorText says what each sentinel means, for the errors a self-contained output
	// declares.
	errorText = map[string]string{
		"ErrNotInitialised": "not initialised",
		"ErrProcessLimit":   "too many users",
		"ErrInProgress":     "a blocking call is in progress",
		"ErrFault":          "bad argument",
		"ErrSysNotReady":    "not ready",
		"ErrNetDown":        "subsystem failed",
		"ErrInvalid":        "invalid argument",
		"ErrInterrupted":    "interrupted",
	}
	handErrors = map[string]string{
		"VerNotSupported": "the runtime negotiates the version before firing",
		"InitFailed":      "the runtime runs Init before firing and fires nothing if it fails",
	}
)
