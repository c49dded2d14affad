// Command tlcdiff runs TLC and `wspcycle tlc` on the same specs and diffs
// their outputs, plain and with -tool, after normalising the facts of the
// machine and the moment (tlcout.Normalize: version, pid, memory, paths,
// dates, durations, rates, clock-driven progress lines). It is for a
// developer who has TLC (it needs Java), not for make test:
//
//	go run ./cmd/wspcycle/tlcdiff -tlc 'java -cp tla2tools.jar tlc2.TLC' \
//	    model/testdata/Counter.tla model/testdata/LiveFail.tla:model/testdata/LiveStrong.cfg
//
// Each argument is SPEC.tla or SPEC.tla:CONFIG.cfg. Both tools run with one
// worker, as TLC's reference outputs were made. It prints, per spec and
// mode, "same" or the first differing line with context, compares the exit
// codes, and exits 1 when anything differs. Both runs failing alike before
// any checking (a spec or cfg that does not parse, e.g. for a missing
// -lib: exit 150, 151 or 153) is "both failed: exit N", not "same", and
// makes the exit 3 when nothing differs, so that a measurement counting
// "same" is not fooled. When TLC's verdict came from
// one of its periodic liveness checks (driven by a clock, so its counts
// depend on the machine: tlcout.PeriodicLiveness), it says so and compares
// with TLC run with -lncheck final instead.
//
// -lib DIR (repeatable) adds a library folder: TLC gets it as its
// -DTLA-Library (through JAVA_TOOL_OPTIONS, so that any TLC command
// works) and runs in the spec's folder on the spec's bare name (TLC
// ignores its library path for a spec given with a folder), wspcycle
// gets it in TLA_PATH. The names of the files SANY parsed
// (tlcout.ParsedFiles) are compared too.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"

	"github.com/wspcycle/wspcycle/model/tlcout"
)

func main() { os.Exit(diffAll()) }

// diffAll does the work of main and returns its exit code, so that the
// deferred removal of the metadata folder runs on every path (os.Exit
// skips deferred calls: an exit on a difference left a folder behind).
func diffAll() int {
	tlc := flag.String("tlc", "tlc", "the command running TLC (tlc2.TLC), split on spaces")
	wsp := flag.String("wspcycle", "go run ./cmd/wspcycle", "the command running wspcycle, split on spaces")
	extra := flag.String("flags", "", "more TLC flags for both runs, split on spaces (e.g. '-view' or '-deadlock')")
	coverage := flag.Bool("coverage", false, "run both with -coverage 1 and compare the coverage reports (the counts of the variables' values, TLC's estimates, are dropped from both)")
	save := flag.String("save", "", "a `DIR` to write both normalised outputs to, per spec and mode (NAME.MODE.tlc and NAME.MODE.wsp, NAME the spec's path with '_' for '/'), for a full diff")
	var libs []string
	flag.Func("lib", "a library `DIR` for both (TLC's -DTLA-Library, wspcycle's TLA_PATH); repeatable", func(d string) error {
		abs, err := filepath.Abs(d)
		libs = append(libs, abs)
		return err
	})
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "Usage: tlcdiff [-tlc CMD] [-wspcycle CMD] SPEC.tla[:CONFIG.cfg]...\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		return 2
	}
	meta, err := os.MkdirTemp("", "tlcdiff")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(meta)
	differs, failed := false, false
	saved := saveNames{}
	for _, arg := range flag.Args() {
		spec, cfg, _ := strings.Cut(arg, ":")
		if cfg == "" {
			cfg = strings.TrimSuffix(spec, filepath.Ext(spec)) + ".cfg"
		}
		// TLC's run: in the spec's folder on its bare name when there
		// are libraries (TLC reads its library path only then).
		tlcDir, tlcEnv := "", []string(nil)
		if len(libs) > 0 {
			tlcDir = filepath.Dir(spec)
			tlcEnv = []string{"JAVA_TOOL_OPTIONS=-DTLA-Library=" + strings.Join(libs, string(os.PathListSeparator))}
			if abs, err := filepath.Abs(cfg); err == nil {
				cfg = abs
			}
		}
		wspEnv := []string{"TLA_PATH=" + strings.Join(libs, string(os.PathListSeparator))}
		for _, tool := range []bool{true, false} {
			args, tlcArgs := runArgs(cfg, meta, spec, *coverage, tool, strings.Fields(*extra))
			mode := "text"
			if tool {
				mode = "tool"
			}
			if tlcDir != "" {
				tlcArgs[len(tlcArgs)-1] = filepath.Base(spec)
			}
			theirs, tcode, err := run(*tlc, tlcArgs, tlcDir, tlcEnv)
			if err != nil {
				fmt.Fprintf(os.Stderr, "tlcdiff: TLC: %v\n", err)
				return 1
			}
			if states, prop, ok := tlcout.PeriodicLiveness(theirs, tool); ok {
				// A verdict of TLC's clock, not of its search (see
				// tlcout.PeriodicLiveness): say so, and compare with
				// the run that checks liveness on the complete graph.
				fmt.Printf("%s (%s): TLC found %s violated by a periodic liveness check on the %s states found when its clock struck (3 s after the start, then every minute), so its counts and counterexample depend on the machine's speed; comparing with TLC -lncheck final, which checks the complete graph as wspcycle does\n",
					arg, mode, prop, states)
				args = append(args[:len(args)-1:len(args)-1], "-lncheck", "final", spec)
				tlcArgs = append(tlcArgs[:len(tlcArgs)-1:len(tlcArgs)-1], "-lncheck", "final", tlcArgs[len(tlcArgs)-1])
				if theirs, tcode, err = run(*tlc, tlcArgs, tlcDir, tlcEnv); err != nil {
					fmt.Fprintf(os.Stderr, "tlcdiff: TLC: %v\n", err)
					return 1
				}
			}
			ours, ocode, err := run(*wsp+" tlc", args, "", wspEnv)
			if err != nil {
				fmt.Fprintf(os.Stderr, "tlcdiff: wspcycle: %v\n", err)
				return 1
			}
			if *coverage {
				theirs, ours = tlcout.DropVarCounts(theirs, tool), tlcout.DropVarCounts(ours, tool)
			}
			a, b := tlcout.Normalize(theirs, tool), tlcout.Normalize(ours, tool)
			if *save != "" {
				if err := saved.save(*save, arg, mode, a, b); err != nil {
					fmt.Fprintf(os.Stderr, "tlcdiff: %v\n", err)
					return 1
				}
			}
			line, v := compare(theirs, ours, a, b, tcode, ocode)
			fmt.Printf("%s (%s): %s\n", arg, mode, line)
			switch v {
			case differ:
				differs = true
			case bothFailed:
				failed = true
			}
		}
	}
	switch {
	case differs:
		return 1
	case failed:
		return 3
	}
	return 0
}

// A verdict of one spec and mode.
type verdict int

const (
	same       verdict = iota // the same output and exit code
	differ                    // the outputs, the files parsed or the exit codes differ
	bothFailed                // the same failure to start (failedExit) in both
)

// failedExit are TLC's exit codes of a run that never got to the model:
// the spec does not parse (150, ERROR_SPEC_PARSE), the cfg does not
// (151, ERROR_CONFIG_PARSE), or a system error (153). Two such runs
// agreeing says nothing of the checker (a missing -lib fails both alike),
// so they are reported apart from "same".
var failedExit = map[int]bool{150: true, 151: true, 153: true}

// compare judges one spec and mode from the raw outputs (for the files
// SANY parsed), the normalised ones and the exit codes, and returns the
// line to report after "SPEC (MODE): ".
func compare(theirs, ours, a, b string, tcode, ocode int) (string, verdict) {
	tf, of := tlcout.ParsedFiles(theirs), tlcout.ParsedFiles(ours)
	switch {
	case !slices.Equal(tf, of):
		return fmt.Sprintf("DIFFERS in the files SANY parsed:\n  TLC:      %s\n  wspcycle: %s", strings.Join(tf, " "), strings.Join(of, " ")), differ
	case a == b && tcode == ocode && failedExit[tcode]:
		return fmt.Sprintf("both failed: exit %d (the same output; nothing was checked)", tcode), bothFailed
	case a == b && tcode == ocode:
		return fmt.Sprintf("same, exit %d", tcode), same
	}
	return fmt.Sprintf("DIFFERS, exit %d (TLC) and %d (wspcycle)\n%s", tcode, ocode, firstDiff(a, b)), differ
}

// run runs the command line cmd (split on spaces) with args, in dir
// ("": here) with env added to the environment, and returns its standard
// output and exit code; err is for a command that could not run.
func run(cmd string, args []string, dir string, env []string) (string, int, error) {
	f := strings.Fields(cmd)
	if strings.ContainsRune(f[0], filepath.Separator) {
		if abs, err := filepath.Abs(f[0]); err == nil {
			f[0] = abs // a relative command still runs from another dir
		}
	}
	c := exec.Command(f[0], append(f[1:], args...)...)
	c.Dir, c.Env = dir, append(os.Environ(), env...)
	var out bytes.Buffer
	c.Stdout, c.Stderr = &out, os.Stderr
	err := c.Run()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return out.String(), ee.ExitCode(), nil
	}
	return out.String(), 0, err
}

// runArgs are the command lines of one spec and mode: wspcycle's (ours)
// and TLC's (theirs), the spec last in both. Only TLC gets -metadir meta:
// it writes its states there, and this run removes them; wspcycle's
// in-memory search writes none, and it warns that the flag changes
// nothing, which would be noise on every run.
func runArgs(cfg, meta, spec string, coverage, tool bool, extra []string) (ours, theirs []string) {
	args := []string{"-workers", "1", "-noGenerateSpecTE", "-config", cfg}
	if coverage {
		args = append(args, "-coverage", "1")
	}
	args = append(args, extra...)
	if tool {
		args = append(args, "-tool")
	}
	theirs = append([]string{"-metadir", meta}, args...)
	return append(args, spec), append(theirs, spec)
}

// saveNames gives the files of -save their names, one per spec and
// configuration of the run.
type saveNames struct {
	byArg, byName map[string]string
}

// name is the base name of arg's files: the spec's path as given,
// cleaned, without .tla, its separators made '_' (so that the MC.tla of
// several models do not overwrite one another), then '-' and the
// configuration's base name when it is not the spec's; a name another
// arg has already gets a number.
func (s *saveNames) name(arg string) string {
	if n, ok := s.byArg[arg]; ok {
		return n
	}
	if s.byArg == nil {
		s.byArg, s.byName = map[string]string{}, map[string]string{}
	}
	spec, cfg, _ := strings.Cut(arg, ":")
	p := filepath.ToSlash(filepath.Clean(strings.TrimSuffix(spec, ".tla")))
	p = strings.TrimLeft(strings.ReplaceAll(p, "../", ""), "/")
	name := strings.ReplaceAll(p, "/", "_")
	if c := strings.TrimSuffix(filepath.Base(cfg), ".cfg"); cfg != "" && c != filepath.Base(p) {
		name += "-" + c
	}
	for i, base := 2, name; s.byName[name] != ""; i++ {
		name = fmt.Sprintf("%s.%d", base, i)
	}
	s.byArg[arg], s.byName[name] = name, arg
	return name
}

// save writes TLC's and wspcycle's normalised outputs of one spec and
// mode into dir, as NAME.MODE.tlc and NAME.MODE.wsp (name), so that a run
// over many specs can be diffed whole afterwards (the report above shows
// only the first differing line).
func (s *saveNames) save(dir, arg, mode, theirs, ours string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	base := filepath.Join(dir, s.name(arg)+"."+mode)
	if err := os.WriteFile(base+".tlc", []byte(theirs), 0o644); err != nil {
		return err
	}
	return os.WriteFile(base+".wsp", []byte(ours), 0o644)
}

// firstDiff shows the first differing line.
func firstDiff(a, b string) string {
	n, l, r, ok := tlcout.FirstDiff(a, b)
	if !ok {
		return "  (same lines; the exit codes differ)"
	}
	return fmt.Sprintf("  line %d\n  TLC:      %s\n  wspcycle: %s", n, l, r)
}
