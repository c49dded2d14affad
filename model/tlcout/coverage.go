package tlcout

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/wspcycle/wspcycle/model"
)

// TLC's coverage message codes (tlc2.output.EC).
const (
	CoverageStart    = 2201 // "The coverage statistics at ..."
	CoverageEnd      = 2202 // "End of statistics."
	CoverageNext     = 2772 // an action of Next: "<A range>: distinct:generated"
	CoverageInit     = 2773 // the initial predicate: "<Init range>: distinct:generated"
	CoverageProperty = 2774 // an invariant: "<Inv range>"
	// CoverageConstraint is a constraint: "<C range>: admitted:evaluated".
	CoverageConstraint = 2778
	CoverageValue      = 2221 // an expression: "  |range: count"
	CoverageValueCost  = 2775 // an expression with a cost: "  |range: count:cost"
	CoverageVarCount   = 2779 // a variable: "<x range>: values"
)

// CoverageVar is a variable in TLC's coverage report: the number of its
// values (TLC's HyperLogLog estimate, eval.Coverage.ValueCounts).
type CoverageVar struct {
	Name   string
	Decl   model.SourceRange
	Values int64
}

// CoverageItem is one definition in TLC's coverage report.
type CoverageItem struct {
	Name string
	// Head is the range of the definition's head (its name and
	// parameters); Part, when valid, the disjunct of the definition the
	// item counts (TLC prints an unnamed disjunct of Next as
	// "<Next head (l c l c)>").
	Head, Part          model.SourceRange
	Distinct, Generated int64
	// Lines are the per-expression counts under the definition.
	Lines []model.CoverageLine
}

// label is the item between < and >.
func (it CoverageItem) label() string {
	s := it.Name
	if it.Head.IsValid() {
		s += " " + it.Head.String()
	}
	if it.Part.IsValid() {
		s += fmt.Sprintf(" (%d %d %d %d)", it.Part.Start.Line, it.Part.Start.Col, it.Part.End.Line, it.Part.End.Col)
	}
	return s
}

// Coverage is what TLC's coverage report says: the initial predicate and
// each action with the distinct states and the states it generated, the
// invariants (named, without counts) and the constraints, each with its
// per-expression lines, after the count of the values of each variable.
type Coverage struct {
	// Vars are the variables, in TLC's order, each with its declaration's
	// range and TLC's estimate of the number of its values (2779).
	Vars []CoverageVar
	Init CoverageItem
	// InitMore are the initial predicate's later conjuncts, each an
	// entry of its own after Init (TLC's init predicates).
	InitMore   []CoverageItem
	Actions    []CoverageItem
	Invariants []CoverageItem
	// Constraints are the ACTION_CONSTRAINTs then the CONSTRAINTs, as TLC
	// lists them, with Distinct the states (or steps) they admitted and
	// Generated those they were evaluated on.
	Constraints []CoverageItem
}

// CoverageReport prints TLC's coverage report (2201 ... 2202) at now.
func (w *Writer) CoverageReport(c Coverage, now time.Time) {
	w.Msg(CoverageStart, ClassNone, fmt.Sprintf("The coverage statistics at %s (see https://explain.tlapl.us/module-coverage-statistics for how to interpret the following statistics).", Date(now)))
	for _, v := range c.Vars {
		w.Msg(CoverageVarCount, ClassNone, fmt.Sprintf("<%s %s>: %d", v.Name, v.Decl, v.Values))
	}
	w.Msg(CoverageInit, ClassNone, fmt.Sprintf("<%s>: %d:%d", c.Init.label(), c.Init.Distinct, c.Init.Generated))
	w.coverageLines(c.Init.Lines)
	for _, p := range c.InitMore {
		w.Msg(CoverageInit, ClassNone, fmt.Sprintf("<%s>: %d:%d", p.label(), p.Distinct, p.Generated))
		w.coverageLines(p.Lines)
	}
	for _, a := range c.Actions {
		w.Msg(CoverageNext, ClassNone, fmt.Sprintf("<%s>: %d:%d", a.label(), a.Distinct, a.Generated))
		w.coverageLines(a.Lines)
	}
	for _, p := range c.Invariants {
		w.Msg(CoverageProperty, ClassNone, "<"+p.label()+">")
		w.coverageLines(p.Lines)
	}
	for _, p := range c.Constraints {
		w.Msg(CoverageConstraint, ClassNone, fmt.Sprintf("<%s>: %d:%d", p.label(), p.Distinct, p.Generated))
		w.coverageLines(p.Lines)
	}
	w.Msg(CoverageEnd, ClassNone, "End of statistics.")
}

// coverageLines prints the per-expression lines under a definition:
// TLC's "  " and one "|" a level, the range and the count (2221), or the
// count and the cost (2775).
func (w *Writer) coverageLines(lines []model.CoverageLine) {
	for _, l := range lines {
		text := "  " + strings.Repeat("|", l.Level) + l.Range.String() + ": " + strconv.FormatInt(l.Count, 10)
		if l.Cost > 0 {
			w.Msg(CoverageValueCost, ClassNone, text+":"+strconv.FormatInt(l.Cost, 10))
			continue
		}
		w.Msg(CoverageValue, ClassNone, text)
	}
}
