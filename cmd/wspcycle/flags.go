package main

import (
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/wspcycle/wspcycle/model"
)

// parseFlags parses args with fs for the command fs.Name(), the one way
// every command of wspcycle reads its command line, so that they all answer
// alike. It returns the positional arguments; when ok is false the command
// must end at once with exit code code.
//
// Go's flag package stops at the first positional argument, but TLC users
// write flags anywhere (`check Spec.tla -workers 4`): parseFlags parses
// again after each positional argument, so flags may stand on either side.
//
// --help is not an error: it prints usage and the flags' defaults on
// stdout, nothing on stderr, and gives exit 0. A bad flag gives the flag
// package's one-line error and a hint ("Run 'wspcycle check --help' for
// usage.") on stderr, exit 2, rather than the whole flag list.
func parseFlags(fs *flag.FlagSet, args []string, usage string, stdout, stderr io.Writer) (positional []string, code int, ok bool) {
	fs.SetOutput(stderr)
	// The flag package calls Usage before returning any parse error, --help
	// included: it prints nothing; the hint or the full text comes below.
	fs.Usage = func() {}
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				io.WriteString(stdout, usage)
				fs.SetOutput(stdout)
				fs.PrintDefaults()
				return nil, model.ExitOK, false
			}
			fmt.Fprintf(stderr, "Run 'wspcycle %s --help' for usage.\n", fs.Name())
			return nil, model.ExitUsage, false
		}
		if fs.NArg() == 0 {
			return positional, 0, true
		}
		positional = append(positional, fs.Arg(0))
		args = fs.Args()[1:]
	}
}
