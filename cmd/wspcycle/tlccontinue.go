package main

import (
	"sync"
	"time"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/model/tlcout"
)

// TLC's -continue goes on after an invariant is violated: it prints each
// violation with its trace as it finds it, in the middle of its search
// (the spec's Print output before and after it as TLC's one worker
// prints it), explores the whole state space (violating states
// included), and ends as a run without violation would: "Model checking
// completed. No error has been found." and exit 0 (TLC rev cc6b616 on
// InvFail: two violations, then the full space's 23 generated and 15
// distinct states). A deadlock, an evaluation error or a property
// violated still ends the run with its verdict. The checker reports each
// violation as it finds it (model.Options.Continue); this prints it.

// continuePrinter prints the violations of a -continue run as they are
// found, with opt (the run's trace options, set before the search), and
// sums what TLC's rebuilding of their traces adds to the coverage counts.
type continuePrinter struct {
	w   *tlcout.Writer
	opt tlcout.TraceOptions
	mu  sync.Mutex
	cov *model.CovRebuild
	// warnings are the reports' warnings (a trace that could not be
	// rebuilt, an ALIAS not shown), each once, for the run's report.
	warnings []string
	seen     map[string]bool
}

// print is model.Options.Continue.
func (p *continuePrinter) print(rep *model.Report) {
	p.mu.Lock()
	defer p.mu.Unlock()
	opt := p.opt
	opt.Ranges = rep.Ranges
	p.cov = p.cov.Add(rep.CovRebuild)
	p.w.Verdict(rep, opt, time.Now())
	for _, msg := range rep.Warnings {
		if !p.seen[msg] {
			if p.seen == nil {
				p.seen = map[string]bool{}
			}
			p.seen[msg] = true
			p.warnings = append(p.warnings, msg)
		}
	}
}

// continuedPostcondition evaluates the POSTCONDITION of a -continue run
// that ended without another violation, as TLC evaluates it at the end of
// its search (model.Options DeferPostcondition): false, it is the run's
// verdict (exit 10).
func continuedPostcondition(rep *model.Report) {
	post := rep.PostconditionAfter
	if rep.Result != model.ResultOK || post == nil {
		return
	}
	rep.PostconditionAfter = nil
	if msg := post(); msg != "" {
		rep.Result = model.ResultPostcondition
		rep.Message = msg
	}
}
