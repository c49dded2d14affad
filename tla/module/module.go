// Package module finds and loads the modules a TLA+ spec is made of, the
// way SANY does: a module named by EXTENDS or INSTANCE is a module nested
// earlier in the same file, a standard module built into wspcycle
// (Naturals, Integers, Sequences, FiniteSets, TLC, Bags, TLCExt,
// Randomization, Json, Reals), or the file Name.tla
// in the first folder of the search path that has one. The search path is
// the spec's own folder, then the -lib folders, then the folders of the
// TLA_PATH environment variable (colon separated), in that order.
//
// It has one job: turning a root file into a Program (every module parsed
// once, by name, with a cycle or a missing module reported at the EXTENDS
// or INSTANCE that names it, together with the folders searched) and the
// table of names each module exports. What the modules mean is package
// eval's business.
package module

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/parser"
	"github.com/wspcycle/wspcycle/tla/source"
	"github.com/wspcycle/wspcycle/tla/token"
)

// Builtin are the standard modules whose operators wspcycle implements
// natively; they are never read from a file.
// TLC's TLCExt, Randomization, Json and Reals are built in too: their
// operators that TLC replaces with Java code are native or, where the
// value depends on TLC's run, unsupported (package eval); a Json.tla on
// the path (the CommunityModules ship one) is not read, since TLC
// replaces its operators too.
var Builtin = map[string]bool{
	"Naturals": true, "Integers": true, "FiniteSets": true, "Sequences": true, "TLC": true,
	"Bags": true, "TLCExt": true, "Randomization": true, "Json": true, "Reals": true,
}

// unsupportedStd are standard modules of the TLA+ tools (in TLC's jar)
// that wspcycle does not build in. Naming one is an unsupported error,
// unless a file of that name is on the search path.
var unsupportedStd = map[string]bool{"RealTime": true}

// Program is a spec's root module and every module it uses, directly or
// not, by name. Standard modules are not in Modules.
type Program struct {
	Root    *ast.Module
	Modules map[string]*ast.Module
	Path    []string // the search path that was used
	// Shadowed are the built-in standard modules the spec uses that have
	// a file on the search path (the tlapm library ships Bags.tla and
	// FiniteSets.tla): SANY reads that file instead of its own module, so
	// the names such a module exports may differ from the built-in ones
	// (package sema then leaves the modules that use it unchecked, but
	// for the root). Json is not among them: TLC replaces all of it.
	Shadowed map[string]bool
	// Standard are the built-in standard modules the spec's modules name
	// (EXTENDS, INSTANCE), Json included: those whose files on the search
	// path SANY would read instead (eval's shadowedStandard).
	Standard map[string]bool
}

// ReadFunc reads a file by name (source.ReadFile, or source.ReadFS on an fs.FS).
type ReadFunc func(name string) ([]byte, error)

// SearchPath is the module search path of a spec in folder dir: dir, the
// lib folders, then the folders of $TLA_PATH.
func SearchPath(dir string, lib []string) []string {
	path := []string{dir}
	path = append(path, lib...)
	if env := os.Getenv("TLA_PATH"); env != "" {
		for _, d := range strings.Split(env, string(os.PathListSeparator)) {
			if d != "" {
				path = append(path, d)
			}
		}
	}
	return path
}

// Load parses the root file and, recursively, every module it names.
// path is the search path (see SearchPath). Errors are a sorted
// token.ErrorList.
func Load(read ReadFunc, rootFile string, path []string) (*Program, error) {
	if read == nil {
		read = source.ReadFile
	}
	src, err := read(rootFile)
	if err != nil {
		return nil, err
	}
	mods, broken, err := parser.ParseRoot(rootFile, src)
	if err != nil {
		return nil, err
	}
	root := mods[0]
	l := &loader{read: read, path: path, prog: &Program{Root: root, Modules: map[string]*ast.Module{}, Path: path, Shadowed: map[string]bool{}, Standard: map[string]bool{}}, state: map[string]int{}, std: map[string]bool{}}
	l.later, l.broken = map[string]*ast.Module{}, broken
	for _, m := range mods[1:] {
		if _, dup := l.later[m.Name.Name]; dup || m.Name.Name == root.Name.Name {
			l.errs = append(l.errs, token.Errorf(m.Name.NamePos, "module %s is defined twice", m.Name.Name))
			continue
		}
		l.later[m.Name.Name] = m
	}
	l.module(root, nil)
	if len(l.errs) > 0 {
		l.errs.Sort()
		return nil, l.errs
	}
	return l.prog, nil
}

type loader struct {
	read  ReadFunc
	path  []string
	prog  *Program
	state map[string]int // 1: being loaded, 2: loaded
	stack []string
	errs  token.ErrorList
	std   map[string]bool // the built-in modules looked for on the path
	// later are the modules that follow the root module in its file, and
	// broken those of them that do not parse: SANY reads one only where
	// the spec uses it and no file of its name is on the search path
	// (TLC writes each to a file of its own, which the path's folders
	// come before).
	later  map[string]*ast.Module
	broken map[string]error
}

const (
	loading = 1
	loaded  = 2
)

// module registers m (and the modules nested in it) and loads every module
// it refers to.
func (l *loader) module(m *ast.Module, _ *ast.Ident) {
	name := m.Name.Name
	l.prog.Modules[name] = m
	l.state[name] = loading
	l.stack = append(l.stack, name)
	for _, e := range m.Extends {
		l.ref(e)
	}
	for _, u := range m.Units {
		switch u := u.(type) {
		case *ast.InnerModule:
			if _, dup := l.prog.Modules[u.Module.Name.Name]; dup {
				l.errs = append(l.errs, token.Errorf(u.Module.Name.NamePos, "module %s is defined twice", u.Module.Name.Name))
				continue
			}
			l.module(u.Module, nil)
		case *ast.Instance:
			l.ref(u.Module)
		case *ast.InstanceDef:
			l.ref(u.Inst.Module)
		case *ast.OpDef, *ast.FuncDef, *ast.Assume:
			// An instance defined in a LET (LET I == INSTANCE M IN I!Op).
			ast.Inspect(u, func(n ast.Node) bool {
				if in, ok := n.(*ast.Instance); ok {
					l.ref(in.Module)
				}
				return true
			})
		}
	}
	l.stack = l.stack[:len(l.stack)-1]
	l.state[name] = loaded
}

// ref resolves one module name used by EXTENDS or INSTANCE.
func (l *loader) ref(id *ast.Ident) {
	name := id.Name
	switch l.state[name] {
	case loading:
		i := 0
		for i < len(l.stack) && l.stack[i] != name {
			i++
		}
		cycle := append(append([]string(nil), l.stack[i:]...), name)
		l.errs = append(l.errs, token.Errorf(id.NamePos, "circular dependency among modules: %s", strings.Join(cycle, " -> ")))
		return
	case loaded:
		return
	}
	if Builtin[name] {
		l.prog.Standard[name] = true
		l.shadow(name)
		return
	}
	if m, ok := l.prog.Modules[name]; ok {
		l.module(m, id) // nested in, or following, a module already read
		return
	}
	file, src, err := l.find(name)
	if err != nil && !errors.Is(err, fs.ErrNotExist) { // found, but unreadable or too large
		var el token.ErrorList
		if errors.As(err, &el) {
			l.errs = append(l.errs, el...)
		} else {
			l.errs = append(l.errs, token.Errorf(id.NamePos, "module %s: %v", name, err))
		}
		return
	}
	if text, ok := Sourced[name]; ok && errors.Is(err, fs.ErrNotExist) {
		file, src, err = name+".tla", []byte(text), nil
	}
	if err != nil {
		if m, ok := l.later[name]; ok {
			l.module(m, id)
			return
		}
		if perr, ok := l.broken[name]; ok {
			l.state[name] = loaded // reported once
			var el token.ErrorList
			if errors.As(perr, &el) {
				l.errs = append(l.errs, el...)
			} else {
				l.errs = append(l.errs, token.Errorf(id.NamePos, "module %s: %v", name, perr))
			}
			return
		}
		if unsupportedStd[name] {
			l.errs = append(l.errs, token.Unsupported(id.NamePos, "the standard module "+name+" (not built into wspcycle)"))
			return
		}
		l.errs = append(l.errs, token.Errorf(id.NamePos, "cannot find module %s: no %s.tla in the search path %s", name, name, strings.Join(l.path, ", ")))
		return
	}
	mods, perr := parser.ParseModules(file, src)
	if perr != nil {
		var el token.ErrorList
		if errors.As(perr, &el) {
			l.errs = append(l.errs, el...)
		} else {
			l.errs = append(l.errs, token.Errorf(id.NamePos, "module %s: %v", name, perr))
		}
		return
	}
	m := mods[0] // named after its file: parser.ParseModules checked it
	l.others(mods[1:])
	l.module(m, id)
}

// others registers the modules that follow the first one in a file (SANY
// reads them too: a file may hold a module and, after its ====, the
// modules it uses).
func (l *loader) others(mods []*ast.Module) {
	for _, m := range mods {
		if _, dup := l.prog.Modules[m.Name.Name]; dup || l.state[m.Name.Name] != 0 {
			l.errs = append(l.errs, token.Errorf(m.Name.NamePos, "module %s is defined twice", m.Name.Name))
			continue
		}
		l.prog.Modules[m.Name.Name] = m
	}
}

// shadow notes in Program.Shadowed whether the built-in module name has a
// file on the search path.
func (l *loader) shadow(name string) {
	if l.std[name] || name == "Json" {
		return
	}
	l.std[name] = true
	if _, _, err := l.find(name); err == nil {
		l.prog.Shadowed[name] = true
	}
}

// find reads Name.tla from the first folder of the search path that has it.
func (l *loader) find(name string) (string, []byte, error) {
	for _, dir := range l.path {
		file := filepath.Join(dir, name+".tla")
		src, err := l.read(file)
		if err == nil {
			return file, src, nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return "", nil, err
		}
	}
	return "", nil, fs.ErrNotExist
}

// Names returns the module names of the program, sorted (for messages and
// tests).
func (p *Program) Names() []string {
	var out []string
	for n := range p.Modules {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}
