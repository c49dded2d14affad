package main

import (
	"bytes"
	"fmt"
	"path/filepath"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/cfg"
	"github.com/wspcycle/wspcycle/tla/module"
	"github.com/wspcycle/wspcycle/tla/parser"
	"github.com/wspcycle/wspcycle/tla/sema"
	"github.com/wspcycle/wspcycle/tla/source"
	"github.com/wspcycle/wspcycle/tla/token"
)

// TLC's -postCondition MODULE!OP (rev cc6b616) adds MODULE to the root
// module's EXTENDS, after the modules it names, and OP to the model's
// post-conditions. So MODULE is parsed and processed where SANY meets
// it (its "Parsing file" line after those of the root's own EXTENDS),
// its constant definitions are evaluated at startup with the spec's (what
// they print comes after "Starting..."), and OP is evaluated once the
// search is over, as the cfg's POSTCONDITION is, with the same messages
// ("Postcondition OP at line L, col C to ... of module MODULE is false.",
// exit 10). MODULE being the spec itself is SANY's circular dependency,
// and a MODULE that cannot be found is SANY's missing module, as in TLC.
//
// Here the same is done on the spec's text as it is read (tlcPostRead):
// ", MODULE" is added after the root's last extended name (or " EXTENDS
// MODULE" at the end of its header line), on a line of its own nowhere,
// so every position in the spec stays where it was; and "POSTCONDITION
// OP" is added at the end of the cfg, which eval takes for the first
// post condition (Options.PostconditionFlag), as TLC evaluates its
// -postCondition before the cfg's own POSTCONDITIONs.

// tlcPostRead is the reader of the spec's files for -postCondition
// mod!op: the root module tla and its cfg as TLC reads them, every other
// file as it is. It returns nil when the root or the cfg cannot be read or
// parsed (their errors are reported as without the flag), and a reason
// when the combination is not supported here.
func tlcPostRead(base func(string) ([]byte, error), tla, config, mod, op string) (read func(string) ([]byte, error), refused string) {
	if base == nil {
		base = source.ReadFile
	}
	src, err := base(tla)
	if err != nil {
		return nil, ""
	}
	csrc, err := base(config)
	if err != nil {
		return nil, ""
	}
	if _, err := cfg.Parse(config, csrc); err != nil {
		return nil, ""
	}
	m, err := parser.ParseFile(tla, src)
	if err != nil || m == nil || m.Name == nil {
		return nil, ""
	}
	var at int
	var add string
	if n := len(m.Extends); n > 0 {
		last := m.Extends[n-1]
		at = byteOffset(src, last.Pos()) + len(last.Name)
		add = ", " + mod
	} else {
		at = lineEnd(src, m.Name.Pos())
		add = " EXTENDS " + mod
	}
	return overlaid(base, tla, src, at, add, config, csrc, "POSTCONDITION "+op), ""
}

// lineEnd is the offset in src of the end of pos's line (before its
// line break).
func lineEnd(src []byte, pos token.Pos) int {
	off := byteOffset(src, pos)
	if i := bytes.IndexAny(src[off:], "\r\n"); i >= 0 {
		return off + i
	}
	return len(src)
}

// topNames are the names module m declares or defines at its top level.
func topNames(m *ast.Module) map[string]bool {
	names := map[string]bool{}
	for _, u := range m.Units {
		switch d := u.(type) {
		case *ast.OpDef:
			names[d.Name.Name] = true
		case *ast.FuncDef:
			names[d.Name.Name] = true
		case *ast.InstanceDef:
			names[d.Name.Name] = true
		case *ast.Variables:
			for _, n := range d.Names {
				names[n.Name] = true
			}
		case *ast.Constants:
			for _, n := range d.Names {
				names[n.Name.Name] = true
			}
		}
	}
	return names
}

// tlcPostRefusal is why -postCondition mod!op cannot be honoured here for
// the root module tla and mod's file, both as read ("" when it can).
// TLC does not make the root module extend mod: mod is a module of the
// spec of its own, so a name both define is no clash to TLC.
func tlcPostRefusal(read func(string) ([]byte, error), tla, modFile, mod string) string {
	parse := func(file string) *ast.Module {
		src, err := read(file)
		if err != nil {
			return nil
		}
		m, err := parser.ParseFile(file, src)
		if err != nil {
			return nil
		}
		return m
	}
	root, post := parse(tla), parse(modFile)
	// (A name the spec declares or defines that MODULE, or a module it
	// extends, defines too: loaded as one the spec extends, SANY here
	// would see a clash TLC does not.)
	if root == nil || post == nil || root.Name != nil && root.Name.Name == mod {
		return "" // SANY's error about them comes first (the spec itself: a circular dependency)
	}
	search := module.SearchPath(filepath.Dir(tla), nil)
	// (The modules the spec extends itself, which tlcPostRead's change
	// makes it extend once more: their declarations are the spec's.)
	consts, v := tlcPostDeclares(read, search, mod, tlcSpecModules(read, tla, search))
	if v != "" {
		return fmt.Sprintf("%s declares VARIABLE %s: TLC keeps %s a module of its own, whose declarations are none of the spec's, "+
			"and here it is loaded as one more module the spec extends", mod, v, mod)
	}
	names := topNames(root)
	for _, k := range consts {
		if names[k] {
			return fmt.Sprintf("%s and the spec both declare %s: TLC keeps %s a module of its own, "+
				"and here it is loaded as one more module the spec extends", mod, k, mod)
		}
	}
	for n := range topNames(root) {
		if tlcModuleDefines(read, search, mod, n, true, map[string]bool{}) {
			return fmt.Sprintf("%s and the spec both define %s: TLC keeps %s a module of its own, "+
				"and here it is loaded as one more module the spec extends", mod, n, mod)
		}
	}
	return ""
}

// tlcModuleDefines reports whether module mod, found on search (read with
// read) or standard, defines op for TLC's lookup of a -postCondition's
// operator in it: its own definitions, and those of the modules it
// extends or instantiates without a name, LOCAL ones of those aside (TLC
// rev cc6b616 finds Q!PostF where Q3 only EXTENDS Q, and says "Could not
// find operator: Plus in module: Q3" for a name no module of Q3 has).
func tlcModuleDefines(read func(string) ([]byte, error), search []string, mod, op string, own bool, seen map[string]bool) bool {
	if seen[mod] {
		return false
	}
	seen[mod] = true
	var m *ast.Module
	for _, dir := range search {
		if src, err := read(filepath.Join(dir, mod+".tla")); err == nil {
			if m, err = parser.ParseFile(filepath.Join(dir, mod+".tla"), src); err != nil {
				return false // SANY's parse error ends the run before either use of the answer
			}
			break
		}
	}
	if m == nil {
		return sema.StdDefines(mod, op)
	}
	for _, u := range m.Units {
		switch d := u.(type) {
		case *ast.OpDef:
			if d.Name != nil && d.Name.Name == op && (own || !d.Local) {
				return true
			}
		case *ast.FuncDef:
			if d.Name != nil && d.Name.Name == op && (own || !d.Local) {
				return true
			}
		case *ast.Instance:
			if d.Module != nil && (own || !d.Local) && tlcModuleDefines(read, search, d.Module.Name, op, false, seen) {
				return true
			}
		}
	}
	for _, x := range m.Extends {
		if tlcModuleDefines(read, search, x.Name, op, false, seen) {
			return true
		}
	}
	return false
}

// tlcPostDeclares are the CONSTANTs that module mod (found on search,
// read with read), or a module of the spec's own it extends, declares,
// and the first VARIABLE ("" when none), skipping the modules in seen.
// TLC does not make -postCondition's module one the spec extends: its
// declarations are none of the spec's (rev cc6b616: with Post2 declaring
// CONSTANT K, the cfg's K = 3 binds nothing, P2 == PrintT(<<"p2", K>>)
// prints nothing at startup and fails after the search, "the identifier
// K is either undefined or not an operator"; without K in the cfg there
// is no "constant parameter K is not assigned a value" error): the
// constants are eval's Options.Unbound.
func tlcPostDeclares(read func(string) ([]byte, error), search []string, mod string, seen map[string]bool) (consts []string, variable string) {
	if seen[mod] {
		return nil, ""
	}
	seen[mod] = true
	var m *ast.Module
	for _, dir := range search {
		if src, err := read(filepath.Join(dir, mod+".tla")); err == nil {
			if m, err = parser.ParseFile(filepath.Join(dir, mod+".tla"), src); err != nil {
				return nil, "" // SANY's parse error comes first
			}
			break
		}
	}
	if m == nil {
		return nil, "" // a standard module declares nothing
	}
	for _, u := range m.Units {
		switch d := u.(type) {
		case *ast.Constants:
			for _, n := range d.Names {
				consts = append(consts, n.Name.Name)
			}
		case *ast.Variables:
			if len(d.Names) > 0 && variable == "" {
				variable = d.Names[0].Name
			}
		}
	}
	for _, x := range m.Extends {
		c, v := tlcPostDeclares(read, search, x.Name, seen)
		consts = append(consts, c...)
		if variable == "" {
			variable = v
		}
	}
	return consts, variable
}

// tlcSpecModules are the modules of the spec's own that the root module
// tla (as it is on disk, without -postCondition's change) extends,
// transitively: their declarations are the spec's.
func tlcSpecModules(read func(string) ([]byte, error), tla string, search []string) map[string]bool {
	own := map[string]bool{}
	if src, err := source.ReadFile(tla); err == nil {
		if m, err := parser.ParseFile(tla, src); err == nil && m != nil {
			for _, x := range m.Extends {
				tlcExtended(read, search, x.Name, own)
			}
		}
	}
	return own
}

// tlcPostUnbound are the constants of -postCondition's module mod that
// TLC never binds (eval's Options.Unbound; nil when none).
func tlcPostUnbound(read func(string) ([]byte, error), tla, mod string) map[string]bool {
	search := module.SearchPath(filepath.Dir(tla), nil)
	consts, _ := tlcPostDeclares(read, search, mod, tlcSpecModules(read, tla, search))
	if len(consts) == 0 {
		return nil
	}
	set := map[string]bool{}
	for _, k := range consts {
		set[k] = true
	}
	return set
}

// tlcExtended marks in seen the modules of the spec's own that module mod
// extends, itself included, transitively.
func tlcExtended(read func(string) ([]byte, error), search []string, mod string, seen map[string]bool) {
	if seen[mod] {
		return
	}
	seen[mod] = true
	for _, dir := range search {
		if src, err := read(filepath.Join(dir, mod+".tla")); err == nil {
			if m, err := parser.ParseFile(filepath.Join(dir, mod+".tla"), src); err == nil && m != nil {
				for _, x := range m.Extends {
					tlcExtended(read, search, x.Name, seen)
				}
			}
			return
		}
	}
}
