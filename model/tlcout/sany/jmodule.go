package sany

// The replay of tla+.jj's productions for a module and its units, each
// named after the production it replays; the strings are the grammar's
// (the names bpa records and the values it gives `expecting`).

func (p *jparser) module() {
	p.bpa("Module definition")
	p.expecting = "---- MODULE"
	p.beginModule()
	p.expecting = "EXTENDS clause or module body"
	p.extends()
	p.expecting = "Module body"
	p.body()
	p.expecting = "==== or more Module body"
	p.take(kEnd)
	p.epa()
}

func (p *jparser) beginModule() {
	p.bpa("Begin module")
	p.expecting = "---- MODULE (beginning of module)"
	p.take(kBM)
	p.expecting = "Identifier"
	p.fieldName()
	if name := p.take(kIdent).img; p.mn == "" {
		p.mn = name
	}
	p.expecting = "----"
	p.take(kSep)
	p.epa()
}

func (p *jparser) extends() {
	p.bpa("Extends")
	if p.is("EXTENDS") {
		p.take("EXTENDS")
		p.expecting = "Identifier"
		p.fieldName()
		p.take(kIdent)
		p.expecting = "comma or module body"
		for p.is(",") {
			p.take(",")
			p.expecting = "Identifier"
			p.fieldName()
			p.take(kIdent)
		}
	}
	p.epa()
}

// bodyStarts are the tokens that keep Body's loop going: those that can
// start one of its alternatives. javacc then picks the alternative by
// their lookahead, and fails inside Body when none fits.
var bodyStarts = map[string]bool{
	kSep: true, "VARIABLE": true, "CONSTANT": true, "LOCAL": true, kDefBreak: true, "RECURSIVE": true,
	"INSTANCE": true, "ASSUME": true, "ASSUMPTION": true, "THEOREM": true, "PROPOSITION": true, kBM: true,
	"PROOF": true, "BY": true, "USE": true, "HIDE": true,
}

func (p *jparser) body() {
	p.bpa("Module body")
	p.expecting = "LOCAL, INSTANCE, PROOF, ASSUMPTION, THEOREM, RECURSIVE, declaration, or definition"
	for bodyStarts[p.tok(1).kind] {
		t1, t2 := p.tok(1), p.tok(2)
		p.bodyProbes()
		switch {
		case t1.kind == kSep:
			p.take(kSep)
		case t1.kind == "VARIABLE":
			p.variableDeclaration()
		case t1.kind == "CONSTANT":
			p.paramDeclaration()
		case p.startsDefinition(2):
			p.definition()
		case t1.kind == "RECURSIVE":
			p.recursive()
		case t1.kind == "LOCAL" && t2.kind == "INSTANCE" || t1.kind == "INSTANCE" && t2.kind == kIdent:
			p.instance()
		case (t1.kind == "ASSUME" || t1.kind == "ASSUMPTION") && (t2.kind == kDefBreak || startsExpr(t2)):
			p.assumption()
		case (t1.kind == "THEOREM" || t1.kind == "PROPOSITION") && (t2.kind == "ASSUME" || t2.kind == "[]ASSUME" || startsExpr(t2)):
			p.theorem()
		case t1.kind == kBM:
			p.module()
			p.belchDEF()
		case t1.kind == "USE" && t2.kind != "ONLY" || t1.kind == "HIDE":
			p.useOrHideOrBy()
		default:
			p.fail()
		}
	}
	p.epa()
}

// bodyProbes records how far Body's LOOKAHEAD(2)s read at its next token
// (each reads a second token when the first fits).
func (p *jparser) bodyProbes() {
	switch t := p.tok(1).kind; t {
	case kSep, "VARIABLE", "CONSTANT":
	case "LOCAL", kDefBreak, "INSTANCE", "ASSUME", "ASSUMPTION", "THEOREM", "PROPOSITION":
		p.probe(2)
	default:
		p.probe(1)
	}
}

// startsDefinition is OperatorOrFunctionDefinition's lookahead: its
// first two tokens ([LOCAL] "Beginning of definition", then a name or a
// prefix operator), or with k == 1 its first.
func (p *jparser) startsDefinition(k int) bool {
	t1, t2 := p.tok(1), p.tok(2)
	if k == 1 {
		return t1.kind == "LOCAL" || t1.kind == kDefBreak
	}
	return t1.kind == "LOCAL" && t2.kind == kDefBreak || t1.kind == kDefBreak && (t2.kind == kIdent || t2.cls&clsNEPrefix != 0)
}

func (p *jparser) variableDeclaration() {
	p.bpa("variable declaration")
	p.take("VARIABLE")
	p.expecting = "Identifier"
	p.take(kIdent)
	p.expecting = "comma or module body"
	for p.is(",") {
		p.take(",")
		p.expecting = "Identifier"
		p.take(kIdent)
	}
	p.epa()
}

func (p *jparser) paramDeclaration() {
	p.bpa("Parameter declaration")
	p.expecting = "CONSTANT"
	p.bpa("Parameter declaration item")
	p.take("CONSTANT")
	p.epa()
	p.expecting = "Identifier, operator or _"
	p.constantDeclarationItems()
	p.expecting = ","
	for p.is(",") {
		p.take(",")
		p.expecting = "Identifier, operator or _"
		p.constantDeclarationItems()
	}
	p.epa()
}

func (p *jparser) recursive() {
	p.bpa("Recursive")
	p.expecting = "RECURSIVE"
	p.take("RECURSIVE")
	p.expecting = "Identifier, operator or _"
	p.constantDeclarationItems()
	p.expecting = ","
	for p.is(",") {
		p.take(",")
		p.expecting = "Identifier, operator or _"
		p.constantDeclarationItems()
		p.expecting = "`,' or `)'"
	}
	p.epa()
}

func (p *jparser) constantDeclarationItems() {
	p.bpa("Constant declaration items")
	p.expecting = "Identifier, _ or prefix op"
	switch t := p.tok(1); {
	case t.kind == kIdent:
		p.take(kIdent)
		p.expecting = "(, comma, or Module Body"
		if p.probeSeq(is("("), is("_")) {
			p.take("(")
			p.expecting = "_"
			p.take("_")
			p.expecting = "comma or )"
			for p.is(",") {
				p.take(",")
				p.expecting = "_"
				p.take("_")
				p.expecting = "comma or )"
			}
			p.take(")")
		}
	case t.cls&clsNEPrefix != 0:
		p.takeCls(clsNEPrefix)
		p.expecting = "_"
		p.take("_")
	case t.kind == "_":
		p.take("_")
		p.expecting = "prefix or postfix operator"
		p.infixOrPostfixDecl()
	default:
		p.fail()
	}
	p.epa()
}

// infixOrPostfixDecl is "_ op _" or "_ op" after its first "_".
func (p *jparser) infixOrPostfixDecl() {
	switch t := p.tok(1); {
	case t.cls&clsInfix != 0:
		p.infixOp()
		p.expecting = "_"
		p.take("_")
	case t.cls&clsPostfix != 0:
		p.takeCls(clsPostfix)
	default:
		p.fail()
	}
}

// infixOp is InfixOp(), which records itself.
func (p *jparser) infixOp() {
	p.bpa("Infix Op")
	p.takeCls(clsInfix)
	p.epa()
}

// definition is OperatorOrFunctionDefinition.
func (p *jparser) definition() {
	p.bpa("Definition")
	p.expecting = "LOCAL, Identifier or Operator Symbol"
	if p.is("LOCAL") {
		p.take("LOCAL")
	}
	p.take(kDefBreak)
	p.expecting = "LOCAL, Identifier or Operator Symbol"
	t1, t2 := p.tok(1), p.tok(2)
	switch {
	case t1.kind == kIdent && t2.kind == "[":
		p.take(kIdent)
		p.expecting = "["
		p.take("[")
		p.expecting = "Identifier"
		p.quantBound()
		p.expecting = "COMMA or ]"
		for p.is(",") {
			p.take(",")
			p.expecting = "Identifier"
			p.quantBound()
		}
		p.take("]")
		p.expecting = "=="
		p.defEq("Expression")
		p.expression()
	case t1.kind == kIdent && t2.cls&clsPostfix != 0:
		p.bpa("Postfix LHS")
		p.take(kIdent)
		p.takeCls(clsPostfix)
		p.epa()
		p.expecting = "=="
		p.defEq("Expression")
		p.expression()
	case t1.kind == kIdent && t2.cls&clsInfix != 0:
		p.bpa("Infix LHS")
		p.take(kIdent)
		p.takeCls(clsInfix)
		p.take(kIdent)
		p.epa()
		p.expecting = "=="
		p.defEq("Expression")
		p.expression()
	case t1.kind == kIdent && (t2.kind == "(" || t2.kind == "=="):
		p.identLHS()
		p.expecting = "=="
		p.defEq("Expression or Instance")
		switch {
		case p.is("INSTANCE"):
			p.instantiation()
		case startsExpr(p.tok(1)):
			p.expression()
		default:
			p.fail()
		}
	case t1.cls&clsNEPrefix != 0:
		p.bpa("Prefix LHS")
		p.takeCls(clsNEPrefix)
		p.expecting = "Identifier"
		p.take(kIdent)
		p.epa()
		p.expecting = "=="
		p.defEq("Expression")
		p.expression()
	default:
		p.fail()
	}
	p.epa()
}

// defEq takes a definition's "==", after which SANY marks the next
// definition (belchDEF) and expects what.
func (p *jparser) defEq(what string) {
	p.take("==")
	p.belchDEF()
	p.expecting = what
}

func (p *jparser) identLHS() {
	p.bpa("Identifier LHS")
	p.take(kIdent)
	p.expecting = "( or =="
	if p.is("(") {
		p.take("(")
		p.expecting = "Identifier Declaration, prefix op, _ or )"
		p.declaration()
		p.expecting = "COMMA or )"
		for p.is(",") {
			p.take(",")
			p.expecting = "Identifier Declaration, prefix op or _"
			p.declaration()
			p.expecting = "COMMA or )"
		}
		p.take(")")
	}
	p.epa()
}

// declaration is ( IdentDecl() | SomeFixDecl() ).
func (p *jparser) declaration() {
	switch t := p.tok(1); {
	case t.kind == kIdent:
		p.bpa("Identifier Declation")
		p.take(kIdent)
		p.expecting = "( or ..."
		if p.is("(") {
			p.take("(")
			p.expecting = "_"
			p.take("_")
			p.expecting = "COMMA or )"
			for p.is(",") {
				p.take(",")
				p.expecting = "_"
				p.take("_")
				p.expecting = "COMMA or )"
			}
			p.take(")")
		}
		p.epa()
	case t.cls&clsNEPrefix != 0 || t.kind == "_":
		p.bpa("Op. Symbol Declaration")
		if t.kind == "_" {
			p.take("_")
			p.expecting = "infix or postfix operator"
			p.infixOrPostfixDecl()
		} else {
			p.takeCls(clsNEPrefix)
			p.expecting = "_"
			p.take("_")
		}
		p.epa()
	default:
		p.fail()
	}
}

func (p *jparser) instance() {
	p.bpa("Instance")
	p.expecting = "LOCAL or instance"
	if p.is("LOCAL") {
		p.take("LOCAL")
	}
	p.instantiation()
	p.expecting = "COMMA or Module Body"
	p.epa()
}

func (p *jparser) instantiation() {
	p.bpa("NonLocalInstance")
	p.take("INSTANCE")
	p.expecting = "Module identifier"
	p.fieldName()
	p.take(kIdent)
	p.expecting = "WITH or another definition."
	if p.is("WITH") {
		p.take("WITH")
		p.expecting = ""
		p.substitution()
		p.expecting = ""
		// LOOKAHEAD(3): a comma, a name or operator, "<-".
		for p.probeSeq(is(","), func(t jtok) bool { return t.kind == kIdent || t.cls != 0 }, is("<-")) {
			p.take(",")
			p.expecting = ""
			p.substitution()
			p.expecting = ""
		}
	}
	p.epa()
}

func (p *jparser) substitution() {
	p.bpa("Substitution")
	switch t := p.tok(1); {
	case t.kind == kIdent:
		p.take(kIdent)
	case t.cls&clsNEPrefix != 0:
		p.takeCls(clsNEPrefix)
	case t.cls&clsInfix != 0:
		p.infixOp()
	case t.cls&clsPostfix != 0:
		p.takeCls(clsPostfix)
	default:
		p.fail()
	}
	p.expecting = "<-"
	p.take("<-")
	p.expecting = "Expression or Op. Symbol"
	p.opOrExpr()
	p.epa()
}

func (p *jparser) assumption() {
	p.bpa("Assumption")
	p.expecting = "ASSUM..."
	p.pos++ // ASSUME or ASSUMPTION
	// LOOKAHEAD(2): [Beginning of definition] Name, then "==".
	if p.probeSeq(is(kDefBreak), is(kIdent)) || p.probeSeq(is(kIdent), is("==")) {
		if p.is(kDefBreak) {
			p.take(kDefBreak)
		}
		p.take(kIdent)
		p.expecting = "=="
		p.take("==")
	}
	p.belchDEF()
	p.expecting = "Expression"
	p.expression()
	p.epa()
}

func (p *jparser) theorem() {
	p.bpa("Theorem")
	p.expecting = "THEOREM, PROPOSITION"
	p.pos++ // THEOREM or PROPOSITION
	p.expecting = "Identifier, Assume-Prove or Expression"
	if p.probeSeq(is(kIdent), is("==")) {
		p.take(kIdent)
		p.expecting = "=="
		p.take("==")
	}
	p.belchDEF()
	if p.theoremAssumeProve() {
		p.assumeProve()
	} else {
		p.exprIfStarts()
	}
	if p.beginsProof(p.tok(1)) {
		p.proof()
	}
	p.epa()
}

// is is the test of a token's kind, for probeSeq.
func is(kind string) func(jtok) bool { return func(t jtok) bool { return t.kind == kind } }

// theoremAssumeProve is Theorem's LOOKAHEAD(3) for an AssumeProve: three
// tokens that can start one ("foo :: ASSUME", "ASSUME NEW x", "ASSUME
// x ..."), recording how far it read. A failed one leaves the theorem's
// choice to Expression, which cannot start with ASSUME: SANY then fails
// there, printing the three tokens ("ASSUME NEW 1").
func (p *jparser) theoremAssumeProve() bool {
	t1, t2, t3 := p.tok(1), p.tok(2), p.tok(3)
	decl := func(t jtok) bool { return t.kind == kIdent || t.kind == "_" || t.cls&clsNEPrefix != 0 }
	read := func(depth int, ok bool) bool {
		p.probe(depth)
		return ok
	}
	switch {
	case t1.kind == kIdent:
		if t2.kind != "::" {
			return read(2, false)
		}
		return read(3, t3.kind == "ASSUME" || t3.kind == "[]ASSUME")
	case t1.kind != "ASSUME" && t1.kind != "[]ASSUME":
		return read(1, false)
	}
	switch t2.kind {
	case "ASSUME", "[]ASSUME":
		return read(3, startsExpr(t3) || newStarts[t3.kind] || t3.kind == "ASSUME" || t3.kind == "[]ASSUME")
	case "NEW":
		return read(3, newStarts[t3.kind] && t3.kind != "NEW" || decl(t3))
	case "CONSTANT", "STATE", "ACTION", "TEMPORAL":
		return read(3, decl(t3))
	case "VARIABLE":
		return read(3, t3.kind == kIdent)
	}
	return read(2, startsExpr(t2))
}
