package main

import (
	"errors"
	"io"
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/wspcycle/wspcycle/model/tlcout"
)

// A command line TLC rejects gets TLC's answer, so that a script or tool
// that runs `wspcycle tlc` in TLC's place reads what it reads from TLC:
// the version (2262), then message 1102 (EC.WRONG_COMMANDLINE_PARAMS_TLC)
// holding TLC's own words and its usage line, on standard output, framed
// when -tool came before the mistake (TLC reads its arguments in order),
// and exit 1. TLC's outputs (rev cc6b616) are in
// model/testdata/tlc/cmdline. What TLC accepts but wspcycle refuses (a
// flag it does not support, a -depth below 1, ...) stays wspcycle's usage
// error: exit 2 and a message on stderr, as every wspcycle command.

// errTLCCommandLine is a command line TLC rejects; msg is TLC's text
// (which begins with "Error: ", TLC's own prefix inside the message).
type errTLCCommandLine struct{ msg string }

func (e *errTLCCommandLine) Error() string { return e.msg }

// tlcUsageLine is the line TLC's message 1102 ends with.
const tlcUsageLine = "Usage: java tlc2.TLC [-help] [-option] inputfile"

// tlcExitCommandLine is TLC's exit code for a command line it rejects.
const tlcExitCommandLine = 1

// tlcCommandLineError prints TLC's answer to a command line it rejects
// and returns TLC's exit code; tool is whether -tool came before the
// mistake.
func tlcCommandLineError(stdout io.Writer, tool bool, e *errTLCCommandLine) int {
	w := tlcout.NewWriter(stdout, tool)
	w.Msg(tlcout.Version, tlcout.ClassNone, "TLC2 Version "+versionString())
	w.Msg(tlcout.CommandLine, tlcout.ClassError, e.msg+"\n"+tlcUsageLine)
	_ = w.Err() // nothing to report it to: the exit code says the run failed
	return tlcExitCommandLine
}

// tlcArgText are TLC's words (rev cc6b616, tlc2.TLC.handleParameters)
// when a flag's value is missing, and when it is not a number; "%s" in
// bad stands for the value given.
var tlcArgText = map[string]struct{ missing, bad string }{
	"-config":           {"Error: expect a file name for -config option.", ""},
	"-workers":          {"Error: expect an integer or 'auto' for -workers option.", "Error: worker number or 'auto' required. But encountered %s"},
	"-depth":            {"Error: trace length required.", "Error: An integer for trace length required. But encountered %s"},
	"-seed":             {"Error: seed required.", "Error: An integer for seed required. But encountered %s"},
	"-aril":             {"Error: aril required.", "Error: An integer for aril required. But encountered %s"},
	"-fp":               {"Error: expect an integer for -fp option.", "Error: A number for -fp is required. But encountered %s"},
	"-coverage":         {"Error: coverage report interval required.", "Error: An integer for coverage report interval required. But encountered %s"},
	"-checkpoint":       {"Error: checkpoint interval required.", "Error: An integer for checkpoint interval is required. But encountered %s"},
	"-invlevel":         {"", "Error: An integer for -invlevel required. But encountered %s"},
	"-metadir":          {"Error: need to specify the metadata directory.", ""},
	"-recover":          {"Error: need to specify the metadata directory for recovery.", ""},
	"-suppressMessages": {"Error: -suppressMessages requires a comma-separated list of message codes.", ""},
	"-dumpTrace":        {"Error: A format and a file name for dumping traces required.", ""},
	"-maxSetSize":       {"Error: maxSetSize required.", "Error: An integer for maxSetSize required. But encountered %s"},
	"-fpbits":           {"Error: fpbits required.", "Error: An integer for fpbits required. But encountered %s"},
	"-fpmem":            {"Error: fpset memory size required.", "Error: An positive integer or a fraction for fpset memory size/percentage required. But encountered %s"},
	"-lncheck":          {"Error: expect a strategy such as final for -lncheck option.", ""},
	"-teSpecOutDir":     {"Error: expected a path for -teSpecOutDir option.", ""},
	"-userFile":         {"Error: need to specify the full qualified file.", ""},
	"-postCondition":    {"Error: Module!Operator for postCondition required.", ""},
	"-messagesAsErrors": {"Error: -messagesAsErrors requires a comma-separated list of message codes.", ""},
	"-dfid":             {"Error: expect a nonnegative integer for -dfid option.", "Error: expect a nonnegative integer for -dfid option. But encountered %s"},
	"-loadTrace":        {"Error: A format and a file name for loading traces required.", ""},
}

// tlcMissing is the error for flag given without its value: TLC's words
// where TLC has some, else wspcycle's.
func tlcMissing(flag string) error {
	if t := tlcArgText[flag].missing; t != "" {
		return &errTLCCommandLine{t}
	}
	return &errTLCUsage{flag + " needs an argument"}
}

// tlcBad is TLC's error for flag given the value v, which TLC cannot read
// as the number it takes.
func tlcBad(flag, v string) error {
	return &errTLCCommandLine{strings.Replace(tlcArgText[flag].bad, "%s", v, 1)}
}

// tlcInt reads v as TLC reads an int (Java's Integer.parseInt), failing
// with TLC's words for flag.
func tlcInt(flag, v string) (int, error) {
	n, err := strconv.ParseInt(v, 10, 32)
	if err != nil {
		return 0, tlcBad(flag, v)
	}
	return int(n), nil
}

// tlcLong reads v as TLC reads a long (Java's Long.parseLong).
func tlcLong(flag, v string) (int64, error) {
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil {
		return 0, tlcBad(flag, v)
	}
	return n, nil
}

// tlcCheckValue applies TLC's checks to the value v of a flag that
// changes nothing here, so that a value TLC rejects is rejected too; what
// TLC prints on a value it accepts goes to f.early.
func tlcCheckValue(f *tlcFlags, flag, v string) error {
	switch flag {
	case "-maxSetSize":
		n, err := tlcInt(flag, v)
		if err == nil && n < 1 {
			err = &errTLCCommandLine{"Error: Value in interval [0, 2147483647] for maxSetSize required. But encountered " + v}
		}
		return err
	case "-fpbits":
		n, err := tlcInt(flag, v)
		if err == nil && (n < 0 || n > 30) {
			err = &errTLCCommandLine{"Error: Value in interval [0, 30] for fpbits required. But encountered " + v}
		}
		return err
	case "-fpmem":
		return tlcFpmem(f, v)
	}
	return nil
}

// tlcFpmemDeprecated is what TLC prints, unframed even with -tool, as soon
// as it reads an -fpmem above 1 (an absolute amount of memory).
const tlcFpmemDeprecated = "Using -fpmem with an abolute memory value has been deprecated. " +
	"Please allocate memory for the TLC process via the JVM mechanisms and use -fpmem to set the fraction to be used for fingerprint storage."

// tlcFpmem reads -fpmem's value as TLC does (rev cc6b616): Java's
// Double.parseDouble, so "1d", "0.5f", " 0.5 ", ".5", "0x1p-1" and
// "Infinity" are numbers while "1_0", "1L", "inf" and "" are not; a number
// that is not at least 0 (NaN, -Infinity, -1) is refused in the same
// words; one above 1 is taken as bytes, with TLC's deprecation notice.
func tlcFpmem(f *tlcFlags, v string) error {
	x, ok := javaParseDouble(v)
	if !ok || !(x >= 0) {
		return tlcBad("-fpmem", v)
	}
	if x > 1 {
		f.early = append(f.early, tlcFpmemDeprecated)
	}
	return nil
}

var (
	// javaDecimal and javaHex are the numbers Java's Double.valueOf reads
	// (its FloatingDecimal grammar), an optional type suffix included.
	javaDecimal = regexp.MustCompile(`^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?[fFdD]?$`)
	javaHex     = regexp.MustCompile(`^[+-]?0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)[pP][+-]?\d+[fFdD]?$`)
)

// javaParseDouble is Java's Double.parseDouble: the string without its
// leading and trailing characters up to ' ' (String.trim), then
// "NaN", "[+-]Infinity", a decimal or a hexadecimal number with an
// optional f, F, d or D after it.
func javaParseDouble(v string) (float64, bool) {
	t := strings.TrimFunc(v, func(r rune) bool { return r <= ' ' })
	switch t {
	case "NaN", "+NaN", "-NaN":
		return math.NaN(), true
	case "Infinity", "+Infinity":
		return math.Inf(1), true
	case "-Infinity":
		return math.Inf(-1), true
	}
	if !javaDecimal.MatchString(t) && !javaHex.MatchString(t) {
		return 0, false
	}
	x, err := strconv.ParseFloat(strings.TrimRight(t, "fFdD"), 64)
	return x, err == nil || errors.Is(err, strconv.ErrRange) // Java rounds an overflow to Infinity, as Go does
}

// tlcKnownCodes are the message codes TLC knows (rev cc6b616: the int
// constants of tlc2.output.EC, read by -suppressMessages through
// EC.KnownCodes), as ranges, first and last included.
var tlcKnownCodes = [][2]int{{-123456, -123456}, {-1, 0}, {1000, 1003}, {1005, 1005}, {1101, 1102}, {2000, 2001},
	{2100, 2149}, {2154, 2274}, {2279, 2284}, {2300, 2301}, {2400, 2405}, {2501, 2502}, {2772, 2779}, {3000, 3002},
	{3100, 3114}, {4000, 4002}, {5001, 5006}, {7000, 7010}, {20000, 20000}}

// sanyErrorCodes and sanyWarningCodes are the codes of SANY's messages
// (rev cc6b616: tla2sany.semantic.ErrorCode, by level), which TLC knows
// too: -suppressMessages refuses an error's ("code 4200 is an error and
// cannot be suppressed."), -messagesAsErrors takes any.
var (
	sanyErrorCodes = [][2]int{{1000, 1000}, {4003, 4005}, {4200, 4206}, {4220, 4224}, {4240, 4247}, {4260, 4262},
		{4270, 4275}, {4290, 4294}, {4310, 4315}, {4330, 4337}, {4350, 4357}}
	sanyWarningCodes = [][2]int{{4800, 4805}}
)

func inRanges(n int, ranges [][2]int) bool {
	for _, r := range ranges {
		if r[0] <= n && n <= r[1] {
			return true
		}
	}
	return false
}

func tlcKnownCode(n int) bool {
	return inRanges(n, tlcKnownCodes) || inRanges(n, sanyErrorCodes) || inRanges(n, sanyWarningCodes)
}

// tlcSuppressible reports whether -suppressMessages may drop code n: not
// one of SANY's errors (1000 is TLC's too, and may).
func tlcSuppressible(n int) bool {
	return inRanges(n, tlcKnownCodes) || !inRanges(n, sanyErrorCodes)
}

// tlcMessageCodes reads -suppressMessages' list as TLC does (Java's
// Integer.parseInt on each comma-separated code, blanks around it
// trimmed: its exception's words; then a code TLC does not know is
// refused: "Error: unknown message code: 99999").
func tlcMessageCodes(v string, suppress bool) ([]int, error) {
	// Java's String.split drops every trailing empty string when the
	// separator occurs at all: "," is no code at all (TLC suppresses
	// nothing), while "" (no separator) stays one empty code, an error.
	parts := strings.Split(v, ",")
	for len(parts) > 1 && parts[len(parts)-1] == "" {
		parts = parts[:len(parts)-1]
		if len(parts) == 1 && parts[0] == "" {
			parts = nil
		}
	}
	var out []int
	for _, c := range parts {
		n, err := strconv.ParseInt(strings.TrimSpace(c), 10, 32)
		if err != nil {
			return nil, &errTLCCommandLine{`Error: For input string: "` + c + `"`}
		}
		if !tlcKnownCode(int(n)) {
			return nil, &errTLCCommandLine{"Error: unknown message code: " + strconv.Itoa(int(n))}
		}
		if suppress && !tlcSuppressible(int(n)) {
			return nil, &errTLCCommandLine{"Error: code " + strconv.Itoa(int(n)) + " is an error and cannot be suppressed."}
		}
		out = append(out, int(n))
	}
	return out, nil
}

// tlcDumpTraceFormats are the formats TLC's -dumpTrace knows (any other
// is TLC's command-line error; those not honoured here are refused by
// package dumptrace with the reason).
var tlcDumpTraceFormats = map[string]bool{"json": true, "tla": true, "tlc": true, "tlcplain": true, "tlctespec": true, "tlcaction": true, "dot": true}

// tlcPostCondition reads -postCondition's MODULE!OPERATOR as TLC does
// (rev cc6b616): without "!" it is refused, as it is with an empty
// module name, an empty operator or more than one "!"; these words are
// not prefixed with TLC's "Error: " inside the message.
func tlcPostCondition(v string) (mod, op string, err error) {
	mod, op, ok := strings.Cut(v, "!")
	switch {
	case !ok:
		return "", "", &errTLCCommandLine{"Module!Operator for postCondition required. Encountered: " + v}
	case mod == "":
		return "", "", &errTLCCommandLine{"Module name for postCondition required. Encountered: " + v}
	case op == "" || strings.Contains(op, "!"):
		return "", "", &errTLCCommandLine{"Module!Operator for postCondition must be of the form module!operator. Encountered: " + v}
	}
	return mod, op, nil
}
