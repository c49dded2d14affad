package eval

import (
	"sort"
	"sync"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// causalOrder is VectorClocks' CausalOrder(log, clock(_), node(_),
// domain(_)), which TLC replaces with Java code (its definition CHOOSEs
// among all permutations of the log): the log sorted by its vector clocks,
// as TLC's override sorts it. Each node's lines are ordered by the node's
// own clock entry; a line's parents are, for every other node h in its
// clock's domain, the h line its clock newly reveals (h's line number
// clock[h], counted from 1); then, round after round, every node whose
// next line has no parent left gives that line. The nodes are visited in
// value order (TLC visits them in the order of a Java HashMap, the same
// for small integers and one-character strings).
func causalOrder(c *compiler, args []ast.Expr, en cenv, pos token.Pos) cx {
	logx := c.expr(args[0], en)
	// The operators are closed when they read no slot but their own
	// arguments' (allocated from n0 on): then the order depends on the log
	// alone, and the last one is kept (a trace spec sorts one log at every
	// step, and its definition is not folded when a branch that is not
	// taken fails).
	n0, outer := c.nslots, c.minRead
	c.minRead = int(^uint(0) >> 1)
	cs, clock := c.operatorClosure(args[1], en, 1, pos)
	ns, node := c.operatorClosure(args[2], en, 1, pos)
	ds, domain := c.operatorClosure(args[3], en, 1, pos)
	closed := c.minRead >= n0 && deps(clock, node, domain)&^depEnv == 0
	c.minRead = min(outer, c.minRead)
	var memo struct {
		sync.Mutex
		log, sorted value.Value
	}
	call := func(k *ctx, slots []int, op cx, x value.Value) (value.Value, error) {
		old := saveSlots(k, slots)
		defer restoreSlots(k, slots, old)
		k.env[slots[0]] = x
		return op.fn(k)
	}
	return cx{fn: func(k *ctx) (value.Value, error) {
		lv, err := logx.fn(k)
		if err != nil {
			return nil, err
		}
		lf, ok := lv.(*value.FcnV)
		if !ok || !lf.IsTuple() {
			return nil, errorf(pos, "The first argument of CausalOrder should be a sequence, but instead it is:\n%s", lv)
		}
		if closed {
			memo.Lock()
			l, r := memo.log, memo.sorted
			memo.Unlock()
			if l != nil && value.Equal(l, lf) {
				return r, nil
			}
		}
		type line struct {
			val, clock, time value.Value
			hosts            []value.Value
			parents          map[*line]bool
			children         []*line
		}
		lists := map[value.Value][]*line{}
		var hosts []value.Value
		hostOf := func(h value.Value) (value.Value, bool) {
			for _, x := range hosts {
				if value.Equal(x, h) {
					return x, true
				}
			}
			return nil, false
		}
		for _, v := range lf.Elems() {
			id, err := call(k, ns, node, v)
			if err != nil {
				return nil, err
			}
			vc, err := call(k, cs, clock, v)
			if err != nil {
				return nil, err
			}
			t, err := apply(vc, id, pos)
			if err != nil {
				return nil, err
			}
			dv, err := call(k, ds, domain, vc)
			if err != nil {
				return nil, err
			}
			dom, err := elemsOf(dv, pos)
			if err != nil {
				return nil, err
			}
			h, ok := hostOf(id)
			if !ok {
				h = id
				hosts = append(hosts, id)
			}
			lists[h] = append(lists[h], &line{val: v, clock: vc, time: t, hosts: dom, parents: map[*line]bool{}})
		}
		sort.Slice(hosts, func(i, j int) bool { return value.Compare(hosts[i], hosts[j]) < 0 })
		for _, h := range hosts {
			l := lists[h]
			sort.SliceStable(l, func(i, j int) bool { return value.Compare(l[i].time, l[j].time) < 0 })
		}
		for _, h := range hosts {
			global := map[value.Value]value.Value{}
			for _, g := range hosts {
				global[g] = value.Int(0)
			}
			for _, gn := range lists[h] {
				global[h] = gn.time
				for _, other := range gn.hosts {
					t, err := apply(gn.clock, other, pos)
					if err != nil {
						return nil, err
					}
					o, ok := hostOf(other)
					if !ok {
						return nil, errorf(pos, "CausalOrder: the clock %s names %s, which has no line in the log", gn.clock, other)
					}
					if value.Compare(global[o], t) < 0 {
						global[o] = t
						idx, ok := value.AsInt(t)
						if !ok || idx < 1 || idx > int64(len(lists[o])) {
							return nil, errorf(pos, "CausalOrder: the clock %s has no line %s of %s in the log", gn.clock, t, other)
						}
						p := lists[o][idx-1]
						gn.parents[p] = true
						p.children = append(p.children, gn)
					}
				}
			}
		}
		sorted := make([]value.Value, 0, lf.Len())
		for i := 0; i < lf.Len(); i++ {
			for _, h := range hosts {
				l := lists[h]
				if len(l) == 0 || len(l[0].parents) > 0 {
					continue
				}
				g := l[0]
				lists[h] = l[1:]
				for _, ch := range g.children {
					delete(ch.parents, g)
				}
				sorted = append(sorted, g.val)
			}
		}
		r := value.TupleOf(sorted)
		if closed {
			memo.Lock()
			memo.log, memo.sorted = lf, r
			memo.Unlock()
		}
		return r, nil
	}, dep: deps(logx, clock, node, domain) | depEnv, pos: pos}
}

// elemsOf is the elements of the finite set v.
func elemsOf(v value.Value, pos token.Pos) ([]value.Value, error) {
	s, ok := v.(value.SetValue)
	if !ok {
		return nil, errorf(pos, "CausalOrder: the domain of a clock should be a set, but instead it is:\n%s", v)
	}
	en, err := s.Enum()
	if err != nil {
		return nil, wrap(pos, err)
	}
	return en.Elems(), nil
}
