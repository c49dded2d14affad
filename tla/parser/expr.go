package parser

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// prec is an operator's precedence range, as in the TLA+ operator table
// (Specifying Systems, table 6; SANY's operator definitions). Two operators
// whose ranges are disjoint bind by the ranges; two whose ranges overlap may
// be mixed only if they are the same associative operator, and otherwise
// need parentheses (SANY reports a precedence conflict).
type prec struct {
	lo, hi int
	assoc  bool // left-associative when chained with itself
}

// infixPrec is SANY's table of infix operators (its CanonicalOperators,
// whose precedences are ten times these), built-in and user-definable.
var infixPrec = map[token.Kind]prec{
	token.IMPLIES: {1, 1, false},
	token.EQUIV:   {2, 2, false}, token.LEADSTO: {2, 2, false}, token.PLUSARROW: {2, 2, false},
	token.AND: {3, 3, true}, token.OR: {3, 3, true},
	token.EQ: {5, 5, false}, token.NEQ: {5, 5, false}, token.LT: {5, 5, false}, token.GT: {5, 5, false},
	token.LEQ: {5, 5, false}, token.GEQ: {5, 5, false}, token.IN: {5, 5, false}, token.NOTIN: {5, 5, false},
	token.SUBSETEQ: {5, 5, false}, token.SUBSETNEQ: {5, 5, false}, token.SUPSET: {5, 5, false},
	token.SUPSETEQ: {5, 5, false}, token.PREC: {5, 5, false}, token.PRECEQ: {5, 5, false},
	token.SUCC: {5, 5, false}, token.SUCCEQ: {5, 5, false}, token.SIM: {5, 5, false},
	token.SIMEQ: {5, 5, false}, token.LL: {5, 5, false}, token.GG: {5, 5, false},
	token.ASYMP: {5, 5, false}, token.APPROX: {5, 5, false}, token.CONG: {5, 5, false},
	token.SQSUBSET: {5, 5, false}, token.SQSUBSETEQ: {5, 5, false}, token.SQSUPSET: {5, 5, false},
	token.SQSUPSETEQ: {5, 5, false}, token.DOTEQ: {5, 5, false}, token.PROPTO: {5, 5, false},
	token.TURNSTILE: {5, 5, false}, token.MODELS: {5, 5, false}, token.DASHV: {5, 5, false},
	token.EQDASHV: {5, 5, false}, token.ASSIGN: {5, 5, false}, token.BNFDEF: {5, 5, false},
	token.CDOT:    {5, 14, true},
	token.ATAT:    {6, 6, true},
	token.COLONGT: {7, 7, false}, token.LTCOLON: {7, 7, false},
	token.CUP: {8, 8, true}, token.CAP: {8, 8, true}, token.SETMINUS: {8, 8, false},
	token.DOTDOT: {9, 9, false}, token.ELLIPSIS: {9, 9, false},
	token.DOLLAR: {9, 13, true}, token.DOLLAR2: {9, 13, true}, token.QQ: {9, 13, true},
	token.HASHHASH: {9, 13, true}, token.UPLUS: {9, 13, true}, token.SQCAP: {9, 13, true},
	token.SQCUP: {9, 13, true}, token.BANGBANG: {9, 13, false}, token.WR: {9, 14, false},
	token.PLUS: {10, 10, true}, token.PLUSPLUS: {10, 10, true}, token.OPLUS: {10, 10, true},
	token.PIPE: {10, 11, true}, token.PIPEPIPE: {10, 11, true}, token.MODMOD: {10, 11, true},
	token.MOD:   {10, 11, false},
	token.TIMES: {10, 13, true}, // n-ary: A \X B \X C is one Product
	token.MINUS: {11, 11, true}, token.MINUSMINUS: {11, 11, true}, token.OMINUS: {11, 11, true},
	token.STAR: {13, 13, true}, token.STARSTAR: {13, 13, true}, token.AMP: {13, 13, true},
	token.AMPAMP: {13, 13, true}, token.ODOT: {13, 13, true}, token.OTIMES: {13, 13, true},
	token.STARSYM: {13, 13, true}, token.CONCAT: {13, 13, true}, token.BIGCIRC: {13, 13, true},
	token.BULLET: {13, 13, true},
	token.SLASH:  {13, 13, false}, token.SLASHSLASH: {13, 13, false}, token.OSLASH: {13, 13, false},
	token.DIV: {13, 13, false},
	token.EXP: {14, 14, false}, token.EXPEXP: {14, 14, false},
}

// prefixPrec is SANY's table of prefix operators. SUBSET, UNION and DOMAIN
// are 10-13 in SANY (the book's table says 8-8 and 9-9): SUBSET S \cup T is
// (SUBSET S) \cup T, and DOMAIN f + 1 is a precedence conflict.
var prefixPrec = map[token.Kind]prec{
	token.NOT: {4, 4, false}, token.BOX: {4, 15, false}, token.EVENTUALLY: {4, 15, false},
	token.ENABLED: {4, 15, false}, token.UNCHANGED: {4, 15, false},
	token.SUBSET: {10, 13, false}, token.UNION: {10, 13, false}, token.DOMAIN: {10, 13, false},
	token.MINUS: {12, 12, false},
}

// isPostfix reports the user-definable postfix operators (15-15, like ').
func isPostfix(k token.Kind) bool {
	return k == token.PLUSPOST || k == token.STARPOST || k == token.HASHPOST
}

// pending is an operator waiting on the operator-precedence stack.
type pending struct {
	kind   token.Kind
	pos    token.Pos
	prec   prec
	prefix bool
	lit    string
	// For \X: the positions of the product's \X operators so far (the
	// product takes len(times)+1 operands).
	times []token.Pos
}

// parseExpr parses a full expression by operator precedence, with SANY's
// conflict rules. Operands are parsed by parseOperand; IF, CASE, LET,
// quantifiers and CHOOSE are operands whose bodies call parseExpr again and
// so extend as far right as possible.
func (p *parser) parseExpr() ast.Expr {
	p.enter(p.tok().Pos)
	defer p.leave()
	// Most expressions are short: small buffers keep the stacks off the heap.
	var operandBuf [8]ast.Expr
	var opBuf [8]pending
	operands, ops := operandBuf[:0], opBuf[:0]
	depth0 := p.depth
	defer func() { p.depth = depth0 }()

	reduce := func() {
		operands, ops = reduceTop(operands, ops)
	}

	for {
		// Prefix operators.
		for {
			t := p.tok()
			pr, ok := prefixPrec[t.Kind]
			if !ok {
				break
			}
			if n := len(ops); t.Kind == token.MINUS && n > 0 && !ops[n-1].prefix && ops[n-1].prec.lo > pr.hi {
				// SANY reads - after an infix operator in its operator-
				// precedence machinery (it may be infix or prefix) and
				// rejects a * -b, a ^ -b: prefix minus (12-12) binds less
				// tightly than the operator before it. (a = ~b, a ^ SUBSET b
				// are fine: SANY does not check other prefix operators.)
				top := ops[n-1]
				p.fail(t.Pos, "precedence conflict between %s at %d:%d and prefix -: add parentheses", top.lit, top.pos.InFile().Line, top.pos.Col)
			}
			ops = append(ops, pending{kind: t.Kind, pos: t.Pos, prec: pr, prefix: true, lit: t.Kind.String()})
			p.lastOp = pr
			p.enter(t.Pos) // a prefix operator nests the tree one level deeper
			p.next()
		}
		x := p.parseOperand()
		if lab, ok := x.(*ast.Label); ok && len(ops) > 0 {
			p.checkLabel(lab, ops[len(ops)-1])
		}
		if p.primed.IsValid() && len(ops) > 0 {
			// SANY treats ' (and ^+ ^* ^#) as a postfix operator of
			// precedence 15-15: after a prefix operator whose range
			// reaches 15 (ENABLED, UNCHANGED, [], <>) it is a precedence
			// conflict.
			if top := ops[len(ops)-1]; top.prefix && top.prec.hi >= 15 {
				p.fail(p.primed, "precedence conflict between %s at %d:%d and %s: add parentheses", top.lit, top.pos.InFile().Line, top.pos.Col, p.postfixLit)
			}
		}
		operands = append(operands, x)

		t := p.tok()
		pr, ok := infixPrec[t.Kind]
		if !ok {
			break
		}
		for len(ops) > 0 {
			top := ops[len(ops)-1]
			if top.prec.hi < pr.lo {
				break
			}
			if pr.hi < top.prec.lo || (!top.prefix && top.kind == t.Kind && pr.assoc && t.Kind != token.TIMES) {
				reduce()
				continue
			}
			if !top.prefix && top.kind == token.TIMES && t.Kind == token.TIMES {
				break // one more factor of the product on top
			}
			p.fail(t.Pos, "precedence conflict between %s at %d:%d and %s: add parentheses",
				top.lit, top.pos.InFile().Line, top.pos.Col, t.Kind.String())
		}
		p.lastOp = pr
		if n := len(ops); t.Kind == token.TIMES && n > 0 && !ops[n-1].prefix && ops[n-1].kind == token.TIMES {
			ops[n-1].times = append(ops[n-1].times, t.Pos)
		} else {
			op := pending{kind: t.Kind, pos: t.Pos, prec: pr, lit: t.Kind.String()}
			if t.Kind == token.TIMES {
				op.times = []token.Pos{t.Pos}
			}
			ops = append(ops, op)
		}
		p.next()
	}
	for len(ops) > 0 {
		reduce()
	}
	return operands[0]
}

// reduceTop applies the operator on top of ops to the operands it takes.
func reduceTop(operands []ast.Expr, ops []pending) ([]ast.Expr, []pending) {
	op := ops[len(ops)-1]
	ops = ops[:len(ops)-1]
	n := len(operands)
	if op.prefix {
		operands[n-1] = &ast.Unary{OpPos: op.pos, Op: op.kind, X: operands[n-1]}
		return operands, ops
	}
	if op.kind == token.TIMES {
		k := len(op.times) + 1
		factors := append([]ast.Expr(nil), operands[n-k:]...)
		operands[n-k] = &ast.Product{Factors: factors, OpPos: op.times}
		return operands[:n-k+1], ops
	}
	x := operands[n-2]
	operands[n-2] = &ast.Binary{X: x, OpPos: op.pos, Op: op.kind, Y: operands[n-1], Start: x.Pos()}
	return operands[:n-1], ops
}

// checkLabel enforces SANY's rule that removing a label must not change
// how an expression parses. A label's body extends as far right as
// possible, so after an operator it may swallow operators that would
// otherwise have applied to the whole: in a /\ lab:: b /\ c the body is
// b /\ c, while without the label the expression is (a /\ b) /\ c. That
// happens exactly when the body's outermost operator does not bind more
// tightly than the operator before the label.
func (p *parser) checkLabel(lab *ast.Label, before pending) {
	var root prec
	switch lab.Body.(type) {
	case *ast.Binary, *ast.Prime, *ast.Postfix:
		// SANY compares not the body's outermost operator but the last
		// operator it read (TLAplusParser.labelDoesNotChangeParse with its
		// lastOp: a prefix, infix or postfix operator, or the [ of a
		// function application), wherever it is in the body: TLC rev
		// cc6b616 accepts a /\ lab:: ~b /\ ~c and a /\ lab:: b /\ f[c], and
		// refuses a /\ lab:: ~b /\ c.
		root = p.lastOp
	case *ast.Product:
		if before.kind == token.TIMES && !before.prefix {
			return // a \X lab:: b \X c: SANY accepts it
		}
		root = infixPrec[token.TIMES]
	default:
		return
	}
	if root.lo <= before.prec.hi {
		p.fail(lab.Pos(), "removing the label %s would change how the expression parses (after %s at %d:%d): parenthesize the labelled expression",
			lab.Name.Name, before.lit, before.pos.InFile().Line, before.pos.Col)
	}
}
