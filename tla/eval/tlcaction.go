package eval

import "github.com/wspcycle/wspcycle/tla/value"

// TLC's actions are not quite the static split's (split): TLC's
// Tool.getActions goes into an \E whose sets it can evaluate without a
// state and makes one action per binding (\E d \in {1, 2} : A(d): A with
// d = 1, A with d = 2), but stops at an \E whose sets depend on the state,
// the whole of which is one action (\E m \in msgs : A(m) \/ B(m): one
// action, where the split has A and B). Rebuilding a trace, TLC evaluates
// Next one of its actions at a time up to the one that yields the state
// sought (Tool.getState), which decides what is evaluated (and printed,
// and counted by -coverage) after the match.

// TLCGroupAction names the action of TLC's split that an action of the static
// split, about to be evaluated, is part of: Group is the index in
// Spec.Actions of its first part, Split the values bound by the \E's TLC
// makes one action per binding of (the outermost ones, up to the first
// whose sets depend on the state). Two calls with the same Group and equal
// Split are the same TLC action.
type TLCGroupAction struct {
	Index, Group int
	Split        []value.Value
}

// Same reports whether a and b are the same action of TLC's split.
func (a TLCGroupAction) Same(b TLCGroupAction) bool {
	if a.Group != b.Group || len(a.Split) != len(b.Split) {
		return false
	}
	for i := range a.Split {
		if !value.Equal(a.Split[i], b.Split[i]) {
			return false
		}
	}
	return true
}

// tlcAction is the TLCGroupAction of the action i about to be evaluated.
func (k *ctx) tlcAction(i int) TLCGroupAction {
	a := &k.prog.actions[i]
	t := TLCGroupAction{Index: i, Group: a.tlcGroup}
	for j := 0; j < a.tlcSplit && j < len(a.slots); j++ {
		t.Split = append(t.Split, k.env[a.slots[j]])
	}
	return t
}

// tlcExists notes, splitting \E bs : body, whether TLC splits it too:
// when no set of bs depends on the state (or on the next state, or the
// run) and no \E around it stopped TLC's split, its names are bound per
// action of TLC; otherwise the actions of body are one action of TLC. The
// func returned restores the compiler and, for the latter, makes subs
// (whose first has index first) one group.
func (c *compiler) tlcExists(bs []binder) func(subs []actionDef, first int) {
	savedSplit, savedWhole := c.tlcSplit, c.tlcWhole
	whole := false
	if !c.tlcWhole {
		for _, b := range bs {
			if b.set.dep&(depState|depNext|depRun) != 0 {
				whole = true
			}
		}
		if whole {
			c.tlcWhole = true
		} else {
			for _, b := range bs {
				c.tlcSplit += len(b.slots)
			}
		}
	}
	return func(subs []actionDef, first int) {
		c.tlcSplit, c.tlcWhole = savedSplit, savedWhole
		if whole {
			for i := range subs {
				subs[i].tlcGroup = first
			}
		}
	}
}
