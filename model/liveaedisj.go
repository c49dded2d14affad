package model

import "github.com/wspcycle/wspcycle/tla/value"

// TLC's normal form of its liveness problem gathers the disjuncts that
// are []<>B alone into one, []<>(B1 \/ B2 ...), put after the others
// (LNDisj.toDNF, read from the classes of tla2tools.jar at rev cc6b616:
// each disjunct whose getAEBody is not null goes to a list of bodies;
// one body is []<>B again, more their disjunction). Its evaluation
// stops at the first Bi true, so what the later Bi print TLC prints only
// in the states where the earlier ones are false: with <>[]P3 and <>[]P7
// two properties, ~P7 is evaluated only where P3 holds.

// mergeAE returns checks with its disjuncts []<>B (B a state predicate
// or an action) gathered into one at the end, and the groups of the items made of more
// than one (liveItem.grp is a 1-based index in groups).
func mergeAE(checks []tlcPem) ([]tlcPem, [][]liveItem) {
	var rest []tlcPem
	var ae []liveItem
	for _, c := range checks {
		if c.tf == -1 && len(c.ea) == 0 && len(c.aeAct)+len(c.aeState) == 1 {
			ae = append(ae, append(c.aeAct, c.aeState...)...)
			continue
		}
		rest = append(rest, c)
	}
	var groups [][]liveItem
	switch len(ae) {
	case 0:
		return rest, nil
	case 1:
	default:
		groups = [][]liveItem{ae}
		ae = []liveItem{{fair: -1, grp: len(groups)}}
	}
	// The body's level decides its list: an action's is checkAction.
	if hasAct(groups...) || hasAct(ae) {
		return append(rest, tlcPem{tf: -1, aeAct: ae}), groups
	}
	return append(rest, tlcPem{tf: -1, aeState: ae}), groups
}

// state evaluates the state predicate item it in s: a group's disjuncts
// in order up to the first true one, as TLC's LNDisj.
func (lp *livePrinter) state(it liveItem, s value.State) bool {
	if it.grp == 0 {
		return lp.pred(it.pred, s) != it.neg
	}
	for _, d := range lp.groups[it.grp-1] {
		if lp.state(d, s) {
			return true
		}
	}
	return false
}
