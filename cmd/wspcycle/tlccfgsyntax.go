package main

import (
	"regexp"
	"strings"

	"github.com/wspcycle/wspcycle/model/tlcout"
)

// TLC's ConfigFileException codes for a .cfg it cannot parse (EC, TLC rev
// cc6b616), beside CFG_EXPECT_ID (5006): a keyword without its name at the
// end of the file (5003), a keyword given twice (5004).
const (
	tlcCfgMissingID    = 5003 // EC.CFG_MISSING_ID
	tlcCfgTwiceKeyword = 5004 // EC.CFG_TWICE_KEYWORD
)

var (
	reCfgTwice   = regexp.MustCompile(`^(INIT|NEXT|SPECIFICATION|SYMMETRY|VIEW|CHECK_DEADLOCK|ALIAS|_RL_REWARD|_PERIODIC) given twice`)
	reCfgNoName  = regexp.MustCompile(`^(\w+) needs a name, found end of file$`)
	reCfgOneName = regexp.MustCompile(`^\w+ takes one name, found \d+$`)
	// A token TLC reads as a model value where a value goes, then fails
	// on (package cfg, notvalue.go): what it expected there.
	reCfgNotValue = regexp.MustCompile(`as a model value, then expected (.+) here$`)
)

// tlcCfgSyntax is TLC's code and words for the .cfg syntax error msg (our
// cfg parser's), as TLC rev cc6b616 printed them on one mistake each: the
// line is the position of our error (the second keyword for one given
// twice, CHECK_DEADLOCK or INIT itself when nothing follows it, the token
// that is not TRUE or FALSE, or not a keyword, otherwise). INIT followed
// by another keyword takes it as its name, as TLC does (package cfg).
func tlcCfgSyntax(msg string) (int, string) {
	switch {
	case strings.HasPrefix(msg, "expected '=' or '<-'"):
		return tlcout.ConfigExpectedSymbol, "It was expecting = or <-, but did not find it."
	case msg == "CHECK_DEADLOCK needs TRUE or FALSE, found end of file":
		return tlcCfgMissingID, "The keyword CHECK_DEADLOCK was not followed by an identifier."
	case strings.HasPrefix(msg, "CHECK_DEADLOCK needs TRUE or FALSE"):
		return tlcout.ConfigExpectedSymbol, "It was expecting TRUE or FALSE, but did not find it."
	case strings.HasPrefix(msg, "expected a .cfg keyword"), reCfgOneName.MatchString(msg):
		// A name where TLC expects a keyword (CHECK_DEADLOCK TRUE FALSE;
		// NEXT Next FOO: TLC reads one name, then a keyword), at its line.
		return tlcout.ConfigExpectedSymbol, "It was expecting a keyword, but did not find it."
	}
	if m := reCfgNotValue.FindStringSubmatch(msg); m != nil {
		return tlcout.ConfigExpectedSymbol, "It was expecting " + m[1] + ", but did not find it."
	}
	if strings.HasPrefix(msg, "expected ',' or '}' in a set value") {
		return tlcout.ConfigExpectedSymbol, "It was expecting }, but did not find it."
	}
	if m := reCfgNoName.FindStringSubmatch(msg); m != nil {
		return tlcCfgMissingID, "The keyword " + m[1] + " was not followed by an identifier."
	}
	if m := reCfgTwice.FindStringSubmatch(msg); m != nil {
		return tlcCfgTwiceKeyword, "The keyword " + m[1] + " appeared twice."
	}
	return tlcout.ConfigExpectedSymbol, msg
}
