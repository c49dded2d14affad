package eval

import (
	"sync/atomic"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/span"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// maxRecursion bounds the nesting of recursive function applications, so
// that a definition that never reaches its base case is an error instead of
// a stack overflow.
const maxRecursion = 5000

// recFcn is a (possibly recursive) function definition f[x \in S] == e.
// Like TLC, an application f[a] evaluates e at a only; f used as a value is
// tabulated over its whole domain.
type recFcn struct {
	def      *ast.FuncDef
	env      cenv // where the definition is (its scope includes f itself)
	compiled bool
	bs       []binder
	body     cx
	id       int // index into ctx.recActive
	// lo, hi: the slots the domain and the body use (allocated while
	// compiling them), which a nested application saves and restores.
	lo, hi int
	ready  bool // the domain and the body are compiled
	level  int  // its nesting among recursive definitions compiling (pending.go)
	// tainted: the body applies an enclosing recursive definition that
	// was not compiled yet (pending.go).
	tainted bool
	// cov, covSlot: the constructor's coverage node and the slot of a
	// definition in a LET (-1 for a module's definition), covName the
	// node of the name where a module's definition is first applied,
	// under coverage (covrec.go); cov is nil otherwise.
	cov, covName *CovNode
	// covLinked: cov is listed under the name of its last use
	// (covletroot.go).
	covLinked bool
	covSlot   int
	// bodyName is TLC's name of the body's node (nodeName), for its
	// FcnLambdaValue printed when it cannot be tabulated; showing is set
	// while it is tabulated for an error's message (outOfDomain).
	bodyName string
	showing  atomic.Bool
	// point: the body is a function constructor, whose binders and body
	// are kept to evaluate f[a][b] at b only (recpoint.go); nil otherwise.
	point *recPoint
}

func (c *compiler) moduleRec(d *ast.FuncDef, m *modEnv) *recFcn {
	key := recKey{d, m, c.covTop}
	if r, ok := c.recs[key]; ok {
		return r
	}
	r := &recFcn{def: d, env: cenv{m: m, at: -1}, id: c.newRec()}
	c.recs[key] = r
	return r
}

// recFor finds the function definition a name denotes, if any.
func (c *compiler) recFor(name string, en cenv) *recFcn {
	if b := en.sc.lookup(name); b != nil {
		switch b.kind {
		case bRecFcn:
			return b.rec
		case bArg:
			// A parameter bound by name to a function definition.
			if id, ok := ast.Unparen(b.arg).(*ast.Ident); ok {
				return c.recFor(id.Name, b.argEnv)
			}
		}
		return nil
	}
	if x, ok := c.lookupName(name, en); ok && x.kind == eDef {
		if d, ok := x.node.(*ast.FuncDef); ok {
			return c.moduleRec(d, x.env)
		}
	}
	return nil
}

func (c *compiler) compileRec(r *recFcn) {
	if r.compiled {
		return
	}
	r.compiled = true
	r.lo = c.nslots
	r.level = c.recCompiling
	saved := c.cov
	if r.cov != nil {
		c.cov = r.cov
	}
	r.level, r.tainted = c.compileRecursive(func() {
		bs, ben := c.bounds(r.def.Bounds, r.env)
		setTupleBind(bs, bindPrefix, nil)
		r.bs = bs
		r.body = c.recBody(r, ben)
	})
	c.cov = saved
	r.bodyName = c.nodeName(r.def.Body, span.Module(r.def.Body.Pos().Filename))
	r.body.dep |= depRec // never folded: it is evaluated once per argument
	r.hi = c.nslots
	r.ready = true
}

// enter saves the slots of r's domain and body when an application of r
// is already in progress (a recursive one: its binders, LET memos and
// quantifiers are about to be overwritten); leave gives them back. Any
// other slot the body writes belongs to code with its own saving
// (another recursive definition) or that cannot be re-entered from here.
// Saving only these, not the whole environment, keeps a recursive call
// from costing the size of the spec.
func (r *recFcn) enter(k *ctx) []value.Value {
	if k.recActive[r.id] == 0 {
		return nil
	}
	return append([]value.Value(nil), k.env[r.lo:r.hi]...)
}

func (r *recFcn) leave(k *ctx, saved []value.Value) {
	if saved != nil {
		copy(k.env[r.lo:r.hi], saved)
	}
}

// recApply compiles f[args].
func (c *compiler) recApply(r *recFcn, args []cx, pos token.Pos) cx {
	c.compileRec(r)
	c.pendingOn(r.level, r.ready)
	c.guardOpaque = true
	name := r.def.Name.Name
	return cx{fn: func(k *ctx) (value.Value, error) {
		vs, err := evalAll(k, args)
		if err != nil {
			return nil, err
		}
		build := r.covBuild(k)
		saved := r.enter(k)
		v, err := r.applyTo(k, vs, name, pos, build)
		r.leave(k, saved)
		return v, err
	}, dep: deps(args...) | depRec | depEnv | r.stateDep()}
}

// stateDep is what the function's domain and body read of the states
// and of the run, and their effects (nothing yet while its body is being
// compiled: pendingOn notes that).
func (r *recFcn) stateDep() uint8 {
	if !r.ready {
		return 0
	}
	d := (binderDeps(r.bs) | r.body.dep) & (depState | depNext | depSide | depRun | depPending)
	if r.tainted {
		d |= depPending
	}
	return d
}

// applyTo binds the arguments (checking they are in the domain) and
// evaluates the body.
// build: the application builds the function (covBuild), which counts the
// domain's evaluation under coverage.
func (r *recFcn) applyTo(k *ctx, args []value.Value, name string, pos token.Pos, build bool) (value.Value, error) {
	if err := r.bindArgs(k, args, name, pos, build); err != nil {
		return nil, err
	}
	if k.recActive[r.id] >= maxRecursion {
		return nil, errorf(pos, "The recursive function %s was applied more than %d times recursively (infinite recursion?).", name, maxRecursion)
	}
	k.recActive[r.id]++
	v, err := r.body.fn(k)
	k.recActive[r.id]--
	return v, err
}

// bindArgs binds the arguments of an application, checking they are in
// the domain.
func (r *recFcn) bindArgs(k *ctx, args []value.Value, name string, pos token.Pos, build bool) error {
	vals := args
	if len(r.bs) != len(args) {
		// f[a, b] with one tuple binder, or f[<<a, b>>] with several.
		var tup value.Value
		if len(args) == 1 {
			tup = args[0]
		} else {
			tup = value.TupleOf(args)
		}
		if len(r.bs) == 1 {
			vals = []value.Value{tup}
		} else {
			f, ok := tup.(*value.FcnV)
			if !ok || !f.IsTuple() || f.Len() != len(r.bs) {
				return errorf(pos, "Attempted to apply function %s to argument %s, which is not in the domain of the function.", name, tup)
			}
			vals = f.Elems()
		}
	}
	for i := range r.bs {
		b := &r.bs[i]
		// The argument is checked against the domain as by \in (TLC's
		// FcnLambdaValue asks its domain's member): SUBSET of what is not
		// a set, and a folded constant domain asked as TLC's lazy set.
		s, err := r.domainSet(k, b, build)
		if err != nil {
			return memberOfBadSubset(err, vals[i])
		}
		if b.set.lazy != nil {
			s = b.set.lazy
		}
		in, err := s.Member(vals[i])
		if err != nil {
			return wrap(pos, err)
		}
		if !in {
			if len(r.bs) == 1 && len(args) == 1 && !b.tuple && len(r.def.Bounds) == 1 && len(r.def.Bounds[0].Names) == 1 {
				return r.outOfDomain(k, s, vals[i], name, pos)
			}
			return errorf(pos, "Attempted to apply function %s to argument %s, which is not in the domain of the function.", name, vals[i])
		}
		if err := b.bind(k, vals[i]); err != nil {
			return err
		}
	}
	return nil
}

// recValue compiles f used as a value: the function tabulated over its
// domain.
func (c *compiler) recValue(r *recFcn, pos token.Pos) cx {
	c.compileRec(r)
	c.pendingOn(r.level, r.ready)
	c.guardOpaque = true
	name := r.def.Name.Name
	return cx{fn: func(k *ctx) (value.Value, error) {
		// The tabulation counts the domain once (forAll); its
		// applications do not evaluate it again.
		r.covBuild(k)
		var keys, vals []value.Value
		_, err := forAll(k, r.bs, func() (bool, error) {
			var key value.Value
			parts := boundValues(k, r.bs)
			if len(parts) == 1 {
				key = parts[0]
			} else {
				key = value.TupleOf(parts)
			}
			// The binders of the tabulation are r's own: always saved.
			saved := append([]value.Value(nil), k.env[r.lo:r.hi]...)
			v, err := r.applyTo(k, parts, name, pos, false)
			copy(k.env[r.lo:r.hi], saved)
			if err != nil {
				return true, err
			}
			keys, vals = append(keys, key), append(vals, v)
			return false, nil
		})
		if err != nil {
			return nil, err
		}
		return value.FcnFromPairs(keys, vals), nil
	}, dep: depRec | depEnv | r.stateDep()}
}

// recDomain compiles DOMAIN f without tabulating f.
func (c *compiler) recDomain(r *recFcn, pos token.Pos) cx {
	c.compileRec(r)
	return cx{fn: func(k *ctx) (value.Value, error) {
		if len(r.bs) == 1 && !r.bs[0].tuple {
			return evalSet(k, r.bs[0].set)
		}
		sets := make([]value.SetValue, 0, len(r.bs))
		for _, b := range r.bs {
			s, err := evalSet(k, b.set)
			if err != nil {
				return nil, err
			}
			sets = append(sets, s)
		}
		if len(sets) == 1 {
			return sets[0], nil
		}
		return &value.ProductV{Sets: sets}, nil
	}, dep: depSide | depState | depEnv}
}

// outOfDomain is TLC's error for f[x], x outside the domain S of the
// recursive function f[n \in S] == e of one bound (a FcnLambdaValue): "In
// applying the function\n" f ",\nthe first argument is:\n" x "\nwhich is not
// in its domain.\n", f printed tabulated when it can be (<<1, 2, 3>>),
// else as [n \in S |-> <expression ...>] (TLC rev cc6b616, golden
// RecOutDomain: f[n \in 1..3] == IF n = 0 THEN 1 ELSE f[n-1] + 1 applied
// to 2 meets f[0], and f cannot be tabulated).
func (r *recFcn) outOfDomain(k *ctx, s value.SetValue, x value.Value, name string, pos token.Pos) error {
	shown := ""
	if r.showing.CompareAndSwap(false, true) {
		saved := append([]value.Value(nil), k.env[r.lo:r.hi]...)
		var keys, vals []value.Value
		_, err := forAll(k, r.bs, func() (bool, error) {
			key := boundValues(k, r.bs)[0]
			inner := append([]value.Value(nil), k.env[r.lo:r.hi]...)
			v, err := r.applyTo(k, []value.Value{key}, name, pos, false)
			copy(k.env[r.lo:r.hi], inner)
			if err != nil {
				return true, err
			}
			keys, vals = append(keys, key), append(vals, v)
			return false, nil
		})
		copy(k.env[r.lo:r.hi], saved)
		r.showing.Store(false)
		if err == nil {
			shown = value.FcnFromPairs(keys, vals).String()
		}
	}
	if shown == "" {
		shown = "[" + r.def.Bounds[0].Names[0].Name + " \\in " + s.String() + " |-> <expression " + r.bodyName + ">]"
	}
	return errorf(pos, "In applying the function\n%s,\nthe first argument is:\n%s\nwhich is not in its domain.\n", shown, x)
}
