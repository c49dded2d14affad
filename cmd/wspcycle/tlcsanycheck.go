package main

import (
	"errors"
	"path/filepath"
	"sort"
	"strings"

	"github.com/wspcycle/wspcycle/tla/module"
	"github.com/wspcycle/wspcycle/tla/sema"
	"github.com/wspcycle/wspcycle/tla/source"
	"github.com/wspcycle/wspcycle/tla/token"
)

// SANY resolves every module of a spec in full, where our loader checks
// the root module and compiles of the others only what the spec uses: a
// definition of an extended module that names an undefined operator, and
// that nothing uses, is SANY's semantic error (TLC exits 150) and goes
// unnoticed by the loader. `wspcycle tlc` checks the spec's other modules
// of its own folder as SANY does, and reports their undefined names as
// SANY's semantic errors. Only undefined names are taken from this check,
// which SANY reports for certain; the other findings of a module checked
// on its own are left to the loader.

// sanyCheckerGaps are the names of standard modules that the semantic
// checker does not know and the evaluator does (Bags' BagOfAll, see
// sema.Builtins): the loader's check of a root module would flag them
// too, so they are not taken for SANY's errors here. (Run over the 408
// modules of tlaplus/Examples, the check finds nothing else.)
var sanyCheckerGaps = map[string]bool{"BagOfAll": true}

// sanyUndefinedInModules are the undefined names of the modules of the
// spec tla, other than its root, that are files of the spec's folder.
func sanyUndefinedInModules(tla string) token.ErrorList {
	prog, err := module.Load(source.ReadFile, tla, module.SearchPath(filepath.Dir(tla), nil))
	if err != nil {
		return nil
	}
	dir, err := filepath.Abs(filepath.Dir(tla))
	if err != nil {
		return nil
	}
	names := make([]string, 0, len(prog.Modules))
	for name := range prog.Modules {
		names = append(names, name)
	}
	sort.Strings(names)
	var out token.ErrorList
	for _, name := range names {
		m := prog.Modules[name]
		if m == prog.Root || m == nil || m.Name == nil {
			continue
		}
		file, err := filepath.Abs(m.Name.NamePos.Filename)
		if err != nil || filepath.Dir(file) != dir || moduleOfFile(file) != m.Name.Name {
			continue // a library module, or one nested in another (which sees its definitions)
		}
		var list token.ErrorList
		if !errors.As(sema.CheckProgram(m, prog.Modules, nil), &list) {
			continue
		}
		for _, e := range list {
			if n, ok := strings.CutPrefix(e.Msg, "undefined name "); ok && !sanyCheckerGaps[n] {
				out = append(out, e)
			}
		}
	}
	return out
}
