package eval

import (
	"errors"

	"github.com/wspcycle/wspcycle/tla/value"
)

// TLC computes successors (Tool.getNextStates) by walking the action with
// a list of the conjuncts still to do. Two of its rules change how many
// successors it generates, which TLC reports as "states generated":
//
//   - \A x \in S : A in an action is the conjunction of A for each element
//     of S, not a condition: A may assign primed variables, and a
//     disjunction or \E in A branches. The bodies are taken in TLC's
//     order: the first element's, then the others' from the last to the
//     second (the later ones are pushed on the front of the conjunct list).
//   - Once every primed variable has a value, the rest of the action is
//     evaluated as a formula: a disjunction or \E with several true
//     branches then yields the successor once (allSet, probe).
//
// Multiple binders are enumerated with the first varying fastest, as
// TLC's ContextEnumerator does.

// forallRun is a \A being expanded: its step and the tuples of values of
// its binders, in TLC's order of enumeration.
type forallRun struct {
	st   *step
	ctxs [][]value.Value
}

// errProbe ends a probe: the probed step can be satisfied.
var errProbe = errors.New("probe satisfied")

// allSet reports whether every variable of the next state has a value.
func (k *ctx) allSet() bool {
	if len(k.t) == 0 {
		return false
	}
	for _, v := range k.t {
		if v == nil {
			return false
		}
	}
	return true
}

// probe reports whether seq (one step) can be satisfied in the current
// assignment, stopping at the first way: the step is evaluated for its
// truth, not expanded.
func (k *ctx) probe(seq []step) (bool, error) {
	n := len(k.stack)
	k.stack = append(k.stack, frame{j: -1})
	k.probing = &seq[0]
	err := k.run(seq, 0)
	k.stack = k.stack[:n]
	if err == errProbe {
		return true, nil
	}
	return false, err
}

// forall starts the expansion of the \A step st, whose continuation is
// seq from i.
func (k *ctx) forall(st *step, seq []step, i int) error {
	sets := make([][]value.Value, len(st.bs))
	total := 1
	for j := range st.bs {
		elems, err := evalElems(k, st.bs[j].set)
		if err != nil {
			return boundNotEnumerable(err, st.bs[j:j+1])
		}
		sets[j] = elems
		total *= len(elems)
	}
	if total == 0 {
		return k.run(seq, i)
	}
	// The tuples, the first binder varying fastest; then TLC's order of
	// the bodies: the first tuple, then the last down to the second.
	ctxs := make([][]value.Value, 0, total)
	idx := make([]int, len(sets))
	for {
		t := make([]value.Value, len(sets))
		for j := range sets {
			t[j] = sets[j][idx[j]]
		}
		ctxs = append(ctxs, t)
		j := 0
		for ; j < len(sets); j++ {
			if idx[j]++; idx[j] < len(sets[j]) {
				break
			}
			idx[j] = 0
		}
		if j == len(sets) {
			break
		}
	}
	for a, b := 1, len(ctxs)-1; a < b; a, b = a+1, b-1 {
		ctxs[a], ctxs[b] = ctxs[b], ctxs[a]
	}
	return k.forallFrom(&forallRun{st: st, ctxs: ctxs}, 0, seq, i)
}

// forallFrom runs the body of fa for its j-th tuple, then (through a
// frame) the following ones, then seq from i. The bound slots are restored
// on return, for the branches of earlier bodies still to be tried.
func (k *ctx) forallFrom(fa *forallRun, j int, seq []step, i int) error {
	if j == len(fa.ctxs) {
		return k.run(seq, i)
	}
	st := fa.st
	var saved [4]value.Value
	old := saved[:0]
	for b := range st.bs {
		for _, sl := range st.bs[b].slots {
			old = append(old, k.env[sl])
		}
	}
	restore := func() {
		n := 0
		for b := range st.bs {
			for _, sl := range st.bs[b].slots {
				k.env[sl] = old[n]
				n++
			}
		}
	}
	for b := range st.bs {
		if err := st.bs[b].bind(k, fa.ctxs[j][b]); err != nil {
			restore()
			return err
		}
	}
	if j > 0 && st.cov != nil {
		k.covForallItem(st) // covforall.go
	}
	n := len(k.stack)
	k.stack = append(k.stack, frame{seq: seq, i: i, fa: fa, j: j + 1})
	err := k.run(st.branches[0], 0)
	k.stack = k.stack[:n]
	restore()
	return err
}
