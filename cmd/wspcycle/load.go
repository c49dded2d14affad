package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/source"
	"github.com/wspcycle/wspcycle/tla/token"
)

// oneSpec reports whether the command line names at most one spec; if not,
// it says so on stderr for the command cmd (the caller exits 2). check and
// simulate take one spec, as TLC does.
func oneSpec(cmd string, positional []string, stderr io.Writer) bool {
	if len(positional) <= 1 {
		return true
	}
	fmt.Fprintf(stderr, "wspcycle %s: one spec at a time, got %d: %s\n", cmd, len(positional), strings.Join(positional, " "))
	return false
}

// loadSpec loads the spec named on the command line, or the built-in one,
// for the command cmd (named in its messages). On failure it prints the
// errors (each with file:line:col) and returns nil and the exit code; with
// asJSON, bad input also gets its verdict as JSON on stdout, since machines
// reading --json need a verdict for input that cannot be checked at all.
// What the spec prints goes to prints.
func loadSpec(cmd string, positional []string, config string, lib []string, asJSON bool, prints, stdout, stderr io.Writer) (*eval.Spec, int) {
	sp, code, err := loadSpecWith(cmd, positional, config, lib, eval.Options{Print: prints}, stderr)
	if sp == nil && asJSON && code == model.ExitBadInput {
		writeBadInputJSON(stdout, err)
	}
	return sp, code
}

// loadSpecText is loadSpec without the JSON verdict; it also returns the
// error, for that verdict.
func loadSpecText(cmd string, positional []string, config string, lib []string, stderr io.Writer) (*eval.Spec, int, error) {
	return loadSpecWith(cmd, positional, config, lib, eval.Options{}, stderr)
}

// loadSpecWith is loadSpecText loading with opt (where the spec prints,
// whether TLC's coverage is counted).
func loadSpecWith(cmd string, positional []string, config string, lib []string, opt eval.Options, stderr io.Writer) (*eval.Spec, int, error) {
	var sp *eval.Spec
	var err error
	if len(positional) == 0 {
		if config != "" {
			fmt.Fprintln(stderr, "wspcycle "+cmd+": --config needs a SPEC.tla")
			return nil, model.ExitUsage, nil
		}
		fsys, tlaName, cfgName, derr := defaultSpec()
		if derr != nil {
			fmt.Fprintf(stderr, "wspcycle %s: %v\n", cmd, derr)
			return nil, model.ExitUsage, derr
		}
		sp, err = eval.LoadWith(opt, fsys, tlaName, cfgName)
	} else {
		tla := positional[0]
		if filepath.Ext(tla) == "" {
			tla += ".tla"
		}
		if config == "" {
			config = configBeside(tla)
		}
		for _, p := range []string{tla, config} {
			if _, serr := os.Stat(p); serr != nil {
				fmt.Fprintf(stderr, "wspcycle %s: %v%s\n", cmd, serr, cfgHint(p, tla, config))
				return nil, model.ExitBadInput, serr
			}
		}
		sp, err = eval.LoadFilesWith(opt, tla, config, lib...)
	}
	if ae := (*eval.AssumptionError)(nil); errors.As(err, &ae) {
		fmt.Fprintln(stderr, "Error: "+ae.Msg)
		return nil, 10, err // TLC's exit code for a false assumption
	}
	if err != nil {
		fmt.Fprintln(stderr, err.Error())
		return nil, model.ExitBadInput, err
	}
	if sp.NoNext && cmd != "tlc" {
		// Only `wspcycle tlc` follows TLC there (initial states, then
		// TLC's error 2115): no other command runs a model without a
		// next-state relation, rather than find no error in it.
		err := token.ErrorList{{Pos: sp.NoNextPos, Msg: "the model has no next-state relation (INIT without NEXT, or a SPECIFICATION without a [][Next]_vars conjunct)"}}
		fmt.Fprintln(stderr, err.Error())
		return nil, model.ExitBadInput, err
	}
	return sp, 0, nil
}

// libFlag holds a command's -lib folders: where modules are searched
// after the spec's own folder (and before $TLA_PATH), as SANY's library
// path.
type libFlag []string

func (l *libFlag) String() string       { return strings.Join(*l, string(os.PathListSeparator)) }
func (l *libFlag) Set(dir string) error { *l = append(*l, dir); return nil }

// libVar registers -lib DIR (repeatable) on a command's flags and returns
// where the folders will be, once the flags are parsed.
func libVar(fs *flag.FlagSet) *libFlag {
	lib := new(libFlag)
	fs.Var(lib, "lib", "also search `DIR` for modules (EXTENDS, INSTANCE), after the spec's folder and before $TLA_PATH; repeatable")
	return lib
}

// sourceReader reads the source files of the spec named on the command
// line (the built-in spec's from its embedded files), for the source
// ranges of actions in traces.
func sourceReader(positional []string) func(string) ([]byte, error) {
	if len(positional) > 0 {
		return source.ReadFile
	}
	return func(name string) ([]byte, error) {
		fsys, _, _, err := defaultSpec()
		if err != nil {
			return nil, err
		}
		return source.ReadFS(fsys, name)
	}
}

// cfgHint says, when the missing file p is the model configuration, which
// configurations do exist beside the spec, so that the user can pick one
// with --config.
func cfgHint(p, tla, config string) string {
	if p != config {
		return ""
	}
	if _, err := os.Stat(tla); err != nil {
		return ""
	}
	// The spec's own configurations (Grab*.cfg for Grab.tla) first; else any.
	dir, base := filepath.Dir(tla), strings.TrimSuffix(filepath.Base(tla), filepath.Ext(tla))
	found, _ := filepath.Glob(filepath.Join(dir, base+"*.cfg"))
	if len(found) == 0 {
		found, _ = filepath.Glob(filepath.Join(dir, "*.cfg"))
	}
	if len(found) == 0 {
		return "\n(there is no .cfg file beside " + tla + ")"
	}
	more := ""
	if len(found) > 8 {
		found, more = found[:8], ", ..."
	}
	return "\n(.cfg files beside " + tla + ": " + strings.Join(found, ", ") + more + "; choose one with --config)"
}

// configBeside is the model configuration a spec gets when --config is not
// given: SPEC.cfg beside SPEC.tla, as TLC looks for it.
func configBeside(tla string) string {
	return strings.TrimSuffix(tla, filepath.Ext(tla)) + ".cfg"
}
