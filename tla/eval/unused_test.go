package eval_test

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/token"
)

// TestUnusedDefinitionErrors: SANY resolves every module of a spec in
// full, so a definition that nothing uses but that names an undefined
// operator stops TLC with a semantic error (exit 150), wherever the
// module is: extended from the spec's folder (UnusedExt: "Unknown
// operator: `Undef'" at line 4, col 11 of UnusedExtLib), instantiated,
// here twice (UnusedInst: `Missing' at 5:13 of UnusedInstMod, reported
// once), extended from the library path (UnusedLib, TLC run with
// -DTLA-Library=lib: `NoSuchOp' at 3:8 of UnusedLibMod), nested in the
// spec and never instantiated (UnusedNested: `Nowhere' at 9:8; its Ok
// uses Lim of the enclosing module, which is no error), or written as
// \subset, which no standard module defines (UnusedSubset: "Couldn't
// resolve infix operator symbol `\subset'" at 2:19 of UnusedSubsetLib).
// The loader compiles only what the spec uses, so each of these was a
// wrong "no error" before every module was checked.
func TestUnusedDefinitionErrors(t *testing.T) {
	dir := filepath.Join("testdata", "modules", "unused")
	lib := filepath.Join(dir, "lib")
	for _, tc := range []struct{ spec, want string }{
		{"UnusedExt", filepath.Join(dir, "UnusedExtLib.tla") + ":4:11: undefined name Undef"},
		{"UnusedInst", filepath.Join(dir, "UnusedInstMod.tla") + ":5:13: undefined name Missing"},
		{"UnusedLib", filepath.Join(lib, "UnusedLibMod.tla") + ":3:8: undefined name NoSuchOp"},
		{"UnusedNested", filepath.Join(dir, "UnusedNested.tla") + ":9:8: undefined name Nowhere"},
		{"UnusedSubset", filepath.Join(dir, "UnusedSubsetLib.tla") + `:2:19: undefined operator \subset`},
	} {
		t.Run(tc.spec, func(t *testing.T) {
			_, err := eval.LoadFiles(filepath.Join(dir, tc.spec+".tla"), filepath.Join(dir, tc.spec+".cfg"), lib)
			var list token.ErrorList
			if !errors.As(err, &list) || len(list) != 1 || list[0].Error() != tc.want {
				t.Errorf("got %v\nwant the one error %s", err, tc.want)
			}
		})
	}
}

// TestUnusedDefinitionsAccepted: what SANY accepts in a module other than
// the root stays accepted even where the evaluator lacks it, since an
// unused definition is never evaluated (UnusedUnsupported: Reals' / and
// \AA in unused definitions; TLC: no error, x in 0..1, 2 distinct states,
// 3 generated); a variable and a constant declared twice are SANY's
// warnings only ("Multiple declarations or definitions for symbol x"),
// and TLC runs the spec with the one name (Redeclared: x in 0..3 for
// N = 3, 4 distinct states, 5 generated). A standard module with a file
// on the library path is that file for SANY (Shadowed, TLC run with
// -DTLA-Library=shadow: SANY parses shadow/Bags.tla, which has no CopiesIn,
// so ShadowLib's CopiesIn clashes with nothing and its Extra is defined;
// x in 0..2, 3 distinct states, 4 generated): a module that uses one is
// left unchecked rather than checked against the built-in names.
func TestUnusedDefinitionsAccepted(t *testing.T) {
	dir := filepath.Join("testdata", "modules", "unused")
	for _, tc := range []struct {
		spec                string
		distinct, generated int64
	}{
		{"UnusedUnsupported", 2, 3},
		{"Redeclared", 4, 5},
		{"Shadowed", 3, 4},
	} {
		t.Run(tc.spec, func(t *testing.T) {
			sp, err := eval.LoadFiles(filepath.Join(dir, tc.spec+".tla"), filepath.Join(dir, tc.spec+".cfg"), filepath.Join(dir, "shadow"))
			if err != nil {
				t.Fatal(err)
			}
			rep, err := model.Check(context.Background(), sp, model.Options{Workers: 1})
			if err != nil {
				t.Fatal(err)
			}
			if rep.Result != model.ResultOK || rep.Distinct != tc.distinct || rep.Generated != tc.generated {
				t.Errorf("%s with %d distinct, %d generated; want %s with %d, %d",
					rep.Result, rep.Distinct, rep.Generated, model.ResultOK, tc.distinct, tc.generated)
			}
		})
	}
}
