package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/model/tlcout"
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// tlcCoverageNote is said once on stderr with -coverage: what of TLC's
// coverage report is printed, and what is not.
const tlcCoverageNote = "wspcycle tlc: -coverage prints TLC's report (the number of values of each variable, the initial " +
	"predicate, each action, the invariants and constraints with the evaluation counts of their expressions) every N " +
	"minutes and at the end of the run; a variable's count is TLC's when no two of its values share a register of TLC's " +
	"estimator (TLC's varies from run to run); costs are counted where TLC enumerates a set built by a set constructor, " +
	"a set of functions, a product or a set of records, also in later states for a set an assignment stored (also as a " +
	"function's value) or a subset x \\in SUBSET S took, and for filters of SUBSET, products and record sets, not for sets " +
	"inside records, tuples or sets of functions, nor lazy sets " +
	"reached through a name; " +
	"a recursive function used as a value is counted on its whole domain\n"

// tlcCoverage builds TLC's coverage report from a search (finished, or
// under way for the report every N minutes): the initial predicate (its distinct states and those generated, which the
// actions' counts leave of the report's), each action of Next named by its
// definition's head (an unnamed disjunct of Next as "Next (l c l c)" with
// its own range), and the invariants.
//
// After a verdict with a trace, TLC's counts include what it evaluated to
// rebuild the trace (Report.CovRebuild, model's covrebuild.go).
func tlcCoverage(sp *eval.Spec, rep *model.Report, read func(string) ([]byte, error)) *tlcout.Coverage {
	head := func(name string, pos token.Pos) model.SourceRange {
		if d := findDef(sp.Module, name); d != nil {
			pos = d.Start
		} else if r, ok := instDeclHead(sp, name, read); ok && (name != sp.InitName || !initSubst(sp)) {
			return r // a definition of an INSTANCE (tlccovinst.go)
		}
		return model.HeadRange(pos, read)
	}
	c := &tlcout.Coverage{}
	ranges := model.NewCoverageRanges(read)
	var cv *eval.Coverage
	if sp.Coverage != nil {
		cv = sp.Coverage
		c.Vars = coverageVars(sp, cv.ValueCounts())
	}
	lines := func(root func(*eval.Coverage) *eval.CovNode) []model.CoverageLine {
		if cv == nil {
			return nil
		}
		return model.CoverageLines(root(cv), ranges)
	}
	gen := rep.Generated
	type keyed = covKeyed
	var acts []keyed
	parts := tlcActionParts(sp, read)
	groups := tlcCovGroups(sp, read)
	var group *keyed // the entry of the action TLC keeps whole being filled
	groupEnd := -1
	for i, a := range rep.Coverage {
		if group != nil && i < groupEnd {
			// A later leaf of an action TLC keeps whole: its counts and
			// tree go to the action's entry.
			group.it.Distinct += a.Distinct
			group.it.Generated += a.Generated
			if rb := rep.CovRebuild; rb != nil && i < len(rb.Actions) {
				group.it.Generated += rb.Actions[i]
			}
			gen -= a.Generated
			if i < len(sp.Actions) {
				group.it.Lines = append(group.it.Lines, lines(func(cv *eval.Coverage) *eval.CovNode { return cv.Actions[i] })...)
			}
			if i == groupEnd-1 {
				closeGroup(groups, group, cv, ranges)
				group = nil
			}
			continue
		}
		if g, ok := groups[i]; ok {
			a.Name = g.name
			groupEnd = g.hi
		}
		it := tlcout.CoverageItem{Name: a.Name, Distinct: a.Distinct, Generated: a.Generated}
		var expr ast.Expr
		if i < len(sp.Actions) {
			expr = sp.Actions[i].Expr
		}
		if i < len(sp.Actions) {
			it.Lines = lines(func(cv *eval.Coverage) *eval.CovNode { return cv.Actions[i] })
		}
		var where model.SourceRange
		if i < len(rep.Ranges) {
			where = rep.Ranges[i]
		}
		if expr != nil && expr.Pos() == a.Pos && where.IsValid() {
			// An action of an inline [][A]_v, in no definition: TLC
			// gives its own range.
			it.Head = where
		} else if id := instDefOf(sp.Module, a.Name); id != nil {
			// I!Op through a named INSTANCE: SANY's I!Op is declared
			// by the instance's definition, whose head TLC prints;
			// the step's own location after it when TLC labels the
			// step at its use, not at the definition (TLC rev cc6b616:
			// P(v) == INSTANCE M WITH x <- v, Next == P(y)!Step(1):
			// "<P!Step line 4, col 1 to line 4, col 4 of module LabP
			// (7 9 7 20)>"; golden coverage/CovInstUse).
			it.Head = model.HeadRange(id.Start, read)
			use := where
			if i < len(parts) && parts[i].IsValid() {
				use = parts[i]
			}
			if use.IsValid() && (use.Start.Line != id.Start.Line || use.Start.Col != id.Start.Col) {
				it.Part = use
			}
		} else {
			it.Head = head(a.Name, a.Pos)
			if d := findSpecDef(sp, a.Name); d != nil && where.IsValid() {
				// One disjunct of a definition that has several (TLC's
				// "1:N" actions): the disjunct's range too.
				body := model.ExprRange(d.Body, read)
				pred := where
				if i < len(parts) && parts[i].IsValid() {
					pred = parts[i]
				}
				if body.IsValid() && pred.IsValid() && body != pred {
					it.Part = pred
				}
			}
		}
		key := where
		if i < len(parts) && parts[i].IsValid() {
			// TLC sorts an action it keeps whole by its own location (an
			// application's: Step(x + 1) in Next, not Step's body).
			key = parts[i]
		}
		gen -= a.Generated
		if rb := rep.CovRebuild; rb != nil && i < len(rb.Actions) {
			it.Generated += rb.Actions[i]
		}
		var root *eval.CovNode
		if _, grouped := groups[i]; !grouped && cv != nil && i < len(cv.Actions) {
			root = cv.Actions[i]
		}
		if mergeShared(acts, it, key, root, ranges) {
			continue
		}
		acts = append(acts, keyed{it: it, key: key, root: root})
		if g, ok := groups[i]; ok {
			group = &acts[len(acts)-1]
			group.lo = g.lo
			if g.head.IsValid() {
				group.it.Head, group.it.Part, group.key = g.head, model.SourceRange{}, g.head
			}
			if g.hi == i+1 {
				closeGroup(groups, group, cv, ranges)
				group = nil
			}
		}
	}
	// TLC lists the actions in the order of their source ranges
	// (CostModelCreator.report sorts them by location).
	sort.SliceStable(acts, func(i, j int) bool {
		a, b := acts[i].key, acts[j].key
		if !a.IsValid() || !b.IsValid() {
			return false
		}
		if a.Module != b.Module {
			return moduleBefore(sp, a.Module, b.Module)
		}
		return a.Start.Before(b.Start)
	})
	for _, a := range acts {
		c.Actions = append(c.Actions, a.it)
	}
	c.Init = tlcout.CoverageItem{Name: sp.InitName, Head: head(sp.InitName, sp.InitPos), Distinct: rep.InitStates + rep.InitOutside, Generated: max(gen, rep.InitStates),
		Lines: lines(func(cv *eval.Coverage) *eval.CovNode { return cv.Init })}
	if from, to, ok := cv.InitSubst(); ok {
		// An initial predicate TLC reaches through an instance with
		// substitutions: located at the INSTANCE too.
		c.Init.Part = model.SourceRange{Module: moduleName(from.Filename), Start: from, End: to}
	}
	if rb := rep.CovRebuild; rb != nil {
		// TLC's rebuilding of the trace: each initial state it generates
		// counts on both (covrebuild.go).
		c.Init.Distinct += rb.Init
		c.Init.Generated += rb.Init
	}
	tlcInitParts(sp, cv, c, ranges, read) // tlccovinitparts.go
	for i, p := range sp.Invariants {
		if cv != nil && i < len(cv.ImpliedBy) && cv.ImpliedBy[i] != nil {
			// A PROPERTY []P checked as an invariant (eval's covimplied.go).
			x := cv.ImpliedBy[i]
			c.Invariants = append(c.Invariants, tlcout.CoverageItem{Name: "Action", Head: ranges.Of(&eval.CovNode{From: x, To: x}),
				Lines: lines(func(cv *eval.Coverage) *eval.CovNode { return cv.Invariants[i] })})
			continue
		}
		c.Invariants = append(c.Invariants, tlcout.CoverageItem{Name: p.Name, Head: head(p.Name, p.Pos),
			Lines: lines(func(cv *eval.Coverage) *eval.CovNode { return cv.Invariants[i] })})
	}
	if cv != nil {
		// TLC lists the action constraints, then the state constraints.
		for i, p := range sp.ActionConstraints {
			c.Constraints = append(c.Constraints, constraintItem(p.Name, head(p.Name, p.Pos), cv.ActionConstraints[i], ranges))
		}
		for i, p := range sp.Constraints {
			c.Constraints = append(c.Constraints, constraintItem(p.Name, head(p.Name, p.Pos), cv.Constraints[i], ranges))
		}
	}
	return c
}

// findDef is the definition of name in mod, or nil.
func findDef(mod *ast.Module, name string) *ast.OpDef {
	if mod == nil {
		return nil
	}
	for _, u := range mod.Units {
		if d, ok := u.(*ast.OpDef); ok && d.Name != nil && d.Name.Name == name {
			return d
		}
	}
	return nil
}

// findSpecDef is the definition of name in the root module or in a module
// it extends (directly or not), or nil: an action defined in an EXTENDed
// module is labelled as one of the root's (Examples' MC_spanning, whose
// Next is spanning's; probe coverage/CovExtIf).
func findSpecDef(sp *eval.Spec, name string) *ast.OpDef {
	seen := map[string]bool{}
	var walk func(mod *ast.Module) *ast.OpDef
	walk = func(mod *ast.Module) *ast.OpDef {
		if mod == nil || mod.Name == nil || seen[mod.Name.Name] {
			return nil
		}
		seen[mod.Name.Name] = true
		if d := findDef(mod, name); d != nil {
			return d
		}
		for _, e := range mod.Extends {
			if d := walk(sp.Modules[e.Name]); d != nil {
				return d
			}
		}
		return nil
	}
	return walk(sp.Module)
}

// instDefOf is the definition of the named instance I that name, I!Op,
// goes through (the first with that name, a LET's too); nil when name is
// not of that form or no such definition is found.
func instDefOf(mod *ast.Module, name string) *ast.InstanceDef {
	i := strings.Index(name, "!")
	if mod == nil || i <= 0 {
		return nil
	}
	var found *ast.InstanceDef
	ast.Inspect(mod, func(n ast.Node) bool {
		if found != nil {
			return false
		}
		if d, ok := n.(*ast.InstanceDef); ok && d.Name != nil && d.Name.Name == name[:i] {
			found = d
			return false
		}
		return true
	})
	return found
}

// coverageVars are the variables with the counts of their values
// (indexed as sp.Vars), in TLC's order (model.SpecVarOrder, the order of
// TLC's variable nodes), each with the range of its name where the
// VARIABLES declaration is.
func coverageVars(sp *eval.Spec, counts []int64) []tlcout.CoverageVar {
	var out []tlcout.CoverageVar
	for _, i := range model.SpecVarOrder(sp) {
		if i >= len(sp.Vars) || i >= len(counts) {
			continue
		}
		v := tlcout.CoverageVar{Name: sp.Vars[i], Values: counts[i]}
		if mod, id := varDecl(sp, v.Name); id != nil {
			end := id.Pos()
			end.Col += utf8.RuneCountInString(id.Name) - 1
			v.Decl = model.SourceRange{Module: mod, Start: id.Pos(), End: end}
		}
		out = append(out, v)
	}
	return out
}

// varDecl finds the declaration of the variable name: in the root module,
// else in the spec's other modules (by name, for a stable answer).
func varDecl(sp *eval.Spec, name string) (string, *ast.Ident) {
	mods := []*ast.Module{sp.Module}
	names := make([]string, 0, len(sp.Modules))
	for n := range sp.Modules {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		mods = append(mods, sp.Modules[n])
	}
	for _, m := range mods {
		if m == nil || m.Name == nil {
			continue
		}
		for _, u := range m.Units {
			if vs, ok := u.(*ast.Variables); ok {
				for _, id := range vs.Names {
					if id.Name == name {
						return m.Name.Name, id
					}
				}
			}
		}
	}
	return "", nil
}

// constraintItem is a constraint's entry: the states (or steps) it
// admitted and those it was evaluated on, then its expressions.
func constraintItem(name string, hd model.SourceRange, root *eval.CovNode, ranges *model.CoverageRanges) tlcout.CoverageItem {
	it := tlcout.CoverageItem{Name: name, Head: hd}
	if root != nil {
		it.Distinct, it.Generated = root.Cost(), root.Count()+root.Cost()
		it.Lines = model.CoverageLines(root, ranges)
	}
	return it
}

// coverageTimer tells when TLC prints its coverage report during the
// search: with -coverage N, after every N+1-th progress report, as TLC's
// AbstractChecker.runTLC counts (count starts at N minutes / the one-minute
// progress interval, is decremented at each progress report and, at zero,
// the report is printed and count starts again).
type coverageTimer struct {
	every, count int
}

// newCoverageTimer is the timer of -coverage minutes; nil when 0.
func newCoverageTimer(minutes int) *coverageTimer {
	if minutes <= 0 {
		return nil
	}
	return &coverageTimer{every: minutes, count: minutes}
}

// due is called at each progress report and reports whether the coverage
// report follows it.
func (t *coverageTimer) due() bool {
	if t == nil {
		return false
	}
	if t.count == 0 {
		t.count = t.every
		return true
	}
	t.count--
	return false
}

// tlcCoverageNow is TLC's coverage report during the search, at the
// progress event ev: the counts so far, each action's read from its
// coverage tree's root (which the checker counts on as it goes).
func tlcCoverageNow(sp *eval.Spec, ev model.Event, read func(string) ([]byte, error)) *tlcout.Coverage {
	rep := &model.Report{InitStates: ev.Init, Generated: ev.Init, Ranges: model.ActionRanges(sp, read)}
	for i, a := range sp.Actions {
		ac := model.ActionCoverage{Name: a.Name, Pos: a.Pos}
		if cv := sp.Coverage; cv != nil && i < len(cv.Actions) && cv.Actions[i] != nil {
			ac.Generated, ac.Distinct = cv.Actions[i].Count(), cv.Actions[i].Cost()
		}
		rep.Coverage = append(rep.Coverage, ac)
		rep.Generated += ac.Generated
	}
	return tlcCoverage(sp, rep, read)
}

// tlcActionParts are, for each leaf of the static split (indexed as
// sp.Actions), the range of TLC's action holding it when TLC keeps an \E
// whole (eval.TLCAction.Opaque: a \E whose set reads the state, is empty
// or fails to evaluate without a state): the \E's range; zero for the
// other leaves, TLC's actions of their own.
func tlcActionParts(sp *eval.Spec, read func(string) ([]byte, error)) []model.SourceRange {
	out := make([]model.SourceRange, len(sp.Actions))
	acts, err := sp.TLCActions()
	if err != nil {
		return out
	}
	ranges := model.ActionRanges(sp, read) // with the split's, now made
	for j := range acts {
		a := &acts[j]
		at := model.TLCActionAct(sp, j) - 1
		if !a.Opaque() || a.SubstFrom.IsValid() || at >= len(ranges) {
			continue
		}
		for i := a.Lo; i < a.Hi && i < len(out); i++ {
			out[i] = ranges[at]
		}
	}
	return out
}

// covMismatch is TLC's warning 2776, printed where TLC prints it (among
// the spec's prints, during the search) the first time a node of a
// LAMBDA's body counts on the application of the parameter instead of its
// own (eval's covlambda.go): TLC's CostModel did not find the node there.
func (p *tlcPrints) covMismatch(read func(string) ([]byte, error)) func(expr, into *eval.CovNode) {
	ranges := model.NewCoverageRanges(read)
	return func(expr, into *eval.CovNode) {
		text := fmt.Sprintf("CostModel lookup failed for expression <%s>. Reporting costs into <%s> instead "+
			"(Safety and Liveness checking is unaffected. Please report a bug.)", ranges.Of(expr), ranges.Of(into))
		p.mu.Lock()
		defer p.mu.Unlock()
		if p.w == nil {
			p.buf.WriteString(text + "\n")
			return
		}
		p.w.Msg(tlcCovMismatch, tlcout.ClassNone, text)
	}
}

// tlcCovMismatch is the code of TLC's EC.TLC_COVERAGE_MISMATCH.
const tlcCovMismatch = 2776

// moduleBefore orders the actions of two modules as TLC's Location.compareTo
// does: by the module names' UniqueString tokens, that is by when TLC
// interned each name (the spec's string order: the root file's tokens
// first, so ACP_NB_TLC's EXTENDS ACP_NB puts ACP_NB before the ACP_SB it
// extends), not alphabetically nor by the order of semantic analysis.
func moduleBefore(sp *eval.Spec, a, b string) bool {
	if sp.Run == nil {
		return a < b
	}
	strs := sp.Run.Strings()
	return value.Compare(strs.Str(a), strs.Str(b)) < 0
}
