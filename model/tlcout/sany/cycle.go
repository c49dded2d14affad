package sany

import (
	"strings"

	"github.com/wspcycle/wspcycle/tla/span"
	"github.com/wspcycle/wspcycle/tla/token"
)

// cyclePrefix starts package module's error for modules that extend or
// instantiate each other in a cycle ("... among modules: A -> B -> A").
const cyclePrefix = "circular dependency among modules: "

// CircularDependency is SANY's report of modules that extend or
// instantiate each other in a cycle, for the spec in the file tla, when one of list's errors is that; ok is false otherwise. SANY (TLC rev
// cc6b616) finds the cycle once it has parsed every file the spec names,
// and reports it as a fatal error of no location, before any semantic
// processing: "Circular dependency among .tla files; dependency cycle
// is:" then the files of the cycle, the first repeated at the end, as
// package module names the modules: NAME.tla, but the root's file as
// SpecFile names it (as given on the command line).
func CircularDependency(tla string, list token.ErrorList) (report string, ok bool) {
	root := span.Module(tla)
	for _, e := range list {
		rest, found := strings.CutPrefix(e.Msg, cyclePrefix)
		if !found {
			continue
		}
		files := strings.Split(rest, " -> ")
		for i := range files {
			if files[i] == root {
				files[i] = SpecFile(tla)
			} else {
				files[i] += ".tla"
			}
		}
		return fatal(SpecName(tla), "Unknown location", "Circular dependency among .tla files; dependency cycle is:\n\n  "+strings.Join(files, " --> ")), true
	}
	return "", false
}
