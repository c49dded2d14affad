package eval

import "github.com/wspcycle/wspcycle/tla/ast"

// refuseActionProperty reports a part of a PROPERTY entry that TLC's
// SpecProcessor reaches (through conjunctions and definitions, with or
// without arguments) whose level bound (levelBound) is an action's: TLC
// rev cc6b616 refuses it before the search, with its advice to write
// [][A]_v (message 2272, exit 151), "The formula N at <its range> is an
// action-level formula ...", N the name of the definition last gone
// through (E2 for E2(En(Next)), E2(a) == a = TRUE), or the conjunct's own
// range.
func (b *builder) refuseActionProperty(e ast.Expr, en cenv, pc propCtx) {
	b.c.errorf(ast.Unparen(e).Pos(), "PROPERTY %s is an action-level formula, at %s: TLC refuses it (write [][A]_v for an action A that every step must satisfy)",
		pc.name, b.c.nodeName(e, b.c.env(en).mod.Name.Name))
}
