package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/model/tlcout"
	"github.com/wspcycle/wspcycle/model/tlcout/dumptrace"
	"github.com/wspcycle/wspcycle/model/tlcout/tetrace"
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/cfg"
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/source"
	"github.com/wspcycle/wspcycle/tla/value"
)

// tlcTEByDefault is whether `wspcycle tlc` writes TLC's trace
// exploration spec (package tetrace) when neither -generateSpecTE nor
// -noGenerateSpecTE (-noTE) is given: TLC does. The test binary turns it
// off (TestMain, also when it runs as the command), so that a test that
// checks a failing spec in testdata writes nothing there; those about the
// spec ask for it.
var tlcTEByDefault = true

// tlcTEModules are the modules TLC makes the root module extend when it
// is to write the spec (they show in SANY's lines).
var tlcTEModules = []string{"_TLCTrace"}

// teSpec reports whether TLC is to write a trace exploration spec:
// when the spec is on, but never with -tool (the Toolbox and the VS Code
// extension make their own) nor -continue (TLC rev cc6b616 parses no
// _TLCTrace then).
func (f *tlcFlags) teSpec() bool {
	on := tlcTEByDefault
	if f.teSet {
		on = !f.noTE
	}
	return on && !f.tool && !f.cont
}

// teLoaded reports whether TLC loads its _TLCTrace module for the trace
// exploration spec, whose post-condition _TLCTraceSilent writes the
// trace's .bin: not with -noTEBin (-noGenerateSpecTEBin), which keeps
// the spec and drops the .bin (TLC rev cc6b616: no .bin, no _TLCTrace
// among SANY's lines).
func (f *tlcFlags) teLoaded() bool {
	return f.teSpec() && !f.noTEBin
}

// teOn reports whether this run writes a trace exploration spec: not
// after a -recover (TLC's TraceExplorationSpec.generate).
func (f *tlcFlags) teOn() bool {
	return f.teSpec() && f.recover == ""
}

// teBin reports whether this run writes the trace's .bin beside the
// trace exploration spec.
func (f *tlcFlags) teBin() bool {
	return f.teLoaded() && f.recover == ""
}

// teExtra are the modules SANY's lines show the root module extending.
// TLC makes it extend the module of each -dumpTrace (its post-condition
// writes the file), in command-line order, then _TLCTrace (rev cc6b616:
// "-dumpTrace tlc t -dumpTrace json j" parses _TLCTrace, then _JsonTrace;
// "-dumpTrace dot d -dumpTrace json j", _DotTrace, _JsonTrace, then
// _TLCTrace), then what they instantiate. It loads _TLCTrace for the
// trace exploration spec, and also for a -dumpTrace tlc (its
// post-condition _TLCTrace) and a -loadTrace tlc (its constraint and
// view), whatever -noGenerateSpecTE and -tool say (rev cc6b616); it loads
// _JsonTrace for a -loadTrace json. The modules of -dumpTrace tla and
// tlcplain, which need the CommunityModules, are left out (those files
// are written as TLC with them writes them), unless a format that is not
// written is given too, where SANY stops at the CommunityModules
// (tlcDumpTraceUnwritten).
func (f *tlcFlags) teExtra() []string {
	var extra []string
	add := func(m string) {
		if !slices.Contains(extra, m) {
			extra = append(extra, m)
		}
	}
	unwritten := f.dumpTraceUnwritten() != ""
	for _, d := range f.dumpTrace {
		if d.Format == "json" || d.Format == "tlc" || unwritten {
			add(dumptrace.ModuleOf(d.Format))
		}
	}
	if f.tlcTraceLoaded() {
		for _, m := range tlcTEModules {
			add(m)
		}
	}
	for _, l := range f.loadTrace {
		if l.format == "json" {
			add("_JsonTrace")
		}
	}
	return extra
}

// dumpTraceUnwritten is the first -dumpTrace format of f that is not
// written here (dumptrace.Unwritten), "" when none.
func (f *tlcFlags) dumpTraceUnwritten() string {
	for _, d := range f.dumpTrace {
		if dumptrace.Unwritten(d.Format) != "" {
			return d.Format
		}
	}
	return ""
}

// tlcTraceLoaded reports whether TLC loads its _TLCTrace module.
func (f *tlcFlags) tlcTraceLoaded() bool {
	if f.teLoaded() {
		return true
	}
	for _, d := range f.dumpTrace {
		if d.Format == "tlc" {
			return true
		}
	}
	for _, l := range f.loadTrace {
		if l.format == "tlc" {
			return true
		}
	}
	return false
}

// tlcWriteTE writes the trace exploration spec of rep's trace, as TLC
// does at the end of a run (after "Finished in"), and prints TLC's line
// naming it; a trace of one state gets none. dir is -teSpecOutDir, else
// the spec's folder.
func tlcWriteTE(w *tlcout.Writer, f *tlcFlags, tla, cfgPath string, sp *eval.Spec, rep *model.Report, start time.Time) error {
	if !f.teOn() || len(rep.Trace) == 0 || !tetrace.Writable(len(rep.Trace), rep.LoopBack > 0) {
		return nil
	}
	root := sp.Name
	t := tetrace.Trace{Module: root, Name: tetrace.Name(root, start), Generated: start, LoopBack: rep.LoopBack}
	if rep.LoopBack == len(rep.Trace) {
		t.LoopBack, t.Stutter = 0, true
	}
	// The variables' values, not an ALIAS's (TLC's MCState reads the
	// original state).
	vars, order := rep.Vars, model.TraceOrder(rep.Vars, rep.VarOrder, rep.VarsInOrder)
	states := make([]value.State, len(rep.Trace))
	for i, ts := range rep.Trace {
		states[i] = ts.State
	}
	if u := rep.Unaliased; u != nil {
		vars, order, states = u.Vars, u.Order, u.States
	}
	for _, j := range order {
		t.Vars = append(t.Vars, vars[j])
	}
	for _, st := range states {
		vals := make([]string, len(order))
		for i, j := range order {
			vals[i] = "null"
			if j < len(st) && st[j] != nil {
				vals[i] = st[j].String()
			}
		}
		t.States = append(t.States, vals)
	}
	t.Constants, t.ModelValues, t.Declared = tlcTEConstants(cfgPath)
	dir := f.teDir
	if dir == "" {
		dir = filepath.Dir(tla)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	// Java's Path.resolve: "." stays as the folder ("./X.tla").
	path := strings.TrimRight(dir, "/") + "/" + t.Name + ".tla"
	if dir == "/" {
		path = "/" + t.Name + ".tla"
	}
	if err := os.WriteFile(path, tetrace.Write(t), 0o644); err != nil {
		return err
	}
	w.Line("Trace exploration spec path: " + path)
	return nil
}

// tlcTEConstants are the cfg's constants as TLC copies them into the
// spec's CONFIG (ModelConfig.getConstantsAsList: the entry's tokens
// joined by blanks, "Procs = { p1 , p2 }", "D <- Def"), the model values
// the cfg creates in order, and which of those are declared constants.
func tlcTEConstants(cfgPath string) (lines, mvs []string, declared map[string]bool) {
	declared = map[string]bool{}
	src, err := source.ReadFile(cfgPath)
	if err != nil {
		return nil, nil, declared
	}
	c, err := cfg.Parse(cfgPath, src)
	if err != nil {
		return nil, nil, declared
	}
	seen := map[string]bool{}
	var walk func(e ast.Expr) string
	walk = func(e ast.Expr) string {
		switch e := e.(type) {
		case *ast.Ident:
			if !seen[e.Name] {
				seen[e.Name] = true
				mvs = append(mvs, e.Name)
			}
			return e.Name
		case *ast.SetEnum:
			if len(e.Elems) == 0 {
				return "{ }"
			}
			parts := make([]string, len(e.Elems))
			for i, x := range e.Elems {
				parts[i] = walk(x)
			}
			return "{ " + strings.Join(parts, " , ") + " }"
		default:
			return tlcTEText(src, e)
		}
	}
	for _, k := range c.Constants {
		declared[k.Name.Name] = true
		name := k.Name.Name
		if k.Subst != nil {
			sub := k.Subst.Name
			if k.Module != nil {
				sub = "[" + k.Module.Name + "] " + sub
			}
			lines = append(lines, name+" <- "+sub)
			continue
		}
		lines = append(lines, name+" = "+walk(k.Value))
	}
	return lines, mvs, declared
}

// tlcTEText is the cfg's text of a value that is one token: a number
// or a string as written (TLC copies the token's image), TRUE or FALSE.
func tlcTEText(src []byte, e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Number:
		return e.Lit
	case *ast.Bool:
		if e.Value {
			return "TRUE"
		}
		return "FALSE"
	case *ast.String:
		lines := strings.Split(string(src), "\n")
		p := e.ValuePos
		if p.Line >= 1 && p.Line <= len(lines) && p.Col >= 1 && p.Col <= len(lines[p.Line-1]) {
			rest := lines[p.Line-1][p.Col-1:]
			for i := 1; i < len(rest); i++ {
				switch rest[i] {
				case '\\':
					i++
				case '"':
					return rest[:i+1]
				}
			}
		}
		return strconv.Quote(e.Value)
	}
	return ""
}

// tlcCfgPath is the cfg the run reads: -config, else the one beside the
// spec.
func tlcCfgPath(f *tlcFlags, tla string) string {
	if f.config != "" {
		return f.config
	}
	return configBeside(tla)
}

// tlcTEBin writes, after the trace, the trace's .bin beside the trace
// exploration spec (SPEC_TTrace_N.bin), as TLC's post-condition
// _TLCTraceSilent does: the file of -dumpTrace tlc (dumptrace.TLCBin),
// for any trace, a single state's too, which gets no spec (TLC rev
// cc6b616, probe InvInit). When the folder of -teSpecOutDir does not
// exist yet, TLC writes the .bin before it makes the folder for the
// spec, and says it could not; the spec is written all the same.
func tlcTEBin(w *tlcout.Writer, f *tlcFlags, tla string, sp *eval.Spec, rep *model.Report, start time.Time, opt *tlcout.TraceOptions) {
	if !f.teBin() || len(rep.Trace) == 0 {
		return
	}
	prev := opt.AfterTrace
	opt.AfterTrace = func() {
		if prev != nil {
			prev()
		}
		tlcWriteTEBin(w, f, tla, sp, rep, start, false)
	}
}

// tlcWriteTEBin writes the trace's .bin now (tlcTEBin; the simulator
// writes it after its statistics, with the -dumpTrace files), or says
// why it could not as TLC does.
func tlcWriteTEBin(w *tlcout.Writer, f *tlcFlags, tla string, sp *eval.Spec, rep *model.Report, start time.Time, simulated bool) {
	if !f.teBin() || len(rep.Trace) == 0 {
		return
	}
	dir := f.teDir
	if dir == "" {
		dir = filepath.Dir(tla)
	}
	bin := strings.TrimRight(dir, "/") + "/" + tetrace.Name(tlcRootName(tla), start) + ".bin"
	if dir == "/" {
		bin = "/" + tetrace.Name(tlcRootName(tla), start) + ".bin"
	}
	_, err := os.Stat(dir)
	why := bin + " (No such file or directory)"
	if err == nil {
		var data []byte
		if data, err = dumptrace.TLCBin(sp, rep, tlcModelNames(tlcCfgPath(f, tla)), simulated); err == nil {
			err = os.WriteFile(bin, data, 0o644)
		}
		if err == nil {
			return
		}
		why = err.Error()
	}
	w.Msg(tlcout.General, tlcout.ClassError, "Evaluating postcondition _TLCTraceSilent at line 28, col 5 to line 28, col 21 of module _TLCTrace failed.\n"+
		"Attempted to apply the operator overridden by the Java method\n"+
		"public static final tlc2.value.IValue tlc2.module._TLCTrace.ioSerialize(tlc2.value.IValue,tlc2.value.impl.StringValue) throws java.io.IOException,\n"+
		"but it produced the following error:\n"+why)
}

// tlcRootName is the name of the spec's root module: its file's name.
func tlcRootName(tla string) string {
	return strings.TrimSuffix(filepath.Base(tla), ".tla")
}

// tlcDumpTraceUnwritten is `wspcycle tlc` with a -dumpTrace format that
// is not written here (f.dumpTraceUnwritten): TLC's module for it
// instantiates the CommunityModules' IOUtils (GraphViz for dot), on no
// library path of TLC run as it is, so SANY stops there: its lines up to
// the missing module, "Cannot find source file for module IOUtils
// imported in module _TLCActionTrace.", "Parsing or semantic analysis
// failed.", exit 150 (rev cc6b616; an error of the spec's own that SANY
// meets first is reported instead, as it is by tlcLoadFailure). With
// those modules on TLA_PATH TLC would go on (and, without their Java
// overrides, fail after the search), which is not reproduced: refused.
// done is false when the run is to go on (a cfg that does not parse is
// reported by the load, as TLC reads the cfg first).
func tlcDumpTraceUnwritten(w *tlcout.Writer, hdr tlcout.Header, f *tlcFlags, tla, cfgPath string, start time.Time, prints *tlcPrints,
	read func(string) ([]byte, error), stderr io.Writer) (code int, done bool) {
	format := f.dumpTraceUnwritten()
	if format == "" || !tlcCfgParses(cfgPath) {
		return 0, false
	}
	for _, m := range []string{"IOUtils", "GraphViz"} {
		if onSearchPath(tla, m) {
			fmt.Fprintf(stderr, "wspcycle tlc: -dumpTrace %s is not supported with the CommunityModules' %s on TLA_PATH: %s\n", format, m, dumptrace.Unwritten(format))
			return tlcExitUsage, true
		}
	}
	return tlcLoadFailure(w, hdr, tla, cfgPath, start, model.ExitBadInput, nil, "", prints, read, f.teExtra()), true
}
