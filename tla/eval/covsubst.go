package eval

// A definition without parameters whose value is a constant (level 0) is
// evaluated by TLC once, before the search (Tool.processConstantDefns):
// its uses list its name, counted, and nothing of its body (CovConstDef:
// Lim[1] is listed alone, not Lim's constructor under it). So is a
// constant of an instantiated module replaced by a constant-level
// expression of the instantiating module (MCChangRoberts' Id ==
// [i \in 1..N |-> i] for ChangRoberts' CONSTANT Id).

// covConstant compiles a definition's body or a substitution (with
// compile) under the current node, and drops the nodes the compilation
// made under it when the result is a constant.
func (c *compiler) covConstant(compile func() cx) cx {
	n := c.cov
	if n == nil {
		return compile()
	}
	before := len(n.Children)
	x := compile()
	if x.dep&(depState|depNext|depEnv|depSide|depRun|depPending) == 0 {
		n.truncate(before)
	}
	return x
}

// truncate drops the children of n made after its first k (n nil:
// nothing).
func (n *CovNode) truncate(k int) {
	if n == nil || len(n.Children) <= k {
		return
	}
	for _, m := range n.Children[k:] {
		delete(n.byKey, m.key)
	}
	n.Children = n.Children[:k]
}
