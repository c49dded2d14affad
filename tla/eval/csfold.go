package eval

// TLC's replay of a failing computation (CallStackTool) evaluates every
// expression it meets, constant or not: a constant expression written
// inline (PrintT({<<1>>} \cap {[a |-> 1]})) is built again there, and each
// value its constructors build knows its node, which TLC's "unable to
// fingerprint" stack names (callstack_source.go). The search folds such
// expressions while compiling; the spec loaded for the replay does not,
// so that they are built, and recorded, as TLC builds them.
//
// What TLC computes before any replay stays folded, its values knowing no
// node: constant definitions (SpecProcessor evaluates them at startup,
// compiler.atStartup) and the bounds of the \E through which Tool.getActions
// splits Next into actions (csStartup; TLC rev cc6b616: FSetElem, Next ==
// \E t \in {<<1, 2>>} : x' = t[3], names no node).

// csReplayed reports whether the expression being compiled is evaluated
// by TLC's replay: in a spec loaded for it, outside what TLC computes at
// startup.
func (c *compiler) csReplayed() bool { return c.cs != nil && c.csStartup == 0 }

// atTLCStartup compiles with f what TLC evaluates at startup.
func (c *compiler) atTLCStartup(f func()) {
	c.csStartup++
	defer func() { c.csStartup-- }()
	f()
}
