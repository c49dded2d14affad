package main

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/wspcycle/wspcycle/model/tlcout"
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/span"
)

// Where the texts of TLC's warnings after a counterexample that stutters
// (printed when model.Report.StutterUnfair) part.
const (
	stutterBook      = " (compare Chapter 8, page 87ff of Specifying Systems at https://lamport.azurewebsites.net/tla/book.html)."
	stutterNoSpec    = "The stuttering counterexample above may be caused by the absence of a behavior specification (SPECIFICATION). Only INIT and NEXT have been provided, so TLC permits infinite stuttering. To rule out such counterexamples, use SPECIFICATION Spec, with Spec asserting a suitable fairness constraint"
	stutterNoFairFmt = "The stuttering counterexample above may be caused by the absence of a fairness constraint in the behavior specification %s defined at %s. To rule out such counterexamples, conjoin a suitable fairness constraint to %s"
)

// tlcStutterWarning is TLC's warning after a counterexample that stutters
// where the property asks more of the behaviour than stuttering, and its
// code: with INIT and NEXT, that no SPECIFICATION was given (2257); with a
// SPECIFICATION, that it has no fairness (2259), naming its definition by
// its whole range (TLC rev cc6b616: "Spec defined at line 6, col 1 to
// line 6, col 26 of module B"). In plain output TLC adds its hint about
// -nowarning. read reads the spec's sources, for the range's end.
func tlcStutterWarning(w *tlcout.Writer, sp *eval.Spec, read func(string) ([]byte, error)) (string, int) {
	msg, code := stutterNoSpec+stutterBook, tlcout.NoSpecButProperty
	if d := sp.SpecDef; d != nil {
		where := d.Name.Name
		if end, ok := span.NewFiles(read).End(d.Body); ok {
			mod := strings.TrimSuffix(filepath.Base(d.Start.Filename), ".tla")
			where = span.Name(d.Start, end, mod)
		}
		msg, code = fmt.Sprintf(stutterNoFairFmt, d.Name.Name, where, d.Name.Name)+stutterBook, tlcout.NoFairnessButLive
	}
	if !w.Tool {
		msg += "\n(Use the -nowarning option to disable this warning.)"
	}
	return msg, code
}
