package eval

import (
	"github.com/wspcycle/wspcycle/internal/javalang"
	"github.com/wspcycle/wspcycle/tla/ast"
)

// The order in which TLC's tree lists a LET's definitions where the LET is
// (a LET that Tool.eval evaluates: its definitions without parameters
// count there). CostModelCreator meets them walking SANY's LetInNode,
// whose definitions are walked by enumerating the LET's Context, a
// java.util.Hashtable keyed by the names: the order of its buckets, last
// first, and in a bucket the name put last first, the bucket of a name
// being its String.hashCode modulo the table's capacity (11, then 23, 47,
// ... as it grows past three quarters full). LET a == ... b == ... c ==
// ... lists b ("b": bucket 10), a (9), then c (0); Examples' Prisoners'
// CountInvariant lists oneIfUp before totalSwitched (both bucket 10, the
// later one first).

// letNamesOrder is the order of Java's Hashtable enumeration of names put
// in the given order (a name put again keeps its place).
func letNamesOrder(names []string) []string {
	type entry struct {
		hash uint32
		name string
	}
	capacity, threshold := 11, 8
	tab := make([][]entry, capacity) // each bucket: its chain, head first
	seen := map[string]bool{}
	count := 0
	for _, n := range names {
		if seen[n] {
			continue
		}
		seen[n] = true
		if count >= threshold {
			nc := capacity*2 + 1
			nt := make([][]entry, nc)
			for i := capacity - 1; i >= 0; i-- {
				for _, e := range tab[i] {
					j := int(e.hash&0x7FFFFFFF) % nc
					nt[j] = append([]entry{e}, nt[j]...)
				}
			}
			tab, capacity, threshold = nt, nc, nc*3/4
		}
		e := entry{uint32(javalang.StringHash(n)), n}
		j := int(e.hash&0x7FFFFFFF) % capacity
		tab[j] = append([]entry{e}, tab[j]...)
		count++
	}
	var out []string
	for i := capacity - 1; i >= 0; i-- {
		for _, e := range tab[i] {
			out = append(out, e.name)
		}
	}
	return out
}

// covLetOrder makes, under n, the nodes TLC's tree holds where the LET e
// is, in TLC's order: for each definition, the body of one without
// parameters, a function definition's constructor (covrec.go), and for a
// body that is itself a LET, that LET's own (recursively) and its body's.
func covLetOrder(n *CovNode, e *ast.Let) {
	var names []string
	defs := map[string]ast.Unit{}
	for _, u := range e.Defs {
		switch d := u.(type) {
		case *ast.OpDef:
			names = append(names, d.Name.Name)
			defs[d.Name.Name] = d
		case *ast.FuncDef:
			names = append(names, d.Name.Name)
			defs[d.Name.Name] = d
		case *ast.InstanceDef:
			names = append(names, d.Name.Name)
		case *ast.Recursive:
			for _, r := range d.Names {
				names = append(names, r.Name.Name)
			}
		}
	}
	for _, name := range letNamesOrder(names) {
		switch d := defs[name].(type) {
		case *ast.OpDef:
			if len(d.Params) > 0 {
				continue
			}
			if inner, ok := ast.Unparen(d.Body).(*ast.Let); ok {
				covLetOrder(n, inner)
				covPreMake(n, inner.Body)
				continue
			}
			covPreMake(n, d.Body)
		case *ast.FuncDef:
			n.child(d, d.Name, d.Body)
		}
	}
}
