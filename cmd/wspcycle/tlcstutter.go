package main

import (
	"fmt"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/model/tlcout"
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/span"
)

// tlcStutterWarning gives TLC's warning after a counterexample to a
// temporal property that ends in stuttering (tlc2.tool.liveness.Liveness.
// printStutteringCounterExampleWarning, TLC rev cc6b616), printed when the
// order of solution makes fairness relevant (model.Report.StutterHint):
// 2259 when the cfg's SPECIFICATION has no temporal conjunct (no
// fairness), naming the specification and its definition's range; 2257
// when the cfg gives INIT and NEXT instead (TLC then permits infinite
// stuttering). It is nil when the specification has fairness: TLC gives
// none. read reads the spec's sources, for the end of the definition.
func tlcStutterWarning(sp *eval.Spec, read func(string) ([]byte, error)) func() (int, string) {
	if len(sp.Fairness) > 0 || len(sp.FairnessFormulas) > 0 {
		return nil
	}
	d := sp.SpecDef
	if d == nil {
		return func() (int, string) {
			return tlcout.NoSpecButProperty, "The stuttering counterexample above may be caused by the absence of a behavior specification (SPECIFICATION). " +
				"Only INIT and NEXT have been provided, so TLC permits infinite stuttering. To rule out such counterexamples, use SPECIFICATION Spec, " +
				"with Spec asserting a suitable fairness constraint (compare Chapter 8, page 87ff of Specifying Systems at https://lamport.azurewebsites.net/tla/book.html)."
		}
	}
	// TLC's location of the definition (OpDefNode.getLocation): from its
	// first character to its body's last.
	r := model.ExprRange(d.Body, read)
	if !r.IsValid() {
		return nil
	}
	mod := span.Module(d.Start.Filename)
	where := model.SourceRange{Module: mod, Start: d.Start, End: r.End}.String()
	name := d.Name.Name
	return func() (int, string) {
		return tlcout.NoFairnessButLive, fmt.Sprintf("The stuttering counterexample above may be caused by the absence of a fairness constraint in the behavior specification %[1]s defined at %[2]s. "+
			"To rule out such counterexamples, conjoin a suitable fairness constraint to %[1]s (compare Chapter 8, page 87ff of Specifying Systems at https://lamport.azurewebsites.net/tla/book.html).", name, where)
	}
}
