package token

import "strings"

// A module that follows another in a file (after its ====, as in TLC's
// trace exploration spec, whose M_TEExpression and M_TETrace follow the
// root module) is a module of its own for SANY: TLC writes it to a file
// named after it before SANY parses it, so SANY's locations in it name
// that module, with lines counted from its header. Its positions' Filename
// is InFile(file, module), "FILE(MODULE)", so that a position says which
// module it is in (span.Module) and its text can be read again
// (source.ReadFile reads the module's lines from its header on).

// InFile is the Filename of the positions of module, which follows the
// first module of file.
func InFile(file, module string) string { return file + "(" + module + ")" }

// SplitInFile splits a Filename made by InFile into the file and the
// module; ok is false for any other name.
func SplitInFile(name string) (file, module string, ok bool) {
	if !strings.HasSuffix(name, ")") {
		return name, "", false
	}
	i := strings.LastIndex(name, ".tla(")
	if i < 0 {
		return name, "", false
	}
	file, module = name[:i+len(".tla")], name[i+len(".tla("):len(name)-1]
	if module == "" || strings.ContainsAny(module, `()/\`) {
		return name, "", false
	}
	return file, module, true
}
