package eval

import (
	"strings"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/source"
	"github.com/wspcycle/wspcycle/tla/value"
)

// symmetry evaluates the cfg's SYMMETRY definition into Spec.Symmetry, as
// TLC's Tool.getSymmetryPerms does: the definition must be a finite set of
// functions, each from model values to model values (a permutation, e.g.
// an element of Permutations(S)); the permutations are closed into the
// group they generate (MVPerms.permutationSubgroup), identity left out.
//
// TLC's warning about symmetry sets of fewer than two elements is kept
// too, with its consequence: when the definition is an application of an
// operator (typically \cup) to no fewer arguments than it has elements,
// every argument is such a set and TLC checks the model without symmetry;
// otherwise an argument Permutations(S) none of whose model values any
// permutation moves is named in the warning.
func (b *builder) symmetry(id *ast.Ident) {
	c := b.c
	d, de, ok := b.namedDef(id, "SYMMETRY")
	if !ok {
		return
	}
	x, errs := c.constExpr(d.Body, de)
	for _, te := range errs {
		if strings.HasPrefix(te.Msg, "ASSUME refers") {
			te.Msg = "SYMMETRY " + id.Name + " refers" + strings.TrimPrefix(strings.TrimSuffix(te.Msg, "; assumptions must be constant"), "ASSUME refers") + ": a symmetry must be constant"
		}
	}
	if len(errs) > 0 {
		return
	}
	v, err := x.fn(b.ctxForCompile())
	if err != nil {
		c.errorf(id.Pos(), "Evaluating the symmetry %s failed: %v", id.Name, err)
		return
	}
	set, ok := v.(value.SetValue)
	var elems *value.SetV
	if ok {
		elems, err = set.Enum()
	}
	if !ok || err != nil {
		c.errorf(d.Body.Pos(), "The symmetry operator must specify a set of functions.")
		return
	}
	fcns := make([]*value.FcnV, 0, elems.Len())
	for _, e := range elems.Elems() {
		f, ok := e.(*value.FcnV)
		if !ok || f.IsTuple() || f.IsRecord() {
			c.errorf(d.Body.Pos(), "The symmetry values must be function records.")
			return
		}
		fcns = append(fcns, f)
	}
	args := appliedOperands(d.Body)
	var small []string
	if len(args) >= elems.Len() {
		for _, a := range args {
			small = append(small, b.symmetrySetName(a))
		}
	} else {
		gens, ok := permsOf(fcns)
		if !ok {
			c.errorf(d.Body.Pos(), "Symmetry function must have model values as domain and range.")
			return
		}
		b.sp.Symmetry = value.PermGroup(gens)
		moved := map[*value.MV]bool{}
		for _, p := range b.sp.Symmetry {
			for _, m := range p.Moved() {
				moved[m] = true
			}
		}
		for _, a := range args {
			if b.symmetrySetUnused(a, de, moved) {
				small = append(small, b.symmetrySetName(a))
			}
		}
	}
	if len(small) > 0 {
		s, verb, s4 := "", "has", "s"
		if len(small) > 1 {
			s, verb, s4 = "s", "have", ""
		}
		b.sp.SymmetryWarning = "The set" + s + " " + strings.Join(small, ", and ") + " " + verb +
			" been defined to be a symmetry set but contain" + s4 + " less than two elements."
	}
}

// permsOf turns functions from model values to model values into
// permutations; ok is false when some key or value is not a model value.
func permsOf(fcns []*value.FcnV) (gens []*value.Perm, ok bool) {
	for _, f := range fcns {
		from := make([]*value.MV, f.Len())
		to := make([]*value.MV, f.Len())
		for i := range from {
			k, ok1 := f.Key(i).(*value.MV)
			m, ok2 := f.At(i).(*value.MV)
			if !ok1 || !ok2 {
				return nil, false
			}
			from[i], to[i] = k, m
		}
		gens = append(gens, value.NewPerm(from, to))
	}
	return gens, true
}

// appliedOperands are the arguments of the operator the expression applies (TLC
// looks at the OpApplNode of the definition's body): the two sides of an
// infix operator, the arguments of F(a, b), nothing for a name.
func appliedOperands(e ast.Expr) []ast.Expr {
	e = ast.Unparen(e)
	switch x := e.(type) {
	case *ast.Binary:
		return []ast.Expr{x.X, x.Y}
	case *ast.OpApp:
		return x.Args
	case *ast.Unary:
		return []ast.Expr{x.X}
	}
	return nil
}

// symmetrySetUnused reports whether a is Permutations(S), with S a name
// whose value is a finite set, and no permutation of the group moves any
// of S's model values (TLC's getSetEnumValueFromArgumentNode and the
// check after it).
func (b *builder) symmetrySetUnused(a ast.Expr, de cenv, moved map[*value.MV]bool) bool {
	app, ok := a.(*ast.OpApp)
	if !ok || app.Name.Name != "Permutations" || len(app.Args) != 1 {
		return false
	}
	id, ok := app.Args[0].(*ast.Ident)
	if !ok {
		return false
	}
	c := b.c
	nerr := len(c.errs)
	x, errs := c.constExpr(id, de)
	if len(errs) > 0 {
		c.errs = c.errs[:nerr]
		return false
	}
	v, err := x.fn(b.ctxForCompile())
	if err != nil {
		return false
	}
	s, ok := v.(*value.SetV)
	if !ok {
		return false
	}
	for _, e := range s.Elems() {
		if m, ok := e.(*value.MV); ok && moved[m] {
			return false
		}
	}
	return true
}

// symmetrySetName is how TLC names a symmetry set in its warning (TLC rev
// cc6b616 on MCPaxos and probes): the argument's source text without
// white space, less a leading "Permutations(" and the closing ")"; a name
// the cfg substitutes for a constant (C <- S) is named by the constant
// (MCPaxos's Permutations(MCAcceptor) with Acceptor <- MCAcceptor is
// "Acceptor"). The text of a nested argument is kept whole, as TLC does:
// (Permutations(A) \cup Permutations(B)) is "A)\cupPermutations(B".
func (b *builder) symmetrySetName(e ast.Expr) string {
	if app, ok := e.(*ast.OpApp); ok && app.Name.Name == "Permutations" && len(app.Args) == 1 {
		if id, ok := ast.Unparen(app.Args[0]).(*ast.Ident); ok {
			return b.substitutedConstant(id.Name)
		}
	}
	if id, ok := e.(*ast.Ident); ok {
		return b.substitutedConstant(id.Name)
	}
	if text, ok := b.sourceText(e); ok {
		text = strings.Join(strings.Fields(text), "")
		if strings.HasPrefix(text, "Permutations(") && strings.HasSuffix(text, ")") {
			text = strings.TrimSuffix(strings.TrimPrefix(text, "Permutations("), ")")
		}
		return text
	}
	return exprName(e)
}

// substitutedConstant is the constant C the cfg replaces by the
// definition name (C <- name), or name itself.
func (b *builder) substitutedConstant(name string) string {
	if b.conf != nil {
		for _, k := range b.conf.Constants {
			if k.Subst != nil && k.Module == nil && k.Subst.Name == name {
				return k.Name.Name
			}
		}
	}
	return name
}

// sourceText is the source of e, from its first to its last character.
func (b *builder) sourceText(e ast.Expr) (string, bool) {
	end, ok := b.c.spans.End(e)
	if !ok {
		return "", false
	}
	src, err := source.ReadFile(e.Pos().Filename)
	if err != nil {
		return "", false
	}
	lines := strings.Split(string(src), "\n")
	start := e.Pos()
	if start.Line < 1 || end.Line > len(lines) || end.Line < start.Line {
		return "", false
	}
	var out []string
	for l := start.Line; l <= end.Line; l++ {
		r := []rune(lines[l-1])
		from, to := 0, len(r)
		if l == start.Line {
			from = start.Col - 1
		}
		if l == end.Line {
			to = end.Col
		}
		if from < 0 || to > len(r) || from > to {
			return "", false
		}
		out = append(out, string(r[from:to]))
	}
	return strings.Join(out, "\n"), true
}

// exprName names a symmetry set whose source cannot be read: S for
// Permutations(S), else the expression's tokens without spaces for the
// simple expressions a symmetry set is written with.
func exprName(e ast.Expr) string {
	if app, ok := e.(*ast.OpApp); ok && app.Name.Name == "Permutations" && len(app.Args) == 1 {
		e = app.Args[0]
	}
	switch x := e.(type) {
	case *ast.Ident:
		return x.Name
	case *ast.OpApp:
		args := make([]string, len(x.Args))
		for i, a := range x.Args {
			args[i] = exprName(a)
		}
		return x.Name.Name + "(" + strings.Join(args, ",") + ")"
	case *ast.SetEnum:
		elems := make([]string, len(x.Elems))
		for i, a := range x.Elems {
			elems[i] = exprName(a)
		}
		return "{" + strings.Join(elems, ",") + "}"
	}
	return "(the set at " + e.Pos().String() + ")"
}
