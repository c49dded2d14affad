package model

import (
	"fmt"
	"github.com/wspcycle/wspcycle/tla/span"
)

// ResultPostcondition: the search is complete and found no error, but the
// cfg's POSTCONDITION is false or cannot be evaluated; its exit code is
// TLC's for a false assumption.
const (
	ResultPostcondition = "postcondition violated"
	ExitAssumption      = 10
)

// checkPostcondition evaluates the cfg's POSTCONDITION once a complete
// search found no error, as TLC does, with TLC's words: "Postcondition P
// at line 7, col 12 to line 7, col 39 of module M is false." or
// "Evaluating postcondition P at ... failed.\n" and the error (TLC's exit
// code 10 for both).
func (c *checker) checkPostcondition(rep *Report) {
	pc := c.sp.Postcondition
	if pc == nil {
		return
	}
	c.runLevel(0) // TLCGet("level") is 0 in a POSTCONDITION
	ok, err := pc.Eval()
	if err == nil && ok {
		return
	}
	where := ""
	if c.opt.ReadSource != nil {
		if f := loadSourceFile(pc.Pos.Filename, c.opt.ReadSource); f != nil {
			if end, found := f.exprEnd(pc.Expr); found {
				where = " at " + SourceRange{Module: span.Module(pc.Pos.Filename), Start: pc.Pos, End: end}.String()
			}
		}
	}
	rep.Result = ResultPostcondition
	rep.Property = pc.Name
	if err != nil {
		rep.Message = fmt.Sprintf("Evaluating postcondition %s%s failed.\n%s", pc.Name, where, evalError(err, 0, 0).msg)
		return
	}
	rep.Message = fmt.Sprintf("Postcondition %s%s is false.", pc.Name, where)
}
