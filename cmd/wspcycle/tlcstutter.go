package main

import (
	"fmt"
	"os"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/cfg"
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/source"
)

// TLC's warnings after a counterexample to a temporal property that ends
// in stuttering (tlc2.tool.liveness.Liveness.
// printStutteringCounterExampleWarning, TLC rev cc6b616), when the order
// of solution makes fairness relevant (model.Report.StutterHint): 2259
// when the cfg's SPECIFICATION has no temporal conjunct (no fairness),
// naming the specification and its definition's range; 2257 when the cfg
// gives INIT and NEXT instead (TLC then permits infinite stuttering);
// nothing when the specification has fairness.
const (
	tlcNoSpecButProperty         = 2257 // EC.TLC_CONFIG_NO_SPEC_BUT_PROPERTY
	tlcNoFairnessButLiveProperty = 2259 // EC.TLC_CONFIG_NO_FAIRNESS_BUT_LIVE_PROPERTY
)

// tlcStutterWarning is the warning for sp (run with the cfg cfgPath, ""
// for the one beside tla), or nil when TLC gives none.
func tlcStutterWarning(sp *eval.Spec, tla, cfgPath string) func() (int, string) {
	if len(sp.Fairness) > 0 || len(sp.FairnessFormulas) > 0 {
		return nil
	}
	if cfgPath == "" {
		cfgPath = configBeside(tla)
	}
	src, err := os.ReadFile(cfgPath)
	if err != nil {
		return nil
	}
	conf, err := cfg.Parse(cfgPath, src)
	if err != nil {
		return nil
	}
	if conf.Spec == nil {
		return func() (int, string) {
			return tlcNoSpecButProperty, "The stuttering counterexample above may be caused by the absence of a behavior specification (SPECIFICATION). " +
				"Only INIT and NEXT have been provided, so TLC permits infinite stuttering. To rule out such counterexamples, use SPECIFICATION Spec, " +
				"with Spec asserting a suitable fairness constraint (compare Chapter 8, page 87ff of Specifying Systems at https://lamport.azurewebsites.net/tla/book.html)."
		}
	}
	name := conf.Spec.Name
	where, ok := tlcDefRange(sp, name)
	if !ok {
		return nil
	}
	return func() (int, string) {
		return tlcNoFairnessButLiveProperty, fmt.Sprintf("The stuttering counterexample above may be caused by the absence of a fairness constraint in the behavior specification %[1]s defined at %[2]s. "+
			"To rule out such counterexamples, conjoin a suitable fairness constraint to %[1]s (compare Chapter 8, page 87ff of Specifying Systems at https://lamport.azurewebsites.net/tla/book.html).", name, where)
	}
}

// tlcDefRange is TLC's location of the definition name (OpDefNode.
// getLocation): from its first character to its body's last, in the root
// module or a module it uses.
func tlcDefRange(sp *eval.Spec, name string) (string, bool) {
	mods := []*ast.Module{sp.Module}
	for _, m := range sp.Modules {
		mods = append(mods, m)
	}
	for _, m := range mods {
		if m == nil || m.Name == nil {
			continue
		}
		for _, u := range m.Units {
			d, ok := u.(*ast.OpDef)
			if !ok || d.Name == nil || d.Name.Name != name {
				continue
			}
			r := model.ExprRange(d.Body, source.ReadFile)
			if !r.IsValid() {
				return "", false
			}
			return model.SourceRange{Module: m.Name.Name, Start: d.Start, End: r.End}.String(), true
		}
	}
	return "", false
}
