package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/model/tlcout/tlcbin"
)

// tlcBinProbes are the specs whose -dumpTrace tlc file TLC rev cc6b616
// wrote into model/testdata/tlc/dumptrace/NAME.bin ("-workers 1
// -noGenerateSpecTE -dumpTrace tlc NAME.bin"; LiveFail with -fp 1, for
// the 3-state lasso ours finds too: TLC's lasso depends on -fp), and the
// spec's folder below model/testdata.
var tlcBinProbes = []struct {
	name, dir string
	code      int
}{
	{"InvFail", "", 12},              // an invariant: the last state deep-copied
	{"LiveFail", "", 13},             // a lasso back to state 2, its closing step
	{"Deadlock", "", 11},             // strings: each literal's, unchanged ones shared
	{"Stay", "tlc/dumptrace", 13},    // a lasso stuttering in its initial state
	{"InvInit", "tlc/dumptrace", 12}, // one state, no step
	{"J", "tlc/dumptrace", 12},       // every kind of value, a model value
	{"Share", "tlc/dumptrace", 12},   // model values in the cfg's order, sets of them
}

// -dumpTrace tlc FILE writes TLC's file: the same stream, item for item,
// as TLC's (tlcbin.Listing: only the toks of the strings differ, TLC's
// places in its JVM's intern table, which its reader ignores), gzipped,
// and says so as TLC does.
func TestTLCDumpTraceTLCBin(t *testing.T) {
	td := mustAbs(t, filepath.Join("..", "..", "model", "testdata"))
	for _, c := range tlcBinProbes {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			spec := filepath.Join(td, c.dir, c.name+".tla")
			var out, errb bytes.Buffer
			args := []string{"tlc", "-workers", "1", "-noGenerateSpecTE", "-dumpTrace", "tlc", c.name + ".bin", spec}
			if code := runIn(t, dir, args, &out, &errb); code != c.code {
				t.Fatalf("exit %d, want %d: %s", code, c.code, errb.String())
			}
			if want := "\"CounterExample written: " + c.name + ".bin\"\n"; !strings.Contains(out.String(), want) {
				t.Errorf("no line %q in\n%s", want, out.String())
			}
			sameBinAsTLC(t, filepath.Join(dir, c.name+".bin"), filepath.Join(td, "tlc", "dumptrace", c.name+".bin"))
		})
	}
}

// sameBinAsTLC fails unless the file ours lists as TLC's file tlc does.
func sameBinAsTLC(t *testing.T, ours, tlc string) {
	t.Helper()
	var lists [2]string
	for i, p := range []string{ours, tlc} {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if lists[i], err = tlcbin.Listing(data); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
	}
	if lists[0] != lists[1] {
		t.Errorf("%s differs from TLC's %s:\n%s\nTLC's:\n%s", ours, tlc, lists[0], lists[1])
	}
}

// With the trace exploration spec on (TLC's default), the trace's .bin
// is written beside it, the file of -dumpTrace tlc (TLC rev cc6b616
// writes the same stream there), for a trace of one state too, which
// gets no spec; -noTEBin keeps the spec and drops the .bin and TLC's
// module _TLCTrace (no SANY line for it).
func TestTLCTEBin(t *testing.T) {
	td := mustAbs(t, filepath.Join("..", "..", "model", "testdata"))
	for _, c := range []struct {
		name, dir string
		flags     []string
		bin, tla  bool
	}{
		{"InvFail", "", nil, true, true},
		{"InvInit", "tlc/dumptrace", nil, true, false},
		{"InvFail", "", []string{"-noTEBin"}, false, true},
		{"InvFail", "", []string{"-noGenerateSpecTEBin"}, false, true},
	} {
		dir := t.TempDir()
		var out, errb bytes.Buffer
		args := append(append([]string{"tlc", "-workers", "1", "-generateSpecTE", "-teSpecOutDir", dir}, c.flags...), filepath.Join(td, c.dir, c.name+".tla"))
		if code := runIn(t, dir, args, &out, &errb); code != 12 {
			t.Fatalf("%s %v: exit %d: %s", c.name, c.flags, code, errb.String())
		}
		bins, _ := filepath.Glob(filepath.Join(dir, c.name+"_TTrace_*.bin"))
		tlas, _ := filepath.Glob(filepath.Join(dir, c.name+"_TTrace_*.tla"))
		if (len(bins) == 1) != c.bin || (len(tlas) == 1) != c.tla {
			t.Errorf("%s %v: .bin %v, .tla %v; want .bin %v, .tla %v", c.name, c.flags, bins, tlas, c.bin, c.tla)
		}
		if len(bins) == 1 {
			sameBinAsTLC(t, bins[0], filepath.Join(td, "tlc", "dumptrace", c.name+".bin"))
		}
		if strings.Contains(out.String(), "_TLCTrace") != c.bin {
			t.Errorf("%s %v: SANY's lines name _TLCTrace: %v, want %v", c.name, c.flags, !c.bin, c.bin)
		}
	}
}

// A simulator keeps the objects of its behaviour: the last state shares
// what the step leaves unchanged too. ShareSim.bin is TLC's file of
// Share with "-simulate num=1 -depth 10 -seed 1 -dumpTrace tlc" (its
// only behaviour), which the trace exploration spec's .bin repeats.
func TestTLCDumpTraceTLCBinSimulate(t *testing.T) {
	td := mustAbs(t, filepath.Join("..", "..", "model", "testdata", "tlc", "dumptrace"))
	dir := t.TempDir()
	var out, errb bytes.Buffer
	args := []string{"tlc", "-workers", "1", "-generateSpecTE", "-teSpecOutDir", dir, "-simulate", "num=1", "-depth", "10", "-seed", "1",
		"-dumpTrace", "tlc", "S.bin", filepath.Join(td, "Share.tla")}
	if code := runIn(t, dir, args, &out, &errb); code != 12 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	sameBinAsTLC(t, filepath.Join(dir, "S.bin"), filepath.Join(td, "ShareSim.bin"))
	bins, _ := filepath.Glob(filepath.Join(dir, "Share_TTrace_*.bin"))
	if len(bins) != 1 {
		t.Fatalf("trace exploration .bin: %v", bins)
	}
	sameBinAsTLC(t, bins[0], filepath.Join(td, "ShareSim.bin"))
}
