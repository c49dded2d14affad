package main

import (
	"strings"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/model/tlcout"
	"github.com/wspcycle/wspcycle/tla/eval"
)

// covGroup is one action TLC keeps whole (eval.TLCAction.Opaque: a \E
// whose set reads the state, an application whose arguments read it) that
// holds the leaves lo to hi (hi excluded) of the static split: TLC's
// report has one entry for it, whose counts are the leaves' together and
// whose tree lists the leaves' trees, then what TLC evaluates to enter the
// action (the \E's set, the application's arguments: part).
type covGroup struct {
	lo, hi int
	name   string // TLC's name of the action, without its arguments
	part   *eval.CovNode
}

// tlcCovGroups are the actions TLC keeps whole, by their first leaf. An
// action of an instance with substitutions (TLC's SubstInNode) is left to
// the leaves' entries.
func tlcCovGroups(sp *eval.Spec) map[int]covGroup {
	acts, err := sp.TLCActions()
	if err != nil || sp.Coverage == nil {
		return nil
	}
	out := map[int]covGroup{}
	for j := range acts {
		a := &acts[j]
		if !a.Opaque() || a.SubstFrom.IsValid() || a.Lo >= a.Hi || a.Hi > len(sp.Actions) {
			continue
		}
		if _, ok := out[a.Lo]; ok {
			continue // the same action under another binding of a \E TLC expanded
		}
		name := model.TLCLabel(sp, a)
		if i := strings.IndexByte(name, '('); i >= 0 {
			name = name[:i]
		}
		out[a.Lo] = covGroup{lo: a.Lo, hi: a.Hi, name: name, part: sp.Coverage.PartOf(a)}
	}
	return out
}

// covKeyed is an action's entry with the range it is sorted by; lo is,
// for an action TLC keeps whole, its first leaf (covGroup).
type covKeyed struct {
	it  tlcout.CoverageItem
	key model.SourceRange
	lo  int
}

// groupPart are the lines of what TLC evaluates to enter the action TLC
// keeps whole whose entry is k, listed after its body.
func groupPart(groups map[int]covGroup, k *covKeyed, ranges *model.CoverageRanges) []model.CoverageLine {
	g, ok := groups[k.lo]
	if !ok || g.part == nil {
		return nil
	}
	return model.CoverageLines(g.part, ranges)
}
