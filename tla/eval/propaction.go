package eval

import "github.com/wspcycle/wspcycle/tla/ast"

// refuseActionProperty reports a PROPERTY entry whose formula is an
// action (primes, no temporal operator): TLC rev cc6b616 refuses it
// before the search, with its advice to write [][A]_v (message 2272,
// exit 151), "The formula P at <its body's range> is an action-level
// formula ...".
func (b *builder) refuseActionProperty(name string, d *ast.OpDef, de cenv) bool {
	if b.liveLevel(d.Body, de) != 2 {
		return false
	}
	b.c.errorf(d.Pos(), "PROPERTY %s is an action-level formula, at %s: TLC refuses it (write [][A]_v for an action A that every step must satisfy)",
		name, b.c.nodeName(d.Body, b.c.env(de).mod.Name.Name))
	return true
}
