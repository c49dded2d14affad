package trace

import (
	"fmt"
	"sort"
	"strings"

	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/value"
)

// expected lists the annotated actions an event of class k may stand for, sorted.
func (c *Checker) expected(ev Event, k class) []string {
	var out []string
	for name, a := range c.ctl.actions {
		if k.matches(ev.Trigger, a) {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	if len(out) == 0 {
		if k.stutter && !ev.changed() {
			out = append(out, "a step that changes nothing")
		}
	}
	return out
}

// enabled lists the labels of every step from the states in s, deduplicated and sorted;
// annotated (observable) actions first.
func (c *Checker) enabled(s stateSet) ([]string, error) {
	seen := map[string]bool{}
	var obs, inv []string
	for _, st := range sortedStates(s) {
		err := c.Spec.Next(st, func(step eval.Step) error {
			l := c.Spec.Label(step)
			if seen[l] {
				return nil
			}
			seen[l] = true
			if c.ctl.actions[c.Spec.Actions[step.Action].Name] != nil {
				obs = append(obs, l)
			} else {
				inv = append(inv, l)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	sort.Strings(obs)
	sort.Strings(inv)
	return append(obs, inv...), nil
}

// failNoState reports an event whose before-state (phase, counter) is not one the run can
// be in at all.
func (c *Checker) failNoState(i int, ev Event, k class, all stateSet) *Failure {
	seen := map[string]bool{}
	var could []string
	for _, s := range sortedStates(all) {
		p, _ := value.AsString(s[c.phaseI])
		n, _ := value.AsInt(s[c.countI])
		str := phaseString(p, n)
		if !seen[str] {
			seen[str] = true
			could = append(could, str)
		}
	}
	sort.Strings(could)
	f := &Failure{Index: i, Event: ev, Expected: c.expected(ev, k),
		Reason: fmt.Sprintf("the spec cannot be in %s here; it can be in %s",
			phaseString(ev.From, ev.Refs), strings.Join(could, ", "))}
	f.Enabled, _ = c.enabled(all)
	f.Conjunct = c.falseConjunct(ev, k)
	return f
}

// failNoStep reports an event whose before-state fits but which no expected action
// explains.
func (c *Checker) failNoStep(i int, ev Event, k class, pre stateSet) (*Failure, error) {
	en, err := c.enabled(pre)
	if err != nil {
		return nil, err
	}
	f := &Failure{Index: i, Event: ev, Enabled: en, Expected: c.expected(ev, k),
		Reason: fmt.Sprintf("no %s action leads from %s to %s", ev.Trigger,
			phaseString(ev.From, ev.Refs), phaseString(ev.To, ev.NewRefs))}
	if len(f.Expected) == 0 {
		f.Reason = fmt.Sprintf("the spec has no %s action for this event", ev.Trigger)
	}
	f.Conjunct = c.falseConjunct(ev, k)
	return f, nil
}

// falseConjunct evaluates, for each expected action, its top-level conjuncts over the
// phase and counter (unprimed: the event's before-values; primed: its after-values) and
// names the first one that is false. Conjuncts about other variables cannot be judged
// from an event and are skipped.
func (c *Checker) falseConjunct(ev Event, k class) string {
	var parts []string
	for _, name := range c.expected(ev, k) {
		a := c.ctl.actions[name]
		if a == nil {
			continue
		}
		env := guardEnv{c: c, phase: ev.From, refs: ev.Refs, phase2: ev.To, refs2: ev.NewRefs}
		for _, conj := range conjuncts(a.def.Body) {
			v, ok := env.eval(conj)
			if b, isBool := v.(bool); ok && isBool && !b {
				parts = append(parts, fmt.Sprintf("%s: %s (%s) is FALSE for %s", name, oneLine(conj), conj.Pos(), env.describe(conj)))
				break
			}
		}
	}
	return strings.Join(parts, "; ")
}

// failUnknownTrigger reports an event whose trigger no action of the spec is annotated
// with: whatever it did, the spec cannot say it is allowed, even when it changes nothing.
func (c *Checker) failUnknownTrigger(i int, ev Event, all stateSet) (*Failure, error) {
	en, err := c.enabled(all)
	if err != nil {
		return nil, err
	}
	known := make([]string, 0, len(c.ctl.triggers))
	for t := range c.ctl.triggers {
		known = append(known, t)
	}
	sort.Strings(known)
	return &Failure{Index: i, Event: ev, Enabled: en,
		Reason: fmt.Sprintf("no action of the spec is annotated @trigger %s (its triggers: %s)", ev.Trigger, strings.Join(known, ", "))}, nil
}
