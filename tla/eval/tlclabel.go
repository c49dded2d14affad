package eval

import (
	"slices"
	"strings"
	"sync"
)

// tlcIndex finds the TLC action of a Step: by its leaf, then by the
// values the action's \E bound, which the Step carries among its Params
// (the positions in them of the bound slots are the action's signature).
type tlcIndex struct {
	once   sync.Once
	byLeaf [][]tlcSig
}

// tlcSig is the TLC actions of one leaf that bind the same slots, by the
// values they bind.
type tlcSig struct {
	at   []int // positions in the leaf's Params
	acts map[string]int
}

// TLCActionOf returns the index in TLCActions of the action st belongs
// to, as TLC's trace names it (Action.getLocation), or -1 when it cannot
// be told (a hand-built Spec, or a split TLCActions failed to make).
func (sp *Spec) TLCActionOf(st Step) int {
	if sp.tlc == nil || st.Action < 0 || st.Action >= len(sp.Actions) {
		return -1
	}
	acts, err := sp.TLCActions()
	if err != nil {
		return -1
	}
	ix := &sp.tlc.index
	ix.once.Do(func() { ix.build(sp.tlc.prog, acts) })
	if st.Action >= len(ix.byLeaf) {
		return -1
	}
	for _, sg := range ix.byLeaf[st.Action] {
		var b strings.Builder
		ok := true
		for _, j := range sg.at {
			if j >= len(st.Params) || st.Params[j] == nil {
				ok = false
				break
			}
			b.WriteString(st.Params[j].String())
			b.WriteByte(0)
		}
		if i, found := sg.acts[b.String()]; ok && found {
			return i
		}
	}
	return -1
}

func (ix *tlcIndex) build(p *program, acts []TLCAction) {
	ix.byLeaf = make([][]tlcSig, len(p.actions))
	for i := range acts {
		a := &acts[i]
		for l := a.Lo; l < a.Hi && l < len(ix.byLeaf); l++ {
			slots := p.actions[l].slots
			at := make([]int, 0, len(a.binds))
			var key strings.Builder
			for _, b := range a.binds {
				j := slices.Index(slots, b.slot)
				if j < 0 {
					at = nil
					break
				}
				at = append(at, j)
				key.WriteString(b.v.String())
				key.WriteByte(0)
			}
			if at == nil && len(a.binds) > 0 {
				continue
			}
			sigs := ix.byLeaf[l]
			k := slices.IndexFunc(sigs, func(s tlcSig) bool { return slices.Equal(s.at, at) })
			if k < 0 {
				sigs = append(sigs, tlcSig{at: at, acts: map[string]int{}})
				k = len(sigs) - 1
			}
			if _, dup := sigs[k].acts[key.String()]; !dup {
				sigs[k].acts[key.String()] = i
			}
			ix.byLeaf[l] = sigs
		}
	}
}

// Label names a step for traces as TLC does: "Grant(c1,s2)" or "Audit".
// It is the label of the TLC action the step belongs to (TLCActionOf):
// the definition the action was found in and the values of that
// definition's own formal parameters. When that cannot be told, it is the
// name of the step's action and the values of the \E on the way to it.
func (sp *Spec) Label(st Step) string {
	if st.Action < 0 || st.Action >= len(sp.Actions) {
		return "?"
	}
	if i := sp.TLCActionOf(st); i >= 0 {
		if l, ok := sp.tlc.split.actions[i].Label(); ok {
			return l
		}
	}
	return sp.leafLabel(st)
}

// leafLabel names a step by its leaf of the static split and the values
// of the \E on the way to it (Step.Action, Step.Params): Label's fallback,
// and how the tests of successor generation tell steps apart.
func (sp *Spec) leafLabel(st Step) string {
	if st.Action < 0 || st.Action >= len(sp.Actions) {
		return "?"
	}
	name := sp.Actions[st.Action].Name
	if len(st.Params) == 0 {
		return name
	}
	parts := make([]string, len(st.Params))
	for i, p := range st.Params {
		parts[i] = p.String()
	}
	return name + "(" + strings.Join(parts, ",") + ")"
}
