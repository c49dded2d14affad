package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/value"
)

// AliasEvalErrorField is the field TLC (rev cc6b616) adds to each state
// of a trace when its ALIAS cannot be used: the variables, then this
// field with TLC's message (2229 for an ALIAS the spec does not define,
// 2228 for one with parameters, 2233 for a constant); the run goes on,
// its verdict unchanged.
const AliasEvalErrorField = "_ALIASEvalError"

// badAlias handles an ALIAS that names no definition, a constant, or an
// operator with parameters, as TLC does; it reports whether it did. Alias.ErrCode and
// ErrMsg are the message, which `wspcycle tlc -tool` frames as a
// message of its own inside the string (SetAliasError).
func (b *builder) badAlias(id *ast.Ident) bool {
	code, msg := 0, ""
	x, found := b.c.lookupName(id.Name, cenv{at: -1})
	var d *ast.OpDef
	if found && x.kind == eDef {
		d, _ = x.node.(*ast.OpDef)
	}
	switch {
	case !found:
		code, msg = 2229, "The alias "+id.Name+" specified in the configuration file\nis not defined in the specification."
	case b.isConstantLevel(id):
		// A declared CONSTANT or a constant-level definition: TLC has
		// its value there (constcfg.go).
		code, msg = 2233, "The alias "+id.Name+" cannot be a constant."
	case d != nil && len(d.Params) > 0:
		code, msg = 2228, "TLC requires alias not to take any argument, but one was given: "+id.Name
	default:
		return false
	}
	a := &Alias{Name: id.Name, Pos: id.Pos(), ErrCode: code}
	a.Fields = append(append([]string(nil), b.sp.Vars...), AliasEvalErrorField)
	a.SetAliasError(b.c.strs(), msg)
	b.sp.Alias = a
	return true
}

// SetAliasError makes the alias a record of the variables and the field
// AliasEvalErrorField, whose value is msg (in strs' order of strings).
func (a *Alias) SetAliasError(strs *value.Strings, msg string) {
	a.ErrMsg = msg
	keys := make([]value.Value, len(a.Fields))
	for i, f := range a.Fields {
		keys[i] = strs.Str(f)
	}
	text := strs.Str(msg)
	a.Eval = func(_ int, s, _ value.State) (value.Value, error) {
		vals := make([]value.Value, 0, len(keys))
		vals = append(vals, s...)
		vals = append(vals, text)
		return value.FcnFromPairs(append([]value.Value(nil), keys...), vals), nil
	}
}
