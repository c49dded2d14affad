package sany

import (
	"fmt"
	"regexp"
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

// reSubstMissing reads package sema's error for an INSTANCE that leaves
// a CONSTANT or VARIABLE of the module it instantiates without a
// substitution.
var reSubstMissing = regexp.MustCompile(`^module (\S+) instantiates \S+ without a substitution for the (?:constant|variable) (\S+) declared at (.+):(\d+):(\d+): `)

// substMissing is SANY's error for that: "Substitution missing for
// symbol N declared at <N's range> \nand instantiated in module M.", at
// the whole INSTANCE statement (from its LOCAL, or the name of M ==
// INSTANCE, to the end of its last substitution or of the module's
// name), as TLC rev cc6b616 prints it.
func substMissing(e *token.Error, module string) (item, bool) {
	m := reSubstMissing.FindStringSubmatch(e.Msg)
	if m == nil {
		return item{}, false
	}
	line, _ := strconv.Atoi(m[4])
	col, _ := strconv.Atoi(m[5])
	decl := model.SourceRange{Module: span.Module(m[3]), Start: token.Pos{Filename: m[3], Line: line, Col: col}}
	decl.End = decl.Start
	decl.End.Col += utf8.RuneCountInString(m[2]) - 1
	if src, err := source.ReadFile(m[3]); err == nil {
		// An operator constant Op(_, _): SANY's range ends at its ")"
		// (TLC rev cc6b616, golden HInstVarConst).
		if r, ok := parenRange(src, decl.Start, decl.Module); ok {
			decl.End = r.End
		}
	}
	rng, ok := instanceRange(e.Pos, module)
	if !ok {
		return item{}, false
	}
	return item{rng, "Substitution missing for symbol " + m[2] + " declared at " + rangeText(decl) + " \nand instantiated in module " + m[1] + "."}, true
}

// instanceRange is the range of the INSTANCE statement (or M ==
// INSTANCE definition) of the file of at that starts at at, with the
// LOCAL before it.
func instanceRange(at token.Pos, module string) (model.SourceRange, bool) {
	src, err := source.ReadFile(at.Filename)
	if err != nil {
		return model.SourceRange{}, false
	}
	mods, _ := parser.ParseModules(at.Filename, src)
	var in *ast.Instance
	for _, m := range mods {
		ast.Inspect(m, func(n ast.Node) bool {
			switch u := n.(type) {
			case *ast.Instance:
				if u.Start == at {
					in = u
				}
			case *ast.InstanceDef:
				if u.Start == at {
					in = u.Inst
				}
			}
			return in == nil
		})
	}
	if in == nil || in.Module == nil {
		return model.SourceRange{}, false
	}
	end := in.Module.NamePos
	end.Col += utf8.RuneCountInString(in.Module.Name) - 1
	if n := len(in.With); n > 0 && in.With[n-1].Value != nil {
		r := model.ExprRange(in.With[n-1].Value, source.ReadFile)
		if !r.IsValid() {
			return model.SourceRange{}, false
		}
		end = r.End
	}
	start := at
	var prev scanner.Token
	for _, t := range scanner.New(at.Filename, src, scanner.Raw).AppendAll(nil) {
		if !t.Pos.Before(at) {
			break
		}
		prev = t
	}
	if prev.Kind == token.LOCAL {
		start = prev.Pos
	}
	return model.SourceRange{Module: module, Start: start, End: end}, true
}

// reInstLevel reads package sema's error for a substitution whose level
// exceeds its parameter's (instlevel.go).
var reInstLevel = regexp.MustCompile(`^level error in instantiating module (\S+): the expression substituted for (\S+) has level \d, at most (\d) allowed`)

// instLevel is SANY's error for that (InstanceNode.levelCheck, TLC rev
// cc6b616), at the whole INSTANCE statement.
func instLevel(e *token.Error, module string) (item, bool) {
	m := reInstLevel.FindStringSubmatch(e.Msg)
	if m == nil {
		return item{}, false
	}
	rng, ok := instanceRange(e.Pos, module)
	if !ok {
		return item{}, false
	}
	return item{rng, "Level error in instantiating module '" + m[1] + "':\nThe level of the expression or operator substituted for '" + m[2] + "' \nmust be at most " + m[3] + "."}, true
}

// substTarget is SANY's error for a WITH substitution whose target is
// not a CONSTANT or VARIABLE of the instantiated module, or was
// substituted for already in the same WITH (package sema's
// SubstNotTarget, SubstTwice), over the target's name.
func substTarget(e *token.Error, module string) ([]item, bool) {
	word := func(name string) model.SourceRange {
		end := e.Pos
		end.Col += utf8.RuneCountInString(name) - 1
		return model.SourceRange{Module: module, Start: e.Pos, End: end}
	}
	if rest, ok := strings.CutPrefix(e.Msg, sema.SubstNotTarget); ok {
		name, _, _ := strings.Cut(rest, " ")
		return []item{{word(name), "Identifier '" + name + "' is not a legal target of a substitution. \nA legal target must be a declared CONSTANT or VARIABLE in the module being instantiated. \n(Also, check for warnings about multiple declarations of this same identifier.)"}}, true
	}
	if name, ok := strings.CutPrefix(e.Msg, sema.SubstTwice); ok {
		// SANY marks the second substitution's expression.
		r, ok := substValueRange(e.Pos, module)
		if !ok {
			return nil, false
		}
		return []item{{r, "Multiple substitutions for symbol '" + name + "' in substitution."}}, true
	}
	if rest, ok := strings.CutPrefix(e.Msg, sema.SubstArity); ok {
		var name, what string
		var n int
		if _, err := fmt.Sscanf(rest, "%s %d:", &name, &n); err != nil {
			return nil, false
		}
		_, what, _ = strings.Cut(rest, ": ")
		builtin := item{model.SourceRange{Module: builtinsModule}, fmt.Sprintf("An operator must be substituted for symbol '%s', and it must have arity %d.", name, n)}
		r, ok := substValueRange(e.Pos, module)
		if !ok {
			return nil, false
		}
		switch {
		case what == "an undefined name":
			return []item{builtin}, true // after its Unknown operator
		case strings.HasPrefix(what, "a LAMBDA"):
			return []item{{r, builtin.msg}}, true
		case strings.HasPrefix(what, "an operator of arity "):
			var m int
			fmt.Sscanf(what, "an operator of arity %d", &m)
			return []item{{r, fmt.Sprintf("Expected arity %d but found operator of arity %d.", n, m)}, builtin}, true
		default:
			return []item{{r, fmt.Sprintf("Arity %d operator (not an expression) is expected \nto substitute for CONSTANT '%s'.", n, name)}, builtin}, true
		}
	}
	return nil, false
}

// builtinsModule is where SANY places an error without a position.
const builtinsModule = "--TLA+ BUILTINS--"

// substValueRange is the range of the expression of the WITH
// substitution whose target, or expression, is at at.
func substValueRange(at token.Pos, module string) (model.SourceRange, bool) {
	src, err := source.ReadFile(at.Filename)
	if err != nil {
		return model.SourceRange{}, false
	}
	mods, _ := parser.ParseModules(at.Filename, src)
	var val ast.Expr
	for _, m := range mods {
		ast.Inspect(m, func(n ast.Node) bool {
			var in *ast.Instance
			switch u := n.(type) {
			case *ast.Instance:
				in = u
			case *ast.InstanceDef:
				in = u.Inst
			}
			if in != nil {
				for _, w := range in.With {
					if w != nil && w.Name != nil && (w.Name.NamePos == at || w.Value != nil && w.Value.Pos() == at) {
						val = w.Value
					}
				}
			}
			return val == nil
		})
	}
	if val == nil {
		return model.SourceRange{}, false
	}
	r := model.ExprRange(val, source.ReadFile)
	r.Module = module
	return r, r.IsValid()
}
