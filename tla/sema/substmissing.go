package sema

import (
	"slices"

	"github.com/wspcycle/wspcycle/internal/javalang"
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// SANY (TLC rev cc6b616) requires every INSTANCE, named or not, LOCAL or
// not, in a LET too, to substitute for each CONSTANT and VARIABLE of the
// module it instantiates, those of the modules that one extends
// included: by its WITH, or implicitly by a name of the instantiating
// module visible where the INSTANCE stands (a declaration, a definition,
// a parameter of M(p) == INSTANCE ...). Otherwise it reports, at the
// whole statement, "Substitution missing for symbol N declared at ...".
// A declaration of the instantiated module that nothing substitutes would
// have no value in the instance, so it is an error here too.

// missingSubstitutions reports the declarations of the module in names
// that neither in's WITH nor a name visible in sc substitutes for; at is
// where the statement starts (its LOCAL, or the name of M == INSTANCE).
func (c *checker) missingSubstitutions(sc *scope, at token.Pos, in *ast.Instance) {
	if in == nil || in.Module == nil || c.im.mods == nil {
		return
	}
	m := c.im.mods[in.Module.Name]
	if m == nil || m == c.mod {
		return // a standard module (none declares anything), or a cycle
	}
	with := map[string]bool{}
	for _, w := range in.With {
		if w != nil && w.Name != nil {
			with[w.Name.Name] = true
		}
	}
	for _, d := range c.im.declsInSANYOrder(m) {
		if with[d.name] || sc.lookup(d.name) != nil {
			continue
		}
		if _, ok := c.visible[d.name]; ok {
			continue
		}
		c.errorf(at, "module %s instantiates %s without a substitution for the %s %s declared at %s: add WITH %s <- e, or declare or define %s before the INSTANCE",
			c.mod.Name.Name, m.Name.Name, d.kind, d.name, d.pos, d.name, d.name)
	}
}

// declsInSANYOrder are the CONSTANTs and VARIABLEs of m's context (its
// own and, first, those of the modules it extends), in the order SANY
// lists them: it takes them from the java.util.Hashtable of m's context,
// which also holds SANY's 72 built-in operators and m's other names, and
// enumerates it from its last bucket to its first (within a bucket, the
// name put last first). The order is what SANY prints when several are
// missing.
func (im *imports) declsInSANYOrder(m *ast.Module) []*symbol {
	var decls []*symbol
	seen := map[string]bool{}
	var walk func(m *ast.Module, depth int)
	walk = func(m *ast.Module, depth int) {
		if depth > len(im.mods) {
			return // a cycle, reported by package module
		}
		for _, x := range m.Extends {
			if xm := im.mods[x.Name]; xm != nil {
				walk(xm, depth+1)
			}
		}
		for _, u := range m.Units {
			switch u := u.(type) {
			case *ast.Constants:
				for _, d := range u.Names {
					if !seen[d.Name.Name] {
						seen[d.Name.Name] = true
						decls = append(decls, &symbol{name: d.Name.Name, kind: symConst, pos: d.Name.NamePos})
					}
				}
			case *ast.Variables:
				for _, id := range u.Names {
					if !seen[id.Name] {
						seen[id.Name] = true
						decls = append(decls, &symbol{name: id.Name, kind: symVar, pos: id.NamePos})
					}
				}
			}
		}
	}
	walk(m, 0)
	buckets := javaHashtableCapacity(sanyBuiltins + len(im.exports(m)) + localNames(m))
	index := make(map[*symbol]int, len(decls))
	for i, d := range decls {
		index[d] = i
	}
	slices.SortStableFunc(decls, func(a, b *symbol) int {
		ba, bb := javaBucket(a.name, buckets), javaBucket(b.name, buckets)
		if ba != bb {
			return bb - ba
		}
		return index[b] - index[a]
	})
	return decls
}

// sanyBuiltins is the number of operators SANY's BuiltInOperators puts in
// every module's context (TLC rev cc6b616).
const sanyBuiltins = 72

// localNames counts m's LOCAL definitions, which its context holds
// though it does not export them.
func localNames(m *ast.Module) int {
	n := 0
	for _, u := range m.Units {
		switch u := u.(type) {
		case *ast.OpDef:
			if u.Local {
				n++
			}
		case *ast.FuncDef:
			if u.Local {
				n++
			}
		case *ast.InstanceDef:
			if u.Local {
				n++
			}
		}
	}
	return n
}

// javaHashtableCapacity is the number of buckets of a java.util.Hashtable
// made with its defaults (11 buckets, load factor 0.75) after n puts of
// distinct keys: it rehashes to 2*cap+1 buckets when a put finds it holding
// its threshold.
func javaHashtableCapacity(n int) int {
	capacity, threshold := 11, 8
	for count := 0; count < n; count++ {
		if count >= threshold {
			capacity = 2*capacity + 1
			threshold = capacity * 3 / 4
		}
	}
	return capacity
}

// javaBucket is the bucket of a java.util.Hashtable of capacity buckets
// where the key s goes.
func javaBucket(s string, capacity int) int {
	return int(javalang.StringHash(s)&0x7FFFFFFF) % capacity
}
