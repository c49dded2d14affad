package eval

import "slices"

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
	return c.covConstantIn(nil, compile)
}

// covConstantIn is covConstant for a definition of the module context m:
// when m is an instance with substitutions, the reads of those the body
// made stay counted at each use (covSubstProxies).
func (c *compiler) covConstantIn(m *modEnv, compile func() cx) cx {
	n := c.cov
	if n == nil {
		return compile()
	}
	before := len(n.Children)
	x := compile()
	if x.dep&(depState|depNext|depEnv|depSide|depRun|depPending) == 0 {
		kept := c.covSubstProxies(n, before)
		n.truncate(before)
		if m == nil || m.ctx == nil || m.ctx.inst == nil || len(m.ctx.subst) == 0 {
			if len(kept) > 0 && m != nil {
				// Evaluated at load by TLC: its uses read nothing.
				x = covMuted(x)
			}
			return x
		}
		c.covKeepProxies(n, kept)
	}
	return x
}

// covSubstProxies are the proxies of substitutions' nodes (covinst.go)
// under the children of n made after its first k. A constant definition
// of a module instantiated with parameters is not evaluated at load by
// TLC (processConstantDefns skips such modules): each use evaluates its
// body again, reading the substitutions (S == 1 .. K of INSTANCE M WITH
// K <- ..., used in \E i \in S, reads K each time: CovSubstDef). Its
// body's nodes are dropped, its reads are not: the proxies stay under
// n, where the folds around the use (covFold) find and replay them. A
// definition of the instantiating module is evaluated at load, even when
// it uses the instance's (Foo == S \X S): its reads are not kept.
func (c *compiler) covSubstProxies(n *CovNode, k int) []*CovNode {
	if c.covInst == nil || len(n.Children) <= k {
		return nil
	}
	var out []*CovNode
	for _, m := range n.Children[k:] {
		m.walk(func(p *CovNode) {
			if p.replay != nil {
				out = append(out, p)
			}
		})
	}
	return out
}

// covKeepProxies makes the proxies kept children of n, lent to it
// (giveBack takes them out once everything is compiled).
func (c *compiler) covKeepProxies(n *CovNode, kept []*CovNode) {
	if len(kept) == 0 {
		return
	}
	for _, p := range kept {
		n.Children = append(n.Children, p)
		for _, is := range c.covInst.byInst {
			if slices.Contains(is.proxies, p) {
				is.lent = append(is.lent, n)
			}
		}
	}
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
