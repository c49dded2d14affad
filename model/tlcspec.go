package model

import (
	"fmt"
	"sync"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/source"
	"github.com/wspcycle/wspcycle/tla/span"
	"github.com/wspcycle/wspcycle/tla/value"
)

// tlcSpec is TLCGet("spec"): what TLC's spec processing found, as TLC
// rev cc6b616 gives it, a record of sets of [name |-> ..., location |->
// [beginLine, beginColumn, endLine, endColumn, module]]:
//
//   - inits: the initial predicate, located at its definition's body;
//   - actions: the actions Next splits into, each at its own text (an
//     unnamed disjunct is named after the definition holding it);
//   - invariants: at their definitions' bodies;
//   - constraints, actionconstraints: at their whole definitions;
//   - variables: at their declarations;
//   - temporals, impliedinits, impliedactions, impliedtemporals: the
//     fairness and PROPERTY parts, all empty here.
//
// A spec where TLC's answer holds more than this is told apart and
// refused: PROPERTY entries, fairness, an action with parameters (TLC
// keeps one record per value of them, with context and parameters
// fields), a name defined outside the root module.
func (c *checker) tlcSpec() (value.Value, error) {
	sp := c.sp
	if len(sp.Properties) > 0 || len(sp.ActionProperties) > 0 || len(sp.InitProperties) > 0 || len(sp.Fairness) > 0 || len(sp.FairnessFormulas) > 0 {
		return nil, fmt.Errorf("a spec with PROPERTY entries or fairness")
	}
	read := c.opt.ReadSource
	if read == nil {
		read = source.ReadFile // the files the spec was loaded from
	}
	defs := map[string]*ast.OpDef{}
	vars := map[string]*ast.Ident{}
	for _, u := range sp.Module.Units {
		switch u := u.(type) {
		case *ast.OpDef:
			defs[u.Name.Name] = u
		case *ast.Variables:
			for _, n := range u.Names {
				vars[n.Name] = n
			}
		}
	}
	strs := sp.Run.Strings()
	loc := func(r SourceRange) value.Value {
		return strs.Record("beginLine", value.Int(int64(r.Start.Line)), "beginColumn", value.Int(int64(r.Start.Col)),
			"endLine", value.Int(int64(r.End.Line)), "endColumn", value.Int(int64(r.End.Col)), "module", strs.Str(r.Module))
	}
	entry := func(name string, r SourceRange) (value.Value, error) {
		if !r.IsValid() {
			return nil, fmt.Errorf("no source range for %s", name)
		}
		return strs.Record("name", strs.Str(name), "location", loc(r)), nil
	}
	// byDef is the entry of the definition name: its body's range, or
	// (whole) the definition's from its name.
	byDef := func(name string, whole bool) (value.Value, error) {
		d, ok := defs[name]
		if !ok || len(d.Params) > 0 {
			return nil, fmt.Errorf("%s is not a definition of the root module", name)
		}
		r := ExprRange(d.Body, read)
		if whole {
			r.Start = d.Name.NamePos
		}
		return entry(name, r)
	}
	var inits, actions, invs, cons, acons, vs []value.Value
	add := func(to *[]value.Value, v value.Value, err error) error {
		if err == nil {
			*to = append(*to, v)
		}
		return err
	}
	if sp.InitName != "" {
		v, err := byDef(sp.InitName, false)
		if err := add(&inits, v, err); err != nil {
			return nil, err
		}
	}
	// holder is the definition of the root module whose text holds p.
	holder := func(p ast.Expr) *ast.OpDef {
		var best *ast.OpDef
		for _, u := range sp.Module.Units {
			if d, ok := u.(*ast.OpDef); ok && d.Pos().Filename == p.Pos().Filename && !p.Pos().Before(d.Pos()) {
				if best == nil || best.Pos().Before(d.Pos()) {
					best = d
				}
			}
		}
		return best
	}
	ranges := ActionRanges(sp, read)
	for i, a := range sp.Actions {
		if d := holder(a.Expr); len(a.Params) > 0 || d == nil || len(d.Params) > 0 {
			return nil, fmt.Errorf("an action with parameters or outside the root module (TLC lists one per value of the parameters)")
		}
		v, err := entry(a.Name, ranges[i])
		if err := add(&actions, v, err); err != nil {
			return nil, err
		}
	}
	for _, p := range sp.Invariants {
		if d, ok := defs[p.Name]; !ok || d.Pos() != p.Pos {
			return nil, fmt.Errorf("an invariant %s that is not a definition's body (from a PROPERTY?)", p.Name)
		}
		v, err := byDef(p.Name, false)
		if err := add(&invs, v, err); err != nil {
			return nil, err
		}
	}
	for _, p := range sp.Constraints {
		v, err := byDef(p.Name, true)
		if err := add(&cons, v, err); err != nil {
			return nil, err
		}
	}
	for _, p := range sp.ActionConstraints {
		v, err := byDef(p.Name, true)
		if err := add(&acons, v, err); err != nil {
			return nil, err
		}
	}
	for _, name := range sp.Vars {
		n, ok := vars[name]
		if !ok {
			return nil, fmt.Errorf("the variable %s is declared outside the root module", name)
		}
		end := n.NamePos
		end.Col += len(name) - 1
		v, err := entry(name, SourceRange{Module: span.Module(n.NamePos.Filename), Start: n.NamePos, End: end})
		if err := add(&vs, v, err); err != nil {
			return nil, err
		}
	}
	empty := value.NewSet(nil)
	return strs.Record("inits", value.NewSet(inits), "actions", value.NewSet(actions), "temporals", empty,
		"invariants", value.NewSet(invs), "impliedinits", empty, "impliedtemporals", empty, "impliedactions", empty,
		"variables", value.NewSet(vs), "constraints", value.NewSet(cons), "actionconstraints", value.NewSet(acons)), nil
}

// specValue is TLCGet("spec") for the Run, computed once.
func (c *checker) specValue() func() (value.Value, error) {
	var once sync.Once
	var v value.Value
	var err error
	return func() (value.Value, error) {
		once.Do(func() { v, err = c.tlcSpec() })
		return v, err
	}
}
