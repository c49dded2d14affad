package eval

import (
	"github.com/wspcycle/wspcycle/tla/scanner"
	"github.com/wspcycle/wspcycle/tla/token"
)

// lexedNames are the names SANY's lexer interns as it reads one file, in
// order, and the modules the file names after EXTENDS and INSTANCE, which
// SANY reads next (strorder.go).
type lexedNames struct {
	names []string
	uses  []string
}

// lexNames scans a module file as SANY's lexer does and lists its
// identifiers, reserved words and numbers in order. A string literal is
// interned with its quotes, so it names no string value; operator symbols
// are left out (no string a spec makes is likely to be one), and so is
// MODULE, which SANY's lexer reads as part of the ---- MODULE header.
func lexNames(file string, src []byte) lexedNames {
	var out lexedNames
	s := scanner.New(file, src, scanner.Module)
	// want is what the module names after EXTENDS or INSTANCE expect:
	// a name (nameList, nameOne), a comma (comma), or nothing (none).
	const (
		none = iota
		nameList
		nameOne
		comma
	)
	want := none
	for {
		t := s.Next()
		next := none
		switch {
		case t.Kind == token.EOF:
			return out
		case t.Kind == token.IDENT || t.Kind == token.NUMBER:
			out.names = append(out.names, t.Lit)
			if t.Kind == token.IDENT && (want == nameList || want == nameOne) {
				out.uses = append(out.uses, t.Lit)
				if want == nameList {
					next = comma
				}
			}
		case t.Kind == token.MODULE:
		case t.Kind.IsKeyword():
			out.names = append(out.names, t.Kind.String())
			switch t.Kind {
			case token.EXTENDS:
				next = nameList
			case token.INSTANCE:
				next = nameOne
			}
		case t.Kind == token.COMMA && want == comma:
			next = nameList
		}
		want = next
	}
}
