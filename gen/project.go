package gen

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// Options say where the control fragment is. Empty fields are taken from the module's
// `\* @fsm phase=... counter=... max=...` annotation; Max may also be inferred (the one
// constant the guards use).
type Options struct {
	Phase, Counter, Max string
	Init                string   // the initial-state definition (default "Init")
	Require             []string // triggers the spec must define (the runtime fires them)
	Package             string   // Go package of the output (default "fsm")
}

// projector turns @trigger actions into Actions, collecting errors with positions.
type projector struct {
	defs     map[string]*ast.OpDef
	vars     map[string]bool
	consts   map[string]bool
	phase    string
	counter  string
	max      string
	maxFixed bool
	errs     token.ErrorList
	literals []string // phase values in order of first use
	order    []string // the module's definitions, in module order
	memo     map[string]*usage
}

// usage is what an expression reads and what it primes (UNCHANGED counts as priming),
// with user definitions expanded.
type usage struct{ read, primed map[string]bool }

func newUsage() *usage { return &usage{read: map[string]bool{}, primed: map[string]bool{}} }

func (p *projector) isControl(name string) bool { return name == p.phase || name == p.counter }

func (u *usage) touches(p *projector) bool {
	return u.read[p.phase] || u.read[p.counter] || u.primed[p.phase] || u.primed[p.counter]
}

// use computes the usage of x; primed says x is under a prime or UNCHANGED.
func (p *projector) use(x ast.Node, primed bool, u *usage) {
	ast.Inspect(x, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Prime:
			p.use(n.X, true, u)
			return false
		case *ast.Unary:
			if n.Op == token.UNCHANGED {
				p.use(n.X, true, u)
				return false
			}
		case *ast.Ident:
			p.useName(n.Name, primed, u)
		}
		return true
	})
}

func (p *projector) useName(name string, primed bool, u *usage) {
	switch {
	case p.vars[name]:
		if primed {
			u.primed[name] = true
		} else {
			u.read[name] = true
		}
	case p.defs[name] != nil:
		d := p.memo[name]
		if d == nil {
			d = newUsage()
			p.memo[name] = d // a recursive definition sees itself as using nothing more
			p.use(p.defs[name].Body, false, d)
		}
		for v := range d.read {
			if primed {
				u.primed[v] = true
			} else {
				u.read[v] = true
			}
		}
		for v := range d.primed {
			u.primed[v] = true
		}
	}
}

// defRef returns the definition x refers to (Foo or Foo(args)), or nil.
func (p *projector) defRef(x ast.Expr) *ast.OpDef {
	switch x := x.(type) {
	case *ast.Ident:
		return p.defs[x.Name]
	case *ast.OpApp:
		return p.defs[x.Name.Name]
	}
	return nil
}

// conjuncts flattens x into its top-level conjuncts, expanding references to definitions
// that touch the control fragment (so a spec may factor `phase \in Fresh` into a helper).
func (p *projector) conjuncts(x ast.Expr, out []ast.Expr, depth int) []ast.Expr {
	if depth > 50 {
		p.errs.Add(x.Pos(), "definitions nest too deeply (recursive?)")
		return out
	}
	switch y := x.(type) {
	case *ast.Paren:
		return p.conjuncts(y.X, out, depth)
	case *ast.Junction:
		if y.Op == token.AND {
			for _, it := range y.Items {
				out = p.conjuncts(it, out, depth)
			}
			return out
		}
	case *ast.Binary:
		if y.Op == token.AND {
			return p.conjuncts(y.Y, p.conjuncts(y.X, out, depth), depth)
		}
	}
	if d := p.defRef(x); d != nil {
		u := newUsage()
		p.use(x, false, u)
		if u.touches(p) {
			return p.conjuncts(d.Body, out, depth+1)
		}
	}
	return append(out, x)
}

// phaseFilter is a compiled constraint on the phase: the set of values it allows, or
// the complement of one.
type phaseFilter struct {
	set    []string
	negate bool
}

func (f phaseFilter) allows(s string) bool { return contains(f.set, s) != f.negate }

// action projects one annotated definition.
func (p *projector) action(t *triggerNote) *Action {
	d := t.def
	a := &Action{Name: d.Name.Name, Pos: d.Start, Trigger: t.trigger, Error: t.errName, Wait: t.wait}
	if t.errName != "" {
		if _, ok := handErrors[t.errName]; ok {
			a.Hand = true
		} else if _, ok := errorSentinels[t.errName]; !ok {
			p.errs.Add(t.pos, "@trigger: unknown error="+t.errName+" (known: "+knownErrors()+")")
		}
	}
	var filters []phaseFilter
	var guards []boolExpr
	phaseSet, refsSet := false, false
	var toPos, refsPos token.Pos
	for _, c := range p.conjuncts(d.Body, nil, 0) {
		u := newUsage()
		p.use(c, false, u)
		switch {
		case u.primed[p.phase] || u.primed[p.counter]:
			p.effect(c, a, &phaseSet, &refsSet, &toPos, &refsPos)
		case len(u.primed) > 0:
			// an effect on the data part only (it may read the phase): not ours
		case !u.read[p.phase] && !u.read[p.counter]:
			// a guard on the data part: not ours
		case u.read[p.phase] && u.read[p.counter]:
			p.errs.Add(c.Pos(), "conjunct mixes "+p.phase+" and "+p.counter+": split it into one conjunct on each")
		case len(u.read) > 1:
			p.errs.Add(c.Pos(), "guard mixes the control fragment with other variables ("+others(u.read, p)+"): keep them in separate conjuncts")
		case u.read[p.phase]:
			if f, ok := p.phaseGuard(c); ok {
				filters = append(filters, f)
			}
		default:
			if g := p.boolean(c, 0); g != nil {
				guards = append(guards, g)
			}
		}
	}
	if !phaseSet && p.phase != "" {
		p.errs.Add(d.Start, "action "+a.Name+" does not say what "+p.phase+"' is (add UNCHANGED "+p.phase+")")
	}
	if !refsSet {
		p.errs.Add(d.Start, "action "+a.Name+" does not say what "+p.counter+"' is (add UNCHANGED "+p.counter+")")
	}
	if (a.Wait || a.Error != "") && (a.To != "" || a.Refs != nil) {
		p.errs.Add(d.Start, "action "+a.Name+" is marked "+marker(t)+" but changes "+p.phase+" or "+p.counter)
	}
	switch len(guards) {
	case 0:
	case 1:
		a.Guard = guards[0]
	default:
		a.Guard = logic{op: "&&", args: guards}
	}
	a.filters = filters
	return a
}

func marker(t *triggerNote) string {
	if t.wait {
		return "wait"
	}
	return "error=" + t.errName
}

func others(read map[string]bool, p *projector) string {
	s := ""
	for _, v := range sortedKeys(read) {
		if !p.isControl(v) {
			if s != "" {
				s += ", "
			}
			s += v
		}
	}
	return s
}

// effect compiles `phase' = e`, `counter' = e` or `UNCHANGED ...`.
func (p *projector) effect(c ast.Expr, a *Action, phaseSet, refsSet *bool, toPos, refsPos *token.Pos) {
	set := func(isPhase bool, pos token.Pos) bool {
		flag, prev := refsSet, refsPos
		if isPhase {
			flag, prev = phaseSet, toPos
		}
		if *flag {
			p.errs.Add(pos, "second effect on "+map[bool]string{true: p.phase, false: p.counter}[isPhase]+" (the first is at "+prev.String()+")")
			return false
		}
		*flag, *prev = true, pos
		return true
	}
	switch x := ast.Unparen(c).(type) {
	case *ast.Binary:
		if x.Op != token.EQ {
			break
		}
		pr, ok := ast.Unparen(x.X).(*ast.Prime)
		if !ok {
			break
		}
		id, ok := ast.Unparen(pr.X).(*ast.Ident)
		if !ok || !p.isControl(id.Name) {
			break
		}
		if id.Name == p.phase {
			if y, ok := ast.Unparen(x.Y).(*ast.Ident); ok && y.Name == p.phase {
				set(true, c.Pos()) // phase' = phase
				return
			}
			if set(true, c.Pos()) {
				if s, ok := p.phaseValue(x.Y); ok {
					p.note(s)
					a.To = s
				}
			}
			return
		}
		if set(false, c.Pos()) {
			if e := p.integer(x.Y, 0); e != nil && e != (counter{}) {
				a.Refs = e
			}
		}
		return
	case *ast.Unary:
		if x.Op != token.UNCHANGED {
			break
		}
		for _, name := range p.unchanged(x.X, 0) {
			set(name == p.phase, c.Pos())
		}
		return
	}
	p.errs.Add(c.Pos(), "cannot compile this effect on the control fragment: write "+p.phase+"' = \"Phase\", "+p.counter+"' = <expr> or UNCHANGED as separate conjuncts")
}

// unchanged lists the control variables an UNCHANGED argument names.
func (p *projector) unchanged(x ast.Expr, depth int) []string {
	if depth > 50 {
		p.errs.Add(x.Pos(), "definitions nest too deeply (recursive?)")
		return nil
	}
	switch y := ast.Unparen(x).(type) {
	case *ast.Ident:
		if p.isControl(y.Name) {
			return []string{y.Name}
		}
		if d := p.defs[y.Name]; d != nil && len(d.Params) == 0 {
			return p.unchanged(d.Body, depth+1)
		}
		return nil
	case *ast.Tuple:
		var out []string
		for _, e := range y.Elems {
			out = append(out, p.unchanged(e, depth)...)
		}
		return out
	}
	u := newUsage()
	p.use(x, false, u)
	if u.touches(p) {
		p.errs.Add(x.Pos(), "UNCHANGED of the control fragment must name the variables (or a tuple of them)")
	}
	return nil
}

func (p *projector) note(s string) {
	if !contains(p.literals, s) {
		p.literals = append(p.literals, s)
	}
}

// phaseValue compiles a phase literal: "Active", or a definition whose body is one.
func (p *projector) phaseValue(x ast.Expr) (string, bool) {
	for depth := 0; depth < 50; depth++ {
		switch y := ast.Unparen(x).(type) {
		case *ast.String:
			return y.Value, true
		case *ast.Ident:
			if d := p.defs[y.Name]; d != nil && len(d.Params) == 0 {
				x = d.Body
				continue
			}
		}
		break
	}
	p.errs.Add(x.Pos(), "the new "+p.phase+" must be a string literal (or a definition of one)")
	return "", false
}

// phaseSetValue compiles a set of phase values.
func (p *projector) phaseSetValue(x ast.Expr, depth int) ([]string, bool) {
	if depth > 50 {
		p.errs.Add(x.Pos(), "definitions nest too deeply (recursive?)")
		return nil, false
	}
	switch y := ast.Unparen(x).(type) {
	case *ast.SetEnum:
		var out []string
		for _, e := range y.Elems {
			s, ok := ast.Unparen(e).(*ast.String)
			if !ok {
				p.errs.Add(e.Pos(), "a set of phases must list string literals")
				return nil, false
			}
			p.note(s.Value)
			out = append(out, s.Value)
		}
		return out, true
	case *ast.Ident:
		if d := p.defs[y.Name]; d != nil && len(d.Params) == 0 {
			return p.phaseSetValue(d.Body, depth+1)
		}
	case *ast.Binary:
		l, ok1 := p.phaseSetValue(y.X, depth)
		r, ok2 := p.phaseSetValue(y.Y, depth)
		if !ok1 || !ok2 {
			return nil, false
		}
		switch y.Op {
		case token.CUP:
			for _, s := range r {
				if !contains(l, s) {
					l = append(l, s)
				}
			}
			return l, true
		case token.CAP, token.SETMINUS:
			var out []string
			for _, s := range l {
				if contains(r, s) == (y.Op == token.CAP) {
					out = append(out, s)
				}
			}
			return out, true
		}
	}
	p.errs.Add(x.Pos(), "cannot compile this set of phases: use {\"A\", \"B\"}, a definition of one, \\cup, \\cap or \\")
	return nil, false
}

// phaseGuard compiles phase = "X", phase # "X", phase \in S, phase \notin S.
func (p *projector) phaseGuard(c ast.Expr) (phaseFilter, bool) {
	b, ok := ast.Unparen(c).(*ast.Binary)
	if ok {
		id, isId := ast.Unparen(b.X).(*ast.Ident)
		if isId && id.Name == p.phase {
			switch b.Op {
			case token.EQ, token.NEQ:
				if s, ok := p.phaseValue(b.Y); ok {
					p.note(s)
					return phaseFilter{set: []string{s}, negate: b.Op == token.NEQ}, true
				}
				return phaseFilter{}, false
			case token.IN, token.NOTIN:
				if set, ok := p.phaseSetValue(b.Y, 0); ok {
					return phaseFilter{set: set, negate: b.Op == token.NOTIN}, true
				}
				return phaseFilter{}, false
			}
		}
	}
	if d := p.defRef(c); d != nil {
		p.errs.Add(c.Pos(), "phase test inside "+d.Name.Name+" is not a conjunct the compiler can read")
		return phaseFilter{}, false
	}
	p.errs.Add(c.Pos(), "cannot compile this phase test: write "+p.phase+` = "X", `+p.phase+` # "X", `+p.phase+` \in S or \notin S as a top-level conjunct`)
	return phaseFilter{}, false
}

// integer compiles an integer expression over the counter, its bound and literals.
func (p *projector) integer(x ast.Expr, depth int) intExpr {
	if depth > 50 {
		p.errs.Add(x.Pos(), "definitions nest too deeply (recursive?)")
		return nil
	}
	switch y := x.(type) {
	case *ast.Paren:
		return p.integer(y.X, depth)
	case *ast.Number:
		if y.Value > 1<<30 {
			p.errs.Add(y.Pos(), "integer literal too large for the control fragment")
			return nil
		}
		return intLit(y.Value)
	case *ast.Ident:
		switch {
		case y.Name == p.counter:
			return counter{}
		case p.consts[y.Name]:
			if p.max == "" {
				p.max = y.Name
			}
			if p.max != y.Name {
				p.errs.Add(y.Pos(), "the control fragment uses constants "+p.max+" and "+y.Name+"; only the counter's bound is known at run time (name it with max= in @fsm)")
				return nil
			}
			return bound{}
		case p.defs[y.Name] != nil && len(p.defs[y.Name].Params) == 0:
			return p.integer(p.defs[y.Name].Body, depth+1)
		case y.Name == p.phase:
			p.errs.Add(y.Pos(), p.phase+" is not a number")
			return nil
		}
		p.errs.Add(y.Pos(), y.Name+" is not the counter, its bound or a literal: the control fragment cannot read it")
		return nil
	case *ast.Unary:
		if y.Op == token.MINUS {
			if e := p.integer(y.X, depth); e != nil {
				return intNeg{e}
			}
			return nil
		}
	case *ast.Binary:
		if y.Op == token.PLUS || y.Op == token.MINUS {
			l, r := p.integer(y.X, depth), p.integer(y.Y, depth)
			if l == nil || r == nil {
				return nil
			}
			return intArith{op: y.Op.String(), x: l, y: r}
		}
	}
	p.errs.Add(x.Pos(), "unsupported in the control fragment: only + and - of the counter, its bound and literals")
	return nil
}

var compareOps = map[token.Kind]string{
	token.EQ: "==", token.NEQ: "!=", token.LT: "<", token.GT: ">", token.LEQ: "<=", token.GEQ: ">=",
}

// boolean compiles a guard over the counter.
func (p *projector) boolean(x ast.Expr, depth int) boolExpr {
	if depth > 50 {
		p.errs.Add(x.Pos(), "definitions nest too deeply (recursive?)")
		return nil
	}
	switch y := x.(type) {
	case *ast.Paren:
		return p.boolean(y.X, depth)
	case *ast.Bool:
		return boolLit(y.Value)
	case *ast.Junction:
		return p.logic(y.Op, y.Items, depth)
	case *ast.Unary:
		if y.Op == token.NOT {
			if e := p.boolean(y.X, depth); e != nil {
				return not{e}
			}
			return nil
		}
	case *ast.Ident:
		if d := p.defs[y.Name]; d != nil && len(d.Params) == 0 {
			return p.boolean(d.Body, depth+1)
		}
	case *ast.Binary:
		if op, ok := compareOps[y.Op]; ok {
			l, r := p.integer(y.X, depth), p.integer(y.Y, depth)
			if l == nil || r == nil {
				return nil
			}
			return compare{op: op, x: l, y: r}
		}
		switch y.Op {
		case token.AND, token.OR:
			return p.logic(y.Op, []ast.Expr{y.X, y.Y}, depth)
		case token.IMPLIES:
			l, r := p.boolean(y.X, depth), p.boolean(y.Y, depth)
			if l == nil || r == nil {
				return nil
			}
			return logic{op: "||", args: []boolExpr{not{l}, r}}
		case token.IN, token.NOTIN:
			if rng, ok := ast.Unparen(y.Y).(*ast.Binary); ok && rng.Op == token.DOTDOT {
				e, lo, hi := p.integer(y.X, depth), p.integer(rng.X, depth), p.integer(rng.Y, depth)
				if e == nil || lo == nil || hi == nil {
					return nil
				}
				in := logic{op: "&&", args: []boolExpr{compare{"<=", lo, e}, compare{"<=", e, hi}}}
				if y.Op == token.NOTIN {
					return not{in}
				}
				return in
			}
		}
	}
	p.errs.Add(x.Pos(), "unsupported in a counter guard: use comparisons, a..b ranges, /\\, \\/, ~ and =>")
	return nil
}

func (p *projector) logic(op token.Kind, items []ast.Expr, depth int) boolExpr {
	l := logic{op: "&&"}
	if op == token.OR {
		l.op = "||"
	}
	for _, it := range items {
		e := p.boolean(it, depth)
		if e == nil {
			return nil
		}
		l.args = append(l.args, e)
	}
	return l
}
