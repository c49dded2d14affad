package eval

import (
	"slices"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/cfg"
	"github.com/wspcycle/wspcycle/tla/value"
)

// stringOrder is the order in which TLC interns the names of a spec, hence
// its order of strings, record fields and model values (value.Strings:
// TLC compares them by UniqueString token). TLC interns, in this order:
//
//   - the values the cfg gives its constants (model values and strings),
//     in the cfg's order: TLC reads the cfg before SANY starts;
//   - SANY's start-up names: its built-in operators and its table of
//     operator symbols ("=", "\\in", "+", ...: sanyStartNames);
//   - every token of every module file as SANY's parser reads it, names,
//     numbers, operators and punctuation alike ("(", ",", "=="): the root
//     file first (with the names of SANY's node kinds after its header),
//     then the modules the files name, in SANY's order: while one is
//     left, the first an EXTENDS names, else the first an INSTANCE
//     names, found depth first from the root; each file once. A standard
//     module is read from a file of its name on the search path (the
//     proof library's Bags.tla, FiniteSets.tla) if there is one, else
//     from TLC's jar (stdLexed);
//   - the string literals, as semantic analysis meets them: module by
//     module, each after the modules it extends, then those it
//     instantiates (a literal already interned keeps its place), with
//     ">>", "<<" and ":" at SANY's first reference to a name
//     (sanySelectorNames);
//   - the names of the Java overrides of the modules (tlcOverrideNames),
//     then those TLC interns as it starts checking (TLCGet's record fields
//     and values, an action's location);
//   - the strings the spec makes as it runs, which value.Strings orders by
//     content after all of these.
//
// TLC interns a few more names that no spec is likely to make a string
// of, which are left out: an operator's name followed by "." as SANY's
// parser resolves an infix operator ("+."), "$$_void", the names
// M!Op of an instance's definitions and a proof's step names, and the
// seed and fingerprint of the run. The order of a module's override
// names is that of Java's reflection, which may vary between runs of
// TLC.
//
// read reads a module's file (the files are lexed again: the syntax tree
// does not keep every token, and SANY's order is the parser's).
func stringOrder(root *ast.Module, mods map[string]*ast.Module, conf *cfg.Config, read func(string) ([]byte, error)) []string {
	var names []string
	if conf != nil {
		for _, k := range conf.Constants {
			if k.Value == nil {
				continue
			}
			ast.Inspect(k.Value, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.Ident:
					names = append(names, n.Name)
				case *ast.String:
					names = append(names, n.Value)
				}
				return true
			})
		}
	}
	names = append(names, sanyStartNames...)

	// The files, in the order SANY parses them.
	lexed := map[string]lexedNames{} // by module name
	files := map[string]bool{}
	module := func(name string) *ast.Module {
		if root.Name != nil && name == root.Name.Name {
			return root
		}
		return mods[name]
	}
	lex := func(name string) lexedNames {
		if l, ok := lexed[name]; ok {
			return l
		}
		var l lexedNames
		if m := module(name); m != nil {
			file := m.Start.Filename
			if !files[file] {
				files[file] = true
				if src, err := read(file); err == nil {
					l = lexNames(file, src)
				}
			}
		} else {
			l = stdLexed[name]
		}
		lexed[name] = l
		return l
	}
	rootName := "Main"
	if root.Name != nil {
		rootName = root.Name.Name
	}
	// The root's first header ("---- MODULE", its name, the dashes), then
	// the node kinds SANY names as it makes the header's node.
	l := lex(rootName)
	head := min(3, len(l.names))
	names = append(names, l.names[:head]...)
	names = append(names, sanyNodeNames...)
	names = append(names, l.names[head:]...)
	names = append(names, sanyRootEnd)
	// Then SANY parses, while one is left, the first module named but not
	// parsed that a depth-first walk from the root finds (a module's own,
	// then those of the modules it extends, then of those it
	// instantiates): an EXTENDS if there is one left, else an INSTANCE.
	parsed := map[string]bool{rootName: true}
	var find func(name string, extends bool, seen map[string]bool) string
	find = func(name string, extends bool, seen map[string]bool) string {
		if seen[name] {
			return ""
		}
		seen[name] = true
		l := lex(name)
		own := l.instances
		if extends {
			own = l.extends
		}
		for _, u := range own {
			if !parsed[u] {
				return u
			}
		}
		for _, u := range append(slices.Clip(l.extends), l.instances...) {
			if !parsed[u] {
				continue
			}
			if f := find(u, extends, seen); f != "" {
				return f
			}
		}
		return ""
	}
	for {
		next := find(rootName, true, map[string]bool{})
		if next == "" {
			next = find(rootName, false, map[string]bool{})
		}
		if next == "" {
			break
		}
		parsed[next] = true
		names = append(names, lex(next).names...)
	}

	names = append(names, sanySemanticNames...)

	// The literals, each module after the external modules it uses. A
	// module nested in the same file is analysed where it stands in the
	// text (the file's walk meets its literals in place), not before.
	// SANY's first reference to a name (a Selector) interns sanySelector
	// where it happens; every standard module refers to a name before any
	// literal of its own.
	done := map[string]bool{}
	var analysed []string
	selector := false
	ref := func() {
		if !selector {
			selector = true
			names = append(names, sanySelectorNames...)
		}
	}
	lit := func(s string) { names = append(names, s) }
	var literals func(name string)
	literals = func(name string) {
		if done[name] {
			return
		}
		done[name] = true
		m := module(name)
		l := lexed[name]
		for _, u := range append(slices.Clip(l.extends), l.instances...) {
			if um := module(u); m != nil && um != nil && um.Start.Filename == m.Start.Filename {
				continue
			}
			literals(u)
		}
		analysed = append(analysed, name)
		if m == nil {
			ref()
			names = append(names, stdLiterals[name]...)
			return
		}
		semanticWalk(m, lit, ref)
	}
	literals(rootName)
	for _, name := range analysed {
		names = append(names, tlcOverrideNames[name]...)
	}
	return append(names, tlcStartNames...)
}

// newStrings is the table of stringOrder.
func newStrings(root *ast.Module, mods map[string]*ast.Module, conf *cfg.Config, read func(string) ([]byte, error)) *value.Strings {
	return value.NewStrings(stringOrder(root, mods, conf, read))
}

// tlcStartNames are the names TLC interns after SANY's work and its
// modules' Java overrides (tlcOverrideNames), as it starts checking: TLCGet's record fields and values, and the
// fields of an action's record (TLCGet("action"), Trace).
var tlcStartNames = []string{"UnnamedAction", "exit", "pause", "config",
	"spec", "coverage", "action", "install", "id", "behavior", "all", "all:named", "mode", "deadlock",
	"seed", "fingerprint", "worker", "traces", "depth", "aril", "sched", "revision", "timestamp", "date",
	"count", "tag", "calver", "impliedinits", "impliedactions", "invariants", "impliedtemporals",
	"temporals", "actions", "inits", "variables", "actionconstraints", "constraints", "level", "stats",
	"duration", "generated", "diameter", "distinct", "initial", "queue", "retries", "distinctvalues",
	"levelmean", "levelvariance", "bfs", "beginLine", "beginColumn", "endLine", "endColumn", "module",
	"name", "location", "context", "parameters", "_action"}
