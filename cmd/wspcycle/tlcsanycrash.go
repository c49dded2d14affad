package main

import (
	"slices"
	"strconv"
	"time"

	"github.com/wspcycle/wspcycle/model/tlcout"
	"github.com/wspcycle/wspcycle/tla/sema"
	"github.com/wspcycle/wspcycle/tla/span"
	"github.com/wspcycle/wspcycle/tla/token"
)

// sanyCrash is the error of list that SANY dies of rather than reports
// (sema.SanyNumberFormat: a decimal such as 1.\o17), nil when none is.
func sanyCrash(list token.ErrorList) *token.Error {
	for _, e := range list {
		if e.Msg == sema.SanyNumberFormat {
			return e
		}
	}
	return nil
}

// tlcSanyCrash prints what TLC (rev cc6b616) prints when SANY dies of an
// exception in the semantic pass of a module: the files parsed and the
// modules processed up to that one, the exception's text, no "SANY
// finished." and no "Starting...", then message 2171 (its text and,
// framed in -tool output within the first, again with the exception),
// and exit 150 (golden SanyOct in model/testdata/tlc/sany).
func tlcSanyCrash(w *tlcout.Writer, hdr tlcout.Header, modules []string, e *token.Error, start time.Time) int {
	if i := slices.Index(modules, span.Module(e.Pos.Filename)); i >= 0 {
		modules = modules[:i+1]
	}
	hdr.Modules, hdr.ModuleNotes, hdr.Lint = modules, nil, nil
	hdr.SanyErrors = e.Msg + "\n"
	hdr.SanyCrashed = true
	w.Header(hdr)
	inner := "Parsing or semantic analysis failed." + e.Msg
	msg := "Parsing or semantic analysis failed." + inner
	if w.Tool {
		code := strconv.Itoa(tlcInvParseFailed)
		msg = "Parsing or semantic analysis failed.@!@!@STARTMSG " + code + ":0 @!@!@\n" + inner + "\n@!@!@ENDMSG " + code + " @!@!@"
	}
	w.Msg(tlcInvParseFailed, tlcout.ClassError, msg)
	w.Finished(start, time.Now())
	return tlcExitSpecParse
}
