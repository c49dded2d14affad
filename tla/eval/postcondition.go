package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/span"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// Postcondition is the cfg's POSTCONDITION: a constant predicate TLC
// evaluates once the search is over, where TLCGet("stats") and
// TLCGet("level") (0) read the finished run.
type Postcondition struct {
	Name string
	Pos  token.Pos
	Expr ast.Expr // the definition's body, whose source range TLC names
	Eval func() (bool, error)
	// Constant: the name has a value TLC computed before the search (a
	// constant-level definition it evaluated at startup, or a declared
	// CONSTANT), not a definition. TLC looks the POSTCONDITION up only
	// once the search is over (Spec.getPostConditionSpecs, rev cc6b616),
	// and refuses such a value there with an exception, "The post
	// condition P cannot be a constant." (2233): after a complete search
	// its crash (exit 255), after a violation nothing at all. Eval is nil.
	Constant bool
	// Missing, when not "", is the module TLC's -postCondition MODULE!OP
	// named, which does not define Name (OP) itself or through what it
	// extends or instantiates: TLC looks the operator up there once the
	// run is over and throws, "Could not find operator: OP in module:
	// MODULE" (rev cc6b616): after a complete search its crash (exit
	// 255), after a violation nothing at all, as for Constant. Eval is
	// nil.
	Missing string
	// Undefined: the spec defines no such name; Params: the definition
	// takes arguments. TLC's lookup throws for each as for Constant
	// (2229 "The post condition P specified in the configuration file
	// is not defined in the specification.", 2228 "TLC requires post
	// condition not to take any argument, but one was given: P"). Eval
	// is nil.
	Undefined, Params bool
}

// Lookup reports whether TLC's lookup of pc throws (Constant, Missing,
// Undefined, Params): then it has no Eval.
func (pc *Postcondition) Lookup() bool {
	return pc.Constant || pc.Missing != "" || pc.Undefined || pc.Params
}

// postconditions compiles the cfg's POSTCONDITION names into
// Spec.Postconditions, in TLC's order: the -postCondition's operator
// first (Options.PostconditionFlag: the cfg's last name, which the
// command added), then the cfg's own, as given. TLC (rev cc6b616,
// Spec.getPostConditionSpecs) looks every name up once the run is over,
// and the first it cannot take is its exception, before any is
// evaluated: a name the spec does not define (2229), one whose value it
// computed at startup (2233), a definition with arguments (2228).
func (b *builder) postconditions() {
	ids := b.conf.Postconditions
	if len(ids) == 0 {
		return
	}
	flag := -1
	if b.c.postFlag {
		flag = len(ids) - 1
		if pc := b.postcondition(ids[flag], true); pc != nil {
			b.sp.Postconditions = append(b.sp.Postconditions, pc)
		}
	}
	for i, id := range ids {
		if i == flag {
			continue
		}
		if pc := b.postcondition(id, false); pc != nil {
			b.sp.Postconditions = append(b.sp.Postconditions, pc)
		}
	}
}

// postcondition compiles the POSTCONDITION id, the -postCondition's
// operator when flag is set (nil when its body does not compile: the
// load's errors say why). TLC evaluates it without a state, once the
// search is over: a variable it reads is not refused when the model loads
// but is TLC's evaluation error where the evaluation meets it, "Evaluating
// postcondition Post at ... failed." and "In evaluation, the identifier x
// is either undefined or not an operator." (2405, exit 10; TLC rev
// cc6b616, with -simulate too), and Post == FALSE /\ x = 0 is false
// without reading x.
func (b *builder) postcondition(id *ast.Ident, flag bool) *Postcondition {
	c := b.c
	x, found := c.lookupName(id.Name, cenv{at: -1})
	if !found || x.kind != eDef && x.kind != eConst {
		return &Postcondition{Name: id.Name, Pos: id.Pos(), Undefined: true}
	}
	if k, ok := b.startupValue(id, x); ok && !flag && b.literalBody(id) == nil && !b.readsRunExt(id.Name, cenv{at: -1}, map[string]bool{}) {
		// (A number or a string as the body is no operator application
		// to SANY, which TLC does not compute at startup: Post == 3 is
		// evaluated after the search, and fails there.)
		if _, err := k.fn(b.ctxForCompile()); err == nil {
			// TLC computed its value at startup (processConstantDefns,
			// or a declared CONSTANT's value); a definition whose
			// evaluation fails stays one, evaluated after the search
			// (and failing there, 2405).
			return &Postcondition{Name: id.Name, Pos: id.Pos(), Constant: true}
		}
	}
	if x.kind != eDef {
		return &Postcondition{Name: id.Name, Pos: id.Pos(), Constant: true}
	} else if d, ok := x.node.(*ast.OpDef); ok && len(d.Params) > 0 {
		return &Postcondition{Name: id.Name, Pos: id.Pos(), Params: true}
	}
	d, de, ok := b.namedDef(id, "POSTCONDITION")
	if !ok {
		return &Postcondition{Name: id.Name, Pos: id.Pos(), Undefined: true}
	}
	c.noState = true
	px, errs := c.constExpr(d.Body, de)
	c.noState = false
	if len(errs) > 0 {
		return nil // (its errors are the load's)
	}
	p := &b.prog
	return &Postcondition{Name: id.Name, Pos: d.Body.Pos(), Expr: d.Body, Eval: func() (bool, error) {
		k := (*p).get()
		r, err := evalBool(k, px)
		(*p).put(k)
		return r, err
	}}
}

// startupValue is the cfg name id (found as x) compiled when TLC computes
// its value at startup: a constant-level definition or CONSTANT
// (constantLevel), or a definition that draws (RandomElement), which
// TLC evaluates at startup too and which compiles to its value
// (constantValue).
func (b *builder) startupValue(id *ast.Ident, x *entry) (cx, bool) {
	if k, ok := b.constantLevel(id); ok {
		return k, true
	}
	if x.kind != eDef || b.c.covOn {
		return cx{}, false
	}
	if d, ok := x.node.(*ast.OpDef); !ok || len(d.Params) > 0 || !draws(d.Body, map[string]bool{}) {
		return cx{}, false
	}
	k := b.c.expr(id, cenv{at: -1})
	return k, k.dep == 0
}

// readsRunExt reports whether the definition name (in en), or one it
// uses, applies an operator of the CommunityModules whose value depends
// on TLC's run (runDependent: CounterExample, Trace, ...). TLC does not
// compute such a definition at startup (Post == ToTrace(CounterExample)
// = <<>> is evaluated after the search), though wspcycle compiles some
// of those operators to constants.
func (b *builder) readsRunExt(name string, en cenv, seen map[string]bool) bool {
	if seen[name] {
		return false
	}
	seen[name] = true
	if _, ok := runDependent[name]; ok {
		return true
	}
	x, found := b.c.lookupName(name, en)
	if !found || x.kind != eDef {
		return false
	}
	d, ok := x.node.(*ast.OpDef)
	if !ok {
		return false
	}
	reads := false
	ast.Inspect(d.Body, func(n ast.Node) bool {
		if reads {
			return false
		}
		switch n := n.(type) {
		case *ast.OpApp:
			if n.Name != nil {
				reads = b.readsRunExt(n.Name.Name, defEnv(x, en), seen)
			}
		case *ast.Ident:
			reads = b.readsRunExt(n.Name, defEnv(x, en), seen)
		}
		return !reads
	})
	return reads
}

// stateless is the variable i, at pos, in the POSTCONDITION: TLC's error
// for an identifier of no value (undefinedIdent).
func (c *compiler) stateless(i int, pos token.Pos) cx {
	return c.undefinedIdent(c.varNames[i], pos)
}

// undefinedIdent is the identifier name at pos, which has no value where
// TLC evaluates it (a variable in a POSTCONDITION, a constant TLC never
// binds: Options.Unbound): TLC's error where the evaluation meets it,
// naming the identifier's range. It is no constant, so that no
// definition using it is computed at startup (TLC's evaluation there
// fails, and the definition stays one).
func (c *compiler) undefinedIdent(name string, pos token.Pos) cx {
	end := pos
	end.Col += len(name) - 1
	msg := "In evaluation, the identifier " + name + " is either undefined or not an operator.\n" +
		span.Name(pos, end, span.Module(pos.Filename))
	return cx{fn: func(*ctx) (value.Value, error) {
		return nil, &Error{Pos: pos, Msg: msg}
	}, dep: depState, pos: pos}
}
