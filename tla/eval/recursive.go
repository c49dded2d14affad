package eval

import (
	"fmt"
	"strings"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/value"
)

// RECURSIVE operators. Definitions are otherwise expanded where they are
// applied (call by name), which a recursive operator cannot be: its body
// is compiled once per context into a callable closure whose parameters
// are slots, bound at each call to the values of the arguments (call by
// value; TLC evaluates the arguments lazily, which gives the same values
// for the constant- and state-level operators recursion is used for).
// Operator parameters (F(_)) stay bound by name, and so do parameters
// given a recursive function definition (which as a value would be
// tabulated at every call), so an operator applied with different such
// arguments is compiled once per argument.
// A body that primes a variable or uses a temporal operator is rejected:
// its parameters would have to denote expressions, not values.
//
// A call of an operator already active saves the slots its body uses (the
// slots allocated while compiling it) and restores them on return, as
// recursive functions do; nesting deeper than maxRecursion is a positioned
// evaluation error instead of a stack overflow.

// recOpTable holds the RECURSIVE operators of a spec and their compiled
// instances.
type recOpTable struct {
	declared map[*ast.OpDef]bool
	inst     map[recOpKey]*recOp
}

// recOpKey identifies one compiled instance of a recursive operator: the
// definition, where it is (module context, LET scope), the priming of the
// call, and the operators its operator parameters are bound to.
type recOpKey struct {
	d            *ast.OpDef
	m            *modEnv
	sc           *scope
	primed, init bool
	ops          string
	// site: under coverage, the node of the application whose tree the
	// instance's body counts in (covrecsite.go).
	site *CovNode
}

// recOp is a compiled recursive operator.
type recOp struct {
	def      *ast.OpDef
	id       int   // index into ctx.recActive
	slots    []int // the slot of each value parameter; -1 for an operator parameter
	lo, hi   int   // the slots the body uses
	body     cx
	compiled bool
	outer    int  // the smallest slot read outside the body's own (or maxInt)
	level    int  // its nesting among recursive definitions compiling (pending.go)
	tainted  bool // its body applies an enclosing one not yet compiled
}

// isRecursiveOp reports whether d is declared RECURSIVE (in its module or
// in its LET).
func (c *compiler) isRecursiveOp(d *ast.OpDef) bool {
	if c.recOps == nil {
		c.recOps = &recOpTable{declared: map[*ast.OpDef]bool{}, inst: map[recOpKey]*recOp{}}
		mods := []*ast.Module{c.mod}
		for _, m := range c.prog {
			mods = append(mods, m)
		}
		for _, m := range mods {
			c.recOps.mark(m.Units)
			for _, u := range m.Units {
				ast.Inspect(u, func(n ast.Node) bool {
					if l, ok := n.(*ast.Let); ok {
						c.recOps.mark(l.Defs)
					}
					return true
				})
			}
		}
	}
	return c.recOps.declared[d]
}

// isRecursiveIn reports whether the definition d of a LET is declared
// RECURSIVE among the LET's units (also for a LET outside the spec's
// modules, as in a cfg or a test expression).
func (c *compiler) isRecursiveIn(d *ast.OpDef, units []ast.Unit) bool {
	if c.isRecursiveOp(d) {
		return true
	}
	c.recOps.mark(units)
	return c.recOps.declared[d]
}

// mark notes the definitions among units that a RECURSIVE of the same
// units declares.
func (t *recOpTable) mark(units []ast.Unit) {
	names := map[string]bool{}
	for _, u := range units {
		if r, ok := u.(*ast.Recursive); ok {
			for _, d := range r.Names {
				names[d.Name.Name] = true
			}
		}
	}
	if len(names) == 0 {
		return
	}
	for _, u := range units {
		if d, ok := u.(*ast.OpDef); ok && names[d.Name.Name] {
			t.declared[d] = true
		}
	}
}

// operandRoot follows an argument that is itself a parameter bound by
// name to what it stands for, and names that for recOpKey.
func operandRoot(arg ast.Expr, en cenv) (ast.Expr, cenv, string) {
	for range maxInline {
		id, ok := ast.Unparen(arg).(*ast.Ident)
		if !ok {
			break
		}
		b := en.sc.lookup(id.Name)
		if b == nil || b.kind != bArg {
			// A name: the same name in the same context is the same operator.
			return arg, en, fmt.Sprintf("%s@%p/%p", id.Name, en.sc, en.m)
		}
		arg, en = b.arg, b.argEnv
	}
	return arg, en, fmt.Sprintf("%p@%p/%p", arg, en.sc, en.m)
}

// byName reports whether a value parameter bound to arg (resolved to its
// root) is better bound by name: a recursive function definition, which
// as a value would be tabulated over its whole domain at every call
// (Sum(f, S) == ... f[x] + Sum(f, S \ {x}) applied to such an f).
func (c *compiler) byName(root ast.Expr, en cenv) bool {
	id, ok := ast.Unparen(root).(*ast.Ident)
	return ok && c.recFor(id.Name, en) != nil
}

func paramArity(d *ast.OpDef, i int) int {
	if i < len(d.ParamArity) {
		return d.ParamArity[i]
	}
	return 0
}

// recOpApply compiles an application of the recursive operator d.
func (c *compiler) recOpApply(e *ast.OpApp, d *ast.OpDef, defEnv, argEnv cenv) cx {
	key := recOpKey{d: d, m: defEnv.m, sc: defEnv.sc, primed: defEnv.primed, init: defEnv.init}
	var ops strings.Builder
	named := make([]*scope, len(d.Params)) // the parameters bound by name, to their roots
	for i := range d.Params {
		root, rootEnv, id := operandRoot(e.Args[i], argEnv)
		if paramArity(d, i) > 0 || c.byName(root, rootEnv) {
			named[i] = &scope{kind: bArg, arg: root, argEnv: rootEnv}
			ops.WriteString(id)
		}
		ops.WriteByte(';')
	}
	key.ops = ops.String()
	key.site = c.covRecSite(d)
	r := c.recOps.inst[key]
	if r == nil {
		r = &recOp{def: d, id: c.newRec(), slots: make([]int, len(d.Params)), outer: int(^uint(0) >> 1)}
		c.recOps.inst[key] = r
		done := c.covRecEnter(d, key.site)
		x, failed := c.compileRecOp(r, named, defEnv)
		done()
		if failed {
			return x
		}
	}
	var args []cx
	var slots []int
	covNamed := c.covRecCall(e, d, r, argEnv) // covrecarg.go
	for i, a := range e.Args {
		if r.slots[i] >= 0 {
			args = append(args, c.expr(a, argEnv))
			slots = append(slots, r.slots[i])
		}
	}
	if r.compiled && r.outer < int(^uint(0)>>1) {
		c.readSlot(r.outer)
	}
	c.guardOpaque = true
	// Never folded (depRec): the body may not be compiled yet (a call in
	// its own body). It reads the state when its body does; a call
	// inside its own body adds nothing to that. Effects of the body
	// (Print) count once it is compiled.
	dep := deps(args...) | depRec | depEnv
	if r.compiled {
		dep |= r.body.dep & (depState | depNext | depSide | depRun | depPending)
		if r.tainted {
			dep |= depPending
		}
	}
	c.pendingOn(r.level, r.compiled)
	if defEnv.primed || defEnv.init {
		dep |= depNext
	}
	name, pos := d.Name.Name, e.Pos()
	// Under coverage each application has a frame (covrecarg.go), its
	// arguments counted at their first read when it has nodes
	// (covreclazy.go).
	covFrame, covLazy := c.covOn, c.cov != nil && len(args) > 0
	return cx{fn: func(k *ctx) (value.Value, error) {
		vs, errs := covRecLazyArgs(k, args, covLazy)
		n := k.recActive[r.id]
		if n >= maxRecursion {
			return nil, errorf(pos, "The recursive operator %s was applied more than %d times recursively (infinite recursion?).", name, maxRecursion)
		}
		var saved []value.Value
		var savedErrs []error
		if n > 0 {
			saved = append(saved, k.env[r.lo:r.hi]...)
			if k.argErrs != nil {
				savedErrs = append(savedErrs, k.argErrs[r.lo:r.hi]...)
			}
		}
		if errs != nil && k.argErrs == nil {
			k.argErrs = make([]error, len(k.env))
		}
		for i, s := range slots {
			k.env[s] = vs[i]
			if k.argErrs != nil {
				k.argErrs[s] = nil
				if errs != nil {
					k.argErrs[s] = errs[i]
				}
			}
		}
		var covDone func()
		if covFrame {
			var lazy []cx
			if covLazy {
				lazy = covRecLazyFrame(r, args)
			}
			covDone = covRecEnter(k, r.id, covNamed, lazy, saved, savedErrs)
		}
		k.recActive[r.id]++
		v, err := r.body.fn(k)
		k.recActive[r.id]--
		if covDone != nil {
			covDone()
		}
		if saved != nil {
			copy(k.env[r.lo:r.hi], saved)
			if savedErrs != nil {
				copy(k.argErrs[r.lo:r.hi], savedErrs)
			}
		}
		return v, err
	}, dep: dep}
}

// compileRecOp compiles r's body once: value parameters in slots,
// the parameters named (operator parameters, recursive functions) bound by
// name to what the arguments stand for.
func (c *compiler) compileRecOp(r *recOp, named []*scope, defEnv cenv) (cx, bool) {
	d := r.def
	pos := d.Name.NamePos
	r.lo = c.nslots
	sc := defEnv.sc
	for i, p := range d.Params {
		if n := named[i]; n != nil {
			r.slots[i] = -1
			sc = &scope{name: p.Name, kind: bArg, arg: n.arg, argEnv: n.argEnv, parent: sc}
			if c.cov != nil {
				sc.covRec = &covRecParam{id: r.id, i: i}
			}
			continue
		}
		r.slots[i] = c.newSlot()
		sc = &scope{name: p.Name, kind: bSlot, slot: r.slots[i], parent: sc, argErr: true}
		if c.covOn {
			sc.covRec = &covRecParam{id: r.id, i: i, r: r}
		}
	}
	outer := c.minRead
	c.minRead = int(^uint(0) >> 1)
	var ce compiled
	r.level = c.recCompiling // for the calls in its own body
	r.level, r.tainted = c.compileRecursive(func() {
		ce = c.levelOf(func() cx { return c.inline(pos, func() cx { return c.expr(d.Body, defEnv.with(sc)) }) })
	})
	if c.minRead < r.lo {
		r.outer = c.minRead
	}
	c.minRead = min(outer, r.outer)
	r.hi = c.nslots
	r.body = ce.x
	r.compiled = true
	if ce.prime || ce.temporal {
		return c.unsupported(d.Name.NamePos, "RECURSIVE operator "+d.Name.Name+" whose body primes a variable or is temporal"), true
	}
	return cx{}, false
}

// TLC passes the arguments of a RECURSIVE operator unevaluated (lazy
// values), so an argument that cannot be evaluated is an error only if the
// body uses it: F(n, 1 \div 0) is fine when F ignores its second
// parameter. Here the arguments are evaluated at the call, which gives
// the same values, and an argument's error is kept (ctx.argErrs) and
// raised where the parameter is read (recParam).

// evalArgs evaluates the arguments of a call; errs is nil when none failed,
// else holds each argument's error.
func evalArgs(k *ctx, args []cx) ([]value.Value, []error) {
	vs := make([]value.Value, len(args))
	var errs []error
	for i, a := range args {
		v, err := a.fn(k)
		if err != nil {
			if errs == nil {
				errs = make([]error, len(args))
			}
			errs[i] = err
		}
		vs[i] = v
	}
	return vs, errs
}

// recParam reads a RECURSIVE operator's value parameter.
func recParam(slot int) cx {
	return cx{fn: func(k *ctx) (value.Value, error) {
		if k.argErrs != nil && k.argErrs[slot] != nil {
			return nil, k.argErrs[slot]
		}
		return k.env[slot], nil
	}, dep: depEnv}
}
