package simulate

import (
	"strings"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/token"
)

// ActionRanges are the source ranges of the actions a simulation's trace
// names (TraceState.Act-1): model.ActionRanges, those of the static split,
// then one for each action of eval.Spec.TLCActions, valid for those TLC
// does not expand (a \E whose set reads the state): TLC names such an
// action by the whole \E, wherever the leaves under it are defined.
func ActionRanges(sp *eval.Spec, read func(string) ([]byte, error)) []model.SourceRange {
	out := model.ActionRanges(sp, read)
	acts, err := sp.TLCActions()
	if err != nil {
		return out
	}
	for _, a := range acts {
		var r model.SourceRange
		if a.Opaque() {
			if q, _ := findExists(sp, a.Pos); q != nil {
				r = model.ExprRange(q, read)
			}
		}
		out = append(out, r)
	}
	return out
}

// opaqueLabel names an action TLC does not expand as TLC does: the
// definition the \E is written in (Next for Next == \E S \in ... :
// Move(S)), and the values bound on the way to it, not those its own \E
// binds.
func opaqueLabel(sp *eval.Spec, a *eval.TLCAction) string {
	name := sp.Actions[a.Lo].Name
	if _, def := findExists(sp, a.Pos); def != "" {
		name = def
	}
	ps := a.Params()
	if len(ps) == 0 {
		return name
	}
	parts := make([]string, len(ps))
	for i, p := range ps {
		parts[i] = p.String()
	}
	return name + "(" + strings.Join(parts, ",") + ")"
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
