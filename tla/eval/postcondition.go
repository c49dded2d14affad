package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// Postcondition is the cfg's POSTCONDITION: a constant predicate TLC
// evaluates once the search is over, where TLCGet("stats") and
// TLCGet("level") (0) read the finished run.
type Postcondition struct {
	Name string
	Pos  token.Pos
	Expr ast.Expr // the definition's body, whose source range TLC names
	Eval func() (bool, error)
}

// postcondition compiles the cfg's POSTCONDITION, which may not read
// the variables (TLC evaluates it without a state).
func (b *builder) postcondition() {
	c := b.c
	id := b.conf.Postcondition
	if id == nil {
		return
	}
	if x, found := c.lookupName(id.Name, cenv{at: -1}); !found || x.kind != eDef {
		// TLC (rev cc6b616) ignores a POSTCONDITION the spec does not
		// define, or that takes arguments: no error, no warning,
		// nothing evaluated.
		return
	} else if d, ok := x.node.(*ast.OpDef); ok && len(d.Params) > 0 {
		return
	}
	d, de, ok := b.namedDef(id, "POSTCONDITION")
	if !ok {
		return
	}
	x, errs := c.constExpr(d.Body, de)
	if len(errs) > 0 {
		return
	}
	p := &b.prog
	b.sp.Postcondition = &Postcondition{Name: id.Name, Pos: d.Body.Pos(), Expr: d.Body, Eval: func() (bool, error) {
		k := (*p).get()
		r, err := evalBool(k, x)
		(*p).put(k)
		return r, err
	}}
}
