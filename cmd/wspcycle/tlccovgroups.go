package main

import (
	"strings"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/model/tlcout"
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/span"
)

// covGroup is one action TLC keeps whole (eval.TLCAction.Opaque: a \E
// whose set reads the state, an application whose arguments read it) that
// holds the leaves lo to hi (hi excluded) of the static split: TLC's
// report has one entry for it, whose counts are the leaves' together and
// whose tree lists the leaves' trees, then what TLC evaluates to enter the
// action (the \E's set, the application's arguments: part).
//
// An action of an instance with substitutions (TLC's SubstInNode) is
// named "Action" and located at the INSTANCE statement (head); its tree
// (steps) lists each leaf's tree and, after the body of each \E and
// application in it, their sets and arguments.
type covGroup struct {
	lo, hi int
	name   string // TLC's name of the action, without its arguments
	part   *eval.CovNode
	head   model.SourceRange
	steps  []eval.CovStep
	// exists: the action is a \E TLC does not expand (not an
	// application), whose node heads its tree (closeGroup).
	exists bool
}

// tlcCovGroups are the actions TLC keeps whole, by their first leaf.
func tlcCovGroups(sp *eval.Spec, read func(string) ([]byte, error)) map[int]covGroup {
	acts, err := sp.TLCActions()
	if err != nil || sp.Coverage == nil {
		return nil
	}
	out := map[int]covGroup{}
	if from, to, ok := sp.Coverage.SpecSubst(); ok && len(sp.Actions) > 0 {
		out[0] = covGroup{lo: 0, hi: len(sp.Actions), name: "Action", steps: sp.Coverage.AllSteps(),
			head: model.SourceRange{Module: moduleName(from.Filename), Start: from, End: to}}
		return out
	}
	for j := range acts {
		a := &acts[j]
		if !a.Opaque() || a.Lo >= a.Hi || a.Hi > len(sp.Actions) {
			continue
		}
		if _, ok := out[a.Lo]; ok {
			continue // the same action under another binding of a \E TLC expanded
		}
		if a.SubstFrom.IsValid() && a.SubstTo.IsValid() {
			steps := sp.Coverage.StepsOf(a)
			if steps == nil {
				continue
			}
			out[a.Lo] = covGroup{lo: a.Lo, hi: a.Hi, name: "Action", steps: steps,
				head: model.SourceRange{Module: moduleName(a.SubstFrom.Filename), Start: a.SubstFrom, End: a.SubstTo}}
			if name, hd, ok := instActionHead(sp, a, read); ok {
				out[a.Lo] = covGroup{lo: a.Lo, hi: a.Hi, name: name, steps: steps, head: hd}
			}
			continue
		}
		name := model.TLCLabel(sp, a)
		if i := strings.IndexByte(name, '('); i >= 0 {
			name = name[:i]
		}
		g := covGroup{lo: a.Lo, hi: a.Hi, name: name, part: sp.Coverage.PartOf(a), exists: a.App == nil}
		if g.exists {
			// A \E TLC does not expand also evaluates the arguments of
			// the applications inside it (Tool.getNextStatesAppl binds
			// them to LazyValues of its tree): listed after the body they
			// enter, before the \E's set (MissionariesAndCannibals' \E S
			// \in SUBSET ... : Move(S, bank_of_boat)).
			g.steps = sp.Coverage.StepsOf(a)
			if g.part != nil {
				g.steps = append(g.steps, eval.CovStep{Leaf: -1, Part: g.part})
			}
		}
		out[a.Lo] = g
	}
	return out
}

// covKeyed is an action's entry with the range it is sorted by; lo is,
// for an action TLC keeps whole, its first leaf (covGroup).
type covKeyed struct {
	it  tlcout.CoverageItem
	key model.SourceRange
	lo  int
	// root: the tree of an action that is no group, for mergeShared.
	root *eval.CovNode
}

// mergeShared adds the action it (tree root, sorted by key) to the entry
// of an earlier action with the same predicate, as TLC shares one tree
// between the actions of one predicate (eval's covmerge.go: Step(1) \/
// Step(2) is one entry, Step, whose counts are both actions'); false when
// there is none.
func mergeShared(acts []covKeyed, it tlcout.CoverageItem, key model.SourceRange, root *eval.CovNode, ranges *model.CoverageRanges) bool {
	if root == nil || !key.IsValid() {
		return false
	}
	for j := range acts {
		a := &acts[j]
		if a.root == nil || a.key != key || a.it.Head != it.Head || a.it.Part != it.Part || a.it.Name != it.Name {
			continue
		}
		m, ok := eval.MergedCov(a.root, root)
		if !ok {
			continue
		}
		a.root = m
		a.it.Distinct += it.Distinct
		a.it.Generated += it.Generated
		a.it.Lines = model.CoverageLines(m, ranges)
		return true
	}
	return false
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

// groupLines are the lines of the action TLC keeps whole g, when its
// steps say their order (an instance with substitutions): nil otherwise.
func groupLines(g covGroup, cv *eval.Coverage, ranges *model.CoverageRanges) []model.CoverageLine {
	var out []model.CoverageLine
	for _, st := range g.steps {
		switch {
		case st.Leaf >= 0 && st.Leaf < len(cv.Actions):
			out = append(out, model.CoverageLines(cv.Actions[st.Leaf], ranges)...)
		case st.Part != nil:
			out = append(out, model.CoverageLines(st.Part, ranges)...)
		}
	}
	return out
}

// moduleName is the name of the module of the file name (its base, less
// .tla; for a module that follows another in its file, that module's
// name: span.Module), as TLC names modules in locations.
func moduleName(file string) string { return span.Module(file) }

// closeGroup completes the entry k of an action TLC keeps whole once its
// leaves are in: its tree in TLC's order.
func closeGroup(groups map[int]covGroup, k *covKeyed, cv *eval.Coverage, ranges *model.CoverageRanges) {
	g := groups[k.lo]
	if g.steps != nil && cv != nil {
		k.it.Lines = groupLines(g, cv, ranges)
		if g.exists {
			k.it.Lines = existsLines(k.it.Lines, k.key)
		}
		return
	}
	k.it.Lines = append(k.it.Lines, groupPart(groups, k, ranges)...)
	if g.exists {
		k.it.Lines = existsLines(k.it.Lines, k.key)
	}
}

// existsLines are the lines of an action that is a \E TLC does not
// expand (at where), whose tree TLC heads with the \E's node: a node that
// counts nothing itself (OpApplNodeWrapper), so that its body's and set's
// lines are listed in its place, unless they all count one number, which
// is then printed once, at the \E (Rem == \E n \in Node : \E v \in
// m[n] : m' = ...: one line from the \E v, where the body's and m[n]'s
// both say 32).
func existsLines(lines []model.CoverageLine, where model.SourceRange) []model.CoverageLine {
	if len(lines) == 0 || !where.IsValid() {
		return lines
	}
	one := lines[0]
	if one.Count == 0 && one.Cost == 0 {
		return lines
	}
	for _, l := range lines[1:] {
		if l.Count != one.Count || l.Cost != one.Cost {
			return lines
		}
	}
	return []model.CoverageLine{{Level: 0, Range: where, Count: one.Count, Cost: one.Cost}}
}
