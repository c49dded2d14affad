package sany

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/parser"
	"github.com/wspcycle/wspcycle/tla/source"
	"github.com/wspcycle/wspcycle/tla/token"
)

// recursiveDecl is SANY's wording of package sema's two errors of a
// RECURSIVE declaration (TLC rev cc6b616, golden RecDecl):
//   - an operator declared but never defined: "Symbol F declared in
//     RECURSIVE statement but not defined.", over the declaration F(_);
//   - a definition whose arity differs: "Definition of F has different
//     arity than its RECURSIVE declaration.", over the whole definition.
func recursiveDecl(e *token.Error, module string) (item, bool) {
	var name string
	if n, err := fmt.Sscanf(e.Msg, "the operator %s is declared RECURSIVE but not defined", &name); err == nil && n == 1 {
		end, ok := declEnd(e.Pos)
		if !ok {
			return item{}, false
		}
		return item{model.SourceRange{Module: module, Start: e.Pos, End: end},
			"Symbol " + name + " declared in RECURSIVE statement but not defined."}, true
	}
	if n, err := fmt.Sscanf(e.Msg, "%s is declared RECURSIVE with", &name); err != nil || n != 1 {
		return item{}, false
	}
	def := defAt(e.Pos)
	if def == nil {
		return item{}, false
	}
	r := model.ExprRange(def.Body, source.ReadFile)
	if !r.IsValid() {
		return item{}, false
	}
	return item{model.SourceRange{Module: module, Start: e.Pos, End: r.End},
		"Definition of " + name + " has different arity than its RECURSIVE declaration."}, true
}

// declEnd is the end of the declaration F or F(_, _) whose name is at
// pos: its closing parenthesis when it has one, else its name's last
// character.
func declEnd(pos token.Pos) (token.Pos, bool) {
	src, err := source.ReadFile(pos.Filename)
	if err != nil {
		return token.Pos{}, false
	}
	lines := strings.Split(string(src), "\n")
	if pos.Line > len(lines) || pos.Col-1 > len(lines[pos.Line-1]) {
		return token.Pos{}, false
	}
	rest := lines[pos.Line-1][pos.Col-1:]
	n := 0
	for n < len(rest) && (rest[n] == '_' || rest[n] >= 'a' && rest[n] <= 'z' || rest[n] >= 'A' && rest[n] <= 'Z' || rest[n] >= '0' && rest[n] <= '9') {
		n++
	}
	end := pos
	end.Col += n - 1
	if tail := strings.TrimLeft(rest[n:], " \t"); strings.HasPrefix(tail, "(") {
		if i := strings.IndexByte(rest[n:], ')'); i >= 0 {
			end.Col = pos.Col + n + i
		}
	}
	return end, true
}

// defAt is the operator definition whose name is at pos, at any depth
// (a LET's too).
func defAt(pos token.Pos) *ast.OpDef {
	src, err := source.ReadFile(pos.Filename)
	if err != nil {
		return nil
	}
	mods, _ := parser.ParseModules(pos.Filename, src)
	var d *ast.OpDef
	for _, mod := range mods {
		ast.Inspect(mod, func(n ast.Node) bool {
			if od, ok := n.(*ast.OpDef); ok && d == nil && od.Name != nil && od.Name.NamePos == pos {
				d = od
			}
			return d == nil
		})
	}
	return d
}

// reRecSection reads package sema's error for a statement inside a
// recursive definition section (recsection.go).
var reRecSection = regexp.MustCompile(`^(a VARIABLE declaration|a declaration|an ASSUME|a THEOREM) may not appear within a recursive definition section`)

// recSection is SANY's wording of that error, over the whole statement
// (TLC rev cc6b616): "A VARIABLE declaration may not appear within a
// recursive definition section.".
func recSection(e *token.Error, module string) (item, bool) {
	m := reRecSection.FindStringSubmatch(e.Msg)
	if m == nil {
		return item{}, false
	}
	end, ok := unitEnd(e.Pos)
	if !ok {
		return item{}, false
	}
	return item{model.SourceRange{Module: module, Start: e.Pos, End: end},
		strings.ToUpper(m[1][:1]) + m[1][1:] + " may not appear within a recursive definition section."}, true
}

// unitEnd is the end of the module unit (a declaration, an assumption or
// a theorem) that starts at pos.
func unitEnd(pos token.Pos) (token.Pos, bool) {
	src, err := source.ReadFile(pos.Filename)
	if err != nil {
		return token.Pos{}, false
	}
	mods, _ := parser.ParseModules(pos.Filename, src)
	for _, mod := range mods {
		for _, u := range mod.Units {
			if u.Pos() != pos {
				continue
			}
			switch u := u.(type) {
			case *ast.Variables:
				if len(u.Names) > 0 {
					last := u.Names[len(u.Names)-1]
					end := last.NamePos
					end.Col += utf8.RuneCountInString(last.Name) - 1
					return end, true
				}
			case *ast.Constants:
				if len(u.Names) > 0 {
					return declEnd(u.Names[len(u.Names)-1].Name.NamePos)
				}
			case *ast.Assume:
				r := model.ExprRange(u.Expr, source.ReadFile)
				return r.End, r.IsValid()
			case *ast.Theorem:
				r := model.ExprRange(u.Body, source.ReadFile)
				return r.End, r.IsValid()
			}
		}
	}
	return token.Pos{}, false
}
