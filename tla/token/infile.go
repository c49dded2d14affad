package token

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
)

// A module that follows another in a file (after its ====, as in TLC's
// trace exploration spec, whose M_TEExpression and M_TETrace follow the
// root module) is a module of its own for SANY: TLC writes it to a file
// named after it before SANY parses it, so SANY's locations in it name
// that module, with lines counted from its header. Its positions'
// Filename is InFile(file, module, header), "FILE(MODULE:HEADER)", so
// that a position says which module it is in (span.Module), where its
// text starts in the file (source.ReadFile reads the module's lines from
// its header on) and where it is in the real file (Pos.InFile, which
// every printer of a position outside TLC's own output uses: an editor
// must be sent to file:line:col of the file that exists).

// InFile is the Filename of the positions of module, which follows the
// first module of file and whose header is on line header (1-based) of
// file.
func InFile(file, module string, header int) string {
	return file + "(" + module + ":" + strconv.Itoa(header) + ")"
}

// SplitInFile splits a Filename made by InFile into the file, the module
// and the line of the module's header in the file; ok is false for any
// other name.
func SplitInFile(name string) (file, module string, header int, ok bool) {
	if !strings.HasSuffix(name, ")") {
		return name, "", 0, false
	}
	i := strings.LastIndex(name, ".tla(")
	if i < 0 {
		return name, "", 0, false
	}
	file, inner := name[:i+len(".tla")], name[i+len(".tla("):len(name)-1]
	module, line, found := strings.Cut(inner, ":")
	if !found || module == "" || strings.ContainsAny(module, `()/\:`) {
		return name, "", 0, false
	}
	header, err := strconv.Atoi(line)
	if err != nil || header < 1 || strconv.Itoa(header) != line {
		return name, "", 0, false
	}
	return file, module, header, true
}

// InFile is p in the real file: for a position in a module that follows
// another in its file (Filename made by InFile), the file's name and the
// line in the file (its lines count from the module's header); any other
// position is p itself. TLC's output names such a position by its module
// and module line, as SANY does; everything else prints p.InFile().
func (p Pos) InFile() Pos {
	file, _, header, ok := SplitInFile(p.Filename)
	if !ok {
		return p
	}
	q := Pos{Filename: file, Line: p.Line, Col: p.Col}
	if q.IsValid() {
		q.Line += header - 1
	}
	return q
}

// laterHeader finds, at the start of a line, the header of a module that
// follows another in its file: the parser (parser.ParseModules) and
// source.ReadFile find such modules only with NextHeader, so that both
// agree on where each starts.
var laterHeader = regexp.MustCompile(`(?m)^\s*-{4,}\s*MODULE\s+(\w*)`)

// NextHeader finds the first module header in src (the text after a
// module's ====) at the start of a line: start is the offset of the line
// that holds its first dash (the module's text, as TLC writes it to a
// file of its own, starts there) and name the module's name (empty when
// the header names none); ok is false when src has none.
func NextHeader(src []byte) (start int, name string, ok bool) {
	loc := laterHeader.FindSubmatchIndex(src)
	if loc == nil {
		return 0, "", false
	}
	dash := loc[0] + bytes.IndexByte(src[loc[0]:loc[1]], '-')
	return bytes.LastIndexByte(src[:dash], '\n') + 1, string(src[loc[2]:loc[3]]), true
}
