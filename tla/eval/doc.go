// Package eval gives TLA+ modules TLC's meaning. It compiles a parsed
// module and its model configuration into closures over variable slots (no
// lookup by name while exploring), enumerates initial states and successors
// as TLC does, and decomposes the configuration's invariants, constraints,
// properties and fairness into what a model checker needs (see Spec).
//
// Semantics, following TLC:
//
//   - Modules: a spec is its root module and the modules package module
//     loads for it (BuildProgram). Each definition is compiled in its
//     module's context (modenv.go): the root module and the modules it
//     extends share the cfg's constants and the state variables; in an
//     INSTANCE context each constant and variable of the instantiated
//     module denotes its WITH expression (or the same-named symbol),
//     compiled by name where the INSTANCE is written. Since definitions
//     are substitution anyway, INSTANCE, M!Op, M(p)!Op and priming through
//     instances need nothing more; compiled definitions are cached per
//     (definition, context). The cfg's replacements (C <- Op, C <- [M] Op,
//     C = v for a defined C) are looked up before a module's own names.
//
//   - ASSUMEs are evaluated at load time; a false one is an
//     AssumptionError (TLC's exit 10). A cfg with no SPECIFICATION, INIT
//     or NEXT has no initial state.
//
//   - Definitions are substitution: an operator application is expanded at
//     compile time with its arguments as written (call by name), so priming
//     and LET scoping behave as in TLA+. An argument used more than once
//     is evaluated at most once per application, at its first unprimed
//     use (byneed.go). Expressions that depend on neither state nor bound
//     variables are evaluated once, when compiled, or when first needed
//     if they apply a recursive definition (once.go).
//
//   - A recursive function definition f[x \in S] == e is evaluated at the
//     arguments it is applied to; f used as a value is tabulated.
//
//   - A RECURSIVE operator cannot be expanded: its body is compiled once
//     per context into a closure with its parameters in slots, called by
//     value (recursive.go). Operator parameters, LAMBDA and operators
//     passed by name or symbol are substitution too (higherorder.go).
//
//   - Unbounded CHOOSE x : P, \E x : P, \A x : P fail with TLC's message
//     only when evaluated (unbounded.go).
//
//   - Successors: the conjuncts of an action are taken left to right. x' = e
//     assigns x' when it is not yet assigned and compares otherwise;
//     x' \in S branches over S; UNCHANGED v assigns or compares each
//     variable of v; \/, \E, IF and CASE branch; operator applications are
//     expanded; any other conjunct is a guard. A successor with an
//     unassigned variable is TLC's "Successor state is not completely
//     specified" error, carrying the partial state. Init is treated the same
//     way with unprimed variables.
//
//   - Next is split statically into actions through \/, \E (whose bound
//     names become the action's parameters) and operator applications; an
//     action is named after the innermost operator applied on its path.
//
//   - The leading guards of the body of \E x \in S that do not read x are
//     evaluated once before the loop over S (when S is not empty) instead
//     of once per element: the same successors in the same order, the
//     same errors, fewer evaluations (\E c, s : want[c] /\ ...).
//
// Speed: a model checker computes many more successors than it keeps
// (Pool with PoolBig.cfg: 5.9 million for 705,024 states). Spec.NextShared
// therefore hands out each successor in the evaluator's own memory, and
// x' = [x EXCEPT ...] builds the new value of x in one function reused
// from successor to successor (ctx.scratch); the checker copies a
// successor (Step.Keep) only when it is new. Function hashes are sums of
// per-pair terms, so that such a value is hashed from its base's hash in
// two terms (value.FcnV.WithInto).
//   - Errors are *Error values with the position of the expression: CHOOSE
//     without witness, a function applied outside its domain, Head or Tail
//     of <<>>, comparing values TLC cannot compare (1 = "a"; a model value
//     is merely different from every other value), integer overflow
//     (TLC's integers are 32-bit), division by zero, a CASE without a true
//     arm, a false Assert, enumerating an infinite set.
//   - Print(out, val) writes out to standard error and is val (TLC writes it to
//     standard output).
//   - A PROPERTY is split as TLC's SpecProcessor.processConfigProps splits
//     it (property.go): []P with P a state predicate joins the invariants,
//     [][A]_v becomes an action property checked on every step, a state
//     predicate an implied init checked on the initial states, and the
//     rest are temporal parts; \A x \in S : F over a constant S is expanded
//     into one copy of F per element, named e.g. Prop(t1).
//
// Rejected (token.Unsupported at load time, never a silent misreading):
// SYMMETRY, temporal formulas TLC's liveness checker cannot handle
// either (<=> between temporal formulas, quantifiers over sets that depend
// on the state; live.go), WF/SF of an instance whose variables are replaced
// by expressions; specification conjuncts that are actions; TLC operators whose
// value depends on the run (RandomElement, Any, JavaTime, TLCGet, TLCSet).
package eval
