package eval

import "github.com/wspcycle/wspcycle/tla/ast"

// SANY makes a field of a record constructor [a |-> e] a $Pair of the
// field's name and e, and an update ![i].f = e of an EXCEPT a $Pair of a
// $Seq of the path's components and e (the $Seq located as the pair).
// TLC evaluates e, and the path's indices, under those nodes, which count
// nothing themselves: a pair is listed from the field's name, or from the
// !, when its subtree counts one number (DiningPhilosophers' clean |->
// FALSE: "line 148, col 28 to line 148, col 42"), and otherwise its
// children are listed in its place (holder |-> IF ... lists the IF).

// covPair makes a node for key (from..to) under the current one the
// current node, and returns what restores the current node; nothing
// without coverage.
func (c *compiler) covPair(key any, from, to ast.Expr) func() {
	if c.cov == nil {
		return func() {}
	}
	saved := c.cov
	c.cov = c.cov.child(key, from, to)
	return func() { c.cov = saved }
}

// covExceptPair makes the $Pair node of the EXCEPT update u the current
// node (covPair), and returns what restores it and what makes its $Seq
// node the current one (for the path's indices).
func (c *compiler) covExceptPair(u *ast.ExceptUpdate) (restore func(), seq func() func()) {
	bang := &ast.Ident{NamePos: u.Bang, Name: "!"}
	restore = c.covPair(u, bang, u.Value)
	seq = func() func() { return c.covPair(&u.Path, bang, u.Value) }
	return restore, seq
}
