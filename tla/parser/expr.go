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

var infixPrec = map[token.Kind]prec{
	token.IMPLIES: {1, 1, false},
	token.EQUIV:   {2, 2, false}, token.LEADSTO: {2, 2, false},
	token.AND: {3, 3, true}, token.OR: {3, 3, true},
	token.EQ: {5, 5, false}, token.NEQ: {5, 5, false}, token.LT: {5, 5, false}, token.GT: {5, 5, false},
	token.LEQ: {5, 5, false}, token.GEQ: {5, 5, false}, token.IN: {5, 5, false}, token.NOTIN: {5, 5, false},
	token.SUBSETEQ: {5, 5, false}, token.SUBSETNEQ: {5, 5, false},
	token.ATAT:    {6, 6, true},
	token.COLONGT: {7, 7, false},
	token.CUP:     {8, 8, true}, token.CAP: {8, 8, true}, token.SETMINUS: {8, 8, false},
	token.DOTDOT: {9, 9, false},
	token.PLUS:   {10, 10, true}, token.MOD: {10, 11, false},
	token.TIMES: {10, 13, false},
	token.MINUS: {11, 11, true},
	token.STAR:  {13, 13, true}, token.DIV: {13, 13, false}, token.CONCAT: {13, 13, true}, token.SLASH: {13, 13, false},
	token.EXP: {14, 14, false},
}

var prefixPrec = map[token.Kind]prec{
	token.NOT: {4, 4, false}, token.BOX: {4, 15, false}, token.EVENTUALLY: {4, 15, false},
	token.ENABLED: {4, 15, false}, token.UNCHANGED: {4, 15, false},
	token.SUBSET: {8, 8, false}, token.UNION: {8, 8, false}, token.DOMAIN: {9, 9, false},
	token.MINUS: {12, 12, false},
}

// pending is an operator waiting on the operator-precedence stack.
type pending struct {
	kind   token.Kind
	pos    token.Pos
	prec   prec
	prefix bool
	lit    string
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
				if t.Kind == token.USEROP {
					p.unsupported(t.Pos, "user-definable operator "+t.Lit)
				}
				break
			}
			ops = append(ops, pending{kind: t.Kind, pos: t.Pos, prec: pr, prefix: true, lit: t.Kind.String()})
			p.enter(t.Pos) // a prefix operator nests the tree one level deeper
			p.next()
		}
		x := p.parseOperand()
		if p.primed.IsValid() && len(ops) > 0 {
			// SANY treats ' as a postfix operator of precedence 15-15:
			// after a prefix operator whose range reaches 15 (ENABLED,
			// UNCHANGED, [], <>) it is a precedence conflict.
			if top := ops[len(ops)-1]; top.prefix && top.prec.hi >= 15 {
				p.fail(p.primed, "precedence conflict between %s at %d:%d and ': add parentheses", top.lit, top.pos.Line, top.pos.Col)
			}
		}
		operands = append(operands, x)

		t := p.tok()
		pr, ok := infixPrec[t.Kind]
		if !ok {
			if t.Kind == token.USEROP {
				if t.Lit == "::" {
					p.unsupported(t.Pos, "label (name:: expression)")
				}
				p.unsupported(t.Pos, "user-definable operator "+t.Lit)
			}
			break
		}
		switch t.Kind {
		case token.SLASH:
			p.unsupported(t.Pos, "real division / (Reals)")
		case token.SUBSETNEQ:
			p.unsupported(t.Pos, `\subset (proper subset; write S \subseteq T /\ S # T)`)
		}
		for len(ops) > 0 {
			top := ops[len(ops)-1]
			if top.prec.hi < pr.lo {
				break
			}
			if pr.hi < top.prec.lo || (!top.prefix && top.kind == t.Kind && pr.assoc) {
				reduce()
				continue
			}
			if !top.prefix && top.kind == token.TIMES && t.Kind == token.TIMES {
				p.unsupported(t.Pos, `A \X B \X C (Cartesian product of more than two sets)`)
			}
			p.fail(t.Pos, "precedence conflict between %s at %d:%d and %s: add parentheses",
				top.lit, top.pos.Line, top.pos.Col, t.Kind.String())
		}
		ops = append(ops, pending{kind: t.Kind, pos: t.Pos, prec: pr, lit: t.Kind.String()})
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
	operands[n-2] = &ast.Binary{X: operands[n-2], OpPos: op.pos, Op: op.kind, Y: operands[n-1]}
	return operands[:n-1], ops
}
