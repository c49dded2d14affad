package eval

import (
	"maps"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// Sets stored inside other values. TLC's set values keep the CostModel
// node of the expression that built them wherever they go (covorigin.go),
// also as a value of a function: msgs = [n \in Node |-> {}] gives each
// node's {} the node of {}, and every later enumeration of msgs[n], in
// whichever state keeps that very value, costs there (ChangRoberts' {} of
// Init costs 470 though it is evaluated 3 times). So:
//
//   - a set constructor that a function constructor's body or an EXCEPT's
//     new value is (or the right operand of a \cup there, or a \ or \cap
//     whose left operand's value was noted: SetEnumValue.diff and .cap
//     keep the left operand's CostModel) is noted as an assignment's is;
//
//   - f[e] and r.h are enumerated where a variable is (covOriginEnum);
//
//   - e \in [D -> SUBSET T] enumerates each value of e's function
//     (SetOfFcnsValue.member asks SubsetValue.member, which enumerates
//     its argument).
//
// Nothing is noted nor looked up without coverage.

// covOriginStore marks what notes the set y stores as a value inside a
// function (node n: the function constructor's, or the EXCEPT update's
// $Pair): a set constructor, a \cup passing its right operand's node on,
// a \ or \cap keeping its left operand's node, also as an IF's or CASE's
// branch or a LET's body (YoYo's mailbox' = [m \in Nodes |-> IF ... THEN
// mailbox[m] \cup {downMsg(n, n)} ELSE mailbox[m]]). The marks are taken
// when each expression is compiled (covStoreFlags), so that no node is
// made before its turn.
func (c *compiler) covOriginStore(n *CovNode, y ast.Expr) {
	if n == nil {
		return
	}
	switch y := ast.Unparen(y).(type) {
	case *ast.SetEnum, *ast.SetMap, *ast.SetFilter:
		c.markStore(y)
	case *ast.Binary:
		if y.Op == token.CUP || y.Op == token.SETMINUS || y.Op == token.CAP {
			c.markStore(y)
		}
	case *ast.If:
		c.covOriginStore(n, y.Then)
		c.covOriginStore(n, y.Else)
	case *ast.Case:
		for _, a := range y.Arms {
			c.covOriginStore(n, a.Value)
		}
		if y.Other != nil {
			c.covOriginStore(n, y.Other)
		}
	case *ast.Let:
		c.covOriginStore(n, y.Body)
	case *ast.Ident:
		// A LET definition whose set constructor is listed under the
		// use (covLetStored).
		c.markStore(y)
	case *ast.OpApp:
		// A definition's body, listed under the application
		// (covAppStored).
		c.markStore(y)
	case *ast.Label:
		c.covOriginStore(n, y.Body)
	}
}

// covElemsStore marks the set constructors among the elements of the set
// enumeration e: TLC's set keeps each element set with its node, so a
// later enumeration of it, through a name bound to it, costs there
// (MCPaxos' Quorum <- {{a1}}: \E Q \in Quorum, then \A a \in Q, costs on
// {a1}).
func (c *compiler) covElemsStore(e *ast.SetEnum) {
	if c.cov == nil {
		return
	}
	for _, x := range e.Elems {
		switch x := ast.Unparen(x).(type) {
		case *ast.SetEnum, *ast.SetMap, *ast.SetFilter:
			c.markStore(x)
		}
	}
}

func (c *compiler) markStore(e ast.Expr) {
	if c.covStore == nil {
		c.covStore = map[ast.Expr]bool{}
	}
	c.covStore[e] = true
}

// covAppStored marks, when the application e of the definition d is a
// value stored (markStore: assigned, or a function's value), what in d's
// body notes the set it stores, for this application's body alone: TLC
// lists the body under the application, and the set it builds keeps the
// node of the body's constructor (CovOrigApp: nbrs = [n \in N |-> nb(n)],
// nb(n) == {m \in N : m # n}, then \E m \in nbrs[1], costs each
// enumeration on nb's filter). The returned function ends the marks.
func (c *compiler) covAppStored(e *ast.OpApp, d *ast.OpDef) func() {
	if c.cov == nil || !c.covStore[e] {
		return func() {}
	}
	saved := c.covStore
	c.covStore = maps.Clone(saved)
	c.covOriginStore(c.cov, d.Body)
	return func() { c.covStore = saved }
}

// covStoreFlags sets on n, the node of e, the marks covOriginStore left
// for e.
func (c *compiler) covStoreFlags(n *CovNode, e ast.Expr) {
	if !c.covStore[e] {
		return
	}
	switch e := e.(type) {
	case *ast.SetEnum, *ast.SetMap, *ast.SetFilter:
		n.origin = true
	case *ast.Binary:
		if e.Op == token.CUP {
			n.cupPass = true
		} else {
			n.keepLeft = true
		}
	}
}

// covKeepLeft wraps the left operand x of a \ or \cap whose node keeps
// the left operand's (keepLeft): its value's node is noted in k.covKeep.
func covKeepLeft(x cx, o *covOrigins) cx {
	fn := x.fn
	x.fn = func(k *ctx) (value.Value, error) {
		v, err := fn(k)
		if err == nil {
			k.covKeep = o.of(v)
		}
		return v, err
	}
	x.into = nil
	return x
}

// covKeepWrap notes the value of a \ or \cap (node n, keepLeft) with the
// node its left operand's value was noted with, if any.
func covKeepWrap(x cx, o *covOrigins) cx {
	fn := x.fn
	x.fn = func(k *ctx) (value.Value, error) {
		saved := k.covKeep
		k.covKeep = nil
		v, err := fn(k)
		m := k.covKeep
		k.covKeep = saved
		if err != nil || m == nil {
			return v, err
		}
		return o.note(v, m), nil
	}
	x.into = nil
	return x
}

// covEnumStored costs each enumeration of a noted set v: each element
// and the end, on the node it was noted with.
func (o *covOrigins) enumStored(v value.Value) {
	if m := o.of(v); m != nil {
		o.charge(m, int64(v.(*value.SetV).Len())+1)
	}
}

// covMemberEnum marks e in e \in y (node n) when y is [D -> SUBSET T]:
// each value of e's function is enumerated.
func (c *compiler) covMemberEnum(n *CovNode, e, y ast.Expr) {
	fs, ok := ast.Unparen(y).(*ast.FuncSet)
	if !ok {
		return
	}
	if u, ok := ast.Unparen(fs.Rng).(*ast.Unary); !ok || u.Op != token.SUBSET {
		return
	}
	e = ast.Unparen(e)
	if covKind(e) {
		n.child(e, e, e).enumRange = true
	}
}

// covNestedWrap adds to x (node n) what enumRange asks for.
func covNestedWrap(x cx, n *CovNode, o *covOrigins) cx {
	if !n.enumRange {
		return x
	}
	fn := x.fn
	x.fn = func(k *ctx) (value.Value, error) {
		v, err := fn(k)
		if err != nil || k.covMute != 0 {
			return v, err
		}
		if f, ok := v.(*value.FcnV); ok {
			for _, e := range f.Elems() {
				o.enumStored(e)
			}
		}
		return v, err
	}
	x.into = nil
	return x
}

// covUnionEnumerated marks x (under n), which is enumerated, when it is
// UNION S with S a set constructor: TLC builds UNION S of enumerated sets
// from their elements directly, without their enumerators, as a set that
// keeps S's node (UnionValue.union), so enumerating it costs its size
// plus one on S's node, and nothing on S's elements' nodes; a UNION asked
// for membership only costs nothing (SimpleAllocator's Resources \
// UNION {alloc[c] : c \in Clients}).
func covUnionEnumerated(n *CovNode, x ast.Expr) {
	u, ok := x.(*ast.Unary)
	if !ok || u.Op != token.UNION {
		return
	}
	s := ast.Unparen(u.X)
	if !setConstructor(s) {
		return
	}
	un := n.child(x, x, x)
	un.unionOf = un.child(s, s, s)
}

// covUnionWrap costs each evaluation of an enumerated UNION S its size
// plus one on S's node m.
func covUnionWrap(x cx, m *CovNode) cx {
	fn := x.fn
	x.fn = func(k *ctx) (value.Value, error) {
		v, err := fn(k)
		if err != nil || k.covMute != 0 || covLUOf(v) != nil {
			// A union TLC keeps lazy costs where it is used
			// (covunionlazy.go).
			return v, err
		}
		if s, ok := v.(value.SetValue); ok {
			if size, err := s.Size(); err == nil {
				m.cost.Add(int64(size) + 1)
			}
		}
		return v, err
	}
	x.into = nil
	return x
}

// covMemberStore marks, for x \in y (node n) with y an enumerated set
// {a, b, ...}, the elements that are sets stored in x: each keeps its
// node as a set assigned does (CovLetSet: x \in {{1, 2}, {3}}, whose
// values a later filter of x enumerates).
func (c *compiler) covMemberStore(n *CovNode, y ast.Expr) {
	se, ok := ast.Unparen(y).(*ast.SetEnum)
	if n == nil || !ok {
		return
	}
	for _, el := range se.Elems {
		c.covOriginStore(n, el)
	}
}

// covLetStored marks, when the use e of the LET definition b stores its
// value inside a function (covOriginStore) and b's body, listed under the
// use, is a set constructor, that body's node to note the set it builds
// (YoYo's incoming' = [incoming EXCEPT ![n] = noSndrs], noSndrs ==
// {msg.sndr : msg \in ...}).
func (c *compiler) covLetStored(e *ast.Ident, b *scope) {
	n := c.covHere(e)
	if n == nil || !c.covStore[e] {
		return
	}
	switch body := covUnwrap(b.op.Body).(type) {
	case *ast.SetEnum, *ast.SetMap, *ast.SetFilter:
		n.child(body, body, body).origin = true
	}
}

// covArgSet is, under coverage, the node of the argument a binder's set e
// names when e is an operator's parameter and the argument a set
// constructor (YoYo's Min({msg.val : msg \in downMsgs}), Min(S) ==
// CHOOSE x \in S : \A y \in S : x <= y): TLC's set keeps that node, and
// each binder enumerating S costs there what it fetched. Nil otherwise.
func (c *compiler) covArgSet(e ast.Expr, en cenv) *CovNode {
	if c.cov == nil {
		return nil
	}
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	b := en.sc.lookup(id.Name)
	if b == nil || b.kind != bArg || b.cov == nil {
		return nil
	}
	arg := ast.Unparen(b.arg)
	if !setConstructor(arg) {
		// A name the cfg replaces by a definition whose body is a set
		// constructor (Echo's IsIrreflexive(anc, Node), Node <- N1):
		// that body's node, under the argument's (covargovr.go).
		return covArgOverride(b.cov, arg)
	}
	m := b.cov.byKey[arg]
	if m == nil || m.lazy != nil {
		return nil
	}
	return m
}

// covBoundOrigin is, under coverage, the table of noted sets when the
// binder's set e is a name bound to a value and has no node of its own
// (node): a quantifier's variable or a parameter, whose value may be a set
// a constructor built inside another set (covElemsStore). Nil otherwise.
func (c *compiler) covBoundOrigin(e ast.Expr, en cenv, node *CovNode) *covOrigins {
	if c.cov == nil || node != nil {
		return nil
	}
	if b, ok := ast.Unparen(e).(*ast.Binary); ok && (b.Op == token.SETMINUS || b.Op == token.CAP) {
		// S \ T and S \cap T keep the node S's value was noted with
		// (covKeepWrap), where each enumeration of theirs costs: \A c
		// \in Acceptor \ {a} of Voting's VoteFor with Acceptor a
		// substitution's set (CovSubEx).
		return c.origins
	}
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	if b := en.sc.lookup(id.Name); b == nil || (b.kind != bSlot && b.kind != bArg) {
		if b == nil && c.substOverrideSet(id, en) {
			return c.origins // covsubstov.go
		}
		return nil
	}
	return c.origins
}

// covArgFetched costs, for a binder over an argument's set (covArg), what
// its loop fetched from s: each element and the end when it went through
// (i < 0), else up to the element i it stopped at, one more but for
// CHOOSE (covStoppedAt).
func (b *binder) covArgFetched(k *ctx, s value.SetValue, i int) {
	if k.covMute != 0 {
		return
	}
	n := b.cov
	if !b.covArg {
		n = nil
		if b.covOrig != nil {
			n = b.covOrig.of(s)
		}
	}
	if n == nil {
		return
	}
	size, err := s.Size()
	if err != nil {
		return
	}
	fetched := int64(size) + 1
	switch {
	case i < 0:
	case b.covChoose:
		fetched = int64(i) + 1
	default:
		fetched = min(int64(i)+2, fetched)
	}
	n.cost.Add(fetched)
}
