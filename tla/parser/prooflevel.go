package parser

import (
	"math"
	"strconv"
	"strings"

	"github.com/wspcycle/wspcycle/tla/scanner"
	"github.com/wspcycle/wspcycle/tla/token"
)

// SANY's rules for the levels of proof steps (tla+.jj: beginsProof,
// correctLevel, pushProofLevel), which a spec must obey even though TLC
// never checks its proofs: a spec SANY rejects must not be model-checked.
//
//   - Every proof (terminal or made of steps) opens a level on a stack,
//     at most maxProofDepth deep; its step level is unknown until its
//     first step.
//   - The first step fixes the level: <n> must be deeper than the
//     enclosing proof's level (-1 around a theorem's proof, so <0> is
//     allowed there); <*> and <+> take the enclosing level plus one.
//   - Every later step, QED included, must have that same level; <*>
//     always does, <+> never does.
//   - After a step, a step name begins the step's own proof when it is
//     <+> or deeper than the current proof; <*> begins a proof only after
//     a theorem. So a shallower step (such as <1> QED inside a <2> proof)
//     is a step of the current proof, and a wrong one.
//   - Only QED, PICK, CASE and assertion steps (SUFFICES, ASSUME/PROVE
//     or an expression) take a proof.
//   - A step name in an expression must be inside a proof whose level is
//     known or inside a step's proof (not in a theorem's BY), and may not
//     be <+>.

// maxProofDepth is SANY's limit on nested proofs (MaxProofDepth).
const maxProofDepth = 100

// stepLevelNum is the level written in a step name: n for <n>..., -1 for
// <*> and -2 for <+> (SANY's levelOfProofStepLexeme). A number too large
// for an int is deeper than any proof.
func stepLevelNum(name string) int {
	inner := name[1:strings.IndexByte(name, '>')]
	switch inner {
	case "*":
		return -1
	case "+":
		return -2
	}
	n, err := strconv.Atoi(inner)
	if err != nil {
		return math.MaxInt
	}
	return n
}

// pushProof opens a proof level (unknown until its first step).
func (p *parser) pushProof(pos token.Pos) {
	if len(p.proofs) >= maxProofDepth {
		p.fail(pos, "proofs nested more than %d deep", maxProofDepth)
	}
	p.proofs = append(p.proofs, -1)
}

func (p *parser) popProof() { p.proofs = p.proofs[:len(p.proofs)-1] }

// proofLevel is the step level of the innermost proof (-1: none yet, or
// not in a proof).
func (p *parser) proofLevel() int {
	if len(p.proofs) == 0 {
		return -1
	}
	return p.proofs[len(p.proofs)-1]
}

// beginsProof reports whether a step name t, after a theorem or a step,
// begins that theorem's or step's proof.
func (p *parser) beginsProof(t scanner.Token) bool {
	if len(p.proofs) == 0 {
		return true // after a theorem: any step name
	}
	switch n := stepLevelNum(t.Lit); n {
	case -1:
		return false
	case -2:
		return true
	default:
		cur := p.proofLevel()
		return cur >= 0 && n > cur
	}
}

// checkStepLevel checks the level of step name t in the innermost proof,
// fixing the proof's level at its first step.
func (p *parser) checkStepLevel(t scanner.Token, qed bool) {
	enclosing := -1
	if len(p.proofs) > 1 {
		enclosing = p.proofs[len(p.proofs)-2]
	}
	cur := &p.proofs[len(p.proofs)-1]
	first := *cur < 0
	n := stepLevelNum(t.Lit)
	if first {
		*cur = n
		if n < 0 {
			*cur = enclosing + 1 // <*> and <+> begin a proof one level down
		}
	}
	what := "step"
	if qed {
		what = "QED step"
	}
	switch {
	case first && n >= 0 && n <= enclosing:
		p.fail(t.Pos, "%s's number %s has bad level: the first step of a proof must be deeper than the enclosing proof's level %d", what, t.Lit, enclosing)
	case !first && n == -2:
		p.fail(t.Pos, "%s's number %s has bad level: <+> may only begin a proof", what, t.Lit)
	case !first && n >= 0 && n != *cur:
		p.fail(t.Pos, "%s's number %s has bad level: the steps of this proof are level %d (every step of a proof has the same level)", what, t.Lit, *cur)
	}
}

// checkStepRef checks a step name t used in an expression.
func (p *parser) checkStepRef(t scanner.Token) {
	if p.proofLevel() < 0 && len(p.proofs) <= 1 {
		p.fail(t.Pos, "step number %s used outside a proof", t.Lit)
	}
	if stepLevelNum(t.Lit) == -2 {
		p.fail(t.Pos, "<+> step number %s used in an expression", t.Lit)
	}
}
