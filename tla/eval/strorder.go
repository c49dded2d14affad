package eval

import (
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
//   - SANY's built-in names (TRUE, FALSE, BOOLEAN, STRING, ...);
//   - every name of every module file as SANY's lexer reads it: the root
//     file first, then the modules it names (EXTENDS, INSTANCE) in order,
//     then those they name, breadth first, each file once; the standard
//     modules too, from TLC's jar (stdLexed);
//   - the string literals, as semantic analysis meets them: module by
//     module, each after the modules it uses (a literal already interned
//     as a name keeps its place);
//   - names TLC interns as it starts checking (TLCGet's record fields and
//     values, an action's location);
//   - the strings the spec makes as it runs, which value.Strings orders by
//     content after all of these.
//
// read reads a module's file (the files are lexed again: the syntax tree
// does not keep every name, and SANY's order is the lexer's).
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
	names = append(names, sanyBuiltinNames...)

	// The files, breadth first from the root's.
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
	queue, queued := []string{rootName}, map[string]bool{rootName: true}
	for i := 0; i < len(queue); i++ {
		l := lex(queue[i])
		names = append(names, l.names...)
		for _, u := range l.uses {
			if !queued[u] {
				queued[u] = true
				queue = append(queue, u)
			}
		}
	}

	// The literals, each module after the external modules it uses. A
	// module nested in the same file is analysed where it stands in the
	// text (the file's walk meets its literals in place), not before.
	done := map[string]bool{}
	var literals func(name string)
	literals = func(name string) {
		if done[name] {
			return
		}
		done[name] = true
		m := module(name)
		for _, u := range lexed[name].uses {
			if um := module(u); m != nil && um != nil && um.Start.Filename == m.Start.Filename {
				continue
			}
			literals(u)
		}
		if m == nil {
			names = append(names, stdLiterals[name]...)
			return
		}
		ast.Inspect(m, func(n ast.Node) bool {
			if s, ok := n.(*ast.String); ok {
				names = append(names, s.Value)
			}
			return true
		})
	}
	literals(rootName)
	return append(names, tlcStartNames...)
}

// newStrings is the table of stringOrder.
func newStrings(root *ast.Module, mods map[string]*ast.Module, conf *cfg.Config, read func(string) ([]byte, error)) *value.Strings {
	return value.NewStrings(stringOrder(root, mods, conf, read))
}

// sanyBuiltinNames are the names of SANY's built-in operators that a
// string value may be, in the order SANY interns them (before any module).
var sanyBuiltinNames = []string{"STRING", "FALSE", "TRUE", "BOOLEAN", "SUBSET", "UNION", "DOMAIN",
	"ENABLED", "UNCHANGED", "--TLA+ BUILTINS--"}

// tlcStartNames are the names TLC interns after SANY's work, as it starts
// checking: its own operators, TLCGet's record fields and values, and the
// fields of an action's record (TLCGet("action"), Trace).
var tlcStartNames = []string{"SelectInSeq", "Insert", "Cons", "UnnamedAction", "exit", "pause", "config",
	"spec", "coverage", "action", "install", "id", "behavior", "all", "all:named", "mode", "deadlock",
	"seed", "fingerprint", "worker", "traces", "depth", "aril", "sched", "revision", "timestamp", "date",
	"count", "tag", "calver", "impliedinits", "impliedactions", "invariants", "impliedtemporals",
	"temporals", "actions", "inits", "variables", "actionconstraints", "constraints", "level", "stats",
	"duration", "generated", "diameter", "distinct", "initial", "queue", "retries", "distinctvalues",
	"levelmean", "levelvariance", "bfs", "beginLine", "beginColumn", "endLine", "endColumn", "module",
	"name", "location", "context", "parameters", "_action"}
