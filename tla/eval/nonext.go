package eval

import "github.com/wspcycle/wspcycle/tla/token"

// A model without a next-state relation (INIT without NEXT, or a
// SPECIFICATION with no [][Next]_v conjunct, a labelled one included,
// since TLC does not look through a label there) is not refused when it
// loads: TLC (rev cc6b616) computes the initial states, with their
// constraint and evaluation errors, and only then says "No next state
// actions defined to generate successor states from." (2115, exit 75).
// With an INVARIANT or a PROPERTY left to check (a constant TRUE one is
// dropped before, constcfg.go) it refuses the model instead: "The
// configuration file did not specify the next state predicate." (2232,
// exit 151).

// noNextMsg is the error for a model without a next-state relation that
// has invariants or properties to check (cmd/wspcycle maps it to 2232).
const noNextMsg = "the model has no next-state relation, and TLC requires one to check invariants or properties"

// missingNext records that the model has no next-state relation, found
// at pos (the cfg's INIT or SPECIFICATION); resolveNoNext decides, once
// the cfg's checks are compiled, whether it is an error.
func (b *builder) missingNext(pos token.Pos) {
	b.noNextAt = pos
	b.noNext = true
}

// resolveNoNext reports the missing next-state relation as an error when
// there are invariants or properties to check, and otherwise marks the
// Spec (Spec.NoNext: no successor, no deadlock).
func (b *builder) resolveNoNext() {
	if !b.noNext {
		return
	}
	sp := b.sp
	if len(sp.Invariants) > 0 || len(sp.Properties) > 0 || len(sp.ActionProperties) > 0 ||
		len(sp.InitProperties) > 0 || len(sp.StateLevelProperties) > 0 {
		b.c.errorf(b.noNextAt, noNextMsg)
		return
	}
	sp.NoNext, sp.NoNextPos = true, b.noNextAt
	sp.CheckDeadlock = false
	sp.Postconditions = nil // TLC stops before it evaluates them
}
