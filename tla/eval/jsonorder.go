package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TLC writes a record's fields in the order its RecordValue holds them:
// the order it was built in ([b |-> 1, a |-> 2] as {"b":1,"a":2}) until
// something normalizes it (a comparison, a state, a constant definition),
// then TLC's order of strings (value.Strings), which is the order
// wspcycle keeps every record and function in. A function with strings
// as keys likewise holds them as built: [x \in S |-> e] in S's order
// (normalized, so TLC's order of strings), f @@ g in f's order, then g's.
// Which of the two orders a given record value has in TLC depends on its
// history, which a value here does not keep; but when every record and
// function the spec can build holds its keys in TLC's order of strings
// from the start, the two orders are one, and the text is decided.

// recordsInOrder reports whether every record and string-keyed function
// the modules mods can build holds its keys in the order of strs from the
// start (TLC then writes their keys in that order whatever it did to them):
// every record constructor [f |-> e, ...] lists its fields in that order,
// and no module builds one in an order of its own: f @@ g and B1 (+) B2,
// BagUnion (the second's keys after the first's), the records TLC's Java code builds (JsonDeserialize's, TLCGet's
// "stats", "config", ..., CounterExample's, and those of the
// CommunityModules CSV, DyadicRationals, IOUtils and SVG). A record set
// [f : S, ...] is normalized as TLC builds it, whatever its text's order.
func recordsInOrder(mods []*ast.Module, strs *value.Strings) bool {
	inOrder := true
	for _, m := range mods {
		if m == nil {
			continue
		}
		if m.Name != nil && recordModules[m.Name.Name] {
			return false
		}
		ast.Inspect(m, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.Record:
				for i := 1; i < len(n.Fields); i++ {
					a, b := strs.Str(n.Fields[i-1].Name.Name), strs.Str(n.Fields[i].Name.Name)
					if !value.Ranked(a) || !value.Ranked(b) || value.Compare(a, b) >= 0 {
						inOrder = false
					}
				}
			case *ast.Binary:
				// f @@ g, and the bags B1 (+) B2, hold B2's keys after
				// B1's.
				if n.Op == token.ATAT || n.Op == token.OPLUS {
					inOrder = false
				}
			case *ast.Ident:
				if recordOps[n.Name] {
					inOrder = false
				}
			case *ast.ModRef:
				if recordOps[n.Name.Name] || n.Name.Name == "TLCGet" {
					inOrder = false
				}
			case *ast.OpApp:
				if recordOps[n.Name.Name] || n.Name.Name == "TLCGet" && !scalarTLCGet(n.Args) {
					inOrder = false
				}
			}
			return inOrder
		})
		if !inOrder {
			return false
		}
	}
	return true
}

// recordOps are the operators whose records TLC's Java code builds in an
// order of its own.
var recordOps = map[string]bool{
	"JsonDeserialize": true, "ndJsonDeserialize": true, "CounterExample": true, "ToTrace": true,
	"BagUnion": true,
}

// recordModules are the CommunityModules whose Java overrides build
// records in an order of their own.
var recordModules = map[string]bool{"CSV": true, "DyadicRationals": true, "IOUtils": true, "SVG": true}

// scalarTLCGet reports whether TLCGet(args) is a register (a number) or
// one of TLC's statistics that are numbers, not a record TLC builds.
func scalarTLCGet(args []ast.Expr) bool {
	if len(args) != 1 {
		return false
	}
	switch a := args[0].(type) {
	case *ast.Number:
		return true
	case *ast.String:
		switch a.Value {
		case "level", "diameter", "distinct", "queue", "generated", "duration":
			return true
		}
	}
	return false
}

// rankedKeys reports whether every key of f is a string or model value of
// the spec's table (so TLC's order of them is value.Compare's).
func rankedKeys(f *value.FcnV) bool {
	for i := 0; i < f.Len(); i++ {
		if !value.Ranked(f.Key(i)) {
			return false
		}
	}
	return true
}

// sameKeys reports whether f and g have the same keys.
func sameKeys(f, g *value.FcnV) bool {
	if f.Len() != g.Len() {
		return false
	}
	for i := 0; i < f.Len(); i++ {
		if !value.Equal(f.Key(i), g.Key(i)) {
			return false
		}
	}
	return true
}

// modules are the spec's modules: the root and those it uses (the
// standard modules built in are not among them).
func (c *compiler) modules() []*ast.Module {
	ms := []*ast.Module{c.mod}
	for _, m := range c.prog {
		ms = append(ms, m)
	}
	return ms
}
