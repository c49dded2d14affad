package sany

import (
	"fmt"
	"strings"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/sema"
	"github.com/wspcycle/wspcycle/tla/source"
	"github.com/wspcycle/wspcycle/tla/token"
)

// SANY's linter (tla2sany.linter.Linter, TLC rev cc6b616) warns about a
// record constructor [f |-> e] whose field name f is also the name of a
// definition or declaration of the module's context (its own, those of
// the modules it extends, those an unnamed INSTANCE imports, not LET
// definitions, parameters or bound variables): f there is the string
// "f", which a user may not expect. It keeps quiet when some value of the
// record, or of any record with the same field names in the module or the
// modules it extends, is built from a declaration (a CONSTANT, VARIABLE,
// parameter or bound variable, following definitions transitively), which
// suggests the user knows. Record sets [f : S], r.f and EXCEPT !.f are
// not linted. TLC prints the warnings after all "Linting of module" lines.

// A lintSym is a name of a module's context.
type lintSym struct {
	decl   bool          // a CONSTANT or VARIABLE
	module string        // the module that defines it
	def    ast.Unit      // its definition (an OpDef, FuncDef or InstanceDef), if any
	std    *sema.Builtin // a standard module's operator built into wspcycle
	rng    model.SourceRange
	local  bool
}

// A lintEnv is where an expression is: its module and the names bound
// around it in the unit that holds it.
type lintEnv struct {
	module string
	locals map[string]bool     // parameters and bound variables
	lets   map[string]ast.Unit // LET definitions
}

// A lintRecord is a record constructor [f |-> e] or a record set
// [f : S] (SANY lints both), with where it is.
type lintRecord struct {
	fields []*ast.Field
	env    lintEnv
}

type linter struct {
	asts    map[string]*ast.Module
	tops    map[string]string
	ctxs    map[string]map[string]lintSym
	records map[string][]lintRecord
	// built and defBuilt memoize builtFrom for record values and for
	// definitions: a large spec asks about the same ones again and again.
	built    map[ast.Expr]bool
	defBuilt map[ast.Unit]bool
}

// LintReport is the text SANY's linter prints for the modules of Lint
// (empty when there is nothing to say), each warning as SANY's Errors
// prints it: the field's position, a blank line, the message, three
// blank lines.
func (ld Loaded) LintReport() (report string) {
	if ld.Stop != "" || len(ld.Lint) == 0 {
		return ""
	}
	// The report only decorates TLC's header: a spec the replay does not
	// foresee must not cost the run that follows it.
	defer func() {
		if recover() != nil {
			report = ""
		}
	}()
	l := &linter{asts: ld.asts, tops: ld.tops, ctxs: map[string]map[string]lintSym{}, records: map[string][]lintRecord{},
		built: map[ast.Expr]bool{}, defBuilt: map[ast.Unit]bool{}}
	var b strings.Builder
	for _, m := range ld.Lint {
		l.lintModule(m, &b)
	}
	return b.String()
}

func (l *linter) lintModule(name string, b *strings.Builder) {
	mod := l.asts[name]
	if mod == nil {
		return
	}
	ctx := l.context(name, map[string]bool{})
	recs := l.recordsOf(name)
	all := append([]lintRecord(nil), recs...)
	for _, e := range l.extendedSet(name, map[string]bool{name: true}) {
		all = append(all, l.recordsOf(e)...)
	}
	for _, r := range recs {
		for _, f := range r.fields {
			s, ok := ctx[f.Name.Name]
			if !ok || !s.rng.IsValid() {
				continue
			}
			if l.suppressed(r, all) {
				continue
			}
			n := f.Name.Name
			fmt.Fprintf(b, "line %d, col %d to line %d, col %d of module %s\n\n", f.Name.NamePos.Line, f.Name.NamePos.Col, f.Name.NamePos.Line, f.Name.NamePos.Col+len([]rune(n))-1, name)
			fmt.Fprintf(b, "The field name %q in the record constructor is identical to the existing definition or declaration\n"+
				"named %s, located at %s.\n"+
				"The field in the record will not take the value of the %s definition or declaration.\n"+
				"In TLA+, field names in records are strings, regardless of any similarly named declarations or definitions.\n"+
				"Therefore, DOMAIN [%s |-> ...] = {%q} holds true.\n\n\n\n", n, n, rangeText(s.rng), n, n, n)
		}
	}
}

// suppressed: some value of a record with r's field names is built from
// declarations.
func (l *linter) suppressed(r lintRecord, all []lintRecord) bool {
	for _, o := range all {
		if !sameDomain(o.fields, r.fields) {
			continue
		}
		for _, f := range o.fields {
			b, ok := l.built[f.Value]
			if !ok {
				b = l.builtFrom(f.Value, o.env, map[ast.Unit]bool{})
				l.built[f.Value] = b
			}
			if b {
				return true
			}
		}
	}
	return false
}

func sameDomain(a, b []*ast.Field) bool {
	if len(a) != len(b) {
		return false
	}
outer:
	for _, x := range a {
		for _, y := range b {
			if x.Name.Name == y.Name.Name {
				continue outer
			}
		}
		return false
	}
	return true
}

// extendedSet are the modules name extends, transitively.
func (l *linter) extendedSet(name string, seen map[string]bool) []string {
	var out []string
	mod := l.asts[name]
	if mod == nil {
		return nil
	}
	for _, e := range mod.Extends {
		if seen[e.Name] {
			continue
		}
		seen[e.Name] = true
		out = append(out, e.Name)
		out = append(out, l.extendedSet(e.Name, seen)...)
	}
	return out
}

// context is the module context of name: what it defines and declares
// and what it imports by EXTENDS and unnamed INSTANCE.
func (l *linter) context(name string, busy map[string]bool) map[string]lintSym {
	if c, ok := l.ctxs[name]; ok {
		return c
	}
	ctx := map[string]lintSym{}
	if busy[name] {
		return ctx
	}
	busy[name] = true
	defer delete(busy, name)
	add := func(k string, s lintSym) {
		if _, ok := ctx[k]; !ok {
			ctx[k] = s
		}
	}
	// imp imports the context of m; at, when valid, is the INSTANCE
	// that imports it, where SANY locates the definitions it makes.
	imp := func(m string, decls, local bool, at model.SourceRange) {
		if l.asts[m] == nil {
			for k, bi := range sema.Visible([]string{m}) {
				bi := bi
				s := lintSym{module: bi.Module, std: &bi, local: local, rng: stdRange(bi.Module, k)}
				if at.IsValid() {
					s.rng = at
				}
				add(k, s)
			}
			return
		}
		for k, s := range l.context(m, busy) {
			if !s.local && (decls || !s.decl) {
				s.local = s.local || local
				if at.IsValid() {
					s.rng = at
				}
				add(k, s)
			}
		}
	}
	mod := l.asts[name]
	if mod == nil {
		imp(name, true, false, model.SourceRange{})
		l.ctxs[name] = ctx
		return ctx
	}
	where := name // the module SANY's locations name
	if t, ok := l.tops[name]; ok {
		where = t
	}
	for _, e := range mod.Extends {
		imp(e.Name, true, false, model.SourceRange{})
	}
	for i, u := range mod.Units {
		switch d := u.(type) {
		case *ast.Constants:
			for _, c := range d.Names {
				add(c.Name.Name, lintSym{decl: true, module: name, rng: identRange(c.Name, where)})
			}
		case *ast.Variables:
			for _, v := range d.Names {
				add(v.Name, lintSym{decl: true, module: name, rng: identRange(v, where)})
			}
		case *ast.OpDef:
			if d.Name != nil {
				add(d.Name.Name, lintSym{module: name, def: d, local: d.Local, rng: bodyRange(localStart(d.Start, d.Local), d.Body, where)})
			}
		case *ast.FuncDef:
			add(d.Name.Name, lintSym{module: name, def: d, local: d.Local, rng: bodyRange(localStart(d.Start, d.Local), d.Body, where)})
		case *ast.Theorem:
			if d.Name != nil {
				var next token.Pos
				if i+1 < len(mod.Units) {
					next = mod.Units[i+1].Pos()
				}
				add(d.Name.Name, lintSym{module: name, rng: unitRange(d.Start, next, where)})
			}
		case *ast.Assume:
			if d.Name != nil {
				add(d.Name.Name, lintSym{module: name, rng: bodyRange(d.Start, d.Expr, where)})
			}
		case *ast.InstanceDef:
			r := instRange(d.Inst, where)
			r.Start = d.Start
			add(d.Name.Name, lintSym{module: name, def: d, local: d.Local, rng: r})
		case *ast.Instance:
			// SANY locates what a LOCAL INSTANCE imports at the
			// INSTANCE, what an INSTANCE imports where it is defined.
			at := model.SourceRange{}
			if d.Local {
				at = instRange(d, where)
			}
			imp(d.Module.Name, false, d.Local, at)
		}
	}
	l.ctxs[name] = ctx
	return ctx
}

// instRange is the range of INSTANCE M [WITH ...], from its start.
func instRange(in *ast.Instance, module string) model.SourceRange {
	r := identRange(in.Module, module)
	r.Start = in.Start
	if n := len(in.With); n > 0 {
		if e := model.ExprRange(in.With[n-1].Value, source.ReadFile); e.IsValid() {
			r.End = e.End
		}
	}
	return r
}

// unitRange is the range of the unit (a theorem with its proof) that
// starts at start and ends with the last token before next (the next
// unit's start; the module's end when next is not valid), not counting
// separator lines.
func unitRange(start, next token.Pos, module string) model.SourceRange {
	src, err := source.ReadFile(start.Filename)
	if err != nil {
		return model.SourceRange{}
	}
	toks, ok := jlex(src)
	if !ok {
		return model.SourceRange{}
	}
	before := func(t jtok, p token.Pos) bool { return t.line < p.Line || t.line == p.Line && t.col < p.Col }
	var end *jtok
	for i := range toks {
		t := &toks[i]
		if before(*t, start) {
			continue
		}
		if next.IsValid() && !before(*t, next) || !next.IsValid() && strings.HasPrefix(t.img, "====") {
			break
		}
		if strings.HasPrefix(t.img, "----") || strings.HasPrefix(t.img, "====") {
			continue
		}
		end = t
	}
	if end == nil {
		return model.SourceRange{}
	}
	e := token.Pos{Filename: start.Filename, Line: end.line, Col: end.col + len([]rune(end.img)) - 1}
	return model.SourceRange{Module: module, Start: start, End: e}
}

// localStart is where a definition that starts at start begins for SANY:
// at its LOCAL keyword when it has one (the last LOCAL before start on
// its line or the lines before).
func localStart(start token.Pos, local bool) token.Pos {
	if !local {
		return start
	}
	src, err := source.ReadFile(start.Filename)
	if err != nil {
		return start
	}
	lines := strings.Split(string(src), "\n")
	for ln := start.Line; ln >= 1 && ln > start.Line-5 && ln <= len(lines); ln-- {
		text := []rune(lines[ln-1])
		if ln == start.Line && start.Col-1 <= len(text) {
			text = text[:start.Col-1]
		}
		if i := strings.LastIndex(string(text), "LOCAL"); i >= 0 {
			return token.Pos{Filename: start.Filename, Line: ln, Col: len([]rune(string(text)[:i])) + 1}
		}
	}
	return start
}

func identRange(id *ast.Ident, module string) model.SourceRange {
	end := id.NamePos
	end.Col += len([]rune(id.Name)) - 1
	return model.SourceRange{Module: module, Start: id.NamePos, End: end}
}

func bodyRange(start token.Pos, body ast.Expr, module string) model.SourceRange {
	r := model.ExprRange(body, source.ReadFile)
	if !r.IsValid() {
		return model.SourceRange{}
	}
	return model.SourceRange{Module: module, Start: start, End: r.End}
}

// recordsOf are the record constructors of module name, in the order
// SANY generates them (a record after those in its values).
func (l *linter) recordsOf(name string) []lintRecord {
	if rs, ok := l.records[name]; ok {
		return rs
	}
	var out []lintRecord
	mod := l.asts[name]
	if mod != nil {
		for _, u := range mod.Units {
			if _, ok := u.(*ast.InnerModule); ok {
				continue
			}
			env := unitEnv(name, u)
			var collect func(n ast.Node)
			collect = func(n ast.Node) {
				ast.Inspect(n, func(x ast.Node) bool {
					var fields []*ast.Field
					switch r := x.(type) {
					case *ast.Record:
						fields = r.Fields
					case *ast.RecordSet:
						fields = r.Fields
					default:
						return true
					}
					for _, f := range fields {
						collect(f.Value)
					}
					out = append(out, lintRecord{fields, env})
					return false
				})
			}
			collect(u)
		}
	}
	l.records[name] = out
	return out
}

// unitEnv collects the names a unit binds: the parameters and bound
// variables anywhere in it, and its LET definitions. TLA+ forbids
// shadowing, so a name bound somewhere in a unit means that binding
// wherever it is used in the unit.
func unitEnv(module string, u ast.Node) lintEnv {
	env := lintEnv{module: module, locals: map[string]bool{}, lets: map[string]ast.Unit{}}
	params := func(ps []*ast.Ident) {
		for _, p := range ps {
			env.locals[p.Name] = true
		}
	}
	lets := func(ds []ast.Unit) {
		for _, d := range ds {
			switch dd := d.(type) {
			case *ast.OpDef:
				if dd.Name != nil {
					env.lets[dd.Name.Name] = dd
				}
			case *ast.FuncDef:
				env.lets[dd.Name.Name] = dd
			}
		}
	}
	ast.Inspect(u, func(n ast.Node) bool {
		for _, id := range ast.BoundNames(n) {
			env.locals[id.Name] = true
		}
		switch x := n.(type) {
		case *ast.OpDef:
			params(x.Params)
		case *ast.InstanceDef:
			params(x.Params)
		case *ast.Step:
			lets(x.Defs) // DEFINE
		case *ast.Let:
			lets(x.Defs)
		}
		return true
	})
	return env
}

// builtFrom reports whether e is (transitively) built from a declaration:
// it names a CONSTANT, VARIABLE, parameter or bound variable, BOOLEAN,
// Nat or Int, or a definition whose body is built from one. The standard
// modules' operators with arguments are stubs written with their
// parameters in TLC's jar, so they count too.
func (l *linter) builtFrom(e ast.Node, env lintEnv, busy map[ast.Unit]bool) bool {
	found := false
	follow := func(d ast.Unit, module string) {
		if busy[d] || found {
			return
		}
		if b, ok := l.defBuilt[d]; ok {
			found = b
			return
		}
		busy[d] = true
		defer func() {
			delete(busy, d)
			l.defBuilt[d] = found
		}()
		// A LET definition is in the unit of env; any other is a unit
		// of its own module.
		denv := env
		if module != env.module || env.lets[defName(d)] != d {
			denv = unitEnv(module, d)
		}
		switch x := d.(type) {
		case *ast.OpDef:
			if l.builtFrom(x.Body, denv, busy) || len(x.Params) > 0 && l.usesAny(x.Body, x.Params) {
				found = true
			}
		case *ast.FuncDef:
			found = l.builtFrom(x.Body, denv, busy)
		case *ast.InstanceDef:
			for _, w := range x.Inst.With {
				if l.builtFrom(w.Value, denv, busy) {
					found = true
				}
			}
		}
	}
	std := func(b *sema.Builtin) bool {
		if stdIgnoresParams[b.Module+"."+b.Name] {
			return false
		}
		return b.Arity > 0 || b.Name == "Nat" || b.Name == "Int" || b.Name == "JavaTime" || b.Name == "EmptyBag" || b.Name == "Infinity"
	}
	resolve := func(name string) {
		if name == "BOOLEAN" || env.locals[name] {
			found = true
			return
		}
		if d, ok := env.lets[name]; ok {
			follow(d, env.module)
			return
		}
		s, ok := l.context(env.module, map[string]bool{})[name]
		if !ok {
			return
		}
		switch {
		case s.decl:
			found = true
		case s.std != nil:
			found = std(s.std)
		case s.def != nil:
			follow(s.def, s.module)
		}
	}
	binders := binderNames(e)
	ast.Inspect(e, func(n ast.Node) bool {
		if found {
			return false
		}
		switch x := n.(type) {
		case *ast.Ident:
			if !binders[x] {
				resolve(x.Name)
			}
		case *ast.Binary:
			l.resolveOp(x.Op, false, env, &found, follow)
		case *ast.Unary:
			l.resolveOp(x.Op, true, env, &found, follow)
		case *ast.Lambda:
			// A LAMBDA argument is an OpArgNode, whose children SANY's
			// walk does not visit.
			return false
		case *ast.ModRef:
			if len(x.Args) > 0 {
				found = true
			}
			for _, st := range x.Path {
				if len(st.Args) > 0 {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// stdIgnoresParams are the standard operators with parameters whose stub
// in TLC's jar does not use them (TLCGet(i) == CHOOSE n : TRUE): SANY's
// walk finds no declaration in them. Every other one with parameters
// uses one; of those without, Nat, Int, JavaTime (CHOOSE n : n \in Nat)
// EmptyBag (SetToBag({})) and Infinity (whose CHOOSE uses its bound
// variable) lead to one.
var stdIgnoresParams = map[string]bool{
	"TLC.PrintT": true, "TLC.TLCGet": true, "TLC.TLCSet": true,
	"TLCExt.TLCGetOrDefault": true, "TLCExt.ToTrace": true, "TLCExt.TLCDefer": true,
	"TLCExt.TLCEvalDefinition": true,
	"Json.JsonSerialize":       true, "Json.JsonDeserialize": true,
	"Json.ndJsonSerialize": true, "Json.ndJsonDeserialize": true,
}

// binderNames are the identifiers in e that bind a name (a bound
// variable where it is introduced): ast.Inspect visits them, but they
// are no use of a declaration (SANY's walk looks at applications only).
func binderNames(e ast.Node) map[*ast.Ident]bool {
	out := map[*ast.Ident]bool{}
	ast.Inspect(e, func(n ast.Node) bool {
		for _, id := range ast.BoundNames(n) {
			out[id] = true
		}
		return true
	})
	return out
}

// resolveOp resolves a symbolic operator: a standard module's (whose stub
// uses its parameters) or one the module defines.
func (l *linter) resolveOp(k token.Kind, prefix bool, env lintEnv, found *bool, follow func(ast.Unit, string)) {
	ctx := l.context(env.module, map[string]bool{})
	for _, s := range ctx {
		if s.std != nil && s.std.Op == k && s.std.Prefix == prefix && s.std.Arity > 0 {
			*found = true
			return
		}
		if d, ok := s.def.(*ast.OpDef); ok && d.Op == k && d.Op != token.ILLEGAL && (len(d.Params) == 1) == prefix {
			follow(d, s.module)
			return
		}
	}
}

// usesAny reports whether e names one of ps.
func (l *linter) usesAny(e ast.Expr, ps []*ast.Ident) bool {
	used := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			for _, p := range ps {
				if p.Name == id.Name {
					used = true
				}
			}
		}
		return !used
	})
	return used
}

func defName(d ast.Unit) string {
	switch x := d.(type) {
	case *ast.OpDef:
		if x.Name != nil {
			return x.Name.Name
		}
	case *ast.FuncDef:
		return x.Name.Name
	}
	return ""
}

// stdSpelling is the spelling the table stdDefs uses for a symbol whose
// SANY name differs.
var stdSpelling = map[string]string{`\leq`: "<=", `\geq`: ">="}

// stdRange is where TLC's jar defines the standard module operator name
// of module (invalid when not known).
func stdRange(module, name string) model.SourceRange {
	r, ok := stdDefs[module+"."+name]
	if !ok {
		// SANY's name of a symbol with two spellings (\leq for <=).
		r, ok = stdDefs[module+"."+stdSpelling[name]]
	}
	if !ok {
		return model.SourceRange{}
	}
	return model.SourceRange{Module: module, Start: token.Pos{Line: r[0], Col: r[1]}, End: token.Pos{Line: r[2], Col: r[3]}}
}
