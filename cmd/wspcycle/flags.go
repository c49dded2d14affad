package main

import (
	"flag"
	"io"

	"github.com/wspcycle/wspcycle/internal/cli"
)

// parseFlags parses args with fs for the command `wspcycle fs.Name()`, the
// one way every command reads its command line (see package internal/cli).
func parseFlags(fs *flag.FlagSet, args []string, usage string, stdout, stderr io.Writer) (positional []string, code int, ok bool) {
	return cli.ParseFlags("wspcycle "+fs.Name(), fs, args, usage, stdout, stderr)
}
