package value

// TLC keeps a union lazy when a member is not an enumerated set (UNION
// {{<<1, 1>>}, 1..2}: its UnionValue; S \cup T of sets that are not both
// enumerated: its SetCupValue), and a filter of such a union too
// (SetPredValue). x \in S in an action walks such a set's enumerator
// (elements()), which gives each operand's elements in turn and compares
// none, so elements TLC cannot sort together are no error there; only an
// operation that normalises the set (=, Cardinality, CHOOSE, \E, a state
// holding it) sorts them and fails (TLC rev cc6b616: x \in UNION
// {{<<1, 1>>}, 1..2} has 3 initial states; golden setbound/UnsortedIn).

// WalkUnsorted is the elements of s as TLC's enumerator gives them,
// duplicates included, for a lazy union or a filter of one; ok is false
// for any other set, or when an operand cannot be enumerated (the
// caller reports its own error). err is a filter's predicate failing.
func WalkUnsorted(s SetValue) (elems []Value, ok bool, err error) {
	switch x := s.(type) {
	case *CupV:
		if x.Bad != nil {
			return nil, false, nil
		}
		e, werr := x.Walked()
		if werr != nil {
			return nil, false, nil
		}
		return e, true, nil
	case *FilterV:
		if x.Walk != nil {
			return nil, false, nil
		}
		base, ok, err := WalkUnsorted(x.Base)
		if !ok || err != nil {
			return nil, ok, err
		}
		out, err := x.keep(base)
		return out, true, err
	}
	return nil, false, nil
}

// keep is the elements of vs the filter's predicate holds for, in order.
func (s *FilterV) keep(vs []Value) ([]Value, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Value
	for _, v := range vs {
		in, err := s.Pred(v)
		if err != nil {
			return nil, err
		}
		if in {
			out = append(out, v)
		}
	}
	return out, nil
}

// HasUnsortedOperand reports whether s is a function, record or tuple set
// an operand of which is a union TLC cannot sort (WalkUnsorted), which
// TLC's enumerator walks: x \in [{1} -> UNION {{<<1, 1>>}, 1..2}] in an
// action has 3 states (TLC rev cc6b616).
func HasUnsortedOperand(s SetValue) bool {
	var ops []SetValue
	switch x := s.(type) {
	case *FcnSetV:
		ops = []SetValue{x.Rng}
	case *RcdSetV:
		ops = x.Sets
	case *ProductV:
		ops = x.Sets
	}
	for _, o := range ops {
		if unsortedSet(o) {
			return true
		}
	}
	return false
}

// unsortedSet reports whether s is a lazy union (or a filter of one) that
// fails to enumerate only because TLC cannot sort its elements: not too
// large, every operand enumerable.
func unsortedSet(s SetValue) bool {
	_, err := s.Enum()
	if err == nil || TooLarge(err) {
		return false
	}
	_, ok, _ := WalkUnsorted(s)
	return ok
}
