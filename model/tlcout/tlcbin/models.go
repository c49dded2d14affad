package tlcbin

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/cfg"
)

// ModelNames are the model values of conf in the order TLC makes them
// (ModelConfig.parseValue calls ModelValue.make as its parser meets
// each name of a constant's value, in the file's order, and make gives
// the next index to a name it has not seen): a model value's index in
// TLC's table ModelValue.mvs, which its value files hold. A spec that
// makes model values at run time (TLCModelValue) adds to the table after
// these, in the order its run makes them.
func ModelNames(conf *cfg.Config) []string {
	if conf == nil {
		return nil
	}
	var names []string
	seen := map[string]bool{}
	for _, k := range conf.Constants {
		if k.Value == nil {
			continue
		}
		ast.Inspect(k.Value, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && !seen[id.Name] {
				seen[id.Name] = true
				names = append(names, id.Name)
			}
			return true
		})
	}
	return names
}

// Index is ModelNames as a lookup for NewEncoder.
func Index(names []string) func(string) (int, bool) {
	m := make(map[string]int, len(names))
	for i, n := range names {
		m[n] = i
	}
	return func(name string) (int, bool) {
		i, ok := m[name]
		return i, ok
	}
}
