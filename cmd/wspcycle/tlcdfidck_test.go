package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/model/tlcout"
)

// withDFIDCheckpointEvery takes the depth-first mode's checkpoints every n
// expansions for the rest of the test (tlcDFIDCheckpointEvery).
func withDFIDCheckpointEvery(t *testing.T, n int) {
	old := tlcDFIDCheckpointEvery
	tlcDFIDCheckpointEvery = n
	t.Cleanup(func() { tlcDFIDCheckpointEvery = old })
}

// tlcMsgLines are the lines of out (normalised) that belong to TLC's
// messages codes: their text, and with -tool their frames.
func tlcMsgLines(out string, tool bool, codes ...string) []string {
	lines := strings.Split(tlcout.Normalize(out, tool), "\n")
	var keep []string
	for i, l := range lines {
		for _, c := range codes {
			if tool && strings.HasPrefix(l, "@!@!@STARTMSG "+c+":") && i+2 < len(lines) {
				keep = append(keep, l, lines[i+1], lines[i+2])
			}
			if !tool && (c == "2195" && strings.HasPrefix(l, "Checkpointing of run ") || c == "2196" && strings.HasPrefix(l, "Checkpointing completed at ")) {
				keep = append(keep, l)
			}
		}
	}
	return keep
}

var reRunDir = regexp.MustCompile(`(Checkpointing of run ).*`)

// `wspcycle tlc -dfid N -checkpoint M` announces each checkpoint with
// TLC's messages (DCkMsgs: TLC's lines from a real run of a spec long
// enough to checkpoint, -checkpoint 1), keeps the checkpoint after a
// violation, and `-recover DIR` then prints TLC's output of its recovery
// (DCkRec: TLC recovering from its own checkpoint of DCk of the same
// size), the same verdict and exit code, the distinct counts the
// checkpoint's size more. The checkpoints are taken every 20 expansions
// (the tests' hook) instead of after a minute.
func TestTLCDFIDCheckpointRecover(t *testing.T) {
	withDFIDCheckpointEvery(t, 20)
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "dfid")
	spec, cfg := mustAbs(t, filepath.Join(dir, "DCk.tla")), mustAbs(t, filepath.Join(dir, "DCk.cfg"))
	for _, mode := range []string{"text", "tool"} {
		t.Run(mode, func(t *testing.T) {
			tool := mode == "tool"
			wd := t.TempDir()
			args := []string{"tlc", "-workers", "1", "-noGenerateSpecTE", "-dfid", "20", "-config", cfg}
			if tool {
				args = append(args, "-tool")
			}
			var out, errb bytes.Buffer
			if code := runIn(t, wd, append(append([]string(nil), args...), "-checkpoint", "1", "-metadir", "ck", spec), &out, &errb); code != 12 {
				t.Fatalf("checkpointed run: exit %d, want 12; stderr %s", code, errb.String())
			}
			got := tlcMsgLines(out.String(), tool, "2195", "2196")
			data, err := os.ReadFile(filepath.Join(dir, "DCkMsgs."+mode+".out"))
			if err != nil {
				t.Fatal(err)
			}
			want := tlcMsgLines(string(data), tool, "2195", "2196")
			if len(got) == 0 || len(got)%len(want) != 0 {
				t.Fatalf("checkpoint messages:\n%s\nwant repetitions of TLC's:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
			for i, l := range got {
				w := reRunDir.ReplaceAllString(want[i%len(want)], "${1}ck")
				if l != w {
					t.Errorf("checkpoint message line %q, want TLC's %q", l, w)
				}
			}
			if _, err := os.Stat(filepath.Join(wd, "ck", model.DFIDCheckpointFile)); err != nil {
				t.Fatalf("the checkpoint of a failed run is kept: %v", err)
			}
			withDFIDCheckpointEvery(t, 0)
			out.Reset()
			errb.Reset()
			code := runIn(t, wd, append(append([]string(nil), args...), "-checkpoint", "0", "-recover", "ck", spec), &out, &errb)
			if code != 12 {
				t.Errorf("recovered run: exit %d, want TLC's 12; stderr %s", code, errb.String())
			}
			data, err = os.ReadFile(filepath.Join(dir, "DCkRec."+mode+".out"))
			if err != nil {
				t.Fatal(err)
			}
			if g, w := tlcout.Normalize(out.String(), tool), tlcout.Normalize(string(data), tool); g != w {
				t.Errorf("recovered run: %s\nfull output:\n%s", firstDiff(w, g), out.String())
			}
		})
	}
}

// A checkpoint that cannot be read ends the run as TLC's does, after
// "Starting recovery from checkpoint" with exit 255: a corrupt one with
// TLC's 2161 (DCkCorrupt: TLC's file cut inside an entry; here a file that
// is not ours whole), a missing one with TLC's FileNotFoundException
// (DCkMissing, with the name of wspcycle's file for TLC's).
func TestTLCDFIDRecoverBadCheckpoint(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "dfid")
	spec, cfg := mustAbs(t, filepath.Join(dir, "DCk.tla")), mustAbs(t, filepath.Join(dir, "DCk.cfg"))
	for _, c := range []struct {
		golden string
		data   []byte // the checkpoint file's; nil: none
	}{
		{"DCkCorrupt", []byte("wspDFID1\x06\x00\x00\x00\x00\x00\x00\x00cut")},
		{"DCkMissing", nil},
	} {
		for _, mode := range []string{"text", "tool"} {
			t.Run(c.golden+"/"+mode, func(t *testing.T) {
				tool := mode == "tool"
				wd := t.TempDir()
				if err := os.Mkdir(filepath.Join(wd, "ck"), 0o755); err != nil {
					t.Fatal(err)
				}
				if c.data != nil {
					if err := os.WriteFile(filepath.Join(wd, "ck", model.DFIDCheckpointFile), c.data, 0o644); err != nil {
						t.Fatal(err)
					}
				}
				args := []string{"tlc", "-workers", "1", "-noGenerateSpecTE", "-dfid", "20", "-recover", "ck", "-config", cfg}
				if tool {
					args = append(args, "-tool")
				}
				var out, errb bytes.Buffer
				if code := runIn(t, wd, append(args, spec), &out, &errb); code != tlcExitCrash {
					t.Errorf("exit %d, want TLC's 255", code)
				}
				data, err := os.ReadFile(filepath.Join(dir, c.golden+"."+mode+".out"))
				if err != nil {
					t.Fatal(err)
				}
				want := strings.ReplaceAll(string(data), "DCk.fp.chkpt", model.DFIDCheckpointFile)
				if g, w := tlcout.Normalize(out.String(), tool), tlcout.Normalize(want, tool); g != w {
					t.Errorf("%s\nfull output:\n%s", firstDiff(w, g), out.String())
				}
				if c.data != nil && !strings.Contains(errb.String(), model.DFIDCheckpointFile) {
					t.Errorf("stderr %q does not say what is wrong with the file", errb.String())
				}
			})
		}
	}
}

// A run that ends without an error empties its checkpoint directory, as
// TLC deletes its metadir (cleanup(true)), whether it wrote it or
// recovered from it; one that ends with an error keeps it.
func TestTLCDFIDCheckpointCleanup(t *testing.T) {
	withDFIDCheckpointEvery(t, 20)
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "dfid")
	spec := mustAbs(t, filepath.Join(dir, "DCk.tla"))
	wd := t.TempDir()
	noInv := filepath.Join(wd, "NoInv.cfg")
	if err := os.WriteFile(noInv, []byte("INIT Init\nNEXT Next\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		cfg  string
		args []string
		code int
		kept string
	}{
		{mustAbs(t, filepath.Join(dir, "DCk.cfg")), []string{"-checkpoint", "1", "-metadir", "ck"}, 12, "ck"},
		{noInv, []string{"-recover", "ck"}, 0, ""},
		{noInv, []string{"-checkpoint", "1", "-metadir", "ck2"}, 0, ""},
	} {
		var out, errb bytes.Buffer
		args := append(append([]string{"tlc", "-workers", "1", "-noGenerateSpecTE", "-dfid", "30", "-config", c.cfg}, c.args...), spec)
		if code := runIn(t, wd, args, &out, &errb); code != c.code {
			t.Fatalf("%v: exit %d, want %d; stderr %s", c.args, code, c.code, errb.String())
		}
		if !strings.Contains(out.String(), "Checkpointing completed at") {
			t.Errorf("%v: no checkpoint taken:\n%s", c.args, out.String())
		}
		for _, d := range []string{"ck", "ck2"} {
			_, err := os.Stat(filepath.Join(wd, d, model.DFIDCheckpointFile))
			if d == c.kept && err != nil {
				t.Errorf("%v: the checkpoint is not kept after a failed run: %v", c.args, err)
			}
			if _, derr := os.Stat(filepath.Join(wd, d)); d != c.kept && !os.IsNotExist(derr) {
				t.Errorf("%v: %s is left after a successful run (%v)", c.args, d, derr)
			}
		}
	}
}
