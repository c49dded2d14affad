package gen

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	gotoken "go/token"
	"io"
	"os"
	"strings"

	"github.com/wspcycle/wspcycle/internal/cli"
	"github.com/wspcycle/wspcycle/tla/parser"
	"github.com/wspcycle/wspcycle/tla/source"
)

// DefaultSpec is the spec file the stand-alone generator reads when given none (relative
// to the module root).
const DefaultSpec = "spec/ProviderLifecycle.tla"

// Exit codes of RunGen and RunGraph, aligned with `wspcycle check`.
const (
	ExitOK       = 0
	ExitStale    = 1   // -check found the output out of date, or it could not be written
	ExitUsage    = 2   // bad command line
	ExitBadInput = 150 // the spec cannot be read, does not parse, or cannot be compiled
)

// Input supplies the spec when the command line names none: its name (for positions in
// messages) and its text. FileInput reads a file; the CLI passes its embedded spec.
type Input func() (name string, src []byte, err error)

// FileInput reads the spec at path.
func FileInput(path string) Input {
	return func() (string, []byte, error) {
		src, err := source.ReadFile(path)
		return path, src, err
	}
}

// RuntimeTriggers are the triggers package fsm fires: `gen` requires them by default.
var RuntimeTriggers = []string{"Startup", "Cleanup", "DrainDone", "FreeDone"}

// RunGen is `wspcycle gen [flags] [spec.tla]`: compile the spec's control fragment to Go.
// It writes the output file only when its content changes (so `make gen` on a clean tree
// touches nothing) and, with -check, only reports whether it would. It returns the exit
// status (ExitOK, ExitStale, ExitUsage, ExitBadInput).
func RunGen(args []string, stdout, stderr io.Writer, def Input) int {
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o Options
	fs.StringVar(&o.Phase, "phase", "", "the phase variable (default: from the spec's @fsm annotation)")
	fs.StringVar(&o.Counter, "counter", "", "the counter variable (default: from @fsm)")
	fs.StringVar(&o.Max, "max", "", "the constant bounding the counter (default: from @fsm, or the one constant the guards use)")
	fs.StringVar(&o.Package, "package", "fsm", "Go package of the output")
	out := fs.String("o", "-", "output file (- for standard output)")
	check := fs.Bool("check", false, "do not write: exit 1 if the output file is not up to date")
	require := fs.String("require", strings.Join(RuntimeTriggers, ","), "comma-separated triggers the spec must define (empty: none)")
	positional, code, ok := cli.ParseFlags("wspcycle gen", fs, args, genUsage, stdout, stderr)
	if !ok {
		return code
	}
	if *require != "" {
		o.Require = strings.Split(*require, ",")
	}
	if !gotoken.IsIdentifier(o.Package) {
		fmt.Fprintf(stderr, "gen: -package %q is not a Go package name (a Go identifier, such as fsm)\n", o.Package)
		return ExitUsage
	}
	m, code := load(positional, "wspcycle gen", stderr, o, def)
	if m == nil {
		return code
	}
	src, err := Emit(m, o)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return ExitBadInput
	}
	if *out == "-" {
		if *check {
			fmt.Fprintln(stderr, "gen: -check needs -o FILE")
			return ExitUsage
		}
		_, _ = stdout.Write(src)
		return ExitOK
	}
	old, rerr := readUpTo(*out, len(src)+1)
	if rerr == nil && bytes.Equal(old, src) {
		return ExitOK
	}
	if *check && errors.Is(rerr, os.ErrNotExist) {
		fmt.Fprintf(stderr, "%s does not exist: run make gen\n", *out)
		return ExitStale
	}
	if *check {
		fmt.Fprintf(stderr, "%s is stale: run make gen\n", *out)
		return ExitStale
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		fmt.Fprintln(stderr, err)
		return ExitStale
	}
	return ExitOK
}

// RunGraph is `wspcycle graph [-format dot|mermaid] [flags] [spec.tla]`: draw the machine.
func RunGraph(args []string, stdout, stderr io.Writer, def Input) int {
	fs := flag.NewFlagSet("graph", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o Options
	fs.StringVar(&o.Phase, "phase", "", "the phase variable (default: from the spec's @fsm annotation)")
	fs.StringVar(&o.Counter, "counter", "", "the counter variable (default: from @fsm)")
	fs.StringVar(&o.Max, "max", "", "the constant bounding the counter")
	format := fs.String("format", "mermaid", "dot or mermaid")
	positional, code, ok := cli.ParseFlags("wspcycle graph", fs, args, graphUsage, stdout, stderr)
	if !ok {
		return code
	}
	if *format != "dot" && *format != "mermaid" {
		fmt.Fprintf(stderr, "graph: unknown -format %q (want dot or mermaid)\n", *format)
		return ExitUsage
	}
	m, code := load(positional, "wspcycle graph", stderr, o, def)
	if m == nil {
		return code
	}
	if *format == "dot" {
		_, _ = io.WriteString(stdout, m.DOT())
	} else {
		_, _ = io.WriteString(stdout, m.Mermaid())
	}
	return ExitOK
}

// load reads, parses and projects the spec named by the one positional
// argument, or def's when there is none.
func load(positional []string, cmd string, stderr io.Writer, o Options, def Input) (*Machine, int) {
	var (
		name string
		src  []byte
		err  error
	)
	switch len(positional) {
	case 0:
		if def == nil {
			def = FileInput(DefaultSpec)
		}
		name, src, err = def()
	case 1:
		name, src, err = FileInput(positional[0])()
	default:
		fmt.Fprintf(stderr, "%s: one spec at a time, got %d\nRun '%s --help' for usage.\n", cmd, len(positional), cmd)
		return nil, ExitUsage
	}
	if err != nil {
		fmt.Fprintln(stderr, err)
		return nil, ExitBadInput
	}
	mod, err := parser.ParseFile(name, src)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return nil, ExitBadInput
	}
	m, err := Project(mod, o)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return nil, ExitBadInput
	}
	return m, ExitOK
}

const genUsage = `Usage: wspcycle gen [flags] [spec.tla]

Compiles the control fragment of spec.tla (default ` + DefaultSpec + `) into a Go
state machine on stateless, written to -o (standard output by default). With
-check it writes nothing and exits 1 when the file is not up to date.

Flags:
`

const graphUsage = `Usage: wspcycle graph [-format dot|mermaid] [flags] [spec.tla]

Draws the machine compiled from spec.tla (default ` + DefaultSpec + `) as Mermaid
or Graphviz DOT.

Flags:
`

// readUpTo reads at most n bytes of the file at path: enough to tell
// whether it holds exactly the generated code, however large (or endless,
// as /dev/zero) the file is.
func readUpTo(path string, n int) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, int64(n)))
}
