package sema

import (
	"sort"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/cfg"
	"github.com/wspcycle/wspcycle/tla/token"
)

// CheckProgram is Check for a root module that uses other modules (mods,
// by name, as package module loads them): the names the modules it
// EXTENDS export, and the definitions of the modules it INSTANCEs without
// a name, are visible in it, as are the standard modules any of those
// extend; M!Op is checked against the instantiated module's exports.
//
// As SANY, which resolves every module of a spec in full, it also checks
// every module the root uses, directly or not (those of the spec's folder
// and of the library path alike), each once however often it is
// instantiated, and the modules nested in any of them: a definition that
// nothing uses but names an undefined operator is an error there too
// (TLC stops on it), although the evaluator never compiles it. Those
// modules are checked for SANY's errors only (see checker.whole); a
// module in the files that nothing uses is not checked, as SANY does not.
func CheckProgram(root *ast.Module, mods map[string]*ast.Module, conf *cfg.Config) error {
	return CheckProgramShadowed(root, mods, conf, nil)
}

// CheckProgramShadowed is CheckProgram for a program some of whose
// standard modules have a file on the search path (module.Program's
// Shadowed), which SANY reads instead of its own: the names that file
// exports may differ from the built-in module's (the tlapm library's
// Bags.tla exports its theorems' modules too, and no CopiesIn), so a
// module other than the root that uses one, directly or not, is not
// checked (the root is checked as before: the evaluator compiles it).
func CheckProgramShadowed(root *ast.Module, mods map[string]*ast.Module, conf *cfg.Config, shadowed map[string]bool) error {
	return CheckProgramOrdered(root, mods, conf, shadowed, nil)
}

// CheckProgramOrdered is CheckProgramShadowed where SANY's table holds
// the modules withStd: mods and the files that stand for standard
// modules (FiniteSets of the proof library), which decide the order of
// its constants (ConstantDeclOrder); nil for mods.
func CheckProgramOrdered(root *ast.Module, mods map[string]*ast.Module, conf *cfg.Config, shadowed map[string]bool, withStd map[string]*ast.Module) error {
	if root == nil {
		return token.ErrorList{token.Errorf(token.Pos{}, "no module")}
	}
	var errs token.ErrorList
	errs = append(errs, asList(checkOrdered(root, mods, conf, nil, true, withStd))...)
	nested := nestedModules(mods)
	for _, m := range usedModules(root, mods) {
		if m == root || nested[m] || usesShadowed(m, mods, shadowed) {
			continue // nested ones are checked with the module around them
		}
		errs = append(errs, asList(check(m, mods, nil, nil, false))...)
	}
	// By file; within a file in check's order (level errors, sortErrs).
	sort.SliceStable(errs, func(i, j int) bool { return errs[i].Pos.Filename < errs[j].Pos.Filename })
	return errs.Err()
}

// asList is err as a token.ErrorList.
func asList(err error) token.ErrorList {
	if err == nil {
		return nil
	}
	if list, ok := err.(token.ErrorList); ok {
		return list
	}
	return token.ErrorList{token.Errorf(token.Pos{}, "%v", err)}
}

// usedModules are the modules of mods that root uses (EXTENDS, INSTANCE,
// also in a LET or in a nested module), directly or not, sorted by name.
func usedModules(root *ast.Module, mods map[string]*ast.Module) []*ast.Module {
	seen := map[*ast.Module]bool{}
	var walk func(m *ast.Module)
	walk = func(m *ast.Module) {
		if m == nil || seen[m] {
			return
		}
		seen[m] = true
		refs(m, func(id *ast.Ident) { walk(mods[id.Name]) })
	}
	walk(root)
	out := make([]*ast.Module, 0, len(seen))
	for m := range seen {
		out = append(out, m)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name.Name < out[j].Name.Name })
	return out
}

// refs calls f with every module name m refers to: EXTENDS, INSTANCE
// (also in a LET), and those of the modules nested in it.
func refs(m *ast.Module, f func(*ast.Ident)) {
	for _, x := range m.Extends {
		f(x)
	}
	for _, u := range m.Units {
		if in, ok := u.(*ast.InnerModule); ok {
			if in.Module != nil {
				refs(in.Module, f)
			}
			continue
		}
		ast.Inspect(u, func(n ast.Node) bool {
			if in, ok := n.(*ast.Instance); ok && in.Module != nil {
				f(in.Module)
			}
			return true
		})
	}
}

// nestedModules are the modules of mods nested in another module.
func nestedModules(mods map[string]*ast.Module) map[*ast.Module]bool {
	out := map[*ast.Module]bool{}
	var walk func(m *ast.Module)
	walk = func(m *ast.Module) {
		for _, u := range m.Units {
			if in, ok := u.(*ast.InnerModule); ok && in.Module != nil && !out[in.Module] {
				out[in.Module] = true
				walk(in.Module)
			}
		}
	}
	for _, m := range mods {
		walk(m)
	}
	return out
}

// usesShadowed tells whether m uses, through EXTENDS or INSTANCE, directly
// or not, a standard module of shadowed.
func usesShadowed(m *ast.Module, mods map[string]*ast.Module, shadowed map[string]bool) bool {
	if len(shadowed) == 0 {
		return false
	}
	for _, u := range usedModules(m, mods) {
		found := false
		refs(u, func(id *ast.Ident) {
			if shadowed[id.Name] && mods[id.Name] == nil {
				found = true
			}
		})
		if found {
			return true
		}
	}
	return false
}
