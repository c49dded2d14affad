package eval

import (
	"maps"
	"path/filepath"
	"slices"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/module"
)

// shadowedStandard is mods (the program's modules) with each standard
// module that a file of the same name on the search path stands for in
// SANY: SANY looks for a module in the spec's folder and the library path
// before its own StandardModules (the TLA+ proof library ships a
// FiniteSets.tla and a Bags.tla, for instance). wspcycle evaluates its
// built-in standard modules all the same (as TLC overrides their
// operators by name), but the symbols SANY sees decide the order in which
// TLC prints a state's variables (model.TLCVarOrder). A file that does
// not load is left out; mods itself is not changed.
//
// Only the standard modules the program names are looked for (std, the
// loader's module.Program.Standard), and those that a file found names
// in turn (a FiniteSets.tla that EXTENDS Bags makes SANY read a Bags.tla
// too): a module nobody names is never in SANY's table. They are taken
// in the order of their names, so that when two files bring a module of
// the same name the first name's wins, whatever the map's order.
func shadowedStandard(mods map[string]*ast.Module, std map[string]bool, read func(string) ([]byte, error), searchPath []string) map[string]*ast.Module {
	out, cloned := mods, false
	todo := slices.Sorted(maps.Keys(std))
	looked := map[string]bool{}
	for len(todo) > 0 {
		name := todo[0]
		todo = todo[1:]
		if looked[name] || !module.Builtin[name] || mods[name] != nil {
			continue
		}
		looked[name] = true
		for _, dir := range searchPath {
			file := filepath.Join(dir, name+".tla")
			if _, err := read(file); err != nil {
				continue
			}
			if prog, err := module.Load(read, file, searchPath); err == nil && prog.Root.Name != nil && prog.Root.Name.Name == name {
				if !cloned {
					out, cloned = maps.Clone(mods), true
					if out == nil {
						out = map[string]*ast.Module{}
					}
				}
				out[name] = prog.Root
				for k, m := range prog.Modules {
					if out[k] == nil {
						out[k] = m
					}
				}
				todo = append(todo, slices.Sorted(maps.Keys(prog.Standard))...)
			}
			break
		}
	}
	return out
}
