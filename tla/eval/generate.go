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

// shuffled is the order TLC's generation mode takes a \E's n elements in
// (its RANDOMIZED enumeration): a uniform permutation.
func (k *ctx) shuffled(n int) []int {
	order := make([]int, n)
	for j := range order {
		order[j] = j
	}
	for j := n - 1; j > 0; j-- {
		r := k.one.NextInt(j + 1)
		order[j], order[r] = order[r], order[j]
	}
	return order
}
