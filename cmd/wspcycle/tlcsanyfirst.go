package main

import (
	"strings"

	"github.com/wspcycle/wspcycle/tla/token"
)

// sanyErrorsOnly drops the errors of the model configuration from list
// when the spec itself has an error SANY reports: TLC reads the .cfg
// only after SANY accepted the spec, so it says nothing of the .cfg then
// (exit 150, SANY's errors alone), however our resolver orders the files.
func sanyErrorsOnly(list token.ErrorList) token.ErrorList {
	spec := false
	for _, e := range list {
		if !strings.HasSuffix(e.Pos.Filename, ".cfg") && tlcConfigCode(e.Msg) == 0 {
			spec = true
		}
	}
	if !spec {
		return list
	}
	var out token.ErrorList
	for _, e := range list {
		// A configuration error may be positioned in the spec (a
		// constant without a value, at its declaration): it goes too.
		if !strings.HasSuffix(e.Pos.Filename, ".cfg") && tlcConfigCode(e.Msg) == 0 {
			out = append(out, e)
		}
	}
	return out
}
