package sany

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/tla/parser"
	"github.com/wspcycle/wspcycle/tla/source"
	"github.com/wspcycle/wspcycle/tla/span"
	"github.com/wspcycle/wspcycle/tla/token"
)

// The specs of testdata/parse each have one mistake, and NAME.out is what
// TLC printed for NAME.tla (the folder's README says how it was run).
// Where SANY does not parse the spec, its report there is
//
//	***Parse Error***
//	[Was expecting "what the grammar's actions last said"]
//	Encountered "tok" at line L, column C and token "prev"
//
//	Residual stack trace follows:
//	(up to five productions under way, the innermost first)
//
// then SANY's fatal block, which the replay of SANY's grammar must give
// byte for byte: javacc fails where its grammar cannot go on, which is
// often not where our parser does (the start of "Init x = 0", the 0 of
// "x = = 0", the "Beginning of definition" token SANY inserts before the
// next definition when a bracket is not closed); it prints more than one
// token where a syntactic lookahead read further (INSTANCE then the next
// definition: "INSTANCE Beginning of definition"; Len(): "( )").
var parseSpecs = filepath.Join("testdata", "parse")

type parseCase struct {
	name, tla string
	src       []byte
	tlc       string // TLC's output
	block     string // SANY's parse error in it, "" if SANY parsed the spec
}

func parseCases(t *testing.T) []parseCase {
	t.Helper()
	specs, err := filepath.Glob(filepath.Join(parseSpecs, "*.tla"))
	if err != nil || len(specs) == 0 {
		t.Fatalf("no specs in %s: %v", parseSpecs, err)
	}
	var cases []parseCase
	for _, tla := range specs {
		tla, err := filepath.Abs(tla)
		if err != nil {
			t.Fatal(err)
		}
		src, err := source.ReadFile(tla)
		if err != nil {
			t.Fatal(err)
		}
		out, err := os.ReadFile(strings.TrimSuffix(tla, ".tla") + ".out")
		if err != nil {
			t.Fatal(err)
		}
		c := parseCase{name: span.Module(tla), tla: tla, src: src, tlc: string(out)}
		if i := strings.Index(c.tlc, "***Parse Error***\n"); i >= 0 {
			j := strings.Index(c.tlc[i:], "\n\nFatal errors while parsing")
			if j < 0 {
				t.Fatalf("%s: TLC's parse error has no fatal block", c.name)
			}
			c.block = c.tlc[i : i+j]
		}
		cases = append(cases, c)
	}
	return cases
}

// The replay finds SANY's report for every spec SANY does not parse, and
// invents none for those it parses. It is told our parser's precedence
// conflict, where that is our error (Prec*: SANY's OperatorStack throws
// there).
func TestReplayIsSANYs(t *testing.T) {
	for _, c := range parseCases(t) {
		t.Run(c.name, func(t *testing.T) {
			var hint *conflict
			var list token.ErrorList
			if _, err := parser.ParseFile(c.tla, c.src); errors.As(err, &list) && len(list) > 0 {
				hint = parseConflict(list[0].Msg, list[0].Pos.Line, list[0].Pos.Col)
			}
			f, ok := sanyParse(c.src, hint)
			switch {
			case c.block == "" && ok:
				t.Errorf("SANY parses the spec, the replay fails:\n%s", f)
			case c.block != "" && !ok:
				t.Errorf("the replay finds no error; SANY's:\n%s", c.block)
			case ok && f.String() != c.block:
				t.Errorf("replay:\n%s\nSANY's:\n%s", f, c.block)
			}
		})
	}
}

// ParseError prints SANY's report, fatal block included, for every spec
// both SANY and our parser reject.
func TestParseErrorIsTLCs(t *testing.T) {
	n := 0
	for _, c := range parseCases(t) {
		_, perr := parser.ParseFile(c.tla, c.src)
		if c.block == "" || perr == nil {
			continue // our parser accepts it (the folder's README lists them)
		}
		n++
		t.Run(c.name, func(t *testing.T) {
			got := ParseError(SpecName(c.tla), c.name, SpecFile(c.tla), c.src, perr)
			if !strings.HasPrefix(got, c.block) || !strings.Contains(c.tlc, got) {
				t.Errorf("report not in TLC's output:\n%s\nTLC's:\n%s", got, c.tlc)
			}
		})
	}
	if n < 90 {
		t.Errorf("%d specs rejected by both parsers, want the 90 or more of testdata/parse", n)
	}
}

// Where the replay does not model SANY's grammar (here \X as an
// operator argument, which SANY rejects with its own message), the report
// keeps our positioned message in SANY's framing.
func TestParseErrorUnknownKeepsOurs(t *testing.T) {
	src := []byte("---- MODULE P ----\nInit == F(\\X, 1) + (1\n====\n")
	if _, ok := sanyParse(src, nil); ok {
		t.Fatal("the replay claims to know SANY's error")
	}
	tla := filepath.Join(t.TempDir(), "P.tla")
	_, perr := parser.ParseFile(tla, src)
	if perr == nil {
		t.Skip("our parser accepts the spec")
	}
	got := ParseError("P", "P", "P.tla", src, perr)
	if !strings.HasPrefix(got, "***Parse Error***\n") || !strings.Contains(got, "Encountered ") || strings.Contains(got, "Residual stack") {
		t.Errorf("report:\n%s", got)
	}
}

// javacc escapes the last token taken (a prime is "\'"), not the one it
// could not take.
func TestAddEscapes(t *testing.T) {
	for in, want := range map[string]string{`'`: `\'`, `"a"`: `\"a\"`, `\in`: `\\in`, "∈": `\u2208`, "x": "x"} {
		if got := addEscapes(in); got != want {
			t.Errorf("addEscapes(%q) = %q, want %q", in, got, want)
		}
	}
}
