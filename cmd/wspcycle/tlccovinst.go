package main

import (
	"strings"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/eval"
)

// TLC's coverage report names each entry by the OpDefNode it was found
// in and locates it at that node's declaration (ActionWrapper.printLocation,
// Action.getDeclaration). SANY makes a definition of an instantiated module
// a new OpDefNode of the instantiating module, declared where the
// instantiation is:
//
//   - INSTANCE M WITH ... (no name): M's Init, TypeOK, Next are declared at
//     the whole INSTANCE statement: "<TypeOK line 4, col 1 to line 4, col 46
//     of module S>" (CovInstDecl);
//   - I == INSTANCE M WITH ... and I(p) == INSTANCE ...: I!Next is declared
//     at the instance's head, "I" or "I(p)" ("<I!Next line 4, col 1 to line
//     4, col 1 of module S>", CovInstNamed), where the trace of an error
//     locates the step at the whole statement (TLC's Action.getLocation).
//
// An action TLC finds without a definition (an inline [][A]_v of a
// SPECIFICATION written in the instance) keeps the name "Action" and the
// location of its predicate, the INSTANCE statement (tlccovgroups.go).

// instDeclHead is the declaration of the definition name when the root
// module gets it from an INSTANCE without a name, in TLC's spelling: the
// range of that INSTANCE statement. ok is false when name is not such a
// definition.
func instDeclHead(sp *eval.Spec, name string, read func(string) ([]byte, error)) (model.SourceRange, bool) {
	if sp == nil || sp.Module == nil || strings.ContainsAny(name, "!(") {
		return model.SourceRange{}, false
	}
	// The last INSTANCE defining name is the one SANY keeps.
	var found *ast.Instance
	for _, u := range sp.Module.Units {
		inst, ok := u.(*ast.Instance)
		if !ok || inst.Module == nil {
			continue
		}
		if definesName(sp, sp.Modules[inst.Module.Name], name, map[string]bool{}) {
			found = inst
		}
	}
	if found == nil {
		return model.SourceRange{}, false
	}
	return instStmtRange(sp, found, read)
}

// instStmtRange is the range of the INSTANCE statement inst in the root
// module: from INSTANCE (or LOCAL) to its last substitution or module name.
func instStmtRange(sp *eval.Spec, inst *ast.Instance, read func(string) ([]byte, error)) (model.SourceRange, bool) {
	var last ast.Expr = inst.Module
	if n := len(inst.With); n > 0 {
		last = inst.With[n-1].Value
	}
	end := model.ExprRange(last, read)
	if !end.IsValid() || !inst.Start.IsValid() {
		return model.SourceRange{}, false
	}
	return model.SourceRange{Module: moduleName(inst.Start.Filename), Start: inst.Start, End: end.End}, true
}

// definesName reports whether the module m, or a module it extends,
// defines name (an operator or function definition, not a LOCAL one).
func definesName(sp *eval.Spec, m *ast.Module, name string, seen map[string]bool) bool {
	if m == nil || m.Name == nil || seen[m.Name.Name] {
		return false
	}
	seen[m.Name.Name] = true
	for _, u := range m.Units {
		switch d := u.(type) {
		case *ast.OpDef:
			if d.Name != nil && d.Name.Name == name && !d.Local {
				return true
			}
		case *ast.FuncDef:
			if d.Name != nil && d.Name.Name == name && !d.Local {
				return true
			}
		}
	}
	for _, e := range m.Extends {
		if definesName(sp, sp.Modules[e.Name], name, seen) {
			return true
		}
	}
	return false
}

// instActionHead is the name and declaration of an action TLC does not go
// into because it enters an instance with substitutions (a.SubstFrom): the
// definition applied ("Next", "I!Next", without the values of its
// parameters), declared at the instance's head for a named instance and
// at the whole INSTANCE statement otherwise. ok is false when the name is
// not known.
func instActionHead(sp *eval.Spec, a *eval.TLCAction, read func(string) ([]byte, error)) (string, model.SourceRange, bool) {
	label, known := a.Label()
	if !known || label == "" || label == "Action" {
		return "", model.SourceRange{}, false
	}
	if i := strings.IndexByte(label, '('); i >= 0 {
		label = label[:i]
	}
	if hd := model.HeadRange(a.SubstFrom, read); hd.IsValid() {
		// I == INSTANCE ... or I(p) == INSTANCE ...: the head.
		return label, hd, true
	}
	return label, model.SourceRange{Module: moduleName(a.SubstFrom.Filename), Start: a.SubstFrom, End: a.SubstTo}, true
}

// initSubst reports whether the initial predicate is reached through a
// SPECIFICATION written in an instance with substitutions: TLC names it
// by the instantiated module's own definition then (CovSubst).
func initSubst(sp *eval.Spec) bool {
	_, _, ok := sp.Coverage.InitSubst()
	return ok
}
