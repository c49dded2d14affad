package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/span"
)

// UnchangedVariableChanged is TLC's code for its warning that a variable
// of an UNCHANGED already had another next-state value
// (EC.TLC_UNCHANGED_VARIABLE_CHANGED).
const UnchangedVariableChanged = 2143

// unchWarn is what a step of an UNCHANGED needs to warn as TLC does.
// TLC's generator (Tool.processUnchanged) warns "The variable x was
// changed while it is specified as UNCHANGED at" and where x is named,
// each time it finds x' already given another value; but once every
// variable has a value the conjuncts left are evaluated as expressions
// (getNextStatesAllAssigned), and UNCHANGED x is then only FALSE. So the
// warning is given when some variable had no value as the UNCHANGED
// began (TLC rev cc6b616: x' = 1 /\ UNCHANGED x /\ y' = 0 warns, x' = 1 /\
// y' = 0 /\ UNCHANGED x does not, x' = 1 /\ UNCHANGED <<y, x>> does).
type unchWarn struct {
	first bool   // the UNCHANGED's first variable
	warn  func() // prints the warning
}

// unchangedWarns gives the steps of an UNCHANGED whose variables the
// names at denote (one per step) their warnings; none when warnings are
// off or the names are not known.
func (c *compiler) unchangedWarns(steps []step, at []*ast.Ident) {
	warn := c.run.warn
	if warn == nil || len(at) != len(steps) || c.cut != nil || c.inEnabled {
		return
	}
	r := c.run
	for i := range steps {
		id := at[i]
		text := "The variable " + c.varNames[steps[i].v] + " was changed while it is specified as UNCHANGED at\n" +
			c.nodeName(id, span.Module(id.Pos().Filename))
		steps[i].unch = &unchWarn{first: i == 0, warn: func() { r.giveWarning(warn, UnchangedVariableChanged, text) }}
	}
}

// warnUnchanged warns for st, a step of an UNCHANGED whose variable was
// changed, when TLC's generator runs that UNCHANGED.
func (k *ctx) warnUnchanged(st *step) {
	if st.unch != nil && k.unchWarnOn {
		st.unch.warn()
	}
}
