package eval

import "github.com/wspcycle/wspcycle/tla/ast"

// stdInstanceRef reports whether e is J!Op with J a LET's or the
// module's J == INSTANCE M, M a standard module built into wspcycle (no
// module of the program), without parameters or WITH.
func (c *compiler) stdInstanceRef(e *ast.ModRef, en cenv) bool {
	if len(e.Path) != 1 || len(e.Path[0].Args) > 0 || len(e.Sels) > 0 {
		return false
	}
	name := e.Path[0].Name.Name
	var d *ast.InstanceDef
	if b := en.sc.lookup(name); b != nil {
		if b.kind != bInst {
			return false
		}
		d = b.inst
	} else if x, ok := c.lookupName(name, en); ok && x.kind == eInst {
		d, _ = x.node.(*ast.InstanceDef)
	}
	return d != nil && len(d.Params) == 0 && len(d.Inst.With) == 0 && c.prog[d.Inst.Module.Name] == nil
}
