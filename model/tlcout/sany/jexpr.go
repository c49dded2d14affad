package sany

// The replay of tla+.jj's expression productions (see javacc.go). SANY
// parses an expression as a flat run of operands and operators, which its
// OperatorStack arranges by precedence afterwards: the replay follows the
// run (where it ends decides where SANY fails) and not the arrangement.

// openStarts are the keywords that open an OpenExpression.
var openStarts = map[string]bool{"CASE": true, "CHOOSE": true, "\\E": true, "\\A": true, "IF": true, "LET": true, "\\EE": true, "\\AA": true}

// parenStarts open a ParenthesesExpression.
var parenStarts = map[string]bool{"(": true, "{": true, "[": true, "{|": true, "<<": true, "WF_": true, "SF_": true}

// primitiveStarts open a PrimitiveExp, besides the operator tokens.
var primitiveStarts = map[string]bool{kString: true, kNumber: true, kIdent: true, kStepNum: true, kStepImplied: true}

// startsExpr is whether t is in the set of tokens that can start an
// Expression, which javacc checks before choosing it.
func startsExpr(t jtok) bool {
	return t.cls != 0 || openStarts[t.kind] || parenStarts[t.kind] || primitiveStarts[t.kind]
}

// prefixHere is the lookahead of Expression's loop of prefix operators:
// a PrefixOpToken or "-", right of the junction under way.
func (p *jparser) prefixHere() bool {
	t := p.tok(1)
	return (t.cls&clsPrefix != 0 || t.kind == "-") && p.above(t)
}

func (p *jparser) prefixes() {
	for p.prefixHere() {
		if p.is("-") {
			t := p.tok(1)
			p.infixOp()
			p.checkPrefixMinusConflict(t)
		} else {
			p.pos++
		}
	}
}

// operand is Expression's (and ExtendableExpr's) last step: an
// OpenExpression, or else an ExtendableExpr if the next token stands
// right of the junction under way.
func (p *jparser) operand() {
	t := p.tok(1)
	switch {
	case openStarts[t.kind] && p.above(t):
		p.openExpression()
	case p.above(t):
		p.extendableExpr()
	default:
		p.fail()
	}
}

func (p *jparser) expression() {
	p.bpa("Expression")
	p.prefixes()
	p.operand()
	p.epa()
}

// exprIfStarts is a choice whose last alternative is Expression(): javacc
// fails at the choice, before entering Expression, when the next token
// cannot start one.
func (p *jparser) exprIfStarts() {
	if !startsExpr(p.tok(1)) {
		p.fail()
	}
	p.expression()
}

func (p *jparser) extendableExpr() {
	p.bpa("ExtendableExpr")
	t := p.tok(1)
	start, primitive := p.pos, false
	switch {
	case t.kind == "/\\" || t.kind == "\\/":
		p.junctions()
	case parenStarts[t.kind]:
		p.parenthesesExpression()
	case primitiveStarts[t.kind] || t.cls&(clsInfix|clsPostfix) != 0 || t.kind == "-.":
		p.primitiveExp()
		primitive = true
	default:
		p.fail()
	}
	suffixed := false
	for {
		t := p.tok(1)
		if !p.above(t) {
			break
		}
		if t.cls&clsPostfix != 0 {
			p.pos++
			p.checkPostfixConflict(t)
		} else if t.kind == "." {
			p.take(".")
			p.fieldName()
			p.take(kIdent)
		} else if t.kind == "[" {
			p.expecting = "function argument"
			p.sbracketCases()
		} else {
			break
		}
		suffixed = true
	}
	switch t := p.tok(1); {
	case t.cls&clsInfix != 0 && p.above(t):
		p.infixOp()
		p.checkConflict(t)
		p.prefixes()
		p.operand()
	case t.kind == "::" && p.above(t):
		c := p.take("::")
		if !primitive || suffixed || !p.isLabel(start, p.pos-1) {
			p.raise("`::' at " + p.location(c) + " does not follow a label.")
		}
		// SANY then checks that the label does not change how the
		// expression parses (by the precedence of the operators around
		// it), which the replay does not: it goes on as SANY does when
		// the label is well placed.
		p.expression()
	}
	p.epa()
}

func (p *jparser) junctions() {
	p.bstack = append(p.bstack, p.tok(1))
	p.bpa("AND-OR Junction")
	p.juncItem()
	for p.onReference(p.tok(1)) {
		p.juncItem()
	}
	p.bstack = p.bstack[:len(p.bstack)-1]
	p.epa()
}

func (p *jparser) juncItem() {
	p.bpa("Junction Item")
	p.pos++ // the /\ or \/
	p.expression()
	p.epa()
}

func (p *jparser) primitiveExp() {
	p.bpa("Primitive expression")
	t := p.tok(1)
	switch {
	case t.kind == kString && p.above(t):
		p.bpa("String")
		p.take(kString)
		p.epa()
	case t.kind == kNumber && p.above(t):
		p.number()
	default:
		switch {
		case t.kind == kIdent:
			p.take(kIdent)
		case t.kind == kStepNum || t.kind == kStepImplied:
			p.pos++
			if p.proofLevel() < 0 && p.proofDepth <= 0 {
				p.raise(p.location(t) + ": Step number used outside proof.")
			}
			if t.img[1] == '+' {
				p.raise(p.location(t) + ": <+> step number used in an expression.")
			}
		case t.cls&clsInfix != 0:
			p.infixOp()
		case t.cls&clsPostfix != 0 || t.kind == "-.":
			p.pos++
		default:
			p.fail()
		}
		p.optOpArgs()
		for p.is("!") {
			p.bangExt()
		}
	}
	p.epa()
}

// number reports whether it was a decimal.
func (p *jparser) number() (decimal bool) {
	p.take(kNumber)
	if p.probeSeq(is("."), is(kNumber)) {
		p.pos += 2
		return true
	}
	return false
}

// optOpArgs is "[ LOOKAHEAD(2) OpArgs() ]": a "(" and a token that can
// start an argument. It reports whether there were arguments, and how
// many.
func (p *jparser) optOpArgs() (n int) {
	if p.probeSeq(is("("), func(t jtok) bool { return startsExpr(t) && p.above(t) || t.kind == "LAMBDA" }) {
		return p.opArgs()
	}
	return 0
}

func (p *jparser) opArgs() int {
	p.bpa("Optional Arguments")
	p.take("(")
	p.opOrExpr()
	n := 1
	for p.is(",") {
		p.take(",")
		p.opOrExpr()
		n++
	}
	p.take(")")
	p.epa()
	return n
}

// opFollows are the tokens after which an operator symbol is an argument
// (OpOrExpr's lookahead).
var opFollows = map[string]bool{",": true, ")": true, kDefBreak: true, "LOCAL": true, "INSTANCE": true, "THEOREM": true,
	"ASSUME": true, kEnd: true, kSep: true, kBM: true, "ASSUMPTION": true, "CONSTANT": true, "VARIABLE": true, "RECURSIVE": true}

func (p *jparser) opOrExpr() {
	t := p.tok(1)
	switch {
	case t.cls&(clsNEPrefix|clsInfix|clsPostfix) != 0 && opFollows[p.tok(2).kind] && p.above(t):
		if t.img == "\\X" || t.img == "\\times" {
			panic(giveUp{"\\X as an argument, which SANY rejects itself"})
		}
		p.pos++
	case t.kind == "LAMBDA" && p.above(t):
		p.lambda()
	default:
		p.exprIfStarts()
	}
}

func (p *jparser) lambda() {
	p.bpa("Lambda")
	p.take("LAMBDA")
	p.expecting = "Identifier"
	p.take(kIdent)
	p.expecting = "`,' or `:'"
	for p.is(",") {
		p.take(",")
		p.expecting = "Identifier"
		p.take(kIdent)
		p.expecting = "`,' or `:'"
	}
	p.take(":")
	p.expecting = "Expression"
	p.expression()
	p.epa()
}

func (p *jparser) bangExt() {
	p.bpa("Bang Extension")
	p.take("!")
	switch t := p.tok(1); {
	case t.kind == kIdent && t.img != "@", t.cls&(clsNEPrefix|clsPostfix) != 0:
		p.pos++
		p.optOpArgs()
	case t.cls&clsInfix != 0:
		p.infixOp()
		p.optOpArgs()
	case t.kind == "(":
		p.opArgs()
	case t.kind == "<<" || t.kind == ">>" || t.kind == ":" || t.kind == kNumber || t.kind == kIdent:
		p.bpa("StructOp")
		p.expecting = "`<<' , `>>' , `:' , `@' , or number"
		if t.kind == kNumber {
			if p.number() {
				panic(giveUp{"a decimal number after !, which SANY rejects itself"})
			}
		} else {
			p.pos++
		}
		p.epa()
	default:
		p.fail()
	}
	p.epa()
}

func (p *jparser) parenthesesExpression() {
	switch p.tok(1).kind {
	case "(":
		p.take("(")
		p.expression()
		p.take(")")
	case "{":
		p.braceCases()
	case "[":
		p.sbracketCases()
	case "<<":
		p.tupleOrAction()
	case "WF_", "SF_":
		p.fairnessExpr()
	default:
		panic(giveUp{"{| |}, obsolete"})
	}
}

// matchFcnConst is SANY's test for "x \in" or "x, y \in" or "<<..>> \in"
// after "{" or "[".
func (p *jparser) matchFcnConst() bool {
	k := 1
	switch p.tok(k).kind {
	case "<<":
		for n := 1; n > 0; {
			k++
			switch p.tok(k).kind {
			case "<<":
				n++
			case ">>":
				n--
			case kEOF:
				return false
			}
		}
		return p.tok(k+1).kind == "\\in"
	case kIdent:
		k++
		for p.tok(k).kind == "," {
			if p.tok(k+1).kind != kIdent {
				return false
			}
			k += 2
		}
		return p.tok(k).kind == "\\in"
	}
	return false
}

// tupleThen is the lookahead "( IdentifierTuple() | <IDENTIFIER> ) kind".
func (p *jparser) tupleThen(kind string) bool {
	k := 1
	switch p.tok(1).kind {
	case kIdent:
		k = 2
	case "<<":
		k = 2
		if p.tok(k).kind == kIdent {
			for k++; p.tok(k).kind == "," && p.tok(k+1).kind == kIdent; k += 2 {
			}
		}
		if p.tok(k).kind != ">>" {
			return false
		}
		k++
	default:
		return false
	}
	return p.tok(k).kind == kind
}

func (p *jparser) braceCases() {
	p.bpa("Some { } form")
	p.take("{")
	switch {
	case p.matchFcnConst():
		p.boundNames()
		p.expecting = "\\in"
		p.take("\\in")
		p.expression()
		p.expecting = "':', ',' or '}'"
		if p.is(":") {
			p.take(":")
			p.expression()
		} else if p.is(",") {
			p.moreExprs()
		}
	case p.tupleThen(","):
		p.expression()
		p.moreExprs()
	case p.tupleThen(":"):
		p.expression()
		p.take(":")
		p.quantBounds()
	case startsExpr(p.tok(1)):
		p.expression()
		if p.is(":") {
			p.take(":")
			p.quantBounds()
		} else {
			p.moreExprs()
		}
	}
	p.take("}")
	p.epa()
}

// boundNames is ( IdentifierTuple() | Identifier() ).
func (p *jparser) boundNames() {
	if p.is("<<") {
		p.identifierTuple()
	} else {
		p.take(kIdent)
	}
}

// moreExprs is ( "," Expression() )*.
func (p *jparser) moreExprs() {
	for p.is(",") {
		p.take(",")
		p.expression()
	}
}

// quantBounds is QuantBound() ( "," QuantBound() )*.
func (p *jparser) quantBounds() {
	p.quantBound()
	for p.is(",") {
		p.take(",")
		p.quantBound()
	}
}

func (p *jparser) sbracketCases() {
	p.bpa("Some [] Form")
	p.take("[")
	t1, t2 := p.tok(1), p.tok(2)
	switch {
	case p.matchFcnConst():
		p.quantBounds()
		p.take("|->")
		p.expression()
		p.take("]")
	case (t1.kind == kIdent || isFieldName(t1)) && t2.kind == "|->":
		p.fields("Field Value", "|->")
	case t1.kind == kIdent && t2.kind == ":":
		p.fields("Field Set", ":")
	case startsExpr(t1):
		p.expression()
		switch p.tok(1).kind {
		case ",", "]":
			p.moreExprs()
			p.take("]")
		case "->":
			p.take("->")
			p.expression()
			p.take("]")
		case "EXCEPT":
			p.take("EXCEPT")
			p.exceptSpec()
			for p.is(",") {
				p.take(",")
				p.exceptSpec()
			}
			p.take("]")
		case "]_":
			p.take("]_")
			p.reducedExpression()
		default:
			p.fail()
		}
	default:
		p.fail()
	}
	p.epa()
}

// fields is a record constructor's or record set's fields and its "]":
// FieldVal() or FieldSet(), by name, separated by commas.
//
// SANY reads a keyword as the first field's name of a record ([THEN |->
// 1]), not as a later one's.
func (p *jparser) fields(name, sep string) {
	if sep == "|->" {
		p.fieldName()
	}
	for {
		p.bpa(name)
		p.take(kIdent)
		p.take(sep)
		p.expression()
		p.epa()
		if !p.is(",") {
			break
		}
		p.take(",")
	}
	p.take("]")
}

func (p *jparser) exceptSpec() {
	p.bpa("Except Spec")
	p.take("!")
	for {
		p.exceptComponent()
		p.expecting = "= or ,"
		if !p.is(".") && !p.is("[") {
			break
		}
	}
	p.take("=")
	p.expression()
	p.epa()
}

func (p *jparser) exceptComponent() {
	p.bpa("Except Component")
	switch {
	case p.is("."):
		p.take(".")
		p.fieldName()
		if p.tok(1).img == "@" {
			panic(giveUp{"!.@, which SANY rejects itself"})
		}
		p.take(kIdent)
	case p.is("["):
		p.take("[")
		p.expression()
		p.moreExprs()
		p.take("]")
	default:
		p.fail()
	}
	p.epa()
}

func (p *jparser) tupleOrAction() {
	p.bpa("Some << -- >> or >>_ Form")
	p.take("<<")
	if startsExpr(p.tok(1)) {
		p.expression()
		p.moreExprs()
	}
	switch {
	case p.is(">>"):
		p.take(">>")
	case p.is(">>_"):
		p.take(">>_")
		p.reducedExpression()
	default:
		p.fail()
	}
	p.epa()
}

// reducedExpression reports whether it was a name whose last part had
// one argument (SANY's FairnessHook).
func (p *jparser) reducedExpression() (hook bool) {
	p.bpa("restricted form of expression")
	switch p.tok(1).kind {
	case kIdent:
		hook = p.noOpExtension()
	case "(", "{", "[", "<<":
		p.parenthesesExpression()
	default:
		p.fail()
	}
	p.epa()
	return hook
}

func (p *jparser) noOpExtension() (hook bool) {
	p.take(kIdent)
	n := p.optOpArgs()
	if p.is("!") {
		p.take("!")
		return p.noOpExtension()
	}
	if n > 1 {
		panic(giveUp{"a fairness subscript with more than one argument"})
	}
	return n == 1
}

func (p *jparser) fairnessExpr() {
	p.bpa("Fairness Expression")
	p.pos++ // WF_ or SF_
	hook := p.reducedExpression()
	if p.probeSeq(is("("), func(t jtok) bool { return startsExpr(t) && p.above(t) }) {
		p.take("(")
		p.expression()
		p.take(")")
		hook = true
	}
	p.epa()
	if !hook {
		panic(giveUp{"an ill-structured fairness expression, which SANY rejects itself"})
	}
}

func (p *jparser) openExpression() {
	switch p.tok(1).kind {
	case "\\E", "\\A":
		p.bpa("Quantified form")
		p.pos++
		if p.namesThen(":") {
			p.take(kIdent)
			for p.is(",") {
				p.take(",")
				p.take(kIdent)
			}
		} else if p.is("<<") || p.is(kIdent) {
			p.quantBounds()
		} else {
			p.fail()
		}
		p.take(":")
		p.expression()
		p.epa()
	case "\\EE", "\\AA":
		p.bpa("Bound Quantified Expression")
		p.pos++
		p.take(kIdent)
		for p.is(",") {
			p.take(",")
			p.take(kIdent)
		}
		p.take(":")
		p.expression()
		p.epa()
	case "IF":
		p.bpa("IF THEN ELSE")
		p.take("IF")
		p.expression()
		p.take("THEN")
		p.expression()
		p.take("ELSE")
		p.expression()
		p.epa()
	case "CASE":
		p.bpa("CASE Expression")
		p.take("CASE")
		p.caseArm()
		for p.is("[]") && p.tok(2).kind != "OTHER" {
			p.take("[]")
			p.caseArm()
		}
		if p.is("[]") {
			p.take("[]")
			p.bpa("Case Other Arm")
			p.take("OTHER")
			p.take("->")
			p.expression()
			p.epa()
		}
		p.epa()
	case "LET":
		p.bpa("Case Other Arm") // sic
		p.take("LET")
		p.bpa("Let Definitions")
		for first := true; first || p.startsDefinition(1) || p.is("RECURSIVE"); first = false {
			switch {
			case p.startsDefinition(1):
				p.definition()
			case p.is("RECURSIVE"):
				p.recursive()
			default:
				p.fail()
			}
		}
		p.epa()
		p.take("IN")
		p.expression()
		p.epa()
	case "CHOOSE":
		p.bpa("(Un)Bounded Choose")
		p.take("CHOOSE")
		switch {
		case p.is(kIdent):
			p.take(kIdent)
		case p.is("<<"):
			p.identifierTuple()
		default:
			p.fail()
		}
		p.bpa("Domain binding")
		if p.is("\\in") {
			p.take("\\in")
			p.expecting = "Expression"
			p.expression()
		}
		p.epa()
		p.take(":")
		p.expression()
		p.epa()
	}
}

func (p *jparser) caseArm() {
	p.bpa("Case Arm")
	p.expression()
	p.take("->")
	p.expression()
	p.epa()
}

func (p *jparser) quantBound() {
	p.bpa("Quant Bound")
	switch {
	case p.is("<<"):
		p.identifierTuple()
	case p.is(kIdent):
		p.take(kIdent)
		for p.is(",") {
			p.take(",")
			p.take(kIdent)
			p.expecting = ", or \\in"
		}
	default:
		p.fail()
	}
	p.take("\\in")
	p.expression()
	p.epa()
}

func (p *jparser) identifierTuple() {
	p.bpa("Identifier tuple")
	p.take("<<")
	p.expecting = "Identifier or >>"
	if p.is(kIdent) {
		p.take(kIdent)
		p.expecting = "COMMA or >>"
		for p.is(",") {
			p.take(",")
			p.expecting = "COMMA or >>"
			p.take(kIdent)
			p.expecting = "COMMA or >>"
		}
	}
	p.take(">>")
	p.epa()
}

// isLabel is SANY's isLabel on the operand toks[from:to]: a name, or a
// name applied to names.
func (p *jparser) isLabel(from, to int) bool {
	ts := p.toks[from:to]
	if len(ts) == 0 || ts[0].kind != kIdent {
		return false
	}
	if len(ts) == 1 {
		return true
	}
	if len(ts) < 4 || ts[1].kind != "(" || ts[len(ts)-1].kind != ")" {
		return false
	}
	for i, t := range ts[2 : len(ts)-1] {
		if i%2 == 0 && t.kind != kIdent || i%2 == 1 && t.kind != "," {
			return false
		}
	}
	return len(ts)%2 == 0
}
