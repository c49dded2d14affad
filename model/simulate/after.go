package simulate

import (
	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// AfterViolation is what a run does once a behaviour has broken the spec.
//
// TLC's simulator (tlc2.tool.Simulator and SimulationWorker, rev cc6b616)
// splits the work: its worker generates behaviours and puts each verdict on
// a queue, going on with its next behaviour; the main thread takes the
// verdict, prints it with the counts of that moment, and (without
// -continue) then stops the worker. How far the worker got by then is a
// race: with -simulate num=5 on model/testdata/tlc/dumptrace/SimDet.tla,
// whose every behaviour fails at its fourth state, the worker has finished
// all 5 behaviours (16 states) before the report is printed; with num=100
// TLC reported 91 or 92 behaviours, with a larger num or none anything
// between 43 and 111 (runs on a shared 2-core machine). The
// worker itself stops at once after an exception out of a behaviour (an
// evaluation error in Next or a CONSTRAINT, a liveness violation), and it
// counts a behaviour when it begins it.
type AfterViolation int

const (
	// Stop ends the run with the behaviour that broke the spec (wspcycle
	// simulate, whose report names that behaviour).
	Stop AfterViolation = iota
	// GoOnAsTLC reports the first violation, as Stop does, but first
	// generates the behaviours TLC's worker generates while its main
	// thread reports it: the next ones up to Runs, but, to stay
	// reproducible and short however large Runs is, at most
	// GraceBehaviours more behaviours and GraceStates more states (the
	// behaviour in progress then is cut, and counted, as TLC's worker
	// counts the one it is stopped in). Their verdicts are not reported.
	GoOnAsTLC
	// ContinueAsTLC is TLC's -continue: every violation is reported
	// (Result.Violations) and the run goes on to Runs behaviours, except
	// after a verdict TLC never continues after (an evaluation error of an
	// invariant or action property, an incompletely specified successor:
	// then as GoOnAsTLC; an exception out of a behaviour: then as Stop).
	ContinueAsTLC
)

// The bounds of GoOnAsTLC's behaviours after the violation: about what
// TLC's worker generates on small specs while its main thread reports.
const (
	GraceBehaviours = 100
	GraceStates     = 10000
)

// maxViolations bounds the violations ContinueAsTLC keeps with their
// traces (each up to Depth states); the others are only counted.
const maxViolations = 1000

// Violation is one behaviour's verdict, with its trace.
type Violation struct {
	Behaviour int // 1-based
	Result    string
	Property  string
	Message   string
	Pos       token.Pos
	Expr      ast.Expr // the expression that raised an evaluation error
	Trace     []model.TraceState
	LoopBack  int
	LoopStep  model.TraceState
	// Violated and NoneViolated: as in model.Report.
	Violated     []string
	NoneViolated bool
	// Stops: the run did not go on after this verdict as far as TLC's
	// main thread is concerned (its report ends with this violation).
	Stops bool
}

// take moves the verdict of behaviour k out of the result (which is OK
// again afterwards) into a Violation.
func (s *simulator) take(k int) *Violation {
	r := s.res
	v := &Violation{Behaviour: k, Result: r.Result, Property: r.Property, Message: r.Message, Pos: r.Pos, Expr: r.Expr,
		Trace: r.Trace, LoopBack: r.LoopBack, LoopStep: r.LoopStep, Violated: r.Violated, NoneViolated: r.NoneViolated}
	if v.Trace == nil {
		v.Trace = s.path
	}
	if v.LoopBack == 0 {
		model.MarkChanged(v.Trace)
	}
	r.Result, r.Property, r.Message, r.Pos, r.Expr = model.ResultOK, "", "", token.Pos{}, nil
	r.Trace, r.LoopBack, r.LoopStep = nil, 0, model.TraceState{}
	r.Violated, r.NoneViolated = nil, false
	return v
}

// set makes v the result's verdict.
func (r *Result) set(v *Violation) {
	r.Result, r.Property, r.Message, r.Pos, r.Expr = v.Result, v.Property, v.Message, v.Pos, v.Expr
	r.Trace, r.LoopBack, r.LoopStep, r.Failing = v.Trace, v.LoopBack, v.LoopStep, v.Behaviour
	r.Violated, r.NoneViolated = v.Violated, v.NoneViolated
}

// continuable reports whether TLC's -continue goes on after the verdict:
// an invariant or action property violated, or a deadlock.
func continuable(result string) bool {
	switch result {
	case model.ResultInvariant, model.ResultActionProperty, model.ResultDeadlock:
		return true
	}
	return false
}

// ViolationReport is v in a model.Report, for the writers shared with the
// checker, as Report is for the result's own verdict.
func (r *Result) ViolationReport(v *Violation) *model.Report {
	return &model.Report{Spec: r.Spec, Source: r.Source, Vars: r.Vars, VarOrder: r.VarOrder, Result: v.Result, Property: v.Property,
		Message: v.Message, Pos: v.Pos, Expr: v.Expr, Trace: v.Trace, LoopBack: v.LoopBack, LoopStep: v.LoopStep, Ranges: r.Ranges,
		Violated: v.Violated, NoneViolated: v.NoneViolated}
}
