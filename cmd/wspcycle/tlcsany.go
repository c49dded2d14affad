package main

import (
	"path/filepath"

	"github.com/wspcycle/wspcycle/model/tlcout"
	"github.com/wspcycle/wspcycle/model/tlcout/sany"
	"github.com/wspcycle/wspcycle/tla/module"
)

// tlcSanyLoad replays SANY's loading of the spec tla with wspcycle tlc's
// module search path (the spec's folder, then $TLA_PATH, which stands for
// TLC's -DTLA-Library), for the lines SANY prints.
func tlcSanyLoad(tla string, extra ...string) sany.Loaded {
	return sany.LoadExtending(tla, module.SearchPath(filepath.Dir(tla), nil), extra...)
}

// tlcSanyLines are SANY's lines for a spec that loaded: the files
// parsed, the modules processed, the modules linted, and what the linter
// says about them.
func tlcSanyLines(tla string) (files, modules, lint []string, report string) {
	ld := tlcSanyLoad(tla)
	return ld.Files, ld.Modules, ld.Lint, ld.LintReport()
}

// tlcSanyHeader fills hdr with SANY's lines for a spec that loaded
// (tlcSanyLines) and its warnings after each module's line.
func tlcSanyHeader(hdr *tlcout.Header, tla string, extra ...string) {
	ld := tlcSanyLoad(tla, extra...)
	hdr.Files, hdr.Modules, hdr.Lint, hdr.LintReport = ld.Files, ld.Modules, ld.Lint, ld.LintReport()
	hdr.ModuleNotes = ld.ModuleNotes()
}
