package eval

import (
	"strings"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/span"
	"github.com/wspcycle/wspcycle/tla/token"
)

// TLC's Tool.getActions (rev cc6b616) does not go into an instance with
// substitutions: SANY makes the body of each definition reached through
// INSTANCE M WITH x <- y (or an implicit x <- x) a SubstInNode, and
// getActions makes such a node, when it has substitutions, one action,
// named by the definition applied (I!Next, or Next for an INSTANCE without
// a name) and located at the INSTANCE statement. Its simulator then draws
// among fewer actions, and its traces name the step so. A module without
// constants or variables has no substitution: TLC goes into it.

// substApp marks the frame f of the application e, which compiles the
// definition's body in de from en, when it enters an instance context
// with substitutions: the frame is then one TLC action, named as SANY
// names the definition.
func (c *compiler) substApp(f *appFrame, e ast.Expr, en, de cenv) {
	from, to := c.env(en), c.env(de)
	if to.ctx == nil || to.ctx == from.ctx || len(to.ctx.subst) == 0 || to.ctx.inst == nil {
		return
	}
	f.subst = to.ctx
	if r, ok := e.(*ast.ModRef); ok {
		var b strings.Builder
		for _, st := range r.Path {
			b.WriteString(st.Name.Name + "!")
		}
		f.name = b.String() + r.Name.Name
		c.instanceArgs(f, r, en)
	}
	if end, ok := c.spans.End(lastOfInstance(to.ctx.inst)); ok {
		to.ctx.end = end
	}
}

// lastOfInstance is the last expression of the INSTANCE statement: its
// last substitution, or the module's name.
func lastOfInstance(inst *ast.Instance) ast.Expr {
	if n := len(inst.With); n > 0 {
		return inst.With[n-1].Value
	}
	return inst.Module
}

// atDef makes ie, the context of the named instance d, located at d.
func atDef(ie *modEnv, d *ast.InstanceDef) *modEnv {
	if ie != nil {
		ie.ctx.stmt = d.Start
	}
	return ie
}

// substLabel is TLC's label of an initial state whose initial predicate,
// the definition d compiled in de from en, is a definition of an instance
// with substitutions: its name and the INSTANCE statement's range, in the
// module the statement is written in; ok is false for any other.
func (c *compiler) substLabel(d *ast.OpDef, en, de cenv) (string, bool) {
	f := &appFrame{name: d.Name.Name}
	c.substApp(f, d.Name, en, de)
	if f.subst == nil || !f.subst.end.IsValid() {
		return "", false
	}
	mod := span.Module(f.subst.stmt.Filename)
	return f.name + " " + span.Name(f.subst.stmt, f.subst.end, mod), true
}

// instanceArgs gives the frame f of r, a reference through instances with
// parameters (J(3)!Up), the values TLC prints after the definition's name:
// SANY's J!Up takes the instance's parameters first, then Up's own.
func (c *compiler) instanceArgs(f *appFrame, r *ast.ModRef, en cenv) {
	var args []ast.Expr
	var arity []int
	for _, st := range r.Path {
		args = append(args, st.Args...)
		arity = append(arity, make([]int, len(st.Args))...)
	}
	if len(args) == 0 {
		return
	}
	d, _, ok := c.userOp(r, en)
	if !ok {
		return
	}
	args = append(args, r.Args...)
	for i := range r.Args {
		arity = append(arity, paramArity(d, i))
	}
	def := &ast.OpDef{Name: d.Name, Params: make([]*ast.Ident, len(args)), ParamArity: arity}
	g := c.enterApp(&ast.OpApp{Name: r.Name, Args: args}, def, en)
	f.args, f.known = g.args, g.known
}

// A SPECIFICATION written in an instance with substitutions (MC ==
// INSTANCE M with M's Spec the model's) is TLC's SubstInNode too: TLC's
// SpecProcessor wraps the next-state relation it finds there in the
// substitutions, so Tool.getActions makes all of Next one action, named
// "Action" and located at the INSTANCE statement, and names the initial
// states by the initial predicate's name at the same range.

// substSplit is the split of dispatch, all of Next, as that one action.
func (p *program) substSplit(dispatch []step, at [2]token.Pos) *tlcSplit {
	out := &tlcSplit{ranges: map[*step][2]int{}}
	lo, hi := leafRange(dispatch, out.ranges)
	if lo < 0 {
		return p.tlcSplit(dispatch)
	}
	// TLC's one action, at the INSTANCE statement, binds nothing.
	out.actions = []TLCAction{{Lo: lo, Hi: hi, Pos: at[0], SubstFrom: at[0], SubstTo: at[1], label: "Action", known: true, unnamed: true, context: []CtxBinding{}, contextKnown: true}}
	return out
}

// specSubstLabel is TLC's label of an initial state whose initial
// predicate d is used in en, the context of an instance with
// substitutions: d's name at the INSTANCE statement's range.
func (c *compiler) specSubstLabel(d *ast.OpDef, en cenv) (string, bool) {
	at := c.covSubstOf(en)
	if !at[0].IsValid() {
		return "", false
	}
	mod := span.Module(at[0].Filename)
	return d.Name.Name + " " + span.Name(at[0], at[1], mod), true
}
