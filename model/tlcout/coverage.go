package tlcout

import (
	"fmt"
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
)

// CoverageItem is one definition in TLC's coverage report.
type CoverageItem struct {
	Name string
	// Head is the range of the definition's head (its name and
	// parameters); Part, when valid, the disjunct of the definition the
	// item counts (TLC prints an unnamed disjunct of Next as
	// "<Next head (l c l c)>").
	Head, Part          model.SourceRange
	Distinct, Generated int64
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

// Coverage is what TLC's coverage report says at the level of
// definitions: the initial predicate and each action with the distinct
// states and the states it generated, and the invariants (named, without
// counts). TLC's per-expression counts, its counts of the variables'
// values and of the constraints are not kept here.
type Coverage struct {
	Init       CoverageItem
	Actions    []CoverageItem
	Invariants []CoverageItem
}

// CoverageReport prints TLC's coverage report (2201 ... 2202) at now.
func (w *Writer) CoverageReport(c Coverage, now time.Time) {
	w.Msg(CoverageStart, ClassNone, fmt.Sprintf("The coverage statistics at %s (see https://explain.tlapl.us/module-coverage-statistics for how to interpret the following statistics).", Date(now)))
	w.Msg(CoverageInit, ClassNone, fmt.Sprintf("<%s>: %d:%d", c.Init.label(), c.Init.Distinct, c.Init.Generated))
	for _, a := range c.Actions {
		w.Msg(CoverageNext, ClassNone, fmt.Sprintf("<%s>: %d:%d", a.label(), a.Distinct, a.Generated))
	}
	for _, p := range c.Invariants {
		w.Msg(CoverageProperty, ClassNone, "<"+p.label()+">")
	}
	w.Msg(CoverageEnd, ClassNone, "End of statistics.")
}
