package value

// Unsourced is v without the nodes its lazy sets know themselves (Src):
// TLC evaluates a constant definition once at startup, outside any
// replay, so that no set in its value names the node that built it, and
// an error in one of its methods is framed as an ordinary error, not as
// "TLC was unable to fingerprint." (golden MemSubsetMV: S == SUBSET {1},
// m \in S). v itself is returned when nothing in it knows a node.
func Unsourced(v Value) Value {
	if !sourcedSet(v) {
		return v
	}
	// Each a copy of the whole struct, so that no other field (CupV's
	// Bad, the error a lazy UNION keeps for its first use) is lost.
	switch s := v.(type) {
	case *SubsetV:
		c := *s
		c.Src, c.Base = nil, unsourcedSet(s.Base)
		return &c
	case *FcnSetV:
		c := *s
		c.Src, c.Dom, c.Rng = nil, unsourcedSet(s.Dom), unsourcedSet(s.Rng)
		return &c
	case *RcdSetV:
		c := *s
		c.Src, c.Sets = nil, unsourcedSets(s.Sets)
		return &c
	case *ProductV:
		c := *s
		c.Src, c.Sets = nil, unsourcedSets(s.Sets)
		return &c
	case *CupV:
		c := *s
		c.Src, c.A, c.B = nil, unsourcedSet(s.A), unsourcedSet(s.B)
		return &c
	case *CapV:
		c := *s
		c.Src, c.A, c.B = nil, unsourcedSet(s.A), unsourcedSet(s.B)
		return &c
	case *DiffV:
		c := *s
		c.Src, c.A, c.B = nil, unsourcedSet(s.A), unsourcedSet(s.B)
		return &c
	case *MixedSetV:
		c := *s
		c.Src, c.Inner = nil, nil
		return &c
	}
	return v
}

// sourcedSet reports whether v, or a set it is built on, knows its node.
func sourcedSet(v Value) bool {
	switch s := v.(type) {
	case *SubsetV:
		return s.Src != nil || sourcedSet(s.Base)
	case *FcnSetV:
		return s.Src != nil || sourcedSet(s.Dom) || sourcedSet(s.Rng)
	case *RcdSetV:
		return s.Src != nil || anySourced(s.Sets)
	case *ProductV:
		return s.Src != nil || anySourced(s.Sets)
	case *CupV:
		return s.Src != nil || sourcedSet(s.A) || sourcedSet(s.B)
	case *CapV:
		return s.Src != nil || sourcedSet(s.A) || sourcedSet(s.B)
	case *DiffV:
		return s.Src != nil || sourcedSet(s.A) || sourcedSet(s.B)
	case *MixedSetV:
		return s.Src != nil || len(s.Inner) > 0
	}
	return false
}

func anySourced(ss []SetValue) bool {
	for _, s := range ss {
		if sourcedSet(s) {
			return true
		}
	}
	return false
}

func unsourcedSet(s SetValue) SetValue {
	if u, ok := Unsourced(s).(SetValue); ok {
		return u
	}
	return s
}

func unsourcedSets(ss []SetValue) []SetValue {
	out := make([]SetValue, len(ss))
	for i, s := range ss {
		out[i] = unsourcedSet(s)
	}
	return out
}
