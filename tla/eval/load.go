package eval

import (
	"io"
	"io/fs"
	"maps"
	"path"
	"path/filepath"
	"slices"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/cfg"
	"github.com/wspcycle/wspcycle/tla/module"
	"github.com/wspcycle/wspcycle/tla/sema"
	"github.com/wspcycle/wspcycle/tla/source"
	"github.com/wspcycle/wspcycle/tla/span"
)

// LoadFiles parses a module (and every module it uses, found on the
// search path: its own folder, the lib folders, then $TLA_PATH) and its
// configuration, checks them, binds the constants and compiles everything.
// Errors are a token.ErrorList whose messages carry file:line:col, the
// files named as given (so an editor can follow them).
func LoadFiles(tlaPath, cfgPath string, lib ...string) (*Spec, error) {
	return LoadFilesWith(Options{}, tlaPath, cfgPath, lib...)
}

// Load is LoadFiles reading from fsys (for example an embedded spec); the
// search path is the spec's folder in fsys, then the root of fsys (so that
// spec/mutants/X.tla finds the spec/ModuleItUses.tla it instantiates).
func Load(fsys fs.FS, tlaName, cfgName string) (*Spec, error) {
	return LoadWith(Options{}, fsys, tlaName, cfgName)
}

// Options are what a command may change in how a spec loads. The zero
// value is LoadFiles' and Load's.
type Options struct {
	// Print receives what the spec prints (Print, PrintT, AssertEq; also
	// in its ASSUMEs, evaluated while it loads); nil: standard error.
	Print io.Writer
	// Warn, when set, receives the warnings TLC prints while it
	// evaluates, with TLC's code (warnexcept.go: 2144, an EXCEPT of a key
	// outside the function's domain), as they are met.
	Warn func(code int, text string)
	// Coverage counts TLC's coverage while the search runs: the Spec's
	// Coverage holds the trees the search counts in (coverage.go).
	Coverage bool
	// CovMismatch, when set, is told of each node of a LAMBDA's body that
	// counts on the application of the parameter instead of its own
	// (TLC's warning 2776, covlambda.go), the first time it does so.
	CovMismatch func(expr, into *CovNode)
	// Read, when set, reads the files instead of the file system, for a
	// command that adds to the spec's text what its user wrote elsewhere
	// (as TLC's -inv adds invariants). Only LoadFilesWith uses it.
	Read func(name string) ([]byte, error)
	// CallStack compiles the spec to record TLC's nested expressions
	// (Spec.CallStack, callstack.go): for replaying an error only.
	CallStack bool
	// Random, when set, is TLC's generator of its main thread (new
	// Random(seed)): the constant definitions that draw draw from it as
	// the spec loads, in TLC's order (randomconst.go), and it stays
	// installed (Run.SetRandom) for the initial states.
	Random Random
	// TLCConfig, when set, is what TLCGet("config") tells of the run
	// (tlcconfig.go): the tlc command's -seed and -simulate.
	TLCConfig *TLCConfig
	// ExtraStd are standard modules TLC loads whatever the spec uses:
	// _TLCTrace when it is to write a trace exploration spec. They
	// decide which of TLC's Java classes implements + (argerror.go).
	ExtraStd []string
	// PostconditionFlag: the cfg's POSTCONDITION is the operator of
	// TLC's -postCondition MODULE!OP, which the command added to it. TLC
	// looks that operator up in MODULE's definitions and evaluates its
	// body once the run is over, whatever its level (rev cc6b616:
	// Post!P with P == PrintT("pm") /\ FALSE prints "pm" at startup,
	// with the module's other constant definitions, and again after the
	// search, then "Postcondition P ... is false", exit 10), where the
	// cfg's own POSTCONDITION naming a constant-level definition is
	// refused ("The post condition P cannot be a constant.").
	PostconditionFlag bool
	// Unbound are the constants TLC declares but never binds: those of
	// -postCondition's MODULE, which TLC keeps a module of its own (rev
	// cc6b616: with K = 3 in the cfg, MODULE's P == K = 3 fails after
	// the search, "In evaluation, the identifier K is either undefined
	// or not an operator.", and without it nothing asks for K's value).
	// The cfg's value for one binds nothing, none is required, and a use
	// is that evaluation error where the evaluation meets it.
	Unbound map[string]bool
}

// LoadFilesWith is LoadFiles with opt.
func LoadFilesWith(opt Options, tlaPath, cfgPath string, lib ...string) (*Spec, error) {
	read := opt.Read
	if read == nil {
		read = source.ReadFile
	}
	return loadWith(opt, read, tlaPath, cfgPath, module.SearchPath(filepath.Dir(tlaPath), lib))
}

// CheckFiles runs the front end of LoadFiles on the spec tlaPath and
// its cfg, read with read (nil: the file system): the modules loaded, the
// cfg parsed, names and levels resolved, nothing evaluated. Its error is
// LoadFiles' for a spec that does not parse or resolve. A command that
// loads a spec changed as TLC changes it (TLC's -postCondition M!Op, a
// module M of the spec's own that the spec does not extend, loaded here
// as one it extends) uses it to ask whether the spec resolves without
// the change.
func CheckFiles(read func(string) ([]byte, error), tlaPath, cfgPath string, lib ...string) error {
	if read == nil {
		read = source.ReadFile
	}
	searchPath := module.SearchPath(filepath.Dir(tlaPath), lib)
	prog, err := module.Load(read, tlaPath, searchPath)
	if err != nil {
		return err
	}
	csrc, err := read(cfgPath)
	if err != nil {
		return err
	}
	conf, err := cfg.Parse(cfgPath, csrc)
	if err != nil {
		return err
	}
	withStd := shadowedStandard(prog.Modules, prog.Standard, read, searchPath)
	return sema.CheckProgramOrdered(prog.Root, prog.Modules, conf, prog.Shadowed, withStd)
}

// LoadWith is Load with opt.
func LoadWith(opt Options, fsys fs.FS, tlaName, cfgName string) (*Spec, error) {
	dirs := []string{path.Dir(tlaName)}
	if dirs[0] != "." {
		dirs = append(dirs, ".")
	}
	return loadWith(opt, func(name string) ([]byte, error) { return source.ReadFS(fsys, name) }, tlaName, cfgName, dirs)
}

// loadWith reads the files with read (the one place that tells LoadFiles
// from Load), then loads the modules, parses the cfg, checks and builds.
func loadWith(opt Options, read func(string) ([]byte, error), tlaName, cfgName string, searchPath []string) (*Spec, error) {
	prog, err := module.Load(read, tlaName, searchPath)
	if err != nil {
		return nil, err
	}
	csrc, err := read(cfgName)
	if err != nil {
		return nil, err
	}
	conf, err := cfg.Parse(cfgName, csrc)
	if err != nil {
		return nil, err
	}
	withStd := shadowedStandard(prog.Modules, prog.Standard, read, searchPath)
	if err := sema.CheckProgramOrdered(prog.Root, prog.Modules, boundForSema(conf, opt.Unbound), prog.Shadowed, withStd); err != nil {
		return nil, err
	}
	c := newProgramCompiler(prog.Root, prog.Modules)
	c.run.strs = newStrings(prog.Root, withStd, conf, read)
	c.spans = span.NewFiles(read)
	if opt.Print != nil {
		c.run.SetPrintOutput(opt.Print)
	}
	c.covOn = opt.Coverage
	c.extraStd = opt.ExtraStd
	c.postFlag = opt.PostconditionFlag
	c.unbound = opt.Unbound
	c.covMismatch = opt.CovMismatch
	if opt.Random != nil {
		c.run.SetRandom(opt.Random)
	}
	c.run.config = opt.TLCConfig
	c.run.warn = opt.Warn
	if opt.CallStack {
		c.cs = &CallStack{}
	}
	sp, err := build(c, prog.Root, conf)
	if sp != nil {
		sp.Modules = withStd
		sp.CallStack = c.cs
	}
	return sp, err
}

// BuildProgram is Build for a root module that uses the other modules
// mods (by name, as package module loads them). Without the files, the
// spec's strings and model values are in the order of their content
// (value.Alphabetical), not TLC's (strorder.go).
func BuildProgram(root *ast.Module, mods map[string]*ast.Module, conf *cfg.Config) (*Spec, error) {
	return build(newProgramCompiler(root, mods), root, conf)
}

// boundForSema is conf as the semantic checks see it: with a value for
// each constant of unbound (Options.Unbound) it does not give, which TLC
// never asks for. The values are the constants' names, bound by nothing.
func boundForSema(conf *cfg.Config, unbound map[string]bool) *cfg.Config {
	if len(unbound) == 0 {
		return conf
	}
	c := *conf
	c.Constants = slices.Clone(conf.Constants)
	for _, k := range slices.Sorted(maps.Keys(unbound)) {
		if conf.Lookup(k) == nil {
			id := &ast.Ident{Name: k}
			c.Constants = append(c.Constants, &cfg.Constant{Name: id, Value: &ast.Ident{Name: k}})
		}
	}
	return &c
}
