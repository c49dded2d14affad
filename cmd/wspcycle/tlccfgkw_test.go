package main

import (
	"path/filepath"
	"testing"
)

// Every keyword of TLC rev cc6b616's cfg grammar (its ModelConfig) is one
// of ours: _RL_REWARD and _PERIODIC were read as names of the section
// before them ("The invariant _RL_REWARD ... is not defined"), or where a
// keyword goes; given twice they are TLC's 5004. TYPE and
// TYPE_CONSTRAINT, keywords of older TLCs, are not this TLC's (5001, "It
// was expecting a keyword"), where we refused them as unsupported. TLC's
// outputs are in model/testdata/tlc/cfgkw.
func TestTLCCfgKeywords(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "cfgkw")
	for _, c := range []struct {
		name string
		code int
	}{
		{"KRl", 0}, {"KRlInv", 0}, {"KPer", 0},
		{"KRlTwice", 255}, {"KPerTwice", 255}, {"KRlEnd", 255},
		{"KType", 255}, {"KTypeC", 255},
		// A reward the spec does not define: TLC's 2229, exit 151.
		{"KRlNone", 151},
	} {
		tlcGoldenRun(t, dir, c.name, nil, c.code)
	}
}
