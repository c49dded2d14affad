package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/value"
)

// literalOpArg reports the value TLC passes for the operator argument op
// of one of its Java-implemented operators (BagOfAll, SelectSeq, SortSeq)
// when op's definition has a bare literal for body: LAMBDA e: 1, G(e) ==
// "s", LET L(e) == 3, or an operator parameter bound to one of those.
// TLC stores such a definition as the literal's value rather than as an
// operator, so its Java method gets 1 instead of an OpValue and refuses it
// ("The first argument of BagOfAll should be an operator, but instead it
// is:\n1", TLC rev cc6b616, hunt5's F16), where a body such as 1+1 or K
// is applied as an operator. A TLA+-defined higher-order operator applies
// either alike, so only the Java ones ask.
func (c *compiler) literalOpArg(op ast.Expr, en cenv) (value.Value, bool) {
	var body ast.Expr
	for range maxInline {
		switch o := ast.Unparen(op).(type) {
		case *ast.Lambda:
			body = o.Body
		case *ast.Ident:
			if b := en.sc.lookup(o.Name); b != nil {
				switch b.kind {
				case bArg:
					op, en = b.arg, b.argEnv
					continue
				case bLetOp:
					body = b.op.Body
				}
			} else if d, _, ok := c.moduleOpDef(o.Name, en); ok && d != nil {
				body = d.Body
			}
		}
		break
	}
	switch b := ast.Unparen(body).(type) {
	case *ast.Number:
		if !b.Decimal && b.Value <= maxInt {
			return value.Int(b.Value), true
		}
	case *ast.String:
		return c.strs().Str(b.Value), true
	}
	return nil, false
}
