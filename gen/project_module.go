package gen

import (
	"errors"
	"sort"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// Project extracts the control fragment of mod and proves its guards mutually exclusive.
// Every problem is reported, with its position, in a sorted token.ErrorList.
func Project(mod *ast.Module, opts Options) (*Machine, error) {
	if mod == nil || mod.Name == nil {
		return nil, errors.New("gen: no module")
	}
	p := &projector{
		defs: map[string]*ast.OpDef{}, vars: map[string]bool{}, consts: map[string]bool{},
		memo: map[string]*usage{},
	}
	note, triggers := annotations(mod, &p.errs)
	p.phase, p.counter, p.max = opts.Phase, opts.Counter, opts.Max
	if note != nil {
		if p.phase == "" {
			p.phase = note.values["phase"]
		}
		if p.counter == "" {
			p.counter = note.values["counter"]
		}
		if p.max == "" {
			p.max = note.values["max"]
		}
	}
	p.maxFixed = p.max != ""
	for _, u := range mod.Units {
		switch u := u.(type) {
		case *ast.OpDef:
			p.defs[u.Name.Name] = u
			p.order = append(p.order, u.Name.Name)
		case *ast.Variables:
			for _, id := range u.Names {
				p.vars[id.Name] = true
			}
		case *ast.Constants:
			for _, c := range u.Names {
				p.consts[c.Name.Name] = true
			}
		}
	}
	where := mod.Start
	if note != nil {
		where = note.pos
	} else if opts.Phase == "" && opts.Counter == "" {
		p.conventionNames(mod)
	}
	switch {
	case p.counter == "":
		p.errs.Add(where, `no phase or counter variable: add \* @fsm phase=NAME counter=NAME to the module (or pass them as flags)`)
		return nil, sorted(p.errs)
	case p.phase != "" && !p.vars[p.phase]:
		p.errs.Add(where, "phase "+quote(p.phase)+" is not a declared VARIABLE")
	case !p.vars[p.counter]:
		p.errs.Add(where, "counter "+quote(p.counter)+" is not a declared VARIABLE")
	case p.phase == p.counter:
		p.errs.Add(where, "phase and counter are the same variable")
	}
	if p.maxFixed && !p.consts[p.max] {
		p.errs.Add(where, "max "+quote(p.max)+" is not a declared CONSTANT")
	}
	if len(p.errs) > 0 {
		return nil, sorted(p.errs)
	}

	m := &Machine{Module: mod.Name.Name, Source: mod.Start.InFile().Filename, Phase: p.phase, Counter: p.counter}
	if p.phase == "" {
		m.Initial = mod.Name.Name // one implicit phase, named after the module
		p.note(m.Initial)
	} else {
		m.Initial = p.initial(mod, opts.Init)
	}
	if len(triggers) == 0 {
		triggers = p.nextActions()
	}
	if len(triggers) == 0 {
		p.errs.Add(where, "no @trigger annotations, and no action reachable from Next: nothing to compile")
	}
	var seenTriggers []string
	for _, t := range triggers {
		m.Actions = append(m.Actions, p.action(t))
		if !contains(seenTriggers, t.trigger) {
			seenTriggers = append(seenTriggers, t.trigger)
		}
	}
	for _, r := range opts.Require {
		if !contains(seenTriggers, r) {
			p.errs.Add(where, "no action has @trigger "+r+", which the runtime fires")
		}
	}
	m.Max = p.max
	m.States = order(canonicalStates, p.literals)
	m.Triggers = order(canonicalTriggers, seenTriggers)
	for _, a := range m.Actions {
		for _, s := range m.States {
			ok := true
			for _, f := range a.filters {
				ok = ok && f.allows(s)
			}
			if ok {
				a.From = append(a.From, s)
			}
		}
		if len(a.From) == 0 && len(a.filters) > 0 {
			p.errs.Add(a.Pos, "action "+a.Name+" is enabled in no phase")
		}
	}
	if len(p.errs) > 0 {
		return nil, sorted(p.errs)
	}
	if err := prove(m); err != nil {
		return nil, err
	}
	if err := reach(m); err != nil {
		return nil, err
	}
	return m, nil
}

// conventionNames names the phase and the counter of a spec that has no @fsm annotation
// (and no flags): the phase is the variable named phase, if any (otherwise the machine has
// a single phase, named after the module); the counter is the variable named refs, or else
// the first declared variable that Init sets to 0 (LayeredProvider: lrefs, the layered
// provider's own count).
func (p *projector) conventionNames(mod *ast.Module) {
	if p.vars["phase"] {
		p.phase = "phase"
	}
	if p.vars["refs"] {
		p.counter = "refs"
		return
	}
	init := p.defs["Init"]
	if init == nil {
		return
	}
	zero := map[string]bool{}
	for _, c := range p.conjuncts(init.Body, nil, 0) {
		if b, ok := ast.Unparen(c).(*ast.Binary); ok && b.Op == token.EQ {
			id, ok1 := ast.Unparen(b.X).(*ast.Ident)
			n, ok2 := ast.Unparen(b.Y).(*ast.Number)
			if ok1 && ok2 && n.Value == 0 && p.vars[id.Name] && id.Name != p.phase {
				zero[id.Name] = true
			}
		}
	}
	for _, u := range mod.Units {
		if v, ok := u.(*ast.Variables); ok {
			for _, id := range v.Names {
				if zero[id.Name] {
					p.counter = id.Name
					return
				}
			}
		}
	}
}

// nextActions stands in for the @trigger annotations of a spec that has none: every
// action Next reaches (a definition that itself primes a variable or says UNCHANGED),
// in module order, each its own trigger named after it.
func (p *projector) nextActions() []*triggerNote {
	next := p.defs["Next"]
	if next == nil {
		return nil
	}
	seen := map[string]bool{}
	var visit func(n ast.Node)
	visit = func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			var name string
			switch n := n.(type) {
			case *ast.Ident:
				name = n.Name
			case *ast.OpApp:
				name = n.Name.Name
			}
			if d := p.defs[name]; d != nil && !seen[name] {
				seen[name] = true
				visit(d.Body)
			}
			return true
		})
	}
	visit(next.Body)
	var out []*triggerNote
	for _, name := range p.order {
		d := p.defs[name]
		if !seen[name] || !changesState(d.Body) {
			continue
		}
		out = append(out, &triggerNote{pos: d.Start, trigger: name, def: d})
	}
	return out
}

// changesState reports whether x itself (not through a definition) primes a variable or
// says UNCHANGED: whether the definition is an action.
func changesState(x ast.Node) bool {
	found := false
	ast.Inspect(x, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Prime:
			found = true
		case *ast.Unary:
			found = found || n.Op == token.UNCHANGED
		}
		return !found
	})
	return found
}

// initial finds `phase = "X"` among the conjuncts of the Init definition.
func (p *projector) initial(mod *ast.Module, name string) string {
	if name == "" {
		name = "Init"
	}
	d := p.defs[name]
	if d == nil {
		p.errs.Add(mod.Start, "no "+name+" definition: cannot tell the initial phase")
		return ""
	}
	for _, c := range p.conjuncts(d.Body, nil, 0) {
		b, ok := ast.Unparen(c).(*ast.Binary)
		if !ok || b.Op != token.EQ {
			continue
		}
		if id, ok := ast.Unparen(b.X).(*ast.Ident); ok && id.Name == p.phase {
			if s, ok := p.phaseValue(b.Y); ok {
				p.note(s)
				return s
			}
			return ""
		}
	}
	p.errs.Add(d.Start, name+" has no conjunct "+p.phase+` = "X"`)
	return ""
}

// order lists the canonical names that occur, in canonical order, then the others in
// order of first use.
func order(canonical, used []string) []string {
	var out []string
	for _, c := range canonical {
		if contains(used, c) {
			out = append(out, c)
		}
	}
	for _, u := range used {
		if !contains(out, u) {
			out = append(out, u)
		}
	}
	return out
}

func sorted(l token.ErrorList) error {
	l.Sort()
	return l.Err()
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func knownErrors() string {
	var names []string
	for k := range errorSentinels {
		names = append(names, k)
	}
	for k := range handErrors {
		names = append(names, k)
	}
	sort.Strings(names)
	s := ""
	for i, n := range names {
		if i > 0 {
			s += ", "
		}
		s += n
	}
	return s
}
