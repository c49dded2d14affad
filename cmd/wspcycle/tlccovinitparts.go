package main

import (
	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/model/tlcout"
	"github.com/wspcycle/wspcycle/tla/eval"
)

// tlcInitParts splits c.Init, the report's entry of the whole initial
// predicate, into TLC's entries, one per conjunct of the specification's
// initial predicate (eval's covinitparts.go): a conjunct that is no
// definition's application is labelled "Action" with its own range (TLC
// rev cc6b616: Spec == x \in {1, 2} /\ x > 0 /\ [][Next]_x gives "<Action
// line 5, col 9 to line 5, col 20 of module CovInitInl>: 2:2"), and the
// states go to the conjunct that completed them, 0:0 on the others. When
// the conjuncts share the states, the distinct ones go to the one that
// completed most (TLC's per-conjunct distinct counts are not followed).
func tlcInitParts(sp *eval.Spec, cv *eval.Coverage, c *tlcout.Coverage, ranges *model.CoverageRanges, read func(string) ([]byte, error)) {
	if cv == nil || len(sp.InitParts) == 0 {
		return
	}
	unnamed := func(i int, it *tlcout.CoverageItem) {
		if p := sp.InitParts[i]; p.Name == "" && p.Expr != nil {
			if r := model.ExprRange(p.Expr, read); r.IsValid() {
				it.Name, it.Head, it.Part = "Action", r, model.SourceRange{}
			}
		}
	}
	unnamed(0, &c.Init)
	if len(cv.InitMore) == 0 || len(sp.InitParts) != 1+len(cv.InitMore) {
		return
	}
	items := []tlcout.CoverageItem{c.Init}
	for i, root := range cv.InitMore {
		p := sp.InitParts[i+1]
		it := tlcout.CoverageItem{Name: p.Name, Lines: model.CoverageLines(root, ranges)}
		if p.Name != "" && p.DefPos.IsValid() {
			it.Head = model.HeadRange(p.DefPos, read)
		}
		unnamed(i+1, &it)
		items = append(items, it)
	}
	states := cv.InitPartStates()
	main := 0
	for i, n := range states {
		if n > states[main] {
			main = i
		}
	}
	total := c.Init
	for i := range items {
		items[i].Distinct, items[i].Generated = 0, 0
		if i == main || i >= len(states) {
			continue
		}
		items[i].Distinct, items[i].Generated = states[i], states[i]
		total.Distinct -= states[i]
		total.Generated -= states[i]
	}
	items[main].Distinct, items[main].Generated = max(total.Distinct, 0), max(total.Generated, 0)
	c.Init, c.InitMore = items[0], items[1:]
}
