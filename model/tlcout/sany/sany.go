// Package sany writes what SANY (TLC's parser and semantic checker)
// prints between "Starting SANY..." and "SANY finished.": the files it
// parsed and the modules it processed (Lines), and its reports of a spec
// that does not parse or resolve (ParseError, MissingModule,
// SemanticReport, RootNotFound). `wspcycle tlc` promises TLC's output,
// and tools that read TLC's output (the TLA+ VS Code extension, the
// Toolbox, scripts) locate a spec's mistakes by parsing SANY's text, so
// our parser's and resolver's errors, whose own words `wspcycle check`
// keeps, are mapped here to SANY's words and ranges. The package only formats: it reads the spec's files (for the
// tokens and ranges SANY names) and never decides whether a spec is in
// error.
//
// The reports are those TLC rev cc6b616 printed for one mistake each (the
// specs and TLC's outputs are in model/testdata/tlc/errors):
//
//   - a lexical error (an illegal character, a string not closed on its
//     line): "Lexical error at line L, column C.  Encountered: "c" (N),
//     after : "..."", or a comment not closed ("Lexical {error: EOF
//     reached, possibly open comment starting around line L"), then
//     SANY's fatal block "Could not parse module M from file M.tla"
//     (also for a module the spec extends, after the files SANY parsed
//     up to it);
//   - no module header, or no ==== at the end: SANY's parse error at the
//     end of the file ("Encountered "<EOF>" at line L, column C and token
//     "last"") with its expected token and the parser's stack;
//   - a module the spec extends that cannot be found, a file whose module
//     has another name: SANY's fatal block with its message;
//   - semantic errors, each with its range "line L, col C to line L2, col
//     C2 of module M": "Unknown operator: `x'." (the name's extent),
//     "The operator Op requires N arguments." (the parenthesised
//     arguments, or the name used without any), a definition that
//     repeats another ("Operator Op already defined or declared.", with
//     SANY's warning "Multiple declarations or definitions" when the
//     other is a definition, or its second error "Multiply-defined
//     symbol" when it is a declaration; the ranges are the definitions'),
//     "Substitution missing for symbol N declared at ..." (subst.go),
//     "Level error: assumptions must be level 0" (assumelevel.go), an
//     undefined operator symbol's "Could not find declaration or
//     definition of symbol" and "Couldn't resolve infix operator symbol"
//     (opsym.go), selectors SANY cannot take (selector.go);
//   - modules that extend each other in a cycle: SANY's fatal "Circular
//     dependency among .tla files" (cycle.go).
//
// Any other parse error is SANY's "***Parse Error***" with the string
// its grammar expected there ("Was expecting ..."), the token where it
// failed and the one before ("Encountered ... at line L, column C and
// token ..."), and the productions under way ("Residual stack trace"),
// then the fatal block. Those depend on where SANY's javacc grammar fails,
// not ours, so sanyParse (javacc.go) replays that grammar to find them.
// Where the replay does not know SANY's answer (a few errors SANY's
// actions or its OperatorStack raise themselves, or a spec SANY would
// parse), the report keeps SANY's framing with our positioned message in
// its "Encountered" form. Any
// other semantic error keeps SANY's framing and range with our message.
package sany

import (
	"errors"
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/parser"
	"github.com/wspcycle/wspcycle/tla/scanner"
	"github.com/wspcycle/wspcycle/tla/sema"
	"github.com/wspcycle/wspcycle/tla/source"
	"github.com/wspcycle/wspcycle/tla/span"
	"github.com/wspcycle/wspcycle/tla/token"
)

// fatal is SANY's block for a module it could not parse or find:
// where is "In module M" or "Unknown location".
func fatal(module, where, msg string) string {
	return fmt.Sprintf("\nFatal errors while parsing TLA+ spec in file %s\n\n%[2]s\n\n%[3]s\n*** Errors: 1\n\n%[2]s\n\n%[3]s\n\n\n\n", module, where, msg)
}

// RootNotFound is SANY's report of a spec file tla that does not exist
// (TLC rev cc6b616): the path SANY looked for, in the spec's directory,
// then its fatal block for the module root.
func RootNotFound(tla, root string) string {
	dir, _ := filepath.Abs(filepath.Dir(tla))
	return fmt.Sprintf("File does not exist: %s while looking in these directories: %s, , classpath:/tla2sany/StandardModules, classpath:/\n\n"+
		"Fatal errors while parsing TLA+ spec in file %[3]s\n\nUnknown location\n\nCannot find source file for module %[3]s\n"+
		"*** Errors: 1\n\nUnknown location\n\nCannot find source file for module %[3]s\n\n\n\n",
		filepath.Join(dir, ".")+string(filepath.Separator)+"."+string(filepath.Separator)+filepath.Base(tla), dir, root)
}

// couldNotParse is the fatal block after a parse or lexical error in
// module, read from file (as SANY names it), of the spec named spec.
func couldNotParse(spec, module, file string) string {
	return fatal(spec, "In module "+module, "Could not parse module "+module+" from file "+file)
}

// SpecFile is the spec's file as SANY names it: as given on the command
// line when relative ("dir/M.tla"), its base name when absolute (TLC rev
// cc6b616). ParseError takes it as the file of a root module that does
// not parse.
func SpecFile(tla string) string {
	if filepath.IsAbs(tla) {
		return filepath.Base(tla)
	}
	return tla
}

// SpecName is SpecFile without .tla, SANY's name of the spec in "Fatal
// errors while parsing TLA+ spec in file ...", which every report takes.
func SpecName(tla string) string { return strings.TrimSuffix(SpecFile(tla), ".tla") }

// ParseError is SANY's report of a module that does not parse, of the
// spec SANY names spec (SpecName): module is its name, file its file as
// SANY names it (SpecFile for the root, the base name for a module it
// extends), src its text and err our parser's error (a token.ErrorList;
// anything else is printed in SANY's framing as is).
func ParseError(spec, module, file string, src []byte, err error) string {
	var list token.ErrorList
	if !errors.As(err, &list) || len(list) == 0 {
		return "***Parse Error***\n" + err.Error() + "\n" + couldNotParse(spec, module, file)
	}
	e := list[0]
	if r, ok := nonASCII(e.Msg); ok {
		// SANY reads the file as UTF-8 and its lexer refuses any
		// character it has no token for.
		c := *e
		c.Msg = "illegal character " + strconv.QuoteRune(r)
		e = &c
	}
	lexical := strings.HasPrefix(e.Msg, "illegal character ") || e.Msg == "string literal not terminated" ||
		e.Msg == "comment not terminated" || strings.HasPrefix(e.Msg, "file name ")
	if f, ok := sanyParse(src, parseConflict(e.Msg, e.Pos.Line, e.Pos.Col)); ok && !lexical {
		return f.String() + "\n" + couldNotParse(spec, module, file)
	}
	switch {
	case strings.HasPrefix(e.Msg, "illegal character "):
		// Our message quotes the character as a Go rune literal.
		if r, err := strconv.Unquote(strings.TrimPrefix(e.Msg, "illegal character ")); err == nil && r != "" {
			ch, _ := utf8.DecodeRuneInString(r)
			// Java's char: the first half of a surrogate pair, escaped as
			// javacc's TokenMgrError does (addEscapes).
			u := utf16(ch)[0]
			enc := addEscapes(string(ch))
			if u != ch {
				enc = fmt.Sprintf(`\u%04x`, u)
			}
			return fmt.Sprintf("Lexical error at line %d, column %d.  Encountered: \"%s\" (%d), after : \"\"\n", e.Pos.Line, e.Pos.Col, enc, u) +
				couldNotParse(spec, module, file)
		}
	case e.Msg == "string literal not terminated":
		if line, ok := sourceLine(src, e.Pos.Line); ok {
			rs := []rune(line)
			if e.Pos.Col-1 <= len(rs) {
				after := string(rs[e.Pos.Col-1:])
				return fmt.Sprintf("Lexical error at line %d, column %d.  Encountered: \"\\n\" (10), after : \"%s\"\n", e.Pos.Line, len(rs)+1, addEscapes(after)) +
					couldNotParse(spec, module, file)
			}
		}
	case e.Msg == "comment not terminated":
		return fmt.Sprintf("Lexical {error: EOF reached, possibly open comment starting around line %d\n", e.Pos.Line) +
			couldNotParse(spec, module, file)
	case strings.HasPrefix(e.Msg, "no module header"):
		// SANY reads the text before a module header as a comment: no
		// token before the end.
		l, c, _ := endOfText(src, e.Pos.Filename)
		return fmt.Sprintf("***Parse Error***\nWas expecting \"---- MODULE (beginning of module)\"\nEncountered \"<EOF>\" at line %d, column %d and token \"\" \n\n"+
			"Residual stack trace follows:\nBegin module starting at line %[1]d, column %[2]d.\nModule definition starting at line %[1]d, column %[2]d.\n\n", l, c) +
			couldNotParse(spec, module, file)
	case strings.HasPrefix(e.Msg, "missing ==== at the end of module "+module):
		l, c, last := endOfText(src, e.Pos.Filename)
		hl, hc := moduleHeader(src, e.Pos.Filename)
		return fmt.Sprintf("***Parse Error***\nWas expecting \"==== or more Module body\"\nEncountered \"<EOF>\" at line %d, column %d and token %s \n\n"+
			"Residual stack trace follows:\nModule definition starting at line %d, column %d.\n\n", l, c, javaQuote(last), hl, hc) +
			couldNotParse(spec, module, file)
	case strings.HasPrefix(e.Msg, "file name "):
		// "file name F.tla does not match the name M of the module it contains (...)"
		var file, name string
		if _, err := fmt.Sscanf(e.Msg, "file name %s does not match the name %s of", &file, &name); err == nil {
			return fatal(spec, "Unknown location", fmt.Sprintf("File name '%s' does not match the name '%s' of the top level module it contains.",
				strings.TrimSuffix(file, ".tla"), name))
		}
	}
	tok, prev := tokensAt(src, e.Pos)
	return fmt.Sprintf("***Parse Error***\n%s\nEncountered %s at line %d, column %d and token %s \n\n", e.Msg, javaQuote(tok), e.Pos.Line, e.Pos.Col, javaQuote(prev)) +
		couldNotParse(spec, module, file)
}

// MissingModule is SANY's report of a module that EXTENDS or INSTANCE
// names and that cannot be found, and the name of the missing module (the
// caller prints SANY's lines for the modules parsed before it); ok is
// false when list's first error is not that.
func MissingModule(spec string, list token.ErrorList) (report, missing string, ok bool) {
	if len(list) == 0 {
		return "", "", false
	}
	var name string
	if _, err := fmt.Sscanf(list[0].Msg, "cannot find module %s", &name); err != nil {
		return "", "", false
	}
	name = strings.TrimSuffix(name, ":")
	in := span.Module(list[0].Pos.Filename)
	return fatal(spec, "In module "+in, "Cannot find source file for module "+name+" imported in module "+in+"."), name, true
}

// item is one entry of SANY's list of semantic errors or warnings.
type item struct {
	rng model.SourceRange
	msg string
}

func (it item) String() string {
	if it.rng.Module == builtinsModule && !it.rng.IsValid() {
		return fmt.Sprintf("In module %s\n\n%s\n\n\n", builtinsModule, it.msg)
	}
	return fmt.Sprintf("%s\n\n%s\n\n\n", rangeText(it.rng), it.msg)
}

// rangeText is SANY's spelling of a range.
func rangeText(r model.SourceRange) string {
	return fmt.Sprintf("line %d, col %d to line %d, col %d of module %s", r.Start.Line, r.Start.Col, r.End.Line, r.End.Col, r.Module)
}

// semanticErrors is SANY's report of semantic errors: its warnings
// first, then "Semantic errors:" with their count, each with its range
// and message. mod is the root module (for the ranges of definitions).
func semanticErrors(module string, mod *ast.Module, list token.ErrorList, text string) string {
	return semanticErrorsWith(nil, module, mod, list, text)
}

// semanticErrorsWith is semanticErrors after the warnings before.
func semanticErrorsWith(before []item, module string, mod *ast.Module, list token.ErrorList, text string) string {
	var b strings.Builder
	if len(list) == 0 {
		b.WriteString(warningsBlock(before))
		fmt.Fprintf(&b, "Semantic errors:\n\n*** Errors: 1\n\n%s\n\n\n", text)
		return b.String()
	}
	warns := slices.Clone(before)
	var errs []item
	for _, e := range list {
		w, es := items(module, mod, e)
		warns = appendNew(warns, w...)
		errs = append(errs, es...)
	}
	b.WriteString(warningsBlock(warns))
	fmt.Fprintf(&b, "Semantic errors:\n\n*** Errors: %d\n\n", len(errs))
	for _, e := range errs {
		b.WriteString(e.String())
	}
	return b.String()
}

// SemanticReport is SANY's report of semantic errors over the modules
// it processes (in order, the root last): it processes each module in
// turn, and after each one from the first whose processing leaves errors
// on it prints all the errors and warnings found so far (so an error in a
// module the root extends is printed after that module, again after each
// module processed after it, with errors of its own or not, and after the
// root, as TLC rev cc6b616 does). It returns the modules to print before the
// report (those up to the first with errors) and the report, which names
// the later ones itself. mod is the root module's syntax (for the ranges
// of its definitions), list our resolver's errors, and text the error to
// print when list is empty.
func SemanticReport(modules []string, root string, mod *ast.Module, list token.ErrorList, text string) ([]string, string) {
	modules, _, report := semanticReport(modules, root, mod, list, text, nil)
	return modules, report
}

// SemanticReport is the package's SemanticReport over ld's modules with
// SANY's warnings about repeated names (ModuleNotes): those of the
// modules before the first with errors are in notes (one per module of
// the modules returned), the later ones in the report with the errors.
func (ld Loaded) SemanticReport(root string, mod *ast.Module, list token.ErrorList, text string) (modules, notes []string, report string) {
	return semanticReport(ld.Modules, root, mod, list, text, ld.warningItems())
}

func semanticReport(modules []string, root string, mod *ast.Module, list token.ErrorList, text string, warns map[string][]item) ([]string, []string, string) {
	in := map[string]token.ErrorList{}
	for _, e := range list {
		m := span.Module(e.Pos.Filename)
		if _, by, ok := strings.Cut(e.Msg, sema.InstanceClashSuffix); ok {
			m, _, _ = strings.Cut(by, " at ") // raised where the INSTANCE is
		}
		if m == "" || !slices.Contains(modules, m) {
			m = root
		}
		in[m] = append(in[m], e)
	}
	for m, errs := range in {
		in[m] = placeInstanceClashes(errs)
	}
	if len(list) == 0 {
		in[root] = nil
	}
	var so token.ErrorList
	var wso []item
	var notes []string
	var b strings.Builder
	first := -1
	for i, m := range modules {
		errs, ok := in[m]
		if first >= 0 {
			b.WriteString("Semantic processing of module " + m + "\n")
		}
		so = append(so, errs...)
		wso = appendNew(wso, warns[m]...)
		if !ok && first < 0 {
			notes = append(notes, warningsBlock(wso))
			continue
		}
		if first < 0 {
			first = i
			notes = append(notes, "")
		}
		b.WriteString(semanticErrorsWith(wso, root, mod, so, text))
	}
	if first < 0 {
		return modules, nil, semanticErrors(root, mod, list, text)
	}
	return modules[:first+1], notes, b.String()
}

// placeInstanceClashes moves each clash an INSTANCE brings in (an error
// positioned in the instantiated module) before the first other error
// after the INSTANCE, where SANY meets it; the others keep their order.
func placeInstanceClashes(errs token.ErrorList) token.ErrorList {
	var rest, clashes token.ErrorList
	var at []token.Pos
	for _, e := range errs {
		if _, by, ok := strings.Cut(e.Msg, sema.InstanceClashSuffix); ok {
			if _, pos, ok := strings.Cut(by, " at "); ok {
				if p, err := parsePos(pos); err == nil {
					clashes, at = append(clashes, e), append(at, p)
					continue
				}
			}
		}
		rest = append(rest, e)
	}
	for i, e := range clashes {
		j := slices.IndexFunc(rest, func(o *token.Error) bool { return at[i].Before(o.Pos) })
		if j < 0 {
			j = len(rest)
		}
		rest = slices.Insert(rest, j, e)
	}
	return rest
}

// items are SANY's warnings and errors for one of our errors.
func items(module string, mod *ast.Module, e *token.Error) (warns, errs []item) {
	src, _ := source.ReadFile(e.Pos.Filename)
	m := span.Module(e.Pos.Filename)
	if m == "" {
		m = module
	}
	at := func(end token.Pos) model.SourceRange { return model.SourceRange{Module: m, Start: e.Pos, End: end} }
	word := func(name string) model.SourceRange {
		end := e.Pos
		end.Col += utf8.RuneCountInString(name) - 1
		return at(end)
	}
	var name string
	n, ok := cutPrefixes(e.Msg, "undefined name ", "unknown identifier ")
	if i := strings.Index(n, " ("); ok && i > 0 {
		n = n[:i] // our hint: SANY's error is the same
	}
	if ok && !strings.ContainsAny(n, " \n") {
		if it, ok := undefinedPrefix(src, e.Pos, n, m); ok {
			return nil, []item{it}
		}
		return nil, []item{{word(n), "Unknown operator: `" + n + "'."}}
	}
	if rest, ok := strings.CutPrefix(e.Msg, "module "); ok {
		// M!C where M's module declares C, or defines nothing so named:
		// SANY's unknown operator, over the name after the !.
		if _, n, ok := strings.Cut(rest, " has no definition "); ok && !strings.ContainsAny(n, " \n") {
			return nil, []item{{word(n), "Unknown operator: `" + n + "'."}}
		}
	}
	if it, ok := substMissing(e, m); ok {
		return nil, []item{it}
	}
	if its, ok := substTarget(e, m); ok {
		return nil, its
	}
	if it, ok := instLevel(e, m); ok {
		return nil, []item{it}
	}
	if it, ok := noOperand(e, m); ok {
		return nil, []item{it}
	}
	if its, ok := undefinedOp(e, m); ok {
		return nil, its
	}
	if it, ok := assumeLevel(e, m); ok {
		return nil, []item{it}
	}
	if it, ok := primeLevel(e, m); ok {
		return nil, []item{it}
	}
	if it, ok := boxAction(e, m); ok {
		return nil, []item{it}
	}
	if it, ok := applyLevel(e, m); ok {
		return nil, []item{it}
	}
	if it, ok := badSelector(e, m); ok {
		return nil, []item{it}
	}
	if it, ok := recursiveDecl(e, m); ok {
		return nil, []item{it}
	}
	if it, ok := recSection(e, m); ok {
		return nil, []item{it}
	}
	if it, ok := opArg(e, src, m); ok {
		return nil, []item{it}
	}
	if it, ok := proofDefEntry(e, src, m); ok {
		return nil, []item{it}
	}
	var arity int
	if _, err := fmt.Sscanf(e.Msg, "%s takes %d argument", &name, &arity); err == nil && !strings.HasPrefix(e.Msg, "the ") {
		// "Op takes N arguments, found M" (SANY marks the arguments) or
		// "Op takes N arguments: write Op(...)" (SANY marks the name).
		msg := fmt.Sprintf("The operator %s requires %d arguments.", name, arity)
		if strings.Contains(e.Msg, ", found ") {
			if r, ok := parenRange(src, e.Pos, m); ok {
				return nil, []item{{r, msg}}
			}
		}
		return nil, []item{{word(name), msg}}
	}
	if w, es, ok := stdRedefined(mod, e, m); ok {
		return w, es
	}
	if msg, _, ok := strings.Cut(e.Msg, sema.InstanceClashSuffix); ok {
		// A definition an INSTANCE brings in that clashes with a symbol
		// of another kind or arity: SANY's error over the imported
		// definition, naming the symbol already there.
		rest, _ := strings.CutPrefix(msg, "multiply-defined symbol ")
		name, rest, _ = strings.Cut(rest, ":")
		if i := strings.Index(rest, " declared at "); i > 0 {
			kind := strings.TrimPrefix(rest[:i], " it is already the ")
			if prevPos, err := parsePos(rest[i+len(" declared at "):]); err == nil {
				here, _ := defRange(moduleAt(mod, e.Pos), e.Pos, m)
				prev, _ := defRange(moduleAt(mod, prevPos), prevPos, span.Module(prevPos.Filename))
				if kind == "variable" || kind == "constant" {
					prev = model.SourceRange{Module: span.Module(prevPos.Filename), Start: prevPos, End: prevPos}
					prev.End.Col += utf8.RuneCountInString(name) - 1
				}
				return nil, []item{{here, "Multiply-defined symbol '" + name + "': this definition or declaration conflicts \nwith the one at " + rangeText(prev) + "."}}
			}
		}
	}
	if rest, ok := strings.CutPrefix(e.Msg, "multiply-defined symbol "); ok {
		name, rest, _ = strings.Cut(rest, ":")
		var kind, pos string
		if i := strings.Index(rest, " declared at "); strings.HasPrefix(rest, " it is already the ") && i > 0 {
			kind, pos = rest[len(" it is already the "):i], rest[i+len(" declared at "):]
		}
		if here, ok := primeDefRange(mod, e.Pos, m); ok && name == "'" && strings.HasPrefix(rest, " it is built into TLA+") {
			// x' == e: SANY's two errors over the definition.
			return nil, []item{{here, "Operator ' already defined or declared."}, {here, "Symbol ' is a built-in operator, and cannot be redefined."}}
		}
		here, isDef := defRange(mod, e.Pos, m)
		prevPos, perr := parsePos(pos)
		if !isDef && perr == nil && kind != "" {
			// A parameter or a bound name (F(x) == ..., \A x \in S : ...)
			// that a declaration, a definition, another parameter or
			// bound name already names: SANY marks the name alone, and
			// the other by its name, or a definition by all of it.
			prev, prevDef := defRange(moduleAt(mod, prevPos), prevPos, span.Module(prevPos.Filename))
			if !prevDef {
				prev = model.SourceRange{Module: span.Module(prevPos.Filename), Start: prevPos, End: prevPos}
				prev.End.Col += utf8.RuneCountInString(name) - 1
			}
			return nil, []item{{word(name), "Multiply-defined symbol '" + name + "': this definition or declaration conflicts \nwith the one at " + rangeText(prev) + "."}}
		}
		if isDef && perr == nil {
			prev, prevDef := defRange(moduleAt(mod, prevPos), prevPos, span.Module(prevPos.Filename))
			dup := item{here, "Operator " + name + " already defined or declared."}
			switch {
			case prevDef && (kind == "definition" || kind == "function definition"):
				return []item{{here, "Multiple declarations or definitions for symbol " + name + ".  \nThis duplicates the one at " + rangeText(prev) + "."}},
					[]item{dup}
			case kind == "variable" || kind == "constant":
				prev = model.SourceRange{Module: span.Module(prevPos.Filename), Start: prevPos, End: prevPos}
				prev.End.Col += utf8.RuneCountInString(name) - 1
				return nil, []item{dup, {here, "Multiply-defined symbol '" + name + "': this definition or declaration conflicts \nwith the one at " + rangeText(prev) + "."}}
			}
		}
	}
	return nil, []item{{at(e.Pos), e.Msg}}
}

// defRange is the range of the definition whose name is at pos (from its
// name to the end of its body), and whether there is one; otherwise the
// position alone.
func defRange(mod *ast.Module, pos token.Pos, module string) (model.SourceRange, bool) {
	if mod == nil {
		return model.SourceRange{Module: module, Start: pos, End: pos}, false
	}
	found := func(start token.Pos, body ast.Expr) (model.SourceRange, bool) {
		if r := model.ExprRange(body, source.ReadFile); r.IsValid() {
			return model.SourceRange{Module: module, Start: start, End: r.End}, true
		}
		return model.SourceRange{}, false
	}
	for _, u := range mod.Units {
		switch d := u.(type) {
		case *ast.OpDef:
			if d.Name != nil && d.Name.NamePos == pos {
				if r, ok := found(pos, d.Body); ok {
					return r, true
				}
			}
		case *ast.FuncDef:
			if d.Name != nil && d.Name.NamePos == pos {
				if r, ok := found(pos, d.Body); ok {
					return r, true
				}
			}
		}
	}
	// A LET definition: its range too is from its name to its body's end.
	var r model.SourceRange
	ok := false
	ast.Inspect(mod, func(n ast.Node) bool {
		if ok {
			return false
		}
		if l, is := n.(*ast.Let); is {
			for _, u := range l.Defs {
				switch d := u.(type) {
				case *ast.OpDef:
					if d.Name != nil && d.Name.NamePos == pos {
						r, ok = found(pos, d.Body)
					}
				case *ast.FuncDef:
					if d.Name != nil && d.Name.NamePos == pos {
						r, ok = found(pos, d.Body)
					}
				}
			}
		}
		return !ok
	})
	if ok {
		return r, true
	}
	return model.SourceRange{Module: module, Start: pos, End: pos}, false
}

// primeDefRange is the range of the definition x' == e (of the postfix
// operator ', which package sema positions at its start) starting at pos.
func primeDefRange(mod *ast.Module, pos token.Pos, module string) (model.SourceRange, bool) {
	if mod == nil {
		return model.SourceRange{}, false
	}
	for _, u := range mod.Units {
		if d, ok := u.(*ast.OpDef); ok && d.Op == token.PRIME && d.Start == pos {
			if r := model.ExprRange(d.Body, source.ReadFile); r.IsValid() {
				return model.SourceRange{Module: module, Start: pos, End: r.End}, true
			}
		}
	}
	return model.SourceRange{}, false
}

// parsePos reads our "file:line:col" position.
func parsePos(s string) (token.Pos, error) {
	i := strings.LastIndex(s, ":")
	if i < 0 {
		return token.Pos{}, errors.New("no position")
	}
	j := strings.LastIndex(s[:i], ":")
	if j < 0 {
		return token.Pos{}, errors.New("no position")
	}
	l, err1 := strconv.Atoi(s[j+1 : i])
	c, err2 := strconv.Atoi(s[i+1:])
	if err1 != nil || err2 != nil {
		return token.Pos{}, errors.New("no position")
	}
	return token.Pos{Filename: s[:j], Line: l, Col: c}, nil
}

// parenRange is the range of the parenthesised arguments after the name
// at pos, which is what SANY marks when an operator gets the wrong
// number of them.
func parenRange(src []byte, pos token.Pos, module string) (model.SourceRange, bool) {
	toks := scanner.New(pos.Filename, src, scanner.Raw).AppendAll(nil)
	for i, t := range toks {
		if t.Pos != pos || i+1 >= len(toks) || toks[i+1].Kind != token.LPAREN {
			continue
		}
		depth := 0
		for _, u := range toks[i+1:] {
			switch u.Kind {
			case token.LPAREN:
				depth++
			case token.RPAREN:
				depth--
				if depth == 0 {
					return model.SourceRange{Module: module, Start: toks[i+1].Pos, End: u.Pos}, true
				}
			case token.EOF:
				return model.SourceRange{}, false
			}
		}
	}
	return model.SourceRange{}, false
}

// tokensAt are the token at pos, as SANY names it ("<EOF>", "Beginning of
// definition" for a name that starts a definition), and the one before.
func tokensAt(src []byte, pos token.Pos) (tok, prev string) {
	toks := scanner.New(pos.Filename, src, scanner.Raw).AppendAll(nil)
	text := func(t scanner.Token) string {
		switch t.Kind {
		case token.EOF:
			return "<EOF>"
		case token.STRING:
			return strconv.Quote(t.Lit)
		}
		if t.Lit != "" {
			return t.Lit
		}
		return t.Kind.String()
	}
	for i, t := range toks {
		if t.Pos.Before(pos) {
			prev = text(t)
			continue
		}
		tok = text(t)
		if t.Pos != pos {
			// No token starts there (the scanner dropped what it could
			// not read): the text there, up to white space.
			if line, ok := sourceLine(src, pos.Line); ok && pos.Col-1 < utf8.RuneCountInString(line) {
				if f := strings.Fields(string([]rune(line)[pos.Col-1:])); len(f) > 0 {
					return f[0], prev
				}
			}
		}
		if t.Kind == token.IDENT && startsDefinition(toks[i:]) {
			tok = "Beginning of definition"
		}
		return tok, prev
	}
	return "<EOF>", prev
}

// startsDefinition reports whether toks start "Name ==" or "Name(...) ==",
// which SANY's lexer reads as the beginning of a definition.
func startsDefinition(toks []scanner.Token) bool {
	if len(toks) < 2 {
		return false
	}
	if toks[1].Kind == token.DEFEQ {
		return true
	}
	if toks[1].Kind != token.LPAREN {
		return false
	}
	depth := 0
	for i, t := range toks[1:] {
		switch t.Kind {
		case token.LPAREN:
			depth++
		case token.RPAREN:
			if depth--; depth == 0 {
				return i+2 < len(toks) && toks[i+2].Kind == token.DEFEQ
			}
		case token.EOF:
			return false
		}
	}
	return false
}

// endOfText is where javacc puts the end of the file, and the last token.
// javacc's <EOF> token takes the position of the last character the lexer
// read, white space included (an empty file gives line 0, column 0), with
// javacc's own line and column counting (see javaccPos).
func endOfText(src []byte, file string) (line, col int, last string) {
	line, col = javaccPos(src)
	toks := scanner.New(file, src, scanner.Module).AppendAll(nil)
	for _, t := range toks {
		if t.Kind != token.EOF {
			last = t.Lit
			if last == "" {
				last = t.Kind.String()
			}
		}
	}
	return line, col, last
}

// javaccTab is the tab width of javacc's SimpleCharStream, which SANY keeps.
const javaccTab = 8

// javaccPos is the line and column javacc's SimpleCharStream gives the
// last character of src (0, 0 when src is empty): a character after a
// line end starts a new line at column 1 ("\r\n" is one line end, the
// "\n" in the same line as the "\r"), a tab moves to the next multiple of
// 8, and a character outside the BMP counts as two (Java's UTF-16 chars).
func javaccPos(src []byte) (line, col int) {
	line = 1
	prevLF, prevCR := false, false
	for _, r := range string(src) {
		n := 1
		if r > 0xFFFF {
			n = 2
		}
		for i := 0; i < n; i++ {
			col++
			if prevLF {
				prevLF = false
				line++
				col = 1
			} else if prevCR {
				prevCR = false
				if r == '\n' {
					prevLF = true
				} else {
					line++
					col = 1
				}
			}
			switch r {
			case '\r':
				prevCR = true
			case '\n':
				prevLF = true
			case '\t':
				col--
				col += javaccTab - col%javaccTab
			}
		}
	}
	if col == 0 {
		return 0, 0
	}
	return line, col
}

// moduleHeader is the position of the ---- that opens the module.
func moduleHeader(src []byte, file string) (line, col int) {
	toks := scanner.New(file, src, scanner.Raw).AppendAll(nil)
	for i, t := range toks {
		if t.Kind == token.SEPARATOR && i+1 < len(toks) && toks[i+1].Kind == token.MODULE {
			return t.Pos.Line, t.Pos.Col
		}
	}
	return 1, 1
}

// sourceLine is line n (1-based) of src, without its newline.
func sourceLine(src []byte, n int) (string, bool) {
	lines := strings.Split(string(src), "\n")
	if n < 1 || n > len(lines) {
		return "", false
	}
	return strings.TrimSuffix(lines[n-1], "\r"), true
}

// javaQuote is s in double quotes with Java's escapes, as javacc prints
// the text it met.
func javaQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\t':
			b.WriteString(`\t`)
		case '\r':
			b.WriteString(`\r`)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// reNonASCII is the scanner's refusal of a character outside a string or
// comment that is none of TLA+'s Unicode symbols.
var reNonASCII = regexp.MustCompile(`^unsupported: non-ASCII character U\+([0-9A-F]+) `)

// nonASCII is the character refused by msg, a reNonASCII message.
func nonASCII(msg string) (rune, bool) {
	m := reNonASCII.FindStringSubmatch(msg)
	if m == nil {
		return 0, false
	}
	n, err := strconv.ParseUint(m[1], 16, 32)
	return rune(n), err == nil
}

// cutPrefixes is strings.CutPrefix with the first of prefixes s has.
func cutPrefixes(s string, prefixes ...string) (string, bool) {
	for _, p := range prefixes {
		if rest, ok := strings.CutPrefix(s, p); ok {
			return rest, true
		}
	}
	return s, false
}

// moduleAt is the module of the file of pos: mod when it is that file's,
// else the file's module parsed (nil when it does not parse), for the
// range of a definition another module gave (INSTANCE M then a
// definition of a name M defines).
func moduleAt(mod *ast.Module, pos token.Pos) *ast.Module {
	if mod != nil && mod.Start.Filename == pos.Filename {
		return mod
	}
	src, err := source.ReadFile(pos.Filename)
	if err != nil {
		return nil
	}
	m, err := parser.ParseFile(pos.Filename, src)
	if err != nil {
		return nil
	}
	return m
}
