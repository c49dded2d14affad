package model

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/span"
	"github.com/wspcycle/wspcycle/tla/token"
)

// StepName names the step st as TLC's trace does (Action.getLocation):
// its label (eval.Spec.Label) and 1 + the index in ActionRanges of the
// range printed after it. That range is the leaf's of the static split,
// or for a TLC action located elsewhere (eval.TLCAction.Opaque: a \E TLC
// does not expand, an application it does not go into) that action's,
// after the leaves' ranges. Breadth-first traces, the simulator and the
// rest share it, so that a step is named one way.
func StepName(sp *eval.Spec, st eval.Step) (string, int) {
	label := sp.Label(st)
	if i := sp.TLCActionOf(st); i >= 0 {
		if acts, err := sp.TLCActions(); err == nil && acts[i].Opaque() {
			return label, TLCActionAct(sp, i)
		}
	}
	return label, st.Action + 1
}

// TLCActionAct is 1 + the index in ActionRanges of the range of the TLC
// action i (eval.Spec.TLCActions) TLC locates away from its leaves.
func TLCActionAct(sp *eval.Spec, i int) int { return len(sp.Actions) + 1 + i }

// TLCLabel is TLC's label of the TLC action a (eval.Spec.TLCActions):
// eval.TLCAction.Label, or when it cannot be told, the name of the
// definition a \E TLC does not expand is written in.
func TLCLabel(sp *eval.Spec, a *eval.TLCAction) string {
	if l, ok := a.Label(); ok {
		return l
	}
	name := sp.Actions[a.Lo].Name
	if a.Opaque() && a.App == nil {
		if _, def := findExists(sp, a.Pos); def != "" {
			name = def
		}
	}
	return name
}

// tlcRanges are the ranges of the TLC actions located away from their
// leaves, valid for those (an opaque \E: its whole text; an application:
// the application's), indexed as TLCActions. They are computed only when
// TLC's split was made (a step was named by it): a split can be long to
// make, and a run that names no step needs none.
func tlcRanges(sp *eval.Spec, read func(string) ([]byte, error)) []SourceRange {
	if !sp.TLCSplitMade() {
		return nil
	}
	acts, err := sp.TLCActions()
	if err != nil {
		return nil
	}
	out := make([]SourceRange, len(acts))
	for i := range acts {
		a := &acts[i]
		switch {
		case a.SubstFrom.IsValid() && a.SubstTo.IsValid():
			// TLC's SubstInNode: the INSTANCE statement.
			out[i] = SourceRange{Module: span.Module(a.SubstFrom.Filename), Start: a.SubstFrom, End: a.SubstTo}
		case a.App != nil:
			out[i] = ExprRange(a.App, read)
		case a.Opaque():
			if q, _ := findExists(sp, a.Pos); q != nil {
				out[i] = ExprRange(q, read)
			}
		}
	}
	return out
}

// findExists finds the \E at pos among the definitions of the spec's
// modules, and the name of the definition it is in.
func findExists(sp *eval.Spec, pos token.Pos) (q *ast.Quant, def string) {
	mods := []*ast.Module{sp.Module}
	for _, m := range sp.Modules {
		mods = append(mods, m)
	}
	for _, m := range mods {
		if m == nil || m.Start.Filename != pos.Filename {
			continue
		}
		for _, u := range m.Units {
			d, ok := u.(*ast.OpDef)
			if !ok || d.Body == nil || d.Name == nil {
				continue
			}
			ast.Inspect(d.Body, func(n ast.Node) bool {
				if x, ok := n.(*ast.Quant); ok && q == nil && x.Pos() == pos {
					q, def = x, d.Name.Name
				}
				return q == nil
			})
			if q != nil {
				return q, def
			}
		}
	}
	return nil, ""
}
