package trace

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/cfg"
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/value"
)

// DefaultMaxStates bounds the set of candidate states: a spec whose invisible actions
// reach more states than this between two events is too big to validate a trace against.
const DefaultMaxStates = 1 << 20

// Checker validates event streams against one spec and model.
type Checker struct {
	Spec      *eval.Spec
	MaxStates int // 0 means DefaultMaxStates

	ctl            *control
	phaseI, countI int
	consts         map[string]int64 // integer constants of the model, for the failure report
}

// Load reads a spec and its model from fsys (see eval.Load) and prepares a Checker.
func Load(fsys fs.FS, tlaName, cfgName string) (*Checker, error) {
	sp, err := eval.Load(fsys, tlaName, cfgName)
	if err != nil {
		return nil, err
	}
	var conf *cfg.Config
	if src, err := fs.ReadFile(fsys, cfgName); err == nil {
		conf, _ = cfg.Parse(cfgName, src) // eval.Load parsed it already: cannot fail here
	}
	return New(sp, conf)
}

// LoadFiles is Load from the file system paths of the spec and its model.
func LoadFiles(tlaPath, cfgPath string) (*Checker, error) {
	sp, err := eval.LoadFiles(tlaPath, cfgPath)
	if err != nil {
		return nil, err
	}
	var conf *cfg.Config
	if src, err := os.ReadFile(cfgPath); err == nil {
		conf, _ = cfg.Parse(filepath.Base(cfgPath), src)
	}
	return New(sp, conf)
}

// New prepares a Checker for a loaded spec. conf, which may be nil, supplies the integer
// constants that the failure report uses to evaluate guards.
func New(sp *eval.Spec, conf *cfg.Config) (*Checker, error) {
	c := &Checker{Spec: sp, ctl: readControl(sp.Module), phaseI: -1, countI: -1, consts: map[string]int64{}}
	if c.ctl.phase == "" || c.ctl.counter == "" {
		return nil, fmt.Errorf("%s: no `\\* @fsm phase=... counter=...` annotation: cannot map events to the spec", sp.Module.Start)
	}
	for i, v := range sp.Vars {
		switch v {
		case c.ctl.phase:
			c.phaseI = i
		case c.ctl.counter:
			c.countI = i
		}
	}
	if c.phaseI < 0 || c.countI < 0 {
		return nil, fmt.Errorf("%s: @fsm names %s and %s, which are not both variables", sp.Module.Start, c.ctl.phase, c.ctl.counter)
	}
	if len(c.ctl.actions) == 0 {
		return nil, fmt.Errorf("%s: no action is annotated @trigger: no event can be mapped", sp.Module.Start)
	}
	if conf != nil {
		for _, k := range conf.Constants {
			if n, ok := k.Value.(*ast.Number); ok {
				c.consts[k.Name.Name] = n.Value
			}
		}
	}
	return c, nil
}

// Result is the outcome of Validate.
type Result struct {
	Events        int      // events that fit
	MaxCandidates int      // the largest candidate set held (after closing under invisible actions)
	Failure       *Failure // nil when every event fits
}

// Failure names the first event that fits no behaviour of the spec.
type Failure struct {
	Index    int    // into the events given to Validate
	Event    Event  // the event itself
	Reason   string // why it does not fit
	Expected []string
	Enabled  []string // labels of the actions enabled in the states the run could be in
	Conjunct string   // best effort: the conjunct of an expected action that is false there
}

func (f *Failure) Error() string {
	var b strings.Builder
	where := fmt.Sprintf("event %d", f.Index+1)
	if f.Event.Line > 0 {
		where = fmt.Sprintf("line %d (event %d)", f.Event.Line, f.Index+1)
	}
	fmt.Fprintf(&b, "%s does not fit the spec: %s\n  event:    %s\n", where, f.Reason, f.Event)
	if len(f.Expected) > 0 {
		fmt.Fprintf(&b, "  expected: %s\n", strings.Join(f.Expected, ", "))
	}
	fmt.Fprintf(&b, "  enabled:  %s\n", strings.Join(f.Enabled, ", "))
	if f.Conjunct != "" {
		fmt.Fprintf(&b, "  failed:   %s\n", f.Conjunct)
	}
	return b.String()
}

// stateSet is a set of spec states by fingerprint.
type stateSet map[uint64]value.State

func (s stateSet) add(st value.State) bool {
	fp := st.Fingerprint()
	if _, ok := s[fp]; ok {
		return false
	}
	s[fp] = st
	return true
}

func (c *Checker) maxStates() int {
	if c.MaxStates > 0 {
		return c.MaxStates
	}
	return DefaultMaxStates
}

// Validate checks that events, in order, form a behaviour of the spec from one of its
// initial states. It returns an error only when the spec cannot be evaluated or the
// candidate set grows past MaxStates; a run that does not fit is reported in
// Result.Failure.
func (c *Checker) Validate(ctx context.Context, events []Event) (*Result, error) {
	sp := c.Spec
	cands := stateSet{}
	if err := sp.Init(func(s value.State) error { cands.add(s.Clone()); return nil }); err != nil {
		return nil, err
	}
	res := &Result{}
	for i, ev := range events {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		all, err := c.closure(cands)
		if err != nil {
			return nil, err
		}
		res.MaxCandidates = max(res.MaxCandidates, len(all))
		pre := stateSet{}
		for fp, s := range all {
			if c.fits(s, ev.From, ev.Refs) {
				pre[fp] = s
			}
		}
		k := classify(ev)
		if len(pre) == 0 {
			res.Failure = c.failNoState(i, ev, k, all)
			return res, nil
		}
		next := stateSet{}
		stutter := k.stutter && !c.ctl.named(ev.Trigger, k) && !ev.changed()
		for _, s := range sortedStates(pre) {
			if stutter {
				next.add(s)
			}
			err := sp.Next(s, func(st eval.Step) error {
				a := c.ctl.actions[sp.Actions[st.Action].Name]
				if a != nil && k.matches(ev.Trigger, a) && c.fits(st.State, ev.To, ev.NewRefs) {
					next.add(st.State.Clone())
				}
				return nil
			})
			if err != nil {
				return nil, err
			}
		}
		if len(next) == 0 {
			f, err := c.failNoStep(i, ev, k, pre)
			if err != nil {
				return nil, err
			}
			res.Failure = f
			return res, nil
		}
		cands = next
		res.Events++
	}
	return res, nil
}

// closure adds to s every state reachable from it by actions the observer does not see.
func (c *Checker) closure(s stateSet) (stateSet, error) {
	out := stateSet{}
	queue := make([]value.State, 0, len(s))
	for _, st := range sortedStates(s) {
		if out.add(st) {
			queue = append(queue, st)
		}
	}
	for len(queue) > 0 {
		st := queue[0]
		queue = queue[1:]
		err := c.Spec.Next(st, func(step eval.Step) error {
			if c.ctl.actions[c.Spec.Actions[step.Action].Name] != nil {
				return nil
			}
			if out.add(step.State) {
				if len(out) > c.maxStates() {
					return errTooMany
				}
				queue = append(queue, step.State.Clone())
			}
			return nil
		})
		if errors.Is(err, errTooMany) {
			return nil, fmt.Errorf("more than %d candidate states between two events: the model is too big to validate a trace against (use a smaller one)", c.maxStates())
		}
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

var errTooMany = errors.New("too many candidate states")

// fits reports whether s has the given phase and counter.
func (c *Checker) fits(s value.State, phase string, refs int64) bool {
	p, ok := value.AsString(s[c.phaseI])
	if !ok || p != phase {
		return false
	}
	n, ok := value.AsInt(s[c.countI])
	return ok && n == refs
}

// sortedStates lists a set in fingerprint order, so that reports do not depend on map order.
func sortedStates(s stateSet) []value.State {
	fps := make([]uint64, 0, len(s))
	for fp := range s {
		fps = append(fps, fp)
	}
	sort.Slice(fps, func(i, j int) bool { return fps[i] < fps[j] })
	out := make([]value.State, len(fps))
	for i, fp := range fps {
		out[i] = s[fp]
	}
	return out
}
