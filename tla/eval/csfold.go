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

// csBoundFails reports, in a spec loaded for the replay, whether a
// constant bound of bs fails to evaluate: TLC's getActions evaluates the
// bounds of a \E of Next at startup, and its catch makes the whole \E
// one action, which its generator pushes before it evaluates the bound
// again (TLC rev cc6b616: Next == \E i \in {j \in 1..3 : j[1] = 1} :
// x' = i names the \E, then the filter).
func (c *compiler) csBoundFails(bs []binder) bool {
	if c.cs == nil {
		return false
	}
	for _, b := range bs {
		if b.set.fn == nil || b.set.dep&(depState|depNext|depEnv|depRun|depPending) != 0 {
			continue
		}
		if _, _, err := c.foldEval(b.set); err != nil {
			return true
		}
	}
	return false
}

// csBoundFails reports whether the bound of st, an sExists step of Next's
// split in the replay, fails to evaluate here: a bound that depends on an
// outer \E's element cannot be tried while compiling (compiler.
// csBoundFails), but TLC's getActions evaluated it at startup for that
// element, and keeps the \E one action when it failed (TLC rev cc6b616:
// \E i \in {1, 2} : \E j \in {i[1]} : x' = j names the inner \E first).
func (k *ctx) csBoundFails(st *step) bool {
	if st.b.set.fn == nil || st.b.set.dep&depEnv == 0 {
		return false
	}
	s := st.stack
	if s == nil {
		return false
	}
	// Tried off the record: the stack, the values built, the last error.
	fresh, snap, last, caught := s.fresh, s.snap, s.last, s.caughtErr
	n := len(s.frames)
	_, err := st.b.set.fn(k)
	s.frames = s.frames[:n]
	s.fresh, s.snap, s.last, s.caughtErr = fresh, snap, last, caught
	return err != nil
}
