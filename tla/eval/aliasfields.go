package eval

import "github.com/wspcycle/wspcycle/tla/ast"

// aliasFields is the order TLC prints an ALIAS's fields in when its value
// is a record that a record constructor builds, reached from the body
// through parentheses, LET bodies, names of definitions without
// parameters, and M!Op where M is a LET's INSTANCE of a module without
// WITH: TLC keeps the constructor's RecordValue unnormalised all the way
// (the ALIAS _expression of TLC's trace exploration spec is LET
// M_TEExpression == INSTANCE M_TEExpression IN M_TEExpression!expression,
// a record of the variables). nil when the body is not one.
func aliasFields(body ast.Expr, in *ast.Module, mods map[string]*ast.Module) []string {
	for depth := 0; depth < 32 && body != nil; depth++ {
		insts := map[string]string{}
		for {
			body = ast.Unparen(body)
			l, ok := body.(*ast.Let)
			if !ok {
				break
			}
			for _, u := range l.Defs {
				if d, ok := u.(*ast.InstanceDef); ok && len(d.Params) == 0 && len(d.Inst.With) == 0 {
					insts[d.Name.Name] = d.Inst.Module.Name
				}
			}
			body = l.Body
		}
		var name string
		switch x := body.(type) {
		case *ast.Record:
			out := make([]string, len(x.Fields))
			for i, f := range x.Fields {
				out[i] = f.Name.Name
			}
			return out
		case *ast.Ident:
			name = x.Name
		case *ast.ModRef:
			if len(x.Path) != 1 || len(x.Path[0].Args) > 0 || len(x.Args) > 0 || len(x.Sels) > 0 {
				return nil
			}
			m := mods[insts[x.Path[0].Name.Name]]
			if m == nil {
				return nil
			}
			in, name = m, x.Name.Name
		default:
			return nil
		}
		body = nil
		if in == nil {
			return nil
		}
		for _, u := range in.Units {
			if d, ok := u.(*ast.OpDef); ok && d.Name.Name == name && len(d.Params) == 0 {
				body = d.Body
				break
			}
		}
	}
	return nil
}

// defModule is the module, the root or one it uses, whose units hold d.
func (b *builder) defModule(d *ast.OpDef) *ast.Module {
	holds := func(m *ast.Module) bool {
		for _, u := range m.Units {
			if u == ast.Unit(d) {
				return true
			}
		}
		return false
	}
	if b.sp.Module != nil && holds(b.sp.Module) {
		return b.sp.Module
	}
	for _, m := range b.sp.Modules {
		if holds(m) {
			return m
		}
	}
	return nil
}
