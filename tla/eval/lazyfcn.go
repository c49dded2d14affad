package eval

import (
	"fmt"
	"strings"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/span"
	"github.com/wspcycle/wspcycle/tla/value"
)

// Function constructors over a domain that cannot be enumerated. TLC
// builds every [x \in S |-> e] as a FcnLambdaValue and turns it into a
// function of pairs only when it must (comparing, fingerprinting): so
// x = [y \in Nat |-> y] /\ FALSE has no initial state rather than an
// error, and x[3] of such an x is 3. wspcycle builds a function of pairs
// at once when the domain enumerates, a value.LazyFcnV when it cannot.

// lazyDomain reports whether s is a domain TLC could not enumerate: one
// whose size is an error other than running out of memory.
func lazyDomain(s value.SetValue) bool {
	if isMixed(s) {
		return false
	}
	_, err := s.Size()
	if err == nil {
		return false
	}
	_, mem := err.(*value.MemoryError)
	return !mem
}

// ownCtx is a copy of k for a lazy value to evaluate in later, one
// evaluation at a time: the bound names around it keep their values.
func ownCtx(k *ctx) *ctx {
	return &ctx{
		s:         k.s,
		t:         k.keepT(),
		env:       append([]value.Value(nil), k.env...),
		prog:      k.prog,
		recActive: make([]int, len(k.recActive)),
		// What TLCGet("level") and Trace read, as in k.
		phase: k.phase, levelAs: k.levelAs, level: k.level, succ: k.succ, from: k.from,
	}
}

// lazyFcn is [bs |-> body] over sets (one per binder), one of which
// cannot be enumerated, as a value.LazyFcnV. Its text is TLC's
// FcnLambdaValue's: [y \in Nat |-> <expression ...>].
func (c *compiler) lazyFcnText(e *ast.FuncCons) string {
	return "<expression " + c.nodeName(e.Body, span.Module(e.Body.Pos().Filename)) + ">]"
}

func lazyFcn(k *ctx, e *ast.FuncCons, bodyText string, bs []binder, sets []value.SetValue, body cx) value.Value {
	own := ownCtx(k)
	var dom value.SetValue
	var params []string
	if len(bs) == 1 {
		dom = sets[0]
	} else {
		dom = &value.ProductV{Sets: sets, Src: e}
	}
	// TLC's FcnParams print each bound as written, names sharing a set
	// together: a, b \in Nat.
	i := 0
	for _, b := range e.Bounds {
		var names []string
		for _, n := range b.Names {
			names = append(names, n.Name)
		}
		name := strings.Join(names, ", ")
		if b.Tuple {
			name = "<<" + name + ">>"
			params = append(params, name+" \\in "+sets[i].String())
			i++
			continue
		}
		// TLC prints only the first of names sharing a set (MultiOut:
		// [a \in Nat |-> ...] for [a, b \in Nat |-> ...]).
		params = append(params, b.Names[0].Name+" \\in "+sets[i].String())
		i += len(b.Names)
	}
	text := "[" + strings.Join(params, ", ") + " |-> " + bodyText
	f := func(x value.Value) (value.Value, error) {
		if len(bs) == 1 {
			if err := bs[0].bind(own, x); err != nil {
				return nil, err
			}
			return body.fn(own)
		}
		t, ok := x.(*value.FcnV)
		if !ok || t.Len() != len(bs) {
			return nil, fmt.Errorf("Attempted to apply a function of %d arguments to %s.", len(bs), x)
		}
		for j := range bs {
			if err := bs[j].bind(own, t.At(j)); err != nil {
				return nil, err
			}
		}
		return body.fn(own)
	}
	return value.NewLazyFcn(dom, f, text, lazyFcnSizeMsg(sets), e)
}

// lazyFcnSizeMsg is TLC's error making such a function one of pairs: the
// size of its domain, whose first set that cannot be enumerated fails.
func lazyFcnSizeMsg(sets []value.SetValue) string {
	for _, s := range sets {
		if _, err := s.Size(); err == nil {
			continue
		}
		switch s.(type) {
		case value.NatV, value.IntSetV:
			return "Attempted to compute the number of elements in the overridden value " + s.String() + "."
		}
		if m := printEnumMsg(s); m != "" {
			return m
		}
		_, err := s.Size()
		return err.Error()
	}
	return ""
}

// applyLazy is f[x] of a lazy function, in TLC's words when x is not in
// its domain (FcnLambdaValue.apply).
func applyLazy(f *value.LazyFcnV, x value.Value) (value.Value, error) {
	v, in, err := f.Apply(x)
	if err != nil {
		return nil, err
	}
	if in {
		return v, nil
	}
	if p, ok := f.Dom.(*value.ProductV); ok && f.Src != nil {
		if fc, ok := f.Src.(*ast.FuncCons); ok && len(p.Sets) > 1 && !fc.Bounds[0].Tuple {
			if t, ok := x.(*value.FcnV); ok && t.IsTuple() && t.Len() == len(p.Sets) {
				for i, s := range p.Sets {
					if in, err := s.Member(t.At(i)); err != nil || !in {
						if err != nil {
							return nil, err
						}
						return nil, fmt.Errorf("In applying the function\n%s,\nthe argument number %d is:\n%s\nwhich is not in the function's domain %s.\n", f, i+1, t.At(i), f.Dom)
					}
				}
			}
			return nil, fmt.Errorf("In applying the function\n%s,\nthe argument list is:\n%s\nwhich does not match its formal parameter.\n", f, x)
		}
	}
	return nil, fmt.Errorf("In applying the function\n%s,\nthe first argument is:\n%s\nwhich is not in its domain.\n", f, x)
}

// lazySets evaluates the sets of bs again after enumerating them failed:
// lazy is true when one of them cannot be enumerated (lazyDomain). A
// tuple binder's set is one set, each other name's its own.
func lazySets(k *ctx, bs []binder) (sets []value.SetValue, lazy bool) {
	for i := range bs {
		s, err := evalSet(k, bs[i].set)
		if err != nil {
			return nil, false
		}
		lazy = lazy || lazyDomain(s)
		sets = append(sets, s)
	}
	return sets, lazy
}

// exceptLazy is EXCEPT at u.path[i:] of a lazy function: the new value at
// the key is remembered (TLC's FcnLambdaValue keeps its excepts); a key
// outside the domain leaves the function unchanged, as for any function.
func exceptLazy(k *ctx, f *value.LazyFcnV, u *exceptUpdate, i int) (value.Value, error) {
	st := &u.path[i]
	key, err := st.key(k)
	if err != nil {
		return nil, err
	}
	old, in, err := f.Apply(key)
	if err != nil {
		return nil, wrap(st.pos, err)
	}
	if !in {
		if u.missing != nil {
			u.missing()
		}
		return f, nil
	}
	nv, err := exceptAt(k, old, u, i+1, nil)
	if err != nil {
		return nil, err
	}
	return f.With(key, nv), nil
}

// filterFiniteError is TLC's error deciding IsFiniteSet(s) when s is, or
// is built from, a set filter over a set that is not finite: TLC's
// SetPredValue.isFinite cannot tell ({y \in Nat : TRUE}); the sets built
// from others ask theirs in order (SUBSET S, [S -> T], S \X T, [a : S],
// S \cup T). "" when there is none.
func filterFiniteError(s value.SetValue) string {
	switch x := s.(type) {
	case *value.FilterV:
		if msg := filterFiniteError(x.Base); msg != "" {
			return msg
		}
		if _, err := x.Base.Size(); err != nil {
			return "Attempted to check if expression of form {x \\in S : p(x)} is a finite set, but cannot check if S:\n" + x.Base.String() + "\nis finite."
		}
	case *value.SubsetV:
		return filterFiniteError(x.Base)
	case *value.FcnSetV:
		return firstFiniteError(x.Dom, x.Rng)
	case *value.ProductV:
		return firstFiniteError(x.Sets...)
	case *value.RcdSetV:
		return firstFiniteError(x.Sets...)
	case *value.CupV:
		if x.Union == nil {
			return firstFiniteError(x.A, x.B)
		}
	}
	return ""
}

// firstFiniteError is the first of the sets' filterFiniteError, stopping
// at the first set that is not finite, as Java's && does.
func firstFiniteError(sets ...value.SetValue) string {
	for _, s := range sets {
		if msg := filterFiniteError(s); msg != "" {
			return msg
		}
		if _, err := s.Size(); err != nil {
			return ""
		}
	}
	return ""
}
