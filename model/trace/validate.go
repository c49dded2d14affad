package trace

import (
	"context"
	"encoding/binary"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/cfg"
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/source"
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
	if src, err := source.ReadFS(fsys, cfgName); err == nil {
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
	if src, err := source.ReadFile(cfgPath); err == nil {
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

func (c *Checker) maxStates() int {
	if c.MaxStates > 0 {
		return c.MaxStates
	}
	return DefaultMaxStates
}

// Source is a stream of events; Next returns io.EOF after the last one. A Reader is one.
type Source interface {
	Next() (Event, error)
}

// Validate checks that events, in order, form a behaviour of the spec from one of its
// initial states (see ValidateStream). It does not look at their seq: a Reader checks the
// numbering of a log as it reads it.
func (c *Checker) Validate(ctx context.Context, events []Event) (*Result, error) {
	return c.ValidateStream(ctx, &sliceSource{events: events})
}

type sliceSource struct {
	events []Event
	next   int
}

func (s *sliceSource) Next() (Event, error) {
	if s.next == len(s.events) {
		return Event{}, io.EOF
	}
	s.next++
	return s.events[s.next-1], nil
}

// ValidateStream checks that the events of src, in order, form a behaviour of the spec
// from one of its initial states, taking one event at a time: the events are never held.
// It returns an error when src fails (a Reader's error names the line), when the spec
// cannot be evaluated, or when the candidate set grows past MaxStates; a run that does
// not fit is reported in Result.Failure.
//
// The work per event does not grow with the length of the run: the spec's successors of
// a state are computed once, and so is the candidate set that follows a candidate set and
// an event, since a run keeps coming back to the same few sets (see run).
func (c *Checker) ValidateStream(ctx context.Context, src Source) (*Result, error) {
	return c.newRun().validate(ctx, src)
}

func (c *Checker) newRun() *run {
	return &run{c: c, nodes: map[uint64]*node{}, setIDs: map[string]int32{}, trans: map[transKey]int32{}}
}

func (r *run) validate(ctx context.Context, src Source) (*Result, error) {
	c := r.c
	var init []uint64
	err := c.Spec.Init(func(s value.State) error {
		fp := s.Fingerprint()
		if r.nodes[fp] == nil {
			r.nodes[fp] = &node{state: s.Clone()}
			init = append(init, fp)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	cur := r.intern(init)
	res := &Result{}
	for i := 0; ; i++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		ev, err := src.Next()
		if err == io.EOF {
			return res, nil
		}
		if err != nil {
			return nil, err
		}
		k := transKey{set: cur, trigger: ev.Trigger, from: ev.From, to: ev.To, refs: ev.Refs, newRefs: ev.NewRefs, wait: ev.Wait, failed: ev.Err != ""}
		if k.failed {
			k.code = ev.Code()
		}
		next, ok := r.trans[k]
		if !ok {
			if r.tooBig() {
				cur = r.forget(cur)
				k.set = cur
			}
			var f *Failure
			next, f, err = r.step(cur, i, ev)
			if err != nil {
				return nil, err
			}
			if f != nil {
				res.Failure = f
				res.MaxCandidates = max(res.MaxCandidates, len(r.sets[cur].closure))
				return res, nil
			}
			r.trans[k] = next
		}
		res.MaxCandidates = max(res.MaxCandidates, len(r.sets[cur].closure))
		cur = next
		res.Events++
	}
}

// run is the state of one validation. The candidate states are a set of fingerprints
// (candSet, interned: each distinct set is held once); the states themselves, and the
// spec's steps from each, are held once in nodes. The sets a run goes through recur (a
// provider cycles through the same few phases), so trans remembers, for a set and an
// event's content (its seq and line aside), the set that follows: after the first rounds
// an event costs one map look-up.
type run struct {
	c      *Checker
	nodes  map[uint64]*node
	sets   []*candSet
	setIDs map[string]int32 // a set's fingerprints (sorted, as bytes) -> its index in sets
	trans  map[transKey]int32
	forgot int // times forget ran
}

// node is one spec state and, once expanded, its steps.
type node struct {
	state    value.State
	expanded bool
	hidden   []uint64 // successors by actions the observer does not see
	visible  []edge   // successors by annotated actions
}

type edge struct {
	a  *annotation
	to uint64
}

// candSet is a set of states the run can be in right after an event.
type candSet struct {
	fps     []uint64 // sorted
	closure []uint64 // fps closed under the hidden steps, sorted; nil until computed
}

// transKey is what the set after an event depends on: the set before and the event's
// trigger, phases, counters, wait and error (its Winsock code).
type transKey struct {
	set                     int32
	trigger, from, to, code string
	refs, newRefs           int64
	wait, failed            bool
}

// intern returns the index of the set of fps (sorted here), adding it if it is new.
func (r *run) intern(fps []uint64) int32 {
	slices.Sort(fps)
	key := make([]byte, 0, 8*len(fps))
	for _, fp := range fps {
		key = binary.LittleEndian.AppendUint64(key, fp)
	}
	if id, ok := r.setIDs[string(key)]; ok {
		return id
	}
	id := int32(len(r.sets))
	r.sets = append(r.sets, &candSet{fps: fps})
	r.setIDs[string(key)] = id
	return id
}

// maxSets bounds the distinct candidate sets a run remembers.
const maxSets = 1 << 12

// tooBig reports whether the run holds more than it should remember: more states than
// MaxStates or more than maxSets sets.
func (r *run) tooBig() bool { return len(r.nodes) > r.c.maxStates() || len(r.sets) > maxSets }

// forget drops every remembered state, set and transition except the states of set cur,
// and returns cur's index afresh. It bounds the memory of a run that keeps meeting new
// sets; such a run is slower, never wrong.
func (r *run) forget(cur int32) int32 {
	fps := r.sets[cur].fps
	nodes := make(map[uint64]*node, len(fps))
	for _, fp := range fps {
		nodes[fp] = &node{state: r.nodes[fp].state}
	}
	r.nodes, r.sets, r.setIDs, r.trans = nodes, nil, map[string]int32{}, map[transKey]int32{}
	r.forgot++
	return r.intern(slices.Clone(fps))
}

// expand computes the steps of the state fp once.
func (r *run) expand(fp uint64) (*node, error) {
	n := r.nodes[fp]
	if n.expanded {
		return n, nil
	}
	sp := r.c.Spec
	err := sp.Next(n.state, func(st eval.Step) error {
		to := st.State.Fingerprint()
		if r.nodes[to] == nil {
			r.nodes[to] = &node{state: st.State.Clone()}
		}
		if a := r.c.ctl.actions[sp.Actions[st.Action].Name]; a != nil {
			n.visible = append(n.visible, edge{a: a, to: to})
		} else {
			n.hidden = append(n.hidden, to)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	n.expanded = true
	return n, nil
}

// closure returns the states of set id and every state reachable from them by actions the
// observer does not see, sorted.
func (r *run) closure(id int32) ([]uint64, error) {
	s := r.sets[id]
	if s.closure != nil {
		return s.closure, nil
	}
	all := slices.Clone(s.fps)
	seen := make(map[uint64]bool, len(all))
	for _, fp := range all {
		seen[fp] = true
	}
	for i := 0; i < len(all); i++ {
		n, err := r.expand(all[i])
		if err != nil {
			return nil, err
		}
		for _, to := range n.hidden {
			if seen[to] {
				continue
			}
			seen[to] = true
			all = append(all, to)
			if len(all) > r.c.maxStates() {
				return nil, fmt.Errorf("more than %d candidate states between two events: the model is too big to validate a trace against (use a smaller one)", r.c.maxStates())
			}
		}
	}
	slices.Sort(all)
	s.closure = all
	return all, nil
}

// step computes the set that follows set cur and event ev (the i-th, from 0): (1) close
// the set under the actions the observer cannot see, (2) keep the states whose phase and
// counter are the event's before-values, (3) take the annotated actions the event stands
// for, keeping the successors whose phase and counter are its after-values. When nothing
// is left, the event does not fit: the Failure says why.
func (r *run) step(cur int32, i int, ev Event) (int32, *Failure, error) {
	c := r.c
	all, err := r.closure(cur)
	if err != nil {
		return 0, nil, err
	}
	if !c.ctl.triggers[ev.Trigger] {
		f, err := c.failUnknownTrigger(i, ev, r.stateSet(all))
		return 0, f, err
	}
	var pre []uint64
	for _, fp := range all {
		if c.fits(r.nodes[fp].state, ev.From, ev.Refs) {
			pre = append(pre, fp)
		}
	}
	k := classify(ev)
	if len(pre) == 0 {
		return 0, c.failNoState(i, ev, k, r.stateSet(all)), nil
	}
	stutter := k.stutter && !c.ctl.named(ev.Trigger, k) && !ev.changed()
	next := map[uint64]bool{}
	for _, fp := range pre {
		if stutter {
			next[fp] = true
		}
		n, err := r.expand(fp)
		if err != nil {
			return 0, nil, err
		}
		for _, e := range n.visible {
			if k.matches(ev.Trigger, e.a) && c.fits(r.nodes[e.to].state, ev.To, ev.NewRefs) {
				next[e.to] = true
			}
		}
	}
	if len(next) == 0 {
		f, err := c.failNoStep(i, ev, k, r.stateSet(pre))
		return 0, f, err
	}
	fps := make([]uint64, 0, len(next))
	for fp := range next {
		fps = append(fps, fp)
	}
	return r.intern(fps), nil, nil
}

// stateSet gives the states of fps, for the failure reports.
func (r *run) stateSet(fps []uint64) stateSet {
	s := make(stateSet, len(fps))
	for _, fp := range fps {
		s[fp] = r.nodes[fp].state
	}
	return s
}

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
	slices.Sort(fps)
	out := make([]value.State, len(fps))
	for i, fp := range fps {
		out[i] = s[fp]
	}
	return out
}
