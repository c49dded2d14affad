// Package cli is the one way wspcycle's commands read their command line
// and answer --help, so that every command (check, simulate, trace, gen,
// graph, and the stand-alone wspcycle-gen) behaves alike:
//
//   - flags may stand before or after the positional arguments
//     (`check Spec.tla -workers 4`, as TLC users write them);
//   - --help (or -h) prints the usage text and the flags on stdout, nothing
//     on stderr, and ends the command with exit 0;
//   - a bad flag prints the flag package's one-line error and a hint
//     ("Run 'wspcycle check --help' for usage.") on stderr, exit 2.
//
// It is a thin layer over the standard flag package rather than a library
// such as cobra: flag already takes single-dash long flags (-config,
// -workers), which TLC's users type and which pflag-style parsers would read
// as bundles of one-letter flags, and a command needs nothing more.
// (`wspcycle tlc` reads TLC's own flag table, whose optional arguments,
// as in -dump [dot] FILE, flag cannot express.)
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
)

// ExitUsage is the exit code of a bad command line.
const ExitUsage = 2

// ParseFlags parses args with fs for the command name (its full name, e.g.
// "wspcycle check", for the hint) and returns the positional arguments;
// when ok is false the command must end at once with exit code code.
// usage is the text printed before the flags by --help; it should end
// with "Flags:\n".
func ParseFlags(name string, fs *flag.FlagSet, args []string, usage string, stdout, stderr io.Writer) (positional []string, code int, ok bool) {
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
				return nil, 0, false
			}
			fmt.Fprintf(stderr, "Run '%s --help' for usage.\n", name)
			return nil, ExitUsage, false
		}
		if fs.NArg() == 0 {
			return positional, 0, true
		}
		positional = append(positional, fs.Arg(0))
		args = fs.Args()[1:]
	}
}
