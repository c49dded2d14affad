package eval

import (
	"maps"
	"path/filepath"

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
func shadowedStandard(mods map[string]*ast.Module, read func(string) ([]byte, error), searchPath []string) map[string]*ast.Module {
	out, cloned := mods, false
	for name := range module.Builtin {
		if mods[name] != nil {
			continue
		}
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
			}
			break
		}
	}
	return out
}
