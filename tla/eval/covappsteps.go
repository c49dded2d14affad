package eval

// An application of an operator with parameters that an action's
// conjunct expands into steps, after the same application was compiled
// as an expression (covCondGuard compiles a condition first as the
// expression TLC evaluates once every variable has a value, marking the
// application's node evalApp): the expansion's uses of the arguments
// must still count once per application, as TLC's successor generator
// evaluates each argument's LazyValue once per application. Its
// applications are counted by the step covEnabledApp puts first, as for
// ENABLED, not by the node's count, which only the expression's
// evaluations advance (spanning's Send(i) == \E k \in Proc: /\ CanSend(i,
// k) /\ (<<i, k>> \notin msg): CanSend's arguments were never counted
// again after the first, and not listed; CovAppSteps).

// covStepsApp clears, while an application's body (its parameters bound
// in de) is expanded into steps, the mark of its node that an expression
// compiled before set, and returns what puts it back.
func (c *compiler) covStepsApp(de cenv) (restore func()) {
	b := de.sc
	if c.cov == nil || b == nil || b.kind != bArg || b.cov == nil || !b.cov.evalApp {
		return func() {}
	}
	n := b.cov
	n.evalApp = false
	return func() { n.evalApp = true }
}
