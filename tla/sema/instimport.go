package sema

import (
	"github.com/wspcycle/wspcycle/tla/ast"
)

// importInstance makes the definitions of the unnamed INSTANCE in visible
// in sc from where it stands, as SANY's symbol table does (addSymbol):
//   - a name not yet visible is added;
//   - the same symbol reached again (two instances of one module, or a
//     module the root also extends) is one symbol;
//   - a name already visible as a symbol of the same kind and arity (an
//     operator definition, a function definition counting as one with no
//     argument) is only SANY's warning "Multiple declarations or
//     definitions", and the first one stays: a module may define Sum
//     before INSTANCE M whose M defines its own Sum, and TLC runs it with
//     the module's Sum (the evaluator's importNames keeps the first too);
//   - another clash is SANY's error, reported at the imported symbol.
//
// A definition of the module after the INSTANCE that repeats one of its
// names is the definition's own error (declare).
func (c *checker) importInstance(sc *scope, in *ast.Instance) {
	if c.im.mods == nil || c.imported == nil {
		return
	}
	m := c.im.mods[in.Module.Name]
	if m == nil {
		return // a standard module: its operators are built in
	}
	for name, s := range c.im.exports(m) {
		if s.kind == symConst || s.kind == symVar {
			continue // substituted, not imported
		}
		prev := sc.lookup(name)
		switch {
		case prev == nil:
			c.imported.syms[name] = s
		case prev == s || prev.pos == s.pos && prev.kind == s.kind:
		case prev.kind == symBuiltin:
			// An operator of a standard module that m also extends.
		case sanyKind(prev.kind) == sanyKind(s.kind) && prev.arity == s.arity:
			// SANY's warning only; the first symbol stays.
		default:
			c.errorf(s.pos, "multiply-defined symbol %s: it is already the %s declared at %s"+InstanceClashSuffix+"%s at %s", name, prev.kind, prev.pos, c.mod.Name.Name, in.Pos())
		}
	}
}

// InstanceClashSuffix ends the message of a clash importInstance reports,
// followed by the name of the module whose INSTANCE it is and where the
// INSTANCE is: SANY reports it while processing that module, at the
// imported symbol, when it meets the INSTANCE (package sany prints it
// there).
const InstanceClashSuffix = "; brought in by an INSTANCE in module "

// sanyKind groups the kinds of symbols as SANY's do: an operator and a
// function definition are both SANY's user-defined operators.
func sanyKind(k symKind) symKind {
	if k == symFunc {
		return symDef
	}
	return k
}
