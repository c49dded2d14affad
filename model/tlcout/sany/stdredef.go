package sany

import (
	"strings"
	"unicode/utf8"

	"github.com/wspcycle/wspcycle/model"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// stdRedefined is SANY's report of a definition that repeats an operator
// of an extended standard module (Len(s) == ... with EXTENDS Sequences,
// a \div b == ... with EXTENDS Integers), package sema's "multiply-defined
// symbol X: it is already defined by the standard module M": the warning
// "Multiple declarations or definitions" naming where TLC's jar defines
// X, and the error "Operator X already defined or declared.", both over
// the definition (for an infix one, from its first parameter). ok is
// false for another error, or where the standard definition is not known.
func stdRedefined(mod *ast.Module, e *token.Error, module string) (warns, errs []item, ok bool) {
	rest, ok := strings.CutPrefix(e.Msg, "multiply-defined symbol ")
	if !ok {
		return nil, nil, false
	}
	name, std, ok := strings.Cut(rest, ": it is already defined by the standard module ")
	if !ok {
		return stdParam(rest, e, module)
	}
	prev := stdRange(std, name)
	here, isDef := defRange(mod, e.Pos, module)
	if !prev.IsValid() || !isDef {
		return nil, nil, false
	}
	if d := topOpDef(mod, e.Pos); d != nil && d.Start.IsValid() && d.Start.Before(here.Start) {
		here.Start = d.Start // a \div b == ...: SANY's range starts at a
	}
	return []item{{here, "Multiple declarations or definitions for symbol " + name + ".  \nThis duplicates the one at " + rangeText(prev) + "."}},
		[]item{{here, "Operator " + name + " already defined or declared."}}, true
}

// topOpDef is the module's operator definition whose name is at pos: a
// top-level one or a LET's (LET a + b == ... IN: SANY's range starts at
// a there too).
func topOpDef(mod *ast.Module, pos token.Pos) *ast.OpDef {
	if mod == nil {
		return nil
	}
	var found *ast.OpDef
	for _, u := range mod.Units {
		ast.Inspect(u, func(n ast.Node) bool {
			if d, ok := n.(*ast.OpDef); ok && d.Name != nil && d.Name.NamePos == pos {
				found = d
			}
			return found == nil
		})
		if found != nil {
			return found
		}
	}
	return nil
}

// stdParam is SANY's error for an operator parameter named by a symbol
// of an extended standard module (P(_ + _, a, b) == ... with EXTENDS
// Naturals): "Multiply-defined symbol" over the parameter _ + _, which
// the parser records at its symbol (the range assumes the usual spacing
// of one blank either side).
func stdParam(rest string, e *token.Error, module string) (warns, errs []item, ok bool) {
	name, std, ok := strings.Cut(rest, ": the parameter is already an operator of the standard module ")
	if !ok {
		return nil, nil, false
	}
	prev := stdRange(std, name)
	if !prev.IsValid() {
		return nil, nil, false
	}
	here := model.SourceRange{Module: module, Start: e.Pos, End: e.Pos}
	here.Start.Col -= 2
	here.End.Col += utf8.RuneCountInString(name) + 1
	return nil, []item{{here, "Multiply-defined symbol '" + name + "': this definition or declaration conflicts \nwith the one at " + rangeText(prev) + "."}}, true
}
