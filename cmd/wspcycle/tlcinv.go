package main

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/model/tlcout"
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/parser"
	"github.com/wspcycle/wspcycle/tla/source"
	"github.com/wspcycle/wspcycle/tla/token"
)

// TLC's -inv EXPR checks the state predicate EXPR as one more invariant,
// after the cfg's (TLC rev cc6b616 names it __DebuggerExpr__ and a number
// of its own, e.g. "Invariant __DebuggerExpr__1796543289088 is violated.";
// here the number is the -inv's rank on the command line, 1, 2, ...). As
// in TLC, EXPR sees the names of the spec's root module. It is loaded as a
// definition added to the root module after its last line, so that every
// position in the spec is the same, and named by an INVARIANT added to
// the cfg. An EXPR that does not parse or resolve is TLC's error 2171
// after "Starting...", exit 150, with TLC's words for it ("Syntax error
// while parsing breakpoint expression "a < "", or "Unknown
// location\n\nSemantic error while parsing breakpoint expression ..."),
// in -tool output framed twice as TLC frames it.

// tlcInvParseFailed is TLC's code for an -inv that does not load
// (EC.TLC_PARSING_FAILED2).
const tlcInvParseFailed = 2171

// errTLCInv is an -inv expression that does not load.
type errTLCInv struct {
	expr   string
	syntax bool // it does not parse (else it does not resolve)
	err    error
}

func (e *errTLCInv) Error() string { return fmt.Sprintf("-inv %q: %v", e.expr, e.err) }

// message is TLC's text of message 2171 for e.
func (e *errTLCInv) message(tool bool) string {
	inner := "Parsing or semantic analysis failed.Unknown location\n\nSemantic error while parsing breakpoint expression \"" + e.expr + "\""
	if e.syntax {
		inner = "Parsing or semantic analysis failed.Syntax error while parsing breakpoint expression \"" + e.expr + "\""
	}
	if tool {
		code := strconv.Itoa(tlcInvParseFailed)
		return "Parsing or semantic analysis failed.@!@!@STARTMSG " + code + ":0 @!@!@\n" + inner + "\n@!@!@ENDMSG " + code + " @!@!@"
	}
	return "Parsing or semantic analysis failed." + inner
}

// tlcInvLevel is the invariant of TLC's -invlevel n, TLC's
// LET _T == INSTANCE TLC _N == INSTANCE Naturals IN
// _N!<(_T!TLCGet("level"), n), written for a spec that extends TLC (an
// INSTANCE of the standard module TLC is not supported here).
func tlcInvLevel(n int) string { return `TLCGet("level") < ` + strconv.Itoa(n) }

// tlcInvName is the name of the i-th -inv (0-based).
func tlcInvName(i int) string { return "__DebuggerExpr__" + strconv.Itoa(i+1) }

// loadTLCWithInvariants is loadSpecText for `wspcycle tlc` with -inv
// expressions: the same results and messages, and an *errTLCInv (code
// 150, said on stderr) for an expression that does not load.
func loadTLCWithInvariants(tla, config string, invs []string, opt eval.Options, stderr io.Writer) (*eval.Spec, int, error) {
	if config == "" {
		config = configBeside(tla)
	}
	for _, e := range invs {
		if _, err := parser.ParseExpr("-inv", []byte(e)); err != nil {
			ie := &errTLCInv{expr: e, syntax: true, err: err}
			fmt.Fprintln(stderr, ie.Error())
			return nil, tlcExitSpecParse, ie
		}
	}
	base := opt.Read // the spec as the run changed it (-postCondition), else as it is
	if base == nil {
		base = source.ReadFile
	}
	src, err := base(tla)
	csrc, cerr := base(config)
	var mod, perr = parser.ParseFile(tla, src)
	if err != nil || cerr != nil || perr != nil || mod == nil || !mod.End.IsValid() {
		// The spec's own errors come first, reported as without -inv.
		return loadSpecWith("tlc", []string{tla}, config, nil, opt, stderr)
	}
	at := byteOffset(src, mod.End)
	var defs strings.Builder
	var names []string
	for i, e := range invs {
		fmt.Fprintf(&defs, "%s == %s\n", tlcInvName(i), e)
		names = append(names, tlcInvName(i))
	}
	read := overlaid(base, tla, src, at, defs.String(), config, csrc, "INVARIANT "+strings.Join(names, " "))
	opt.Read = read
	sp, err := eval.LoadFilesWith(opt, tla, config)
	var ae *eval.AssumptionError
	switch {
	case errors.As(err, &ae):
		fmt.Fprintln(stderr, "Error: "+ae.Msg)
		return nil, 10, err // TLC's exit code for a false assumption
	case err != nil:
		var list token.ErrorList
		if errors.As(err, &list) && len(list) > 0 && list[0].Pos.Filename == tla && !list[0].Pos.Before(mod.End) {
			ie := &errTLCInv{expr: invs[min(len(invs)-1, max(0, list[0].Pos.Line-mod.End.Line))], err: list[0]}
			fmt.Fprintln(stderr, ie.Error())
			return nil, tlcExitSpecParse, ie
		}
		fmt.Fprintln(stderr, err.Error())
		return nil, model.ExitBadInput, err
	}
	return sp, 0, nil
}

// byteOffset is the offset in src of pos (columns count code points).
func byteOffset(src []byte, pos token.Pos) int {
	line, off := 1, 0
	for off < len(src) && line < pos.Line {
		if src[off] == '\n' {
			line++
		}
		off++
	}
	for col := 1; off < len(src) && col < pos.Col; col++ {
		_, n := utf8.DecodeRune(src[off:])
		off += n
	}
	return off
}

// tlcInvFailure prints TLC's report of an -inv that does not load: the
// spec itself loads, so SANY's lines as for a good spec, then
// "Starting...", message 2171, and exit 150.
func tlcInvFailure(w *tlcout.Writer, hdr tlcout.Header, tla, config string, start time.Time, ie *errTLCInv, extra []string) int {
	var discard strings.Builder
	if sp, _, _ := loadSpecText("tlc", []string{tla}, config, nil, &discard); sp != nil {
		tlcSanyHeader(&hdr, tla, nil, extra...)
	}
	w.Header(hdr)
	w.Msg(tlcout.Starting, tlcout.ClassNone, fmt.Sprintf("Starting... (%s)", tlcout.Date(start)))
	w.Msg(tlcInvParseFailed, tlcout.ClassError, ie.message(w.Tool))
	w.Finished(start, time.Now())
	return tlcExitSpecParse
}

// overlaid is base with two files changed as TLC changes them before it
// reads them (-inv, -postCondition): the spec tla, src with add inserted
// at byte at, and the cfg config, csrc with the line cfgLine appended.
func overlaid(base func(string) ([]byte, error), tla string, src []byte, at int, add, config string, csrc []byte, cfgLine string) func(string) ([]byte, error) {
	root := append(append(append([]byte{}, src[:at]...), add...), src[at:]...)
	conf := append(append([]byte{}, csrc...), "\n"+cfgLine+"\n"...)
	return func(name string) ([]byte, error) {
		switch name {
		case tla:
			return root, nil
		case config:
			return conf, nil
		}
		return base(name)
	}
}
