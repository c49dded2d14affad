package main

import (
	"path/filepath"
	"slices"
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

// startupFirst puts first, when the spec has no SANY error, the errors TLC
// meets as it starts, before it reads the configuration: a decimal literal
// or a numeral above its integers anywhere in the spec (tla/sema/syntax.go)
// comes before a constant without a value or a .cfg name that is not
// defined (TLC rev cc6b616: Unused == 1.5 with CONSTANT N unassigned is
// "TLC can't handle real numbers."). Among them TLC meets the modules the
// spec uses before the spec's own (a decimal in an extended module comes
// first), as SANY processes them; root is the spec's file.
func startupFirst(list token.ErrorList, root string) token.ErrorList {
	startup := func(e *token.Error) bool {
		c := tlcConfigCode(e.Msg)
		return c == tlcRealNumbers || c == tlcNumberTooBig
	}
	rank := func(e *token.Error) int {
		switch {
		case !startup(e):
			return 2
		case filepath.Base(e.Pos.Filename) == filepath.Base(root):
			return 1
		}
		return 0
	}
	out := slices.Clone(list)
	slices.SortStableFunc(out, func(a, b *token.Error) int { return rank(a) - rank(b) })
	return out
}
