package main

import (
	"fmt"
	"time"

	"github.com/wspcycle/wspcycle/model/tlcout"
)

// TLC's -messagesAsErrors C1,C2,... makes SANY's warnings with those
// codes errors (TLC rev cc6b616): SANY still processes every module and
// prints its warning blocks, each elevated warning after "Warning treated
// as error: " and after the others, then it has failed: no linting, and
// TLC says "Parsing or semantic analysis failed." after "Starting...",
// exit 150. The codes SANY warns with here are 4800 (two modules extended
// define one name) and 4801 (an INSTANCE brings in a name the module has);
// a code no warning of the spec has changes nothing, as in TLC.

// tlcElevated prints TLC's report of a spec whose SANY warnings
// -messagesAsErrors made errors, and returns its exit code; ok is false
// when no warning was elevated (the run goes on).
func tlcElevated(w *tlcout.Writer, hdr tlcout.Header, tla string, read func(string) ([]byte, error), codes []int, start time.Time) (code int, ok bool) {
	if len(codes) == 0 {
		return 0, false
	}
	elevate := map[int]bool{}
	for _, c := range codes {
		elevate[c] = true
	}
	ld := tlcSanyLoad(tla, read)
	notes, elevated := ld.ModuleNotesElevated(elevate)
	if !elevated {
		return 0, false
	}
	hdr.ModuleNotes, hdr.Lint, hdr.LintReport = notes, nil, ""
	w.Header(hdr)
	w.Msg(tlcout.Starting, tlcout.ClassNone, fmt.Sprintf("Starting... (%s)", tlcout.Date(start)))
	w.Msg(tlcout.ParsingFailed, tlcout.ClassError, "Parsing or semantic analysis failed.")
	w.Finished(start, time.Now())
	return tlcExitSpecParse, true
}
