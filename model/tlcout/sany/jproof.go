package sany

import (
	"fmt"
	"strconv"
	"strings"
)

// The replay of tla+.jj's productions for proofs and ASSUME/PROVE, with
// the proof levels SANY keeps (proofDepth, proofLevelStack) to decide
// where a proof begins and whether a step's number fits.

// stepStarts are the tokens StepStartToken() takes.
var stepStarts = map[string]bool{kStepNum: true, kStepImplied: true, kStepDot: true, kStepBare: true, kStepNone: true}

// levelOf is levelOfProofStepLexeme: -1 for <*>, -2 for <+>, else the
// number.
func levelOf(t jtok) int {
	switch t.img[1] {
	case '*':
		return -1
	case '+':
		return -2
	}
	n, err := strconv.Atoi(t.img[1:strings.IndexByte(t.img, '>')])
	if err != nil {
		panic(giveUp{"a step level javacc cannot read"})
	}
	return n
}

func (p *jparser) pushProofLevel() {
	p.proofDepth++
	if p.proofDepth >= 100 {
		p.raise("Proofs nested more than 100deep.")
	}
	p.proofLevels = append(p.proofLevels[:p.proofDepth], -1)
}

func (p *jparser) popProofLevel() {
	p.proofDepth--
}

// proofLevel is getProofLevel.
func (p *jparser) proofLevel() int {
	if p.proofDepth < 0 {
		return p.proofDepth
	}
	return p.proofLevels[p.proofDepth]
}

// beginsProof is SANY's test that t begins a (new) proof.
func (p *jparser) beginsProof(t jtok) bool {
	if len(t.img) < 2 {
		return false
	}
	switch t.img[1] {
	case '*':
		return p.proofDepth < 0
	case '+':
		return true
	}
	switch t.kind {
	case kStepNum, kStepBare, kStepNone, kStepDot:
		if p.proofDepth < 0 {
			return true
		}
		return p.proofLevels[p.proofDepth] >= 0 && levelOf(t) > p.proofLevels[p.proofDepth]
	case "BY", "PROOF", "OBVIOUS", "OMITTED":
		return true
	}
	return false
}

// correctLevel is SANY's test that a step's number fits the proof under
// way (setting the proof's level at its first step).
func (p *jparser) correctLevel(t jtok) bool {
	level, last := levelOf(t), -1
	if p.proofDepth > 0 {
		last = p.proofLevels[p.proofDepth-1]
	}
	cur := &p.proofLevels[p.proofDepth]
	switch level {
	case -1:
		if *cur < 0 {
			*cur = last + 1
		}
		return true
	case -2:
		if *cur < 0 {
			*cur = last + 1
			return true
		}
		return false
	}
	if *cur < 0 {
		*cur = level
		return level > last
	}
	return *cur == level
}

// span is SANY's location of the tokens toks[from..to].
func (p *jparser) span(from, to int) string {
	a, b := p.toks[from], p.toks[to]
	n := 0
	for _, r := range b.img {
		n += len(utf16(r))
	}
	return fmt.Sprintf("line %d, col %d to line %d, col %d of module %s", a.line, a.col, b.line, b.col+n-1, p.mn)
}

func (p *jparser) proof() {
	p.pushProofLevel()
	p.bpa("Proof")
	t1, t2 := p.tok(1), p.tok(2)
	switch {
	case t1.kind == "BY" || t2.kind == "BY":
		p.useOrHideOrBy()
	case p.probeSeq(is("PROOF"), func(t jtok) bool { return t.kind == "OBVIOUS" || t.kind == "OMITTED" }):
		p.pos += 2
	case p.probeSeq(func(t jtok) bool { return t.kind == "OBVIOUS" || t.kind == "OMITTED" }):
		p.pos++
	case t1.kind == "PROOF" || stepStarts[t1.kind]:
		if p.is("PROOF") {
			p.pos++
		}
		for p.tok(2).kind != "QED" {
			p.step()
			p.expecting = "a proof step"
		}
		p.qedStep()
	default:
		p.fail()
	}
	p.epa()
	p.popProofLevel()
}

// stepStart is StepStartToken() and SANY's check of its level.
func (p *jparser) stepStart(what string) {
	if !stepStarts[p.tok(1).kind] {
		p.fail()
	}
	t := p.take(p.tok(1).kind)
	if !p.correctLevel(t) {
		p.raise(p.location(t) + ": " + what + " number has bad level.")
	}
}

func (p *jparser) qedStep() {
	p.bpa("QED step")
	p.expecting = "Step number"
	p.stepStart("QED step's")
	p.expecting = "QED"
	p.take("QED")
	if p.beginsProof(p.tok(1)) {
		p.proof()
	}
	p.epa()
}

func (p *jparser) step() {
	p.bpa("Step")
	p.expecting = "Step number"
	p.stepStart("step's")
	p.expecting = "proof step"
	start, mayHaveProof := p.pos, false
	switch t := p.tok(1); {
	case t.kind == "USE" || t.kind == "HIDE":
		p.useOrHideOrBy()
	case t.kind == "INSTANCE":
		p.instantiation()
	case t.kind == kDefBreak || t.kind == "DEFINE":
		p.defStep()
	case t.kind == "HAVE":
		p.bpa("HaveStep")
		p.take("HAVE")
		p.expecting = "expression"
		p.expression()
		p.epa()
	case t.kind == "TAKE":
		p.takeStep()
	case t.kind == "WITNESS":
		p.bpa("WitnessStep")
		p.take("WITNESS")
		p.expecting = "expression"
		p.expression()
		for p.is(",") {
			p.take(",")
			p.expecting = "expression"
			p.expression()
			p.expecting = "comma or colon"
		}
		p.epa()
	case t.kind == "PICK":
		p.pickStep()
		mayHaveProof = true
	case t.kind == "CASE":
		p.bpa("CaseStep")
		p.take("CASE")
		p.expecting = "expression"
		p.expression()
		p.epa()
		mayHaveProof = true
	case t.kind == "SUFFICES" || startsExpr(t) || t.kind == "ASSUME" || t.kind == "[]ASSUME":
		p.bpa("AssertStep")
		if p.is("SUFFICES") {
			p.take("SUFFICES")
			p.expecting = "expression or ASSUME/PROVE"
		}
		switch t := p.tok(1); {
		case startsExpr(t):
			p.expression()
		case t.kind == "ASSUME" || t.kind == "[]ASSUME":
			p.assumeProve()
		default:
			p.fail()
		}
		p.epa()
		mayHaveProof = true
	default:
		p.fail()
	}
	if p.beginsProof(p.tok(1)) {
		if !mayHaveProof {
			p.raise(p.span(start, p.pos-1) + ": proof of step that does not take a proof.")
		}
		p.proof()
	}
	p.epa()
}

func (p *jparser) defStep() {
	p.bpa("DefStep")
	if p.is("DEFINE") {
		p.take("DEFINE")
	}
	p.definition()
	for p.startsDefinition(2) {
		p.definition()
	}
	p.epa()
}

func (p *jparser) takeStep() {
	p.bpa("TakeStep")
	p.take("TAKE")
	p.expecting = "identifier"
	if p.namesThen("\\in") || p.is("<<") {
		p.quantBound()
		p.expecting = "comma or step"
		for p.is(",") {
			p.take(",")
			p.expecting = "identifier or tuple of identifiers"
			p.quantBound()
			p.expecting = "comma or proof step"
		}
	} else {
		p.take(kIdent)
		p.expecting = "comma or proof step"
		for p.is(",") {
			p.take(",")
			p.expecting = "identifier"
			p.take(kIdent)
			p.expecting = "comma or proof step"
		}
	}
	p.epa()
}

func (p *jparser) pickStep() {
	p.bpa("PickStep")
	p.take("PICK")
	p.expecting = "identifier"
	if p.namesThen(":") {
		p.take(kIdent)
		p.expecting = "comma, or colon"
		for p.is(",") {
			p.take(",")
			p.expecting = "identifier"
			p.take(kIdent)
			p.expecting = "comma or colon"
		}
	} else {
		p.quantBound()
		p.expecting = "comma or colon"
		for p.is(",") {
			p.take(",")
			p.expecting = "identifier or tuple of identifiers"
			p.quantBound()
			p.expecting = "comma or colon"
		}
	}
	p.take(":")
	p.expecting = "expression"
	p.expression()
	p.epa()
}

func (p *jparser) useOrHideOrBy() {
	p.bpa("UseOrHideOrBy")
	by := false
	switch {
	case p.is("PROOF") || p.is("BY"):
		if p.is("PROOF") {
			p.take("PROOF")
		}
		p.take("BY")
		by = true
		if p.is("ONLY") {
			p.take("ONLY")
		}
	case p.is("USE"):
		p.take("USE")
		if p.is("ONLY") {
			p.take("ONLY")
		}
	case p.is("HIDE"):
		p.take("HIDE")
	default:
		p.fail()
	}
	p.expecting = "an expression, `MODULE' or `DEF'"
	if p.is("MODULE") || startsExpr(p.tok(1)) {
		p.useItem()
		for p.is(",") {
			p.take(",")
			p.expecting = "MODULE or expression"
			p.useItem()
			p.expecting = "comma, DEF, or proof step"
			if by {
				p.expecting = "comma, DEF, or [.]"
			}
		}
	}
	if p.is("DF") {
		p.take("DF")
		p.expecting = "MODULE or expression"
		p.useItem()
		for p.is(",") {
			p.take(",")
			p.expecting = "MODULE or expression"
			p.useItem()
			p.expecting = "comma or proof step"
			if by {
				p.expecting = "comma or [.]"
			}
		}
	}
	p.epa()
}

// useItem is ( MODULE Identifier | Expression ).
func (p *jparser) useItem() {
	switch {
	case p.is("MODULE"):
		p.take("MODULE")
		p.expecting = "identifier"
		p.take(kIdent)
	case startsExpr(p.tok(1)):
		p.expression()
	default:
		p.fail()
	}
}

// startsAssumeProve is the lookahead for a nested ASSUME/PROVE: ASSUME,
// or a label and ASSUME.
func (p *jparser) startsAssumeProve() bool {
	isAssume := func(t jtok) bool { return t.kind == "ASSUME" || t.kind == "[]ASSUME" }
	return isAssume(p.tok(1)) || p.tok(2).kind == "::" && isAssume(p.tok(3))
}

func (p *jparser) assumeProve() {
	p.bpa("Assume-Prove")
	if p.is(kIdent) {
		p.take(kIdent)
		p.take("::")
		p.assumeProve()
		p.epa()
		return
	}
	if !p.is("ASSUME") && !p.is("[]ASSUME") {
		p.fail()
	}
	p.pos++
	p.expecting = "Expression, Declaration, or AssumeProve"
	p.assumption1()
	p.expecting = "PROVE or `,'"
	for p.is(",") {
		p.take(",")
		p.expecting = "Expression, Declaration, or AssumeProve"
		p.assumption1()
		p.expecting = "PROVE or `,'"
	}
	if !p.is("PROVE") && !p.is("[]PROVE") {
		p.fail()
	}
	p.pos++
	p.expecting = "Expression"
	p.expression()
	p.epa()
}

// assumption1 is one of an ASSUME's assumptions.
func (p *jparser) assumption1() {
	switch t := p.tok(1); {
	case p.startsAssumeProve():
		p.assumeProve()
	case newStarts[t.kind]:
		p.newSymb()
	case startsExpr(t):
		p.expression()
	default:
		p.fail()
	}
}

var newStarts = map[string]bool{"NEW": true, "CONSTANT": true, "VARIABLE": true, "STATE": true, "ACTION": true, "TEMPORAL": true}

func (p *jparser) newSymb() {
	p.bpa("NEW symbol declaration")
	p.expecting = "NEW, CONSTANT, VARIABLE, STATE, ACTION, or TEMPORAL"
	t1, t2 := p.tok(1), p.tok(2)
	declStart := func(t jtok) bool { return t.kind == kIdent || t.kind == "_" || t.cls&clsNEPrefix != 0 }
	level := func(t jtok) bool { return t.kind == "STATE" || t.kind == "ACTION" || t.kind == "TEMPORAL" }
	switch {
	case t1.kind == "NEW" && (t2.kind == "CONSTANT" || declStart(t2)) || t1.kind == "CONSTANT" && declStart(t2):
		if t1.kind == "NEW" && t2.kind == "CONSTANT" {
			p.pos += 2
		} else {
			p.pos++
		}
		p.expecting = "Constant declaration"
		if p.is(kIdent) {
			start := p.pos
			p.declaration()
			if p.is("\\in") {
				if p.pos-start > 1 {
					p.raise("declared symbol with arguments before \\in at " + p.span(start, p.pos-1))
				}
				p.take("\\in")
				p.expecting = "Expression"
				p.expression()
			}
		} else {
			p.declaration()
		}
	case t1.kind == "NEW" && t2.kind == "VARIABLE" || t1.kind == "VARIABLE" && t2.kind == kIdent:
		if p.is("NEW") {
			p.pos++
		}
		p.take("VARIABLE")
		p.expecting = "Identifier"
		p.take(kIdent)
	case t1.kind == "NEW" && level(t2) || level(t1) && declStart(t2):
		if p.is("NEW") {
			p.pos++
		}
		p.pos++
		p.expecting = "Declaration"
		p.declaration()
	default:
		p.fail()
	}
	p.epa()
}

// namesThen is the lookahead "Identifier ( , Identifier )* kind".
func (p *jparser) namesThen(kind string) bool {
	k := 1
	if p.tok(k).kind != kIdent {
		return false
	}
	for k++; p.tok(k).kind == "," && p.tok(k+1).kind == kIdent; k += 2 {
	}
	return p.tok(k).kind == kind
}
