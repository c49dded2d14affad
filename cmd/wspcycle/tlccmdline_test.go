package main

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/model/tlcout"
)

// A command line TLC rejects gets TLC's answer: exit 1, nothing on
// stderr, and on stdout the version and message 1102 (TLC's words, then
// "Usage: java tlc2.TLC [-help] [-option] inputfile"), framed when -tool
// came before the mistake. model/testdata/tlc/cmdline/NAME.text.out is
// TLC's output (rev cc6b616) for the arguments below, NAME.tool.out for
// "-tool" followed by them (no spec is read: TLC stops while reading its
// arguments). What each shows of TLC's handleParameters:
//   - unknown, dash: any argument that starts with "-" and is no flag,
//     "-" alone too, is "unrecognized option";
//   - nospec: no spec ("Missing input TLA+ module.", checked after every
//     flag was read); twospecs: the first spec is named without ".tla";
//   - *-missing: a flag without its value, each in its own words (-fp's
//     and -config's differ from the others');
//   - *-bad: a value that is not a number, named ("But encountered x");
//     -seed's is a long (1.5 is no integer);
//   - workers-zero, coverage-neg, checkpoint-neg, fp-range,
//     maxsetsize-zero, fpbits-range: numbers out of range (-fp takes 0 to
//     130, TLC's 131 polynomials; -maxSetSize at least 1 though the text
//     says [0, ...]);
//   - suppress-bad: Java's NumberFormatException text for the code;
//     nowarning-suppress: the two flags together;
//   - dumptrace-format: a format TLC does not know; dumptrace-missing: a
//     format without a file;
//   - simfile: -simulate file= without num=;
//   - late-tool (plain only): -tool after the mistake frames nothing;
//   - suppress-unknown, suppress-negative: a code that is no constant of
//     TLC's EC ("Error: unknown message code: 99999"); suppress-known:
//     codes it knows, -1 and 0 too, pass (the mistake is -bogus after them);
//     suppress-comma: "," is Java's split of nothing but separators, an
//     empty list TLC takes (the mistake is -bogus after it), while ",2193"
//     starts with an empty code: 'For input string: ""';
//   - fpmem-*: -fpmem is read by Java's Double.parseDouble: NaN and
//     -Infinity (not at least 0), 1_0 and 1L (no double) are refused in
//     one sentence; 1d, 0x1p-1, .5, 0.5f and 0 pass silently (fpmem-java);
//     2 and Infinity pass, each with TLC's deprecation notice printed as
//     it is read, before the version and never framed (fpmem-absolute);
//   - bogus-help: a mistake before -help is answered, not the help;
//   - userfile-*: -userFile without a file, and a file TLC cannot create
//     (TLC opens it as it reads the flag; "Error: " twice in its words);
//   - postcondition-*: -postCondition's MODULE!OPERATOR read as TLC reads
//     it: no "!", no module, an empty operator, more than one "!" (these
//     words have no "Error: " of their own);
//   - messages-*: -messagesAsErrors's codes read as -suppressMessages's,
//     SANY's codes known too (4200 an error, 4806 none of SANY's);
//     suppress-sany*: SANY's warning 4800 may be suppressed, its error
//     4200 not ("code 4200 is an error and cannot be suppressed.");
//   - dfid-*: -dfid without a number, not a number, negative (the words
//     of the missing value); loadtrace-missing: a format without a file.
func TestTLCCommandLineGolden(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "cmdline")
	for _, c := range []struct{ name, args string }{
		{"unknown", "-bogus Spec.tla"},
		{"dash", "-"},
		{"nospec", ""},
		{"twospecs", "Spec.tla Other.tla"},
		{"config", "Spec.tla -config"},
		{"workers-missing", "Spec.tla -workers"},
		{"workers-bad", "-workers x Spec.tla"},
		{"workers-zero", "-workers 0 Spec.tla"},
		{"depth-bad", "-depth x Spec.tla"},
		{"seed-missing", "Spec.tla -seed"},
		{"seed-bad", "-seed 1.5 Spec.tla"},
		{"coverage-neg", "-coverage -1 Spec.tla"},
		{"coverage-bad", "-coverage x Spec.tla"},
		{"checkpoint-bad", "-checkpoint x Spec.tla"},
		{"checkpoint-neg", "-checkpoint -2 Spec.tla"},
		{"fp-range", "-fp 131 Spec.tla"},
		{"fp-bad", "-fp x Spec.tla"},
		{"fp-missing", "Spec.tla -fp"},
		{"aril-bad", "-aril x Spec.tla"},
		{"dumptrace-format", "-dumpTrace foo f Spec.tla"},
		{"dumptrace-missing", "Spec.tla -dumpTrace json"},
		{"suppress-bad", "-suppressMessages 2193,x Spec.tla"},
		{"nowarning-suppress", "-nowarning -suppressMessages 2193 Spec.tla"},
		{"metadir-missing", "Spec.tla -metadir"},
		{"recover-missing", "Spec.tla -recover"},
		{"maxsetsize-zero", "-maxSetSize 0 Spec.tla"},
		{"fpbits-range", "-fpbits 31 Spec.tla"},
		{"fpmem-bad", "-fpmem x Spec.tla"},
		{"lncheck-missing", "Spec.tla -lncheck"},
		{"invlevel-bad", "-invlevel x Spec.tla"},
		{"simfile", "-simulate file=tr Spec.tla"},
		{"late-tool", "-bogus -tool Spec.tla"},
		{"suppress-unknown", "-suppressMessages 99999 Spec.tla"},
		{"suppress-negative", "-suppressMessages 2193,-5 Spec.tla"},
		{"suppress-known", "-suppressMessages -1,0,1000,2279,20000 -bogus"},
		{"suppress-comma", "-suppressMessages , -bogus"},
		{"suppress-leading", "-suppressMessages ,2193 Spec.tla"},
		{"fpmem-nan", "-fpmem NaN Spec.tla"},
		{"fpmem-neginf", "-fpmem -Infinity Spec.tla"},
		{"fpmem-underscore", "-fpmem 1_0 Spec.tla"},
		{"fpmem-long", "-fpmem 1L Spec.tla"},
		{"fpmem-java", "-fpmem 1d -fpmem 0x1p-1 -fpmem .5 -fpmem 0.5f -fpmem 0 -bogus"},
		{"fpmem-absolute", "-fpmem 2 -fpmem Infinity -bogus"},
		{"bogus-help", "-bogus -help"},
		{"userfile-missing", "Spec.tla -userFile"},
		{"userfile-bad", "-userFile /nonexistent/dir/u.txt Spec.tla"},
		{"postcondition-missing", "Spec.tla -postCondition"},
		{"postcondition-noop", "-postCondition Post Spec.tla"},
		{"postcondition-nomodule", "-postCondition !Post Spec.tla"},
		{"postcondition-form", "-postCondition M!Post!X Spec.tla"},
		{"postcondition-noname", "-postCondition M! Spec.tla"},
		{"messages-missing", "Spec.tla -messagesAsErrors"},
		{"messages-bad", "-messagesAsErrors x Spec.tla"},
		{"messages-unknown", "-messagesAsErrors 99999 Spec.tla"},
		{"dfid-missing", "Spec.tla -dfid"},
		{"dfid-bad", "-dfid x Spec.tla"},
		{"dfid-neg", "-dfid -1 Spec.tla"},
		{"loadtrace-missing", "Spec.tla -loadTrace tlc"},
		{"suppress-sanyerror", "-suppressMessages 4200 Spec.tla"},
		{"suppress-sanywarning", "-suppressMessages 4800 -bogus"},
		{"messages-sanyerror", "-messagesAsErrors 4200 -bogus"},
		{"messages-unknown-sany", "-messagesAsErrors 4806 Spec.tla"},
	} {
		for _, mode := range []string{"text", "tool"} {
			file := filepath.Join(dir, c.name+"."+mode+".out")
			want, err := os.ReadFile(file)
			if os.IsNotExist(err) && c.name == "late-tool" {
				continue
			}
			if err != nil {
				t.Fatal(err)
			}
			args := strings.Fields(c.args)
			if mode == "tool" {
				args = append([]string{"-tool"}, args...)
			}
			var out, errb bytes.Buffer
			code := runIn(t, t.TempDir(), append([]string{"tlc"}, args...), &out, &errb)
			if code != 1 || errb.Len() > 0 {
				t.Errorf("%s/%s: exit %d, stderr %q; want TLC's exit 1 and nothing on stderr", c.name, mode, code, errb.String())
			}
			tool := mode == "tool"
			if w, g := tlcout.Normalize(string(want), tool), tlcout.Normalize(out.String(), tool); g != w {
				t.Errorf("%s/%s: output differs from TLC's:\n%s\nfull output:\n%s", c.name, mode, firstDiff(w, g), out.String())
			}
		}
	}
}

// What TLC accepts but wspcycle refuses stays wspcycle's usage error
// (exit 2, the reason on stderr, nothing on stdout), as do the arguments
// TLC itself crashes on (-inv or -invlevel without a value: TLC's
// ArrayIndexOutOfBoundsException).
func TestTLCRefusalsStayUsageErrors(t *testing.T) {
	spec := mustAbs(t, filepath.Join("..", "..", "model", "testdata", "Counter.tla"))
	for _, args := range [][]string{{"-depth", "-2", "-simulate", spec}, {spec, "-inv"}} {
		var out, errb bytes.Buffer
		if code := runIn(t, t.TempDir(), append([]string{"tlc"}, args...), &out, &errb); code != 2 || out.Len() > 0 || errb.Len() == 0 {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 2 with the reason on stderr", args, code, out.String(), errb.String())
		}
	}
}

// TLC's -help and -h, wherever they are (after a spec, after other flags,
// unless a mistake comes before them), print TLC's manual on stdout and
// exit 1 (TLC rev cc6b616); wspcycle prints its usage there with that exit
// code. --help, which TLC does not know, stays wspcycle's: exit 0.
func TestTLCHelpExitCode(t *testing.T) {
	for _, c := range []struct {
		args string
		code int
	}{
		{"-help", 1}, {"-h", 1}, {"-tool -help", 1}, {"Spec.tla -help", 1}, {"-workers 1 -help -bogus", 1}, {"--help", 0},
	} {
		var out, errb bytes.Buffer
		code := runIn(t, t.TempDir(), append([]string{"tlc"}, strings.Fields(c.args)...), &out, &errb)
		if code != c.code || errb.Len() > 0 || !strings.HasPrefix(out.String(), "Usage: wspcycle tlc") {
			t.Errorf("tlc %s: exit %d, stderr %q, stdout starts %.40q; want exit %d and the usage on stdout", c.args, code, errb.String(), out.String(), c.code)
		}
	}
	// -fpmem 2 before -help: TLC's notice comes first, as TLC prints it.
	var out, errb bytes.Buffer
	if code := runIn(t, t.TempDir(), []string{"tlc", "-fpmem", "2", "-help"}, &out, &errb); code != 1 || !strings.HasPrefix(out.String(), tlcFpmemDeprecated+"\nUsage: wspcycle tlc") {
		t.Errorf("tlc -fpmem 2 -help: exit %d, stdout starts %.60q", code, out.String())
	}
}

// javaParseDouble reads what Java's Double.parseDouble reads (each case
// below was given to TLC as -fpmem: those it refused are not numbers or
// not at least 0; blanks around the number are trimmed, " 0.5 " passed).
func TestJavaParseDouble(t *testing.T) {
	for _, c := range []struct {
		in string
		ok bool
		x  float64
	}{
		{"1d", true, 1}, {"1f", true, 1}, {"1D", true, 1}, {"0.5d", true, 0.5}, {" 0.5 ", true, 0.5}, {"0.5 ", true, 0.5},
		{"\t0.5\n", true, 0.5}, {"1e-1", true, 0.1}, {"+0.5", true, 0.5}, {".5", true, 0.5}, {"5.", true, 5}, {"0x1p-1", true, 0.5},
		{"0X.8P0d", true, 0.5}, {"0.25e0", true, 0.25}, {"-0", true, 0},
		{"1_0", false, 0}, {"1L", false, 0}, {"", false, 0}, {"inf", false, 0}, {"infinity", false, 0}, {"nan", false, 0},
		{"0x1", false, 0}, {"0.5 x", false, 0}, {"1e", false, 0}, {"0xp1", false, 0}, {"- 1", false, 0}, {"1dd", false, 0},
	} {
		x, ok := javaParseDouble(c.in)
		if ok != c.ok || ok && x != c.x {
			t.Errorf("javaParseDouble(%q) = %v, %v; want %v, %v", c.in, x, ok, c.x, c.ok)
		}
	}
	for _, in := range []string{"NaN", "Infinity", "-Infinity"} {
		if x, ok := javaParseDouble(in); !ok || !math.IsNaN(x) && !math.IsInf(x, 0) {
			t.Errorf("javaParseDouble(%q) = %v, %v", in, x, ok)
		}
	}
}
