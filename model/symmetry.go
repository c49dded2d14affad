package model

import (
	"github.com/wspcycle/wspcycle/tla/value"
)

// Symmetry reduction (cfg SYMMETRY), as TLC does it in
// TLCStateMut.fingerPrint: a state is identified with every state a
// permutation of the symmetry group (sp.Symmetry) makes of it, by
// fingerprinting the least of them, comparing the variables' values in
// order (lexicographically) by value.Compare. The group is closed under
// composition, so the least state is the same for every state of an orbit:
// the visited set holds one fingerprint per orbit, and the distinct count is
// the number of orbits reached. The states the search keeps, expands and
// prints in traces are the real ones, never the canonical forms. With a
// VIEW, the view of the least state is fingerprinted (TLC evaluates the
// view on the minimised state).

// canonical returns the least state of t's orbit under the symmetry group;
// t itself when no permutation makes it smaller.
func (c *checker) canonical(t value.State) (value.State, error) {
	least := t
	var vals value.State
next:
	for _, p := range c.sp.Symmetry {
		if vals == nil {
			vals = make(value.State, len(t))
		}
		cmp := 0
		for j, v := range t {
			if v == nil {
				vals[j] = nil
				continue
			}
			if cmp == 0 && least[j] != nil {
				c, pv, err := value.ComparePermuted(v, p, least[j])
				if err != nil {
					return nil, err
				}
				if cmp = c; cmp > 0 {
					continue next // no later variable can make it smaller
				}
				vals[j] = pv
				continue
			}
			pv, err := value.Permute(v, p)
			if err != nil {
				return nil, err
			}
			vals[j] = pv
		}
		if cmp < 0 {
			least, vals = vals, nil
		}
	}
	return least, nil
}

// symFingerprint is the fingerprint of t under symmetry: that of its
// canonical state, or of the canonical state's view.
func (c *checker) symFingerprint(t value.State) (uint64, error) {
	if len(t) == 0 {
		return fpKey(t.Fingerprint()), nil
	}
	least, err := c.canonical(t)
	if err != nil {
		return 0, err
	}
	if c.sp.View == nil {
		return checkedFingerprint(least)
	}
	v, err := c.sp.View(least)
	if err != nil {
		return 0, err
	}
	return checkedFingerprint(value.State{v})
}

// SymmetryLivenessWarning is TLC's warning (2279) for a model with a
// SYMMETRY and temporal properties.
const SymmetryLivenessWarning = "Declaring symmetry during liveness checking is dangerous. It might cause TLC to miss violations of the stated liveness properties. Please check liveness without symmetry defined."

// symmetryWarnings are TLC's warnings about the SYMMETRY: a symmetry set of
// fewer than two elements (found when the spec was built), and symmetry
// with temporal properties (EC.TLC_FEATURE_UNSUPPORTED_LIVENESS_SYMMETRY,
// printed by TLC whenever it checks liveness on a model with symmetry: the
// behaviour graph is then one of orbits, whose cycles need not be cycles
// of real states).
func (c *checker) symmetryWarnings() []string {
	var out []string
	if w := c.sp.SymmetryWarning; w != "" {
		out = append(out, w)
	}
	if c.live != nil && c.sp.Symmetry != nil {
		out = append(out, SymmetryLivenessWarning)
	}
	return out
}
