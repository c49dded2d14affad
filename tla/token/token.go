// Package token defines the lexical tokens of TLA+'s ASCII syntax and source
// positions, in the manner of go/token.
//
// Every AST node and every error carries a Pos, so that a spec reviewer can go
// straight from a message to the line and column that caused it.
package token

import "strconv"

// Pos is a position in a source file. Line and Col are 1-based; Col counts
// Unicode code points, not bytes, because TLA+'s layout rule for bulleted
// junction lists compares columns as a reader sees them. The zero Pos is
// "no position".
type Pos struct {
	Filename string
	Line     int
	Col      int
}

// IsValid reports whether p names a real position.
func (p Pos) IsValid() bool { return p.Line > 0 }

// String formats p as file:line:col, the form editors and terminals link
// to: of the real file (p.InFile), also for a position in a module that
// follows another in its file.
func (p Pos) String() string {
	p = p.InFile()
	s := p.Filename
	if p.IsValid() {
		if s != "" {
			s += ":"
		}
		s += strconv.Itoa(p.Line) + ":" + strconv.Itoa(p.Col)
	}
	if s == "" {
		s = "-"
	}
	return s
}

// Before reports whether p comes before q in the same file (used to sort
// error lists).
func (p Pos) Before(q Pos) bool {
	if p.Filename != q.Filename {
		return p.Filename < q.Filename
	}
	if p.Line != q.Line {
		return p.Line < q.Line
	}
	return p.Col < q.Col
}

// Kind is the kind of a lexical token. Operators are tokens too, and the AST
// records which operator a Unary or Binary node applies by its Kind.
type Kind int

// The token kinds. Aliases (\land for /\, \union for \cup, ...) are folded by
// the scanner into one Kind.
const (
	ILLEGAL Kind = iota
	EOF
	COMMENT

	literalBeg
	IDENT  // x, Init, c1
	NUMBER // 42, \b101, \o17, \hFF
	STRING // "text"
	literalEnd

	// Delimiters and punctuation.
	LPAREN     // (
	RPAREN     // )
	LBRACK     // [
	RBRACK     // ]
	LBRACE     // {
	RBRACE     // }
	LTUPLE     // <<
	RTUPLE     // >>
	COMMA      // ,
	COLON      // :
	DOT        // .
	UNDERSCORE // _  (as in [A]_v, <<A>>_v)
	BANG       // !  (EXCEPT paths)
	AT         // @  (EXCEPT's old value)
	PRIME      // '
	DEFEQ      // ==
	MAPSTO     // |->
	ARROW      // ->
	BOX        // []  (the temporal "always" and the CASE arm separator)
	SEPARATOR  // ---- (four or more dashes)
	MODULEEND  // ==== (four or more equals signs)

	operatorBeg
	// Logic.
	AND     // /\  \land
	OR      // \/  \lor
	NOT     // ~  \lnot  \neg
	IMPLIES // =>
	EQUIV   // <=>  \equiv
	// Relations.
	EQ        // =
	NEQ       // #  /=
	LT        // <
	GT        // >
	LEQ       // <=  =<  \leq
	GEQ       // >=  \geq
	IN        // \in
	NOTIN     // \notin
	SUBSETEQ  // \subseteq
	SUBSETNEQ // \subset (proper subset: a user-definable symbol, rejected as unsupported)
	// Sets.
	CUP      // \cup  \union
	CAP      // \cap  \intersect
	SETMINUS // \  (set difference)
	TIMES    // \X  \times
	// Arithmetic.
	PLUS   // +
	MINUS  // -  (binary minus and unary negation)
	STAR   // *
	DIV    // \div
	MOD    // %
	EXP    // ^
	DOTDOT // ..
	SLASH  // /  (Reals' division: undefined without Reals, fails when evaluated, as in TLC)
	// Sequences and TLC.
	CONCAT  // \o  \circ
	COLONGT // :>
	ATAT    // @@
	// Temporal.
	EVENTUALLY // <>
	LEADSTO    // ~>
	// Quantifiers.
	FORALL  // \A  \forall
	EXISTS  // \E  \exists
	TFORALL // \AA (temporal; unsupported)
	TEXISTS // \EE (temporal; unsupported)
	// USEROP is no longer produced by the scanner (every user-definable
	// symbol has its own Kind below); it is kept for packages that name it.
	USEROP

	// User-definable symbols: TLA+ gives them a precedence and a spelling
	// but no meaning; a module (or a standard module such as Bags or Reals)
	// defines them. The parser reads them with SANY's precedence; the
	// checker rejects them as unsupported.
	userBeg
	PREC       // \prec
	PRECEQ     // \preceq
	SUCC       // \succ
	SUCCEQ     // \succeq
	LL         // \ll
	GG         // \gg
	SQSUBSET   // \sqsubset
	SQSUBSETEQ // \sqsubseteq
	SQSUPSET   // \sqsupset
	SQSUPSETEQ // \sqsupseteq
	SQCAP      // \sqcap
	SQCUP      // \sqcup
	OPLUS      // \oplus  (+)
	OMINUS     // \ominus  (-)
	OTIMES     // \otimes  (\X)
	ODOT       // \odot  (.)
	OSLASH     // \oslash  (/)
	BULLET     // \bullet
	STARSYM    // \star
	CDOT       // \cdot
	BIGCIRC    // \bigcirc
	WR         // \wr
	SIM        // \sim
	SIMEQ      // \simeq
	ASYMP      // \asymp
	APPROX     // \approx
	CONG       // \cong
	DOTEQ      // \doteq
	PROPTO     // \propto
	UPLUS      // \uplus
	SUPSET     // \supset
	SUPSETEQ   // \supseteq
	PLUSARROW  // -+->
	ELLIPSIS   // ...
	BANGBANG   // !!
	HASHHASH   // ##
	DOLLAR     // $
	DOLLAR2    // $$
	QQ         // ??
	MODMOD     // %%
	AMP        // &
	AMPAMP     // &&
	PIPE       // |
	PIPEPIPE   // ||
	PLUSPLUS   // ++
	MINUSMINUS // --
	STARSTAR   // **
	SLASHSLASH // //
	EXPEXP     // ^^
	TURNSTILE  // |-
	MODELS     // |=
	DASHV      // -|
	EQDASHV    // =|
	LTCOLON    // <:
	ASSIGN     // :=
	BNFDEF     // ::=
	PLUSPOST   // ^+  (postfix)
	STARPOST   // ^*  (postfix)
	HASHPOST   // ^#  (postfix)
	userEnd
	operatorEnd

	// More punctuation.
	MINUSDOT   // -.  (the prefix minus, in a definition: -. a == ...)
	COLONCOLON // ::  (a label: lab:: e)
	LARROW     // ← (INSTANCE ... WITH x ← e); the ASCII <- stays two tokens, < and -, which the .cfg reader and INSTANCE parsers join
	STEP       // <1>2, <1>a, <2>, <*>, <+>: a proof step name (Lit); a step definition (<1>2.) has Value 1

	keywordBeg
	ACTION
	ASSUME
	ASSUMPTION
	AXIOM
	BOOLEAN
	BY
	CASE
	CHOOSE
	CONSTANT
	CONSTANTS
	COROLLARY
	DEF
	DEFINE
	DEFS
	DOMAIN
	ELSE
	ENABLED
	EXCEPT
	EXTENDS
	FALSE
	HAVE
	HIDE
	IF
	IN_KW // IN (of LET ... IN)
	INSTANCE
	LAMBDA
	LEMMA
	LET
	LOCAL
	MODULE
	NEW
	OBVIOUS
	OMITTED
	ONLY
	OTHER
	PICK
	PROOF
	PROPOSITION
	PROVE
	QED
	RECURSIVE
	SF // SF_
	STATE
	STRING_KW // STRING (the set of all strings)
	SUBSET
	SUFFICES
	TAKE
	TEMPORAL
	THEN
	THEOREM
	TRUE
	UNCHANGED
	UNION
	USE
	VARIABLE
	VARIABLES
	WF // WF_
	WITH
	WITNESS
	keywordEnd
)

var names = [...]string{
	ILLEGAL: "ILLEGAL", EOF: "EOF", COMMENT: "COMMENT",
	IDENT: "identifier", NUMBER: "number", STRING: "string",
	LPAREN: "(", RPAREN: ")", LBRACK: "[", RBRACK: "]", LBRACE: "{", RBRACE: "}",
	LTUPLE: "<<", RTUPLE: ">>", COMMA: ",", COLON: ":", DOT: ".", UNDERSCORE: "_",
	BANG: "!", AT: "@", PRIME: "'", DEFEQ: "==", MAPSTO: "|->", ARROW: "->", BOX: "[]",
	SEPARATOR: "----", MODULEEND: "====",
	AND: `/\`, OR: `\/`, NOT: "~", IMPLIES: "=>", EQUIV: "<=>",
	EQ: "=", NEQ: "#", LT: "<", GT: ">", LEQ: "<=", GEQ: ">=", IN: `\in`, NOTIN: `\notin`,
	SUBSETEQ: `\subseteq`, SUBSETNEQ: `\subset`,
	CUP: `\cup`, CAP: `\cap`, SETMINUS: `\`, TIMES: `\X`,
	PLUS: "+", MINUS: "-", STAR: "*", DIV: `\div`, MOD: "%", EXP: "^", DOTDOT: "..", SLASH: "/",
	CONCAT: `\o`, COLONGT: ":>", ATAT: "@@",
	EVENTUALLY: "<>", LEADSTO: "~>",
	FORALL: `\A`, EXISTS: `\E`, TFORALL: `\AA`, TEXISTS: `\EE`, USEROP: "operator",
	PREC: `\prec`, PRECEQ: `\preceq`, SUCC: `\succ`, SUCCEQ: `\succeq`, LL: `\ll`, GG: `\gg`,
	SQSUBSET: `\sqsubset`, SQSUBSETEQ: `\sqsubseteq`, SQSUPSET: `\sqsupset`, SQSUPSETEQ: `\sqsupseteq`,
	SQCAP: `\sqcap`, SQCUP: `\sqcup`, OPLUS: `\oplus`, OMINUS: `\ominus`, OTIMES: `\otimes`,
	ODOT: `\odot`, OSLASH: `\oslash`, BULLET: `\bullet`, STARSYM: `\star`, CDOT: `\cdot`,
	BIGCIRC: `\bigcirc`, WR: `\wr`, SIM: `\sim`, SIMEQ: `\simeq`, ASYMP: `\asymp`, APPROX: `\approx`,
	CONG: `\cong`, DOTEQ: `\doteq`, PROPTO: `\propto`, UPLUS: `\uplus`, SUPSET: `\supset`,
	SUPSETEQ: `\supseteq`, PLUSARROW: "-+->", ELLIPSIS: "...", BANGBANG: "!!", HASHHASH: "##",
	DOLLAR: "$", DOLLAR2: "$$", QQ: "??", MODMOD: "%%", AMP: "&", AMPAMP: "&&", PIPE: "|",
	PIPEPIPE: "||", PLUSPLUS: "++", MINUSMINUS: "--", STARSTAR: "**", SLASHSLASH: "//", EXPEXP: "^^",
	TURNSTILE: "|-", MODELS: "|=", DASHV: "-|", EQDASHV: "=|", LTCOLON: "<:", ASSIGN: ":=", BNFDEF: "::=",
	PLUSPOST: "^+", STARPOST: "^*", HASHPOST: "^#",
	MINUSDOT: "-.", COLONCOLON: "::", LARROW: "<-", STEP: "proof step",
	ACTION: "ACTION", BY: "BY", COROLLARY: "COROLLARY", DEF: "DEF", DEFINE: "DEFINE", DEFS: "DEFS",
	HAVE: "HAVE", HIDE: "HIDE", LEMMA: "LEMMA", NEW: "NEW", OBVIOUS: "OBVIOUS", OMITTED: "OMITTED",
	ONLY: "ONLY", PICK: "PICK", PROOF: "PROOF", PROPOSITION: "PROPOSITION", PROVE: "PROVE", QED: "QED",
	STATE: "STATE", SUFFICES: "SUFFICES", TAKE: "TAKE", TEMPORAL: "TEMPORAL", USE: "USE", WITNESS: "WITNESS",
	ASSUME: "ASSUME", ASSUMPTION: "ASSUMPTION", AXIOM: "AXIOM", BOOLEAN: "BOOLEAN", CASE: "CASE",
	CHOOSE: "CHOOSE", CONSTANT: "CONSTANT", CONSTANTS: "CONSTANTS", DOMAIN: "DOMAIN", ELSE: "ELSE",
	ENABLED: "ENABLED", EXCEPT: "EXCEPT", EXTENDS: "EXTENDS", FALSE: "FALSE", IF: "IF", IN_KW: "IN",
	INSTANCE: "INSTANCE", LAMBDA: "LAMBDA", LET: "LET", LOCAL: "LOCAL", MODULE: "MODULE",
	OTHER: "OTHER", RECURSIVE: "RECURSIVE", SF: "SF_", STRING_KW: "STRING", SUBSET: "SUBSET",
	THEN: "THEN", THEOREM: "THEOREM", TRUE: "TRUE", UNCHANGED: "UNCHANGED", UNION: "UNION",
	VARIABLE: "VARIABLE", VARIABLES: "VARIABLES", WF: "WF_", WITH: "WITH",
}

// String returns the token's canonical spelling (or a description for
// literal kinds), as used in error messages.
func (k Kind) String() string {
	if k >= 0 && int(k) < len(names) && names[k] != "" {
		return names[k]
	}
	return "token(" + strconv.Itoa(int(k)) + ")"
}

// IsLiteral reports whether k is an identifier or a literal.
func (k Kind) IsLiteral() bool { return literalBeg < k && k < literalEnd }

// IsOperator reports whether k is an operator symbol.
func (k Kind) IsOperator() bool { return operatorBeg < k && k < operatorEnd }

// IsUserDefinable reports whether k is one of the symbols TLA+ reserves
// for operators a module defines (\prec, ++, (+), ^+, ...), other than
// those the checker implements.
func (k Kind) IsUserDefinable() bool { return userBeg < k && k < userEnd }

// IsKeyword reports whether k is a reserved word.
func (k Kind) IsKeyword() bool { return keywordBeg < k && k < keywordEnd }

var keywords map[string]Kind

func init() {
	keywords = make(map[string]Kind, keywordEnd-keywordBeg)
	for k := keywordBeg + 1; k < keywordEnd; k++ {
		if k == SF || k == WF {
			continue // WF_ and SF_ are prefixes the scanner matches itself
		}
		keywords[names[k]] = k
	}
}

// Lookup maps a word to its keyword Kind, or IDENT if it is not reserved.
func Lookup(word string) Kind {
	if k, ok := keywords[word]; ok {
		return k
	}
	return IDENT
}
