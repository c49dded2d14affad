package main

import (
	"path/filepath"
	"testing"

	"github.com/wspcycle/wspcycle/model"
)

// unusedDir holds specs whose module other than the root has a definition
// that nothing uses but that names an undefined operator: TLC stops on
// each with SANY's semantic error, exit 150 (the TLC runs are explained
// in tla/eval's TestUnusedDefinitionErrors).
var unusedDir = filepath.Join("..", "..", "tla", "eval", "testdata", "modules", "unused")

// TestUnusedDefinitionErrorsEveryCommand: every command that loads a
// spec reports the error, positioned in the module that has it (a module
// of the spec's folder, an instantiated one, one of -lib or TLA_PATH, one
// nested in the spec), where it used to find no error.
func TestUnusedDefinitionErrorsEveryCommand(t *testing.T) {
	u := func(name string) string { return filepath.Join(unusedDir, name) }
	lib := u("lib")
	runCLICases(t, []cliCase{
		{[]string{"check", u("UnusedExt.tla")}, model.ExitBadInput, u("UnusedExtLib.tla") + ":4:11: undefined name Undef"},
		{[]string{"simulate", "-depth", "3", u("UnusedExt.tla")}, model.ExitBadInput, u("UnusedExtLib.tla") + ":4:11: undefined name Undef"},
		{[]string{"check", u("UnusedInst.tla")}, model.ExitBadInput, u("UnusedInstMod.tla") + ":5:13: undefined name Missing"},
		{[]string{"check", "-lib", lib, u("UnusedLib.tla")}, model.ExitBadInput, filepath.Join(lib, "UnusedLibMod.tla") + ":3:8: undefined name NoSuchOp"},
		{[]string{"check", u("UnusedNested.tla")}, model.ExitBadInput, u("UnusedNested.tla") + ":9:8: undefined name Nowhere"},
		{[]string{"check", u("Redeclared.tla")}, 0, "No error has been found"},
	})
	t.Setenv("TLA_PATH", lib)
	runCLICases(t, []cliCase{
		{[]string{"tlc", "-workers", "1", u("UnusedLib.tla")}, model.ExitBadInput, "Unknown operator: `NoSuchOp'"},
		{[]string{"check", u("UnusedLib.tla")}, model.ExitBadInput, filepath.Join(lib, "UnusedLibMod.tla") + ":3:8: undefined name NoSuchOp"},
	})
}
