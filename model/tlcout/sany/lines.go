package sany

import (
	"path/filepath"

	"github.com/wspcycle/wspcycle/tla/ast"
)

// Extends is the names a module extends, which Lines takes.
func Extends(mod *ast.Module) []string {
	if mod == nil {
		return nil
	}
	var out []string
	for _, e := range mod.Extends {
		out = append(out, e.Name)
	}
	return out
}

// standardExtends are the modules each standard module builds on, for
// SANY's lines in the header.
var standardExtends = map[string][]string{
	"Naturals":   nil,
	"Integers":   {"Naturals"},
	"Reals":      {"Integers"},
	"Sequences":  {"Naturals"},
	"FiniteSets": {"Naturals", "Sequences"},
	"Bags":       {"Naturals"},
	"TLC":        {"Naturals", "Sequences", "FiniteSets"}, // TLC.tla of rev cc6b616
}

// Lines are the lines SANY prints while loading the spec tla whose root
// module is root and extends extends: the files parsed (the spec's, then
// the standard modules', which are built in here, or the spec's
// neighbours), and the modules processed, each after those it extends,
// the root last; lint is the module TLC lints, the root. A caller that
// reports SANY's failure cuts extends at the module that failed. It
// knows only the spec's EXTENDS and the standard modules: `wspcycle tlc`
// prints Load's lines, which replay SANY's loading of every module.
func Lines(tla, root string, extends []string) (files, modules []string, lint string) {
	abs, err := filepath.Abs(tla)
	if err != nil {
		abs = tla
	}
	files = []string{abs}
	seen := map[string]bool{}
	var visit func(name string)
	visit = func(name string) {
		if seen[name] {
			return
		}
		seen[name] = true
		for _, d := range standardExtends[name] {
			visit(d)
		}
		modules = append(modules, name)
	}
	for _, e := range extends {
		visit(e)
	}
	for _, m := range modules {
		if _, std := standardExtends[m]; std {
			files = append(files, m+".tla (built into wspcycle)")
		} else {
			files = append(files, filepath.Join(filepath.Dir(abs), m+".tla"))
		}
	}
	modules = append(modules, root)
	return files, modules, root
}
