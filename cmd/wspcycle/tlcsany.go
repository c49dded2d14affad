package main

import (
	"os"
	"path/filepath"

	"github.com/wspcycle/wspcycle/model/tlcout"
	"github.com/wspcycle/wspcycle/model/tlcout/sany"
	"github.com/wspcycle/wspcycle/tla/module"
)

// tlcSanyLoad replays SANY's loading of the spec tla with wspcycle tlc's
// module search path (the spec's folder, then $TLA_PATH, which stands for
// TLC's -DTLA-Library), for the lines SANY prints.
// read, when not nil, reads the files (the spec's text as the run
// changed it: -postCondition); extra are modules TLC adds to the root's
// EXTENDS (the trace exploration spec's _TLCTrace).
func tlcSanyLoad(tla string, read func(string) ([]byte, error), extra ...string) sany.Loaded {
	return sany.LoadRead(tla, module.SearchPath(filepath.Dir(tla), nil), read, extra...)
}

// onSearchPath tells whether a file name.tla is in a folder of the search
// path of the spec tla: one that is there but could not be read (too
// large, unreadable) is our loader's error to report, not SANY's
// "Cannot find source file" (TestEndlessSourceFiles).
func onSearchPath(tla, name string) bool {
	for _, dir := range module.SearchPath(filepath.Dir(tla), nil) {
		if _, err := os.Lstat(filepath.Join(dir, name+".tla")); err == nil {
			return true
		}
	}
	return false
}

// tlcSanyLines are SANY's lines for a spec that loaded: the files
// parsed, the modules processed, the modules linted, and what the linter
// says about them.
func tlcSanyLines(tla string) (files, modules, lint []string, report string) {
	ld := tlcSanyLoad(tla, nil)
	return ld.Files, ld.Modules, ld.Lint, ld.LintReport()
}

// tlcSanyHeader fills hdr with SANY's lines for a spec that loaded
// (tlcSanyLines) and its warnings after each module's line.
func tlcSanyHeader(hdr *tlcout.Header, tla string, read func(string) ([]byte, error), extra ...string) {
	ld := tlcSanyLoad(tla, read, extra...)
	hdr.Files, hdr.Modules, hdr.Lint, hdr.LintReport = ld.Files, ld.Modules, ld.Lint, ld.LintReport()
	hdr.ModuleNotes = ld.ModuleNotes()
	hdr.FileNotes = pcalNotes(tla, read)
}
