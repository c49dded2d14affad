package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// -loadTrace tlc FILE replays a trace as TLC does. TLC's files and its
// output are in model/testdata/tlc/loadtrace, TLC rev cc6b616 run there
// with "-workers 1 -noGenerateSpecTE" (paths replaced): B.bin is TLC's
// -dumpTrace tlc of B (initial states x \in 0..2, two actions; the
// trace of three states pins one initial state and one action a level),
// replayed on B; D.bin of D (x toggles, y counts) replayed on C (x
// alone, Inv TLCGet("level") < 4): the view <<level, state>> keeps the
// revisits of x apart, so the fourth level is reached; with CV.cfg, the
// cfg's VIEW x is kept (TLC's too) and merges them: no error. Share.bin
// (as in tlc/dumptrace) replays Share's model values, records and sets;
// Pick.bin pins Pick's model values, read by their index in the cfg's
// table: one initial state of three, one successor of two a level.
// Tj.bin is TLC's trace of T's violation (five states), replayed with
// -dfid (the replay's constraint and view read the level of the state
// checked, its depth in the depth-first search: TLC finds the violation),
// with -view (each state printed through the trace's view at its own
// level), and on TAlias, whose ALIAS wins over -view except under -dfid.
// LiveFail.bin (TLC run with -fp 1) is a lasso back to state 2: TLC's
// view maps the level past the trace to the lasso's target, and Served
// is violated (the liveness check evaluating that view at another level
// said "no error"), in memory and in disk mode with two workers.
func TestTLCLoadTraceGolden(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "loadtrace")
	for _, c := range []struct {
		name, spec, file string
		flags            []string
		code             int
	}{
		{"B", "B", "B.bin", nil, 12},
		{"C", "C", "D.bin", nil, 12},
		{"CV", "C", "D.bin", nil, 0},
		{"Share", "Share", "Share.bin", nil, 12},
		{"Pick", "Pick", "Pick.bin", nil, 12},
		{"TDfid", "T", "Tj.bin", []string{"-dfid", "10"}, 12},
		{"TView", "T", "Tj.bin", []string{"-view"}, 12},
		{"TDfidView", "T", "Tj.bin", []string{"-view", "-dfid", "10"}, 12},
		{"TAliasView", "TAlias", "Tj.bin", []string{"-view"}, 12},
		{"TAliasDfid", "TAlias", "Tj.bin", []string{"-view", "-dfid", "10"}, 12},
		{"LiveFail", "LiveFail", "LiveFail.bin", nil, 13},
	} {
		flags := append([]string{"-noGenerateSpecTE", "-loadTrace", "tlc", c.file}, c.flags...)
		tlcGoldenRun(t, dir, c.name, flags, c.code, inSpecDir(), withSpec(c.spec))
	}
	// -loadTrace json: NAME.json are TLC's -dumpTrace json of the same
	// specs (LiveFail with -fp 1), NAMEJ.*.out TLC replaying them: the
	// same answers (its module _JsonTrace among SANY's lines), but for
	// the model values of Pick and Share, strings in JSON, which equal no
	// model value: the constraint keeps no initial state.
	for _, c := range []struct {
		name, spec, file string
		flags            []string
		code             int
	}{
		{"BJ", "B", "B.json", nil, 12},
		{"CJ", "C", "D.json", nil, 12},
		{"PickJ", "Pick", "Pick.json", nil, 0},
		{"ShareJ", "Share", "Share.json", nil, 0},
		{"TViewJ", "T", "Tj.json", []string{"-view"}, 12},
		{"LiveFailJ", "LiveFail", "LiveFail.json", []string{"-fp", "1"}, 13},
	} {
		flags := append([]string{"-noGenerateSpecTE", "-loadTrace", "json", c.file}, c.flags...)
		tlcGoldenRun(t, dir, c.name, flags, c.code, inSpecDir(), withSpec(c.spec))
	}
	disk := []string{"-noGenerateSpecTE", "-checkpoint", "30", "-metadir", t.TempDir(), "-loadTrace", "tlc", "LiveFail.bin"}
	tlcGoldenRun(t, dir, "LiveFail", disk, 13, inSpecDir(), withWorkers("2"))
}

// Our own -dumpTrace tlc file, read back by our -loadTrace, gives TLC's
// answer to its own file (TLC, run by hand on our files of B, D, Pick and
// Share, gave the same output as on its own).
func TestTLCLoadTraceOwnFile(t *testing.T) {
	dir := mustAbs(t, filepath.Join("..", "..", "model", "testdata", "tlc", "loadtrace"))
	for _, c := range []struct{ dump, load, cfg string }{{"B", "B", "B"}, {"D", "C", "C"}, {"Pick", "Pick", "Pick"}, {"Share", "Share", "Share"}} {
		tmp := t.TempDir()
		bin := filepath.Join(tmp, c.dump+".bin")
		var out, errb bytes.Buffer
		args := []string{"tlc", "-workers", "1", "-noGenerateSpecTE", "-dumpTrace", "tlc", bin, "-config", filepath.Join(dir, c.dump+".cfg"), filepath.Join(dir, c.dump+".tla")}
		if code := runIn(t, tmp, args, &out, &errb); code != 12 {
			t.Fatalf("%s: exit %d: %s", c.dump, code, errb.String())
		}
		tlcGoldenRun(t, dir, c.cfg, []string{"-noGenerateSpecTE", "-loadTrace", "tlc", bin}, 12, inSpecDir(), withSpec(c.load))
	}
}

// What -loadTrace does not reproduce is refused before anything is
// printed (exit 2, the reason on stderr): a file that cannot be read or
// is not TLC's (truncated, another format, a binary file as json), -simulate
// and -coverage. A format TLC does not know is TLC's error (exit 1).
func TestTLCLoadTraceRefusals(t *testing.T) {
	dir := mustAbs(t, filepath.Join("..", "..", "model", "testdata", "tlc", "loadtrace"))
	tmp := t.TempDir()
	good, err := os.ReadFile(filepath.Join(dir, "B.bin"))
	if err != nil {
		t.Fatal(err)
	}
	short := filepath.Join(tmp, "short.bin")
	if err := os.WriteFile(short, good[:len(good)/2], 0o644); err != nil {
		t.Fatal(err)
	}
	notGz := filepath.Join(tmp, "plain.bin")
	if err := os.WriteFile(notGz, []byte("hello"), 0o644); err != nil {
		t.Fatal(err)
	}
	b := filepath.Join(dir, "B.tla")
	bin := filepath.Join(dir, "B.bin")
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"-loadTrace", "tlc", filepath.Join(tmp, "none.bin"), b}, 2, "the file cannot be read"},
		{[]string{"-loadTrace", "tlc", short, b}, 2, "is not a file of TLC's -dumpTrace tlc"},
		{[]string{"-loadTrace", "tlc", notGz, b}, 2, "is not a file of TLC's -dumpTrace tlc"},
		{[]string{"-loadTrace", "json", bin, b}, 2, "is not a file of TLC's -dumpTrace json"},
		{[]string{"-simulate", "-loadTrace", "tlc", bin, b}, 2, "not supported with -simulate"},
		{[]string{"-coverage", "1", "-loadTrace", "tlc", bin, b}, 2, "not supported with -coverage"},
		{[]string{"-loadTrace", "foo", bin, b}, 1, "Error: Unknown format foo given to -loadTrace."},
	} {
		var out, errb bytes.Buffer
		code := runIn(t, tmp, append([]string{"tlc", "-noGenerateSpecTE"}, c.args...), &out, &errb)
		if code != c.code || !strings.Contains(errb.String()+out.String(), c.want) || (code == 2 && out.Len() > 0) {
			t.Errorf("%v: exit %d (want %d), stdout %q, stderr %q (want %q)", c.args, code, c.code, out.String(), errb.String(), c.want)
		}
	}
}
