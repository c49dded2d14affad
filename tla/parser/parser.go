// Package parser reads TLA+ modules and expressions into the syntax tree of
// package ast, the way SANY (the TLA+ tools' parser) reads them: the same
// operator precedence ranges and precedence-conflict errors, the same layout
// rule for bulleted /\ and \/ junction lists, IF/CASE/LET/quantifier bodies
// that extend as far right as possible, SANY's table of user-definable
// operators, and the proof language (proof.go), which the checker skips.
// Syntax the checker does not evaluate (RECURSIVE, LAMBDA, user-defined
// operator symbols, unbounded quantifiers, ...) is parsed into the tree and
// rejected by package sema; the few constructs this parser does not read
// yet are rejected here as "unsupported: <construct>" (see ../SUBSET.md),
// never silently misread.
//
// The parser never panics on bad input: errors come back as a sorted
// token.ErrorList with positions. Nesting is bounded (MaxDepth) so that
// hostile input cannot overflow the stack.
package parser

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/scanner"
	"github.com/wspcycle/wspcycle/tla/token"
)

// MaxDepth bounds the nesting of expressions (parentheses, brackets, prefix
// operators, nested constructs). Real specs nest a few dozen levels.
const MaxDepth = 2000

// maxErrors stops parsing after this many errors: later ones are mostly
// consequences of the first.
const maxErrors = 10

// kindEnd is the virtual token the layout rule produces for a token at or
// left of the column of the innermost open junction list: it ends every
// expression, as SANY's junction-list context does.
const kindEnd token.Kind = -1

// ParseFile parses one module. The error, if any, is a sorted
// token.ErrorList. On error the returned module may be partial (or nil).
//
// When filename ends in .tla, the module must be named after the file, as
// SANY requires (Foo.tla holds MODULE Foo); a source without such a name
// (standard input, a test's string) is not checked.
func ParseFile(filename string, src []byte) (*ast.Module, error) {
	return parseModule(filename, src, true)
}

// ParseModules parses every module of a file: the first, named after the
// file as in ParseFile, then any that follow its ==== (SANY reads those
// too: a file may hold a module and, after it, modules it uses). Each
// later module is parsed from its own header line, which is its line 1,
// as TLC has it.
func ParseModules(filename string, src []byte) ([]*ast.Module, error) {
	mods, _, err := parseModules(filename, src, false)
	return mods, err
}

// ParseRoot parses a spec's root file as SANY reads it: the first module,
// whose error is err, and those that follow its ====, each a module of
// its own that SANY parses only if the spec uses it and no file of its
// name is on the search path (TLC writes each to a file of its own): a
// later module that does not parse is not in mods but in broken, by name,
// with its error, for the loader to report where the spec uses it (TLC
// rev cc6b616: a parse error in a later module nothing uses is no error,
// golden LaterUnused; in one the root extends, SANY's parse error in it,
// golden LaterParse).
func ParseRoot(filename string, src []byte) (mods []*ast.Module, broken map[string]error, err error) {
	return parseModules(filename, src, true)
}

func parseModules(filename string, src []byte, tolerant bool) ([]*ast.Module, map[string]error, error) {
	var mods []*ast.Module
	var broken map[string]error
	text := src
	name := filename
	// file is the real file and base the line of text's first line in it
	// (text is a module read back from its file by its InFile name, or
	// the whole file).
	file, _, base, reread := token.SplitInFile(filename)
	if !reread {
		base = 1
	}
	module := ""
	for {
		// SANY reads a module that follows the root in its file from the
		// file's first line that is that module's header, wherever it is
		// (util.MonolithSpecExtractor.module): one in a comment of the
		// root, before the module's real header, is the module SANY
		// parses (and usually fails to). The module found here is still
		// parsed, for where the next one starts.
		var sany *ast.Module
		if module != "" && !reread {
			if line, alt, ok := sanyModuleText(src, module); ok && line < base {
				m, err := parseModule(token.InFile(file, module, line), alt, false)
				if err != nil && !tolerant {
					return nil, nil, err
				}
				sany = m
				if err != nil {
					if broken == nil {
						broken = map[string]error{}
					}
					broken[module] = err
					sany = nil
				}
			}
		}
		m, err := parseModule(name, text, len(mods) == 0)
		end := 0
		if err != nil {
			if !tolerant || module == "" {
				return nil, nil, err
			}
			if broken == nil {
				broken = map[string]error{}
			}
			if _, ok := broken[module]; !ok {
				broken[module] = err
			}
			end = 1 // the next module starts after this one's header
		} else {
			end = m.End.Line
			if _, bad := broken[module]; !bad {
				if sany != nil {
					mods = append(mods, sany)
				} else {
					mods = append(mods, m)
				}
			}
		}
		rest, ok := linesAfter(text, end)
		if !ok {
			return mods, broken, nil
		}
		start, next, ok := token.NextHeader(rest)
		if !ok {
			return mods, broken, nil
		}
		// The next module is read from its header line on, and its lines
		// are counted from there, as TLC reads it: it writes each module
		// that follows another in a file to a file of its own before
		// SANY parses it, so its positions are that file's. The text
		// before the header is skipped: TLC's trace exploration spec has
		// a module there commented out line by line, whose header the
		// scanner would take for the next module's.
		base += end + bytes.Count(rest[:start], []byte{'\n'})
		text = rest[start:]
		// Its positions name it and its header's line in the file
		// (token.InFile), as SANY's locations name it.
		name, module = file, next
		if module != "" {
			name = token.InFile(file, module, base)
		}
	}
}

// sanyModuleText is the text SANY reads as the module named module of a
// file holding several, src: from the first line that is wholly that
// module's header (four dashes or more, MODULE, the name, three dashes or
// more) to the end; line is that line (1-based), ok false when no line is.
func sanyModuleText(src []byte, module string) (line int, text []byte, ok bool) {
	header := regexp.MustCompile(`^-{4,}\s*MODULE\s+` + regexp.QuoteMeta(module) + `\s*-{3,}$`)
	start := 0
	for line = 1; start < len(src); line++ {
		end := bytes.IndexByte(src[start:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += start
		}
		if header.Match(bytes.TrimSuffix(src[start:end], []byte{'\r'})) {
			return line, src[start:], true
		}
		start = end + 1
	}
	return 0, nil, false
}

// linesAfter returns src from the line after line n (1-based).
func linesAfter(src []byte, n int) ([]byte, bool) {
	if n <= 0 {
		return nil, false
	}
	i := 0
	for line := 1; line <= n; line++ {
		j := bytes.IndexByte(src[i:], '\n')
		if j < 0 {
			return nil, false
		}
		i += j + 1
	}
	return src[i:], true
}

func parseModule(filename string, src []byte, checkName bool) (*ast.Module, error) {
	p := newParser(filename, src, scanner.Module)
	p.inModule = true
	m := p.parseModuleSafe()
	if checkName && m != nil && m.Name != nil {
		base := filename[strings.LastIndexAny(filename, `/\`)+1:]
		if want, ok := strings.CutSuffix(base, ".tla"); ok && want != m.Name.Name {
			p.errs.Add(m.Name.NamePos, fmt.Sprintf("file name %s does not match the name %s of the module it contains (SANY requires MODULE %s in %s)",
				base, m.Name.Name, want, base))
		}
	}
	return m, p.err()
}

// ParseExpr parses a single expression (the whole of src).
func ParseExpr(filename string, src []byte) (ast.Expr, error) {
	p := newParser(filename, src, scanner.Raw)
	var x ast.Expr
	p.guard(func() {
		x = p.parseExpr()
		if t := p.tok(); t.Kind != token.EOF {
			p.errorExpected(t, "end of expression")
		}
	})
	return x, p.err()
}

// bailout is panicked (and recovered inside this package) to abandon the
// current unit after an error.
type bailout struct{}

type junction struct {
	col  int
	kind token.Kind
	tab  bool // a tab precedes the first bullet on its line
}

type parser struct {
	file     string
	toks     []scanner.Token
	i        int
	errs     token.ErrorList
	comments []*ast.Comment
	js       []junction // open junction lists, innermost last
	depth    int
	except   int // > 0 inside the new value of an EXCEPT update (where @ is allowed)
	// inModule: a module is parsed, where an @ outside an EXCEPT's new
	// value is SANY's semantic error (package sema), not a parse error.
	inModule bool
	fatal    bool  // stop parsing entirely (nesting limit, too many errors)
	proofs   []int // step level of each open proof, innermost last (-1: not yet known); see prooflevel.go

	notFilter  map[int]bool // token indices of '{' already found not to start a set filter
	primed     token.Pos    // the first ' (or ^+ ^* ^#) in the postfix chain of the operand just parsed
	postfixLit string       // that postfix operator's spelling
	// lastOp is the precedence of the last operator read anywhere: SANY's
	// TLAplusParser.lastOp, which its label check compares (checkLabel).
	lastOp prec
}

func newParser(filename string, src []byte, mode scanner.Mode) *parser {
	s := scanner.New(filename, src, mode)
	// About one token per three to four bytes in real specs; presizing avoids
	// regrowing the slice, which otherwise dominates parse time.
	p := &parser{file: filename, toks: s.AppendAll(make([]scanner.Token, 0, min(len(src)/3+16, 1<<18)))}
	p.errs = append(p.errs, s.Errors...)
	p.comments = s.Comments
	if len(s.Errors) > 0 {
		p.fatal = true // a lexical error makes the token stream unreliable
	}
	return p
}

func (p *parser) err() error {
	p.errs.Sort()
	return p.errs.Err()
}

// guard runs f, turning a bailout into a normal return.
func (p *parser) guard(f func()) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(bailout); !ok {
				panic(r)
			}
		}
	}()
	if p.fatal {
		return
	}
	f()
}

// raw returns the current token ignoring the layout rule.
func (p *parser) raw() scanner.Token { return p.toks[p.i] }

// peekRaw returns the token k positions ahead, ignoring the layout rule.
func (p *parser) peekRaw(k int) scanner.Token {
	if p.i+k < len(p.toks) {
		return p.toks[p.i+k]
	}
	return p.toks[len(p.toks)-1]
}

// tok returns the current token with the layout rule applied: inside a
// junction list, a token at or left of the list's column is kindEnd.
func (p *parser) tok() scanner.Token {
	t := p.toks[p.i]
	n := len(p.js)
	if n == 0 || t.Kind == token.EOF {
		return t
	}
	if (t.Tab || p.js[n-1].tab) && p.i > 0 && p.toks[p.i-1].Pos.Line < t.Pos.Line {
		p.unsupported(t.Pos, "tab in the indentation of a junction list (its column is ambiguous: indent with spaces)")
	}
	if t.Pos.Col <= p.js[n-1].col {
		return scanner.Token{Kind: kindEnd, Pos: t.Pos, Lit: t.Lit}
	}
	return t
}

func (p *parser) next() {
	if p.i < len(p.toks)-1 {
		p.i++
	}
}

// expect consumes a token of kind k (layout applied) or fails.
func (p *parser) expect(k token.Kind) scanner.Token {
	t := p.tok()
	if t.Kind != k {
		p.errorExpected(t, "'"+k.String()+"'")
	}
	p.next()
	return t
}

func (p *parser) ident() *ast.Ident {
	t := p.tok()
	if t.Kind != token.IDENT {
		p.errorExpected(t, "identifier")
	}
	p.next()
	return &ast.Ident{NamePos: t.Pos, Name: t.Lit}
}

// fail records an error and abandons the current unit.
func (p *parser) fail(pos token.Pos, format string, args ...any) {
	p.bail(token.Errorf(pos, format, args...))
}

// unsupported rejects a construct outside the subset and abandons the
// current unit.
func (p *parser) unsupported(pos token.Pos, construct string) {
	p.bail(token.Unsupported(pos, construct))
}

// bail records e and abandons the current unit (and, after maxErrors
// errors, the whole parse).
func (p *parser) bail(e *token.Error) {
	p.errs = append(p.errs, e)
	if len(p.errs) >= maxErrors {
		p.fatal = true
	}
	panic(bailout{})
}

func (p *parser) errorExpected(t scanner.Token, what string) {
	p.fail(t.Pos, "expected %s, found %s", what, describe(t))
}

// describe names a token for an error message, saying so when the layout
// rule made it end a junction list.
func describe(t scanner.Token) string {
	if t.Kind == kindEnd {
		return "'" + t.Lit + "' (ends the junction list above: it is not right of the list's bullets)"
	}
	return t.Describe()
}

// enter and leave bound the nesting depth.
func (p *parser) enter(pos token.Pos) {
	p.depth++
	if p.depth > MaxDepth {
		p.fatal = true
		p.fail(pos, "expression nested too deeply (more than %d levels)", MaxDepth)
	}
}

func (p *parser) leave() { p.depth-- }
