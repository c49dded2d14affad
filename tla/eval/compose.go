package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// Action composition A \cdot B (SANY predefines \cdot): the steps s -> u
// such that A leads from s to some state m and B from m to u. It is
// computed as TLC computes it (Tool.getNextStates, OPCODE_cdot, enabled
// in TLC by -Dtlc2.tool.impl.Tool.cdot=true): first every state m that
// A, followed by the rest of the action (the conjuncts after the
// composition), leads to from s; then, for each m, the successors u that
// B, followed again by the rest of the action, leads to from m, where
// the unprimed variables are m's. The rest of the action is thus
// evaluated twice, as in TLC; for the usual form, where the composition
// is a whole disjunct of Next, that changes nothing.

// compose runs the composition st, then seq from i and the pending frames.
func (k *ctx) compose(st *step, seq []step, i int) error {
	emit, scratch := k.emit, k.scratchOK
	entry := keepState(k.t, k.scratchMask)
	var mids []value.State
	k.scratchOK = false
	k.emit = func(k *ctx) error {
		// B reads every variable of m: A must assign them all.
		if err := k.incomplete(); err != nil {
			return err
		}
		mids = append(mids, keepState(k.t, k.scratchMask))
		return nil
	}
	err := k.branch(st.branches[0], seq, i)
	k.emit, k.scratchOK = emit, scratch
	if err != nil {
		return err
	}
	if r := k.prog.run; r != nil {
		// TLC counts the states A leads to among the states generated.
		r.composed.Add(int64(len(mids)))
	}
	s := k.s
	for _, m := range mids {
		k.s = m
		clear(k.t)
		k.scratchMask = 0
		if err = k.branch(st.branches[1], seq, i); err != nil {
			break
		}
	}
	k.s = s
	copy(k.t, entry)
	k.scratchMask = 0 // entry holds copies: none of its values is scratch
	return err
}

// userDefined reports whether the spec defines the operator symbol op
// (which then is not the built-in meaning, as for \cdot).
func (c *compiler) userDefined(op token.Kind, en cenv) bool {
	name := op.String()
	if en.sc.lookup(name) != nil {
		return true
	}
	x, ok := c.lookupName(name, en)
	if !ok {
		return false
	}
	_, def := x.node.(*ast.OpDef)
	return def
}
