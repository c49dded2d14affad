package eval

import "github.com/wspcycle/wspcycle/tla/value"

// NextOfOne yields the successors of s by the action a of TLCActions as
// TLC's generation mode (-generate: Tool's probabilistic getNextStates,
// rev cc6b616) computes them: a disjunction tries its disjuncts from a
// random one by a random prime stride, a \E its elements in a random
// order, and each stops at the first branch that yields a successor
// (with the rest of the action). Every other construct enumerates as
// NextOf does (x' \in S yields each element), so more than one successor
// may still come. Without TLC's split of Next it is NextOf.
func (sp *Spec) NextOfOne(s value.State, a *TLCAction, rnd Random, yield func(Step) error) error {
	if sp.tlc == nil || rnd == nil {
		return sp.NextOf(s, a, yield)
	}
	return sp.nextOfAction(s, a, rnd, yield)
}

// ProbabilisticCase is TLC's UnsupportedOperationException when its
// generation mode meets a CASE among an action's steps (Tool's
// getNextStates under PROBABLISTIC, rev cc6b616), whatever its arms.
const ProbabilisticCase = "Probabilistic evaluation of next-state relation not implemented for CASE yet."

// orOne runs the disjunction st as TLC's generation mode does: from a
// random disjunct by a random prime stride (modulo their number), until
// one has yielded a successor.
func (k *ctx) orOne(st *step, seq []step, i int) error {
	n := len(st.branches)
	index := int(k.one.NextDouble() * float64(n))
	p := k.one.NextPrime()
	before := k.nemit
	for range n {
		if err := k.branch(st.branches[index], seq, i); err != nil {
			return err
		}
		if k.nemit > before {
			return nil
		}
		index = (index + p) % n
	}
	return nil
}

// splitOr reports whether the disjunction st is one TLC split into
// actions (Tool.getActions): its leaves reach beyond the action being
// run, k.only. TLC runs the action alone, without evaluating that
// disjunction, so generation mode draws nothing for it (TLC rev cc6b616:
// Next == A \/ B draws as -simulate does).
func (k *ctx) splitOr(st *step) bool {
	if k.only == nil {
		return false
	}
	r, ok := k.onlyRanges[st]
	return ok && (r[0] < k.only.Lo || r[1] > k.only.Hi)
}

// shuffled is the order TLC's generation mode takes a \E's n elements in
// (Tool's OPCODE_be under PROBABLISTIC, rev cc6b616): its RANDOMIZED
// enumeration of the bound set, EnumerableValue.SubsetEnumerator(n) over
// the set's elements in TLC's order, the same generator as RandomSubset's
// (randomSubset: x -> a*x + c mod m from nextInt(n), c a prime, indices
// past n skipped), a permutation since n steps of a full-period generator
// over m >= n meet each index below n once. It draws from the thread's
// generator of TLC's enumerable values (RandomEnumerableValues: the
// simulation worker's new Random(seed), Run.Random), not from the
// worker's RandomGenerator that picks actions and disjuncts (k.one).
func (k *ctx) shuffled(n int) []int {
	if n == 0 {
		return nil // TLC draws nothing for an empty set
	}
	rnd := k.one
	if k.prog.run != nil {
		if r := k.prog.run.Random(); r != nil {
			rnd = r
		}
	}
	m, a := lcgParams(n)
	index := rnd.NextInt(n)
	c := int64(rnd.NextPrime())
	order := make([]int, n)
	for j := range order {
		for {
			index = int((a*int64(index) + c) % int64(m))
			if index < n {
				break
			}
		}
		order[j] = index
	}
	return order
}

// existsOrder is the order generation mode takes the n elements of st's
// bound set in. TLC's ContextEnumerator makes the enumerators of all the
// binders of a \E, first to last, before it binds any (each drawing its
// order), then varies the first fastest, each enumerator repeating its
// order on every pass (its generator's indices below n recur with period
// n). The outermost step of several binders (the last binder's) draws
// them all, leaving the inner ones' orders in k.genOrders.
func (k *ctx) existsOrder(st *step, n int) ([]int, error) {
	if st.grouped {
		if o, ok := k.genOrders[st.b.slots[0]]; ok && len(o) == n {
			return o, nil
		}
		return k.shuffled(n), nil
	}
	if st.group == nil {
		return k.shuffled(n), nil
	}
	if k.genOrders == nil {
		k.genOrders = map[int][]int{}
	}
	var own []int
	for j, b := range st.group {
		m := n
		if j < len(st.group)-1 {
			elems, err := evalElems(k, b.set)
			if err != nil {
				return nil, err
			}
			m = len(elems)
		}
		o := k.shuffled(m)
		if j == len(st.group)-1 {
			own = o
		} else {
			k.genOrders[b.slots[0]] = o
		}
	}
	return own, nil
}
