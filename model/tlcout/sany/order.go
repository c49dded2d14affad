package sany

import (
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/module"
	"github.com/wspcycle/wspcycle/tla/parser"
	"github.com/wspcycle/wspcycle/tla/source"
	"github.com/wspcycle/wspcycle/tla/token"
)

// Loaded is what SANY prints while it loads a spec, as Load replays it.
type Loaded struct {
	// Files are the "Parsing file" lines' paths, one per file parsed, in
	// SANY's order (see Load).
	Files []string
	// Modules are the external modules in the order of their semantic
	// processing: each after those it extends, then those it
	// instantiates, in the order SANY found them.
	Modules []string
	// Lint are the modules TLC lints, in that order: all but the
	// standard modules TLC knows by name (TLCExt and Json are linted).
	Lint []string
	// Stop is the module SANY stopped at: a file it could not find, or
	// one that does not parse (its "Parsing file" line is the last);
	// Modules and Lint are then empty.
	Stop string
	// StopFile is the file of Stop when it does not parse ("" when it
	// was not found).
	StopFile string
	// StopFrom is the module whose EXTENDS or INSTANCE names Stop.
	StopFrom string
	// asts are the parsed modules by name (none for the standard modules
	// built into wspcycle), for the linter (see LintReport).
	asts map[string]*ast.Module
	// tops name the top module of each module's file: SANY's locations
	// in an inner module name the file's module.
	tops map[string]string
}

// MissingReport is SANY's report of the module Stop that could not be
// found, for the spec named spec (as SpecName gives it), or "" when
// SANY did not stop at a missing module.
func (ld Loaded) MissingReport(spec string) string {
	if ld.Stop == "" || ld.StopFile != "" || ld.StopFrom == "" {
		return ""
	}
	return fatal(spec, "In module "+ld.StopFrom, "Cannot find source file for module "+ld.Stop+" imported in module "+ld.StopFrom+".")
}

// stdRelatives are the modules each standard module of TLC's jar (rev
// cc6b616) extends and instantiates, in the order its text names them
// (all are LOCAL INSTANCEs but Bags's and the number modules' EXTENDS).
// They decide where SANY parses and processes a standard module that
// wspcycle builds in.
var stdRelatives = map[string]struct{ extends, instances []string }{
	"Naturals":      {},
	"Integers":      {extends: []string{"Naturals"}},
	"Reals":         {extends: []string{"Integers"}},
	"Sequences":     {instances: []string{"Naturals"}},
	"FiniteSets":    {instances: []string{"Naturals", "Sequences"}},
	"Bags":          {extends: []string{"TLC"}, instances: []string{"Naturals"}},
	"TLC":           {instances: []string{"Naturals", "Sequences", "FiniteSets"}},
	"TLCExt":        {instances: []string{"TLC", "Integers"}},
	"Json":          {instances: []string{"Sequences", "FiniteSets", "TLC"}},
	"Randomization": {instances: []string{"Naturals", "FiniteSets"}},
	"Toolbox":       {instances: []string{"Naturals", "FiniteSets", "TLC"}},
}

// notLinted are the modules SANY's linter skips: those TLC's
// StandardModules class lists by name.
var notLinted = map[string]bool{
	"FiniteSets": true, "Sequences": true, "Bags": true, "Naturals": true, "Integers": true,
	"Reals": true, "RealTime": true, "Randomization": true, "TLC": true,
}

// A unit is one file SANY parsed (a ParseUnit): its top module and the
// units it was found to extend and instantiate, in that order.
type unit struct {
	name                  string
	root                  *modPtr
	extendees, instancees []*unit
}

// A modPtr is one module of a unit, its top module or one nested in it,
// with the names it extends and instantiates (every INSTANCE in its body,
// in the text's order, those in LETs and in WITH substitutions too, not
// those of its inner modules), its inner modules, and its context: the
// module names bound so far where it is defined.
type modPtr struct {
	name      string
	unit      *unit
	parent    *modPtr
	extends   []string
	instances []string
	inner     []*modPtr
	ctx       map[string]*modPtr
	top       []topItem // its inner modules and top-level INSTANCEs, in order
}

// A topItem is an inner module (inner) or a top-level INSTANCE of name.
type topItem struct {
	name  string
	inner bool
}

// Load replays how SANY (TLC rev cc6b616) loads the spec in the file tla
// whose modules are looked up in the folders of search (the spec's
// folder first), and returns what it prints. SANY parses the root file,
// then, until no module name is left unresolved, the first unresolved
// name it finds by a depth-first walk from the root module: an EXTENDS
// first (a module's own, then those of the modules it extends, of those
// it instantiates, of its inner modules), and only when none is left an
// INSTANCE, by the same walk. So a spec's EXTENDS are all parsed before
// what they extend in turn, and INSTANCEs last, each followed by what it
// extends. A module is looked up in the spec's folder, then the other
// folders of search, then among the standard modules (built into
// wspcycle, with the relatives of TLC's own).
//
// The paths are SANY's: the file's absolute path with symbolic links
// resolved, followed, for the root file and for files found outside the
// spec's folder, by "(file:PATH)" when the path as given (made absolute,
// not cleaned) differs; a standard module is "NAME.tla (built into
// wspcycle)" where TLC names its copy of the jar's file, and a module
// that follows another in the root file (after its ====) is "NAME.tla
// (ROOT)", where TLC names a temporary file.
func Load(tla string, search []string) Loaded {
	return LoadRead(tla, search, nil)
}

// teModules are the standard modules TLC adds to the root module's
// EXTENDS when it is to write a trace exploration spec (rev cc6b616: the
// post-condition _TLCTrace that serializes the counterexample), with the
// modules each instantiates; SANY parses and processes them as any other.
var teModules = map[string]struct{ extends, instances []string }{
	"_TLCTrace":  {instances: []string{"TLC", "TLCExt", "Sequences", "Naturals"}},
	"_JsonTrace": {instances: []string{"TLC", "TLCExt", "Json", "Sequences", "Naturals"}},
	// The modules of -dumpTrace tla, tlcplain, tlcaction, tlcTESpec and
	// dot, which instantiate the CommunityModules' IOUtils (and
	// GraphViz): SANY stops at those when TLC runs without them.
	"_TLAPlusCounterExample": {instances: []string{"IOUtils", "TLC", "TLCExt", "Sequences", "SequencesExt"}},
	"_TLCTracePlain":         {instances: []string{"IOUtils", "TLC", "TLCExt", "Sequences", "SequencesExt"}},
	"_TLCActionTrace":        {instances: []string{"IOUtils", "TLC", "TLCExt", "Sequences", "SequencesExt", "FiniteSets", "FiniteSetsExt"}},
	"_TLCTESpec":             {instances: []string{"IOUtils", "TLC", "TLCExt", "Sequences", "SequencesExt", "FiniteSets", "FiniteSetsExt"}},
	"_DotTrace":              {instances: []string{"TLC", "TLCExt", "GraphViz", "IOUtils", "Sequences", "Functions"}},
}

// LoadRead is Load reading the files with read (nil: the file system),
// for a command that changes the spec's text as TLC does before SANY
// reads it (TLC's -postCondition M!Op adds M to the root module's
// EXTENDS), and with the root module extending the modules extra too,
// after its own EXTENDS, as TLC makes it extend _TLCTrace when it is to
// write a trace exploration spec.
func LoadRead(tla string, search []string, read func(string) ([]byte, error), extra ...string) Loaded {
	if read == nil {
		read = source.ReadFile
	}
	l := &loader{search: search, read: read, units: map[string]*unit{}, inFile: map[string]*ast.Module{}}
	l.cwd, _ = os.Getwd()
	if real, err := filepath.EvalSymlinks(l.cwd); err == nil {
		l.cwd = real // Java's user.dir: the working directory without links
	}
	l.given = l.absGiven(tla)
	root := l.parseRoot(tla)
	if root == nil {
		return l.out
	}
	root.root.extends = append(root.root.extends, extra...)
	for {
		name, from, ext, ok := l.findExtends(root.root, map[*modPtr]bool{})
		if !ok {
			name, from, ok = l.findInstance(root.root, map[*modPtr]bool{})
		}
		if !ok {
			break
		}
		u := l.units[name]
		if u == nil {
			if u = l.parse(name); u == nil {
				l.out.Stop, l.out.StopFrom = name, from.name
				return l.out
			}
		}
		if ext {
			from.unit.extendees = append(from.unit.extendees, u)
			l.bindExtension(from, u)
		} else {
			from.unit.instancees = append(from.unit.instancees, u)
			bind(from.ctx, u.name, u.root)
		}
	}
	l.order(root, map[*unit]bool{})
	for _, m := range l.out.Modules {
		if !notLinted[m] {
			l.out.Lint = append(l.out.Lint, m)
		}
	}
	return l.out
}

type loader struct {
	search []string
	read   func(string) ([]byte, error)
	cwd    string // the real working directory
	given  string // the root file as given, made absolute
	units  map[string]*unit
	all    []*modPtr              // every module of every unit, in the order built
	inFile map[string]*ast.Module // modules that follow the root module in its file
	broken map[string]error       // those of them that do not parse
	out    Loaded
}

// bind binds name to m in ctx unless it is bound (SANY's bindIfNotBound).
func bind(ctx map[string]*modPtr, name string, m *modPtr) {
	if _, ok := ctx[name]; !ok {
		ctx[name] = m
	}
}

// parseRoot parses the root file; nil when it cannot be read or parsed.
func (l *loader) parseRoot(tla string) *unit {
	l.out.Files = append(l.out.Files, l.display(tla, true))
	src, err := l.read(tla)
	if err != nil {
		return nil
	}
	mods, broken, err := parser.ParseRoot(tla, src)
	if err != nil || len(mods) == 0 {
		l.out.Stop, l.out.StopFile = strings.TrimSuffix(filepath.Base(tla), filepath.Ext(tla)), tla
		return nil
	}
	for _, m := range mods[1:] {
		l.inFile[m.Name.Name] = m
	}
	l.broken = broken
	return l.unit(mods[0])
}

// parse finds and parses the file of module name; nil when there is none
// or it does not parse (SANY stops there).
func (l *loader) parse(name string) *unit {
	for i, dir := range l.search {
		file := filepath.Join(dir, name+".tla")
		src, err := l.read(file)
		if err != nil {
			continue
		}
		l.out.Files = append(l.out.Files, l.display(l.joinGiven(dir, name+".tla"), i > 0))
		mods, err := parser.ParseModules(file, src)
		if err != nil || len(mods) == 0 {
			l.out.StopFile = file
			return nil
		}
		return l.unit(mods[0])
	}
	rel, ok := stdRelatives[name]
	ok = ok && (module.Builtin[name] || module.Sourced[name] != "")
	if te, isTE := teModules[name]; isTE {
		rel, ok = te, true
	}
	if ok {
		l.out.Files = append(l.out.Files, name+".tla (built into wspcycle)")
		u := &unit{name: name}
		u.root = &modPtr{name: name, unit: u, extends: rel.extends, instances: rel.instances, ctx: map[string]*modPtr{}}
		l.units[name] = u
		l.all = append(l.all, u.root)
		return u
	}
	if m, ok := l.inFile[name]; ok {
		l.out.Files = append(l.out.Files, name+".tla ("+l.given+")")
		return l.unit(m)
	}
	if err, ok := l.broken[name]; ok {
		// SANY stops at it: its parse error, in the module's own lines.
		l.out.Files = append(l.out.Files, name+".tla ("+l.given+")")
		var el token.ErrorList
		if errors.As(err, &el) && len(el) > 0 {
			l.out.StopFile = el[0].Pos.Filename
		}
		return nil
	}
	return nil
}

// unit registers the unit of the module m, a file's top module.
func (l *loader) unit(m *ast.Module) *unit {
	u := &unit{name: m.Name.Name}
	l.units[u.name] = u
	u.root = l.build(u, m, nil)
	return u
}

// build makes the modPtr of m, in u, nested in parent (nil for the
// top module), with its context as SANY computes it within the file:
// its parent's, the inner modules defined before it and before each of
// its ancestors, and the inner modules of the modules it extends that
// resolve there.
func (l *loader) build(u *unit, m *ast.Module, parent *modPtr) *modPtr {
	p := &modPtr{name: m.Name.Name, unit: u, parent: parent, ctx: map[string]*modPtr{}}
	if l.out.asts == nil {
		l.out.asts, l.out.tops = map[string]*ast.Module{}, map[string]string{}
	}
	if _, ok := l.out.asts[p.name]; !ok {
		l.out.asts[p.name], l.out.tops[p.name] = m, u.name
	}
	l.all = append(l.all, p)
	for _, e := range m.Extends {
		p.extends = append(p.extends, e.Name)
	}
	if parent != nil {
		parent.inner = append(parent.inner, p)
	}
	for a := p; a.parent != nil; a = a.parent {
		for k, v := range a.parent.ctx {
			bind(p.ctx, k, v)
		}
		peers := a.parent.inner
		for _, peer := range peers[:len(peers)-1] {
			bind(p.ctx, peer.name, peer)
		}
	}
	handleExtensions(p, p, map[*modPtr]bool{})
	for _, unit := range m.Units {
		switch u2 := unit.(type) {
		case *ast.InnerModule:
			p.top = append(p.top, topItem{name: u2.Module.Name.Name, inner: true})
			l.build(u, u2.Module, p)
			continue
		case *ast.Instance:
			p.top = append(p.top, topItem{name: u2.Module.Name})
		case *ast.InstanceDef:
			p.top = append(p.top, topItem{name: u2.Inst.Module.Name})
		}
		ast.Inspect(unit, func(n ast.Node) bool {
			if in, ok := n.(*ast.Instance); ok {
				p.instances = append(p.instances, in.Module.Name)
			}
			return true
		})
	}
	return p
}

// handleExtensions binds in cur's context the inner modules of each
// module other extends that resolves in cur's context, and so on down
// the modules those extend.
func handleExtensions(cur, other *modPtr, seen map[*modPtr]bool) {
	if seen[other] {
		return
	}
	seen[other] = true
	for _, e := range other.extends {
		r := cur.ctx[e]
		if r == nil || len(r.inner) == 0 {
			continue
		}
		for _, in := range r.inner {
			bind(cur.ctx, in.name, in)
		}
		handleExtensions(cur, r, seen)
	}
}

// findExtends is SANY's search for the next unresolved EXTENDS: m's own
// first, then (recursively) those of the modules m extends, of the
// modules it instantiates that are resolved, and of its inner modules.
func (l *loader) findExtends(m *modPtr, seen map[*modPtr]bool) (name string, from *modPtr, ext, ok bool) {
	if m == nil || seen[m] {
		return "", nil, false, false
	}
	seen[m] = true
	for _, e := range m.extends {
		if m.ctx[e] == nil {
			return e, m, true, true
		}
	}
	for _, e := range m.extends {
		if name, from, _, ok := l.findExtends(m.ctx[e], seen); ok {
			return name, from, true, true
		}
	}
	for _, i := range m.instances {
		if name, from, _, ok := l.findExtends(m.ctx[i], seen); ok {
			return name, from, true, true
		}
	}
	for _, in := range m.inner {
		if name, from, _, ok := l.findExtends(in, seen); ok {
			return name, from, true, true
		}
	}
	return "", nil, false, false
}

// findInstance is SANY's search for the next unresolved INSTANCE, once
// no EXTENDS is: m's own (but one of an inner module defined before it),
// then those of the modules m extends, instantiates, and of its inner
// modules.
func (l *loader) findInstance(m *modPtr, seen map[*modPtr]bool) (name string, from *modPtr, ok bool) {
	if m == nil || seen[m] {
		return "", nil, false
	}
	seen[m] = true
	for _, i := range m.instances {
		if m.ctx[i] == nil && !resolvesInside(m, i) {
			return i, m, true
		}
	}
	for _, next := range [][]string{m.extends, m.instances} {
		for _, e := range next {
			if name, from, ok := l.findInstance(m.ctx[e], seen); ok {
				return name, from, true
			}
		}
	}
	for _, in := range m.inner {
		if name, from, ok := l.findInstance(in, seen); ok {
			return name, from, true
		}
	}
	return "", nil, false
}

// resolvesInside reports whether m's first top-level INSTANCE of name
// comes after an inner module of that name (SANY's
// instanceResolvesToInternalModule).
func resolvesInside(m *modPtr, name string) bool {
	inner := map[string]bool{}
	for _, it := range m.top {
		if it.inner {
			inner[it.name] = true
		} else if it.name == name {
			return inner[name]
		}
	}
	return false
}

// bindExtension binds the unit u that from extends in from's context,
// and the inner modules of u's top module in the context of every module
// that extends from (itself included) and names them.
func (l *loader) bindExtension(from *modPtr, u *unit) {
	bind(from.ctx, u.name, u.root)
	if len(u.root.inner) == 0 {
		return
	}
	extenders := []*modPtr{from}
	for i := 0; i < len(extenders); i++ {
		for _, m := range l.all {
			for _, e := range m.extends {
				if m.ctx[e] == extenders[i] && !containsMod(extenders, m) {
					extenders = append(extenders, m)
				}
			}
		}
	}
	var resolve func(m *modPtr)
	resolve = func(m *modPtr) {
		for _, names := range [][]string{m.extends, m.instances} {
			for _, n := range names {
				for _, in := range u.root.inner {
					if in.name == n {
						bind(m.ctx, n, in)
						break
					}
				}
			}
		}
		for _, in := range m.inner {
			resolve(in)
		}
	}
	for _, m := range extenders {
		resolve(m)
	}
}

func containsMod(ms []*modPtr, m *modPtr) bool {
	for _, x := range ms {
		if x == m {
			return true
		}
	}
	return false
}

// order appends u's module to Modules after those of the units it
// extends, then instantiates (SANY's calculateDependencies).
func (l *loader) order(u *unit, seen map[*unit]bool) {
	if seen[u] {
		return
	}
	seen[u] = true
	for _, d := range u.extendees {
		l.order(d, seen)
	}
	for _, d := range u.instancees {
		l.order(d, seen)
	}
	l.out.Modules = append(l.out.Modules, u.name)
}

// absGiven is the path p as Java's File makes it absolute: joined to the
// real working directory, not cleaned ("." and ".." stay), with repeated
// separators collapsed.
func (l *loader) absGiven(p string) string {
	if !filepath.IsAbs(p) {
		p = l.cwd + string(filepath.Separator) + p
	}
	for strings.Contains(p, "//") {
		p = strings.ReplaceAll(p, "//", "/")
	}
	return p
}

// joinGiven is file in the search folder dir as SANY names it: the
// folder as given, a separator, the file.
func (l *loader) joinGiven(dir, file string) string {
	return l.absGiven(dir + string(filepath.Separator) + file)
}

// display is SANY's path of the file given (absolute): its real path,
// and when withGiven and the given path differs, "(file:URI)" of it.
func (l *loader) display(given string, withGiven bool) string {
	abs := l.absGiven(given)
	real, err := filepath.EvalSymlinks(abs)
	if err != nil {
		real = filepath.Clean(abs)
	}
	if !withGiven || real == abs {
		return real
	}
	return real + " (" + (&url.URL{Scheme: "file", Path: abs, OmitHost: true}).String() + ")" // Java's File.toURI
}
