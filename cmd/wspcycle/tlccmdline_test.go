package main

import (
	"bytes"
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
//   - late-tool (plain only): -tool after the mistake frames nothing.
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
	for _, args := range [][]string{{"-dfid", "3", spec}, {"-depth", "0", "-simulate", spec}, {spec, "-inv"}, {"-dumpTrace", "tlc", "f", spec}} {
		var out, errb bytes.Buffer
		if code := runIn(t, t.TempDir(), append([]string{"tlc"}, args...), &out, &errb); code != 2 || out.Len() > 0 || errb.Len() == 0 {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 2 with the reason on stderr", args, code, out.String(), errb.String())
		}
	}
}
