package eval

// Recursive definitions still being compiled. An application of a
// recursive operator or function met while its body is being compiled
// (a call in its own body, or in a definition that body uses) does not
// know yet what the body reads: K == R(2) used inside R, where R reads
// x, looks constant. Each recursive definition compiles at a nesting
// level (how many others are compiling around it); an application of an
// incomplete one lowers compiler.pendingMin to that level. When a
// definition's compilation ends, the levels at or above its own are
// complete; one below means it used an enclosing definition not yet
// compiled: a recursive definition is then tainted (its applications
// carry depPending for good), and a definition without parameters is not
// evaluated once for all (onceValue, constantDef).

const noPending = int(^uint(0) >> 1)

// pendingOn notes an application of a recursive definition compiled at
// level, not yet ready.
func (c *compiler) pendingOn(level int, ready bool) {
	if !ready {
		c.pendingMin = min(c.pendingMin, level)
	}
}

// pendingWithin compiles f and reports whether it applied a recursive
// definition that is still incomplete afterwards (one compiling around
// it).
func (c *compiler) pendingWithin(f func()) bool {
	outer := c.pendingMin
	c.pendingMin = noPending
	f()
	mine := c.pendingMin
	c.pendingMin = min(outer, mine)
	return mine < c.recCompiling
}

// compileRecursive compiles the body of a recursive definition at the
// next level (f) and reports whether it is tainted: it applied an
// enclosing definition still being compiled.
func (c *compiler) compileRecursive(f func()) (level int, tainted bool) {
	level = c.recCompiling
	outer := c.pendingMin
	c.pendingMin = noPending
	c.recCompiling++
	f()
	c.recCompiling--
	mine := c.pendingMin
	if mine >= level {
		mine = noPending // itself and what it compiled: complete now
	}
	c.pendingMin = min(outer, mine)
	return level, mine < level
}
