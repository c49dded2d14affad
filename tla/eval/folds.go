package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// Folds of the community modules, native as TLC's Java overrides are
// (checked with TLC and the CommunityModules' overrides on a spec of
// FoldSet, FoldFunction, FoldSeq, FoldLeft, FoldRight over
// non-commutative operators). The order matters for such operators, and
// TLC's overrides do not follow the modules' TLA+ definitions:
//
//   - FoldSet(op, base, S) applies op(x, acc) to S's elements in TLC's
//     order of values, the first innermost: op(xn, ... op(x1, base)).
//     (The TLA+ definition, through MapThenFoldSet, puts the CHOOSEn
//     first element outermost.)
//   - FoldFunction(op, base, f) and FoldFunctionOnSet(op, base, f, D) do
//     the same with f[d] over the domain (or D), FoldSeq over 1..Len(s).
//   - FoldLeft(op, base, s) is op(... op(op(base, s[1]), s[2]) ..., s[n]);
//     FoldRight(op, s, base) is op(s[1], op(s[2], ... op(s[n], base)));
//     the Domain variants fold the indices instead of the elements.
//   - MapThenFoldSet (Folds) has no override: TLC evaluates its
//     definition, op(f(c1), op(f(c2), ... base)) with c1 = choose(S),
//     c2 = choose(S \ {c1}), ...; it is native here with that meaning.
//
// The operator argument is compiled once, applied to fresh slots (see
// operatorClosure); a fold saves and restores the slots around its loop,
// so that a fold reached again while op is evaluated (recursion through
// the same application) does not disturb the outer one.

// slotSaver saves the values of slots, to restore them after a loop.
func saveSlots(k *ctx, slots []int) []value.Value {
	old := make([]value.Value, len(slots))
	for i, s := range slots {
		old[i] = k.env[s]
	}
	return old
}

func restoreSlots(k *ctx, slots []int, old []value.Value) {
	for i, s := range slots {
		k.env[s] = old[i]
	}
}

// foldOver applies op (compiled on slots) along xs: with opFirst, acc =
// op(x, acc) (the element first); otherwise acc = op(acc, x).
func foldOver(k *ctx, slots []int, op cx, base value.Value, xs []value.Value, elemFirst bool) (value.Value, error) {
	old := saveSlots(k, slots)
	defer restoreSlots(k, slots, old)
	acc := base
	for _, x := range xs {
		if elemFirst {
			k.env[slots[0]], k.env[slots[1]] = x, acc
		} else {
			k.env[slots[0]], k.env[slots[1]] = acc, x
		}
		v, err := op.fn(k)
		if err != nil {
			return nil, err
		}
		acc = v
	}
	return acc, nil
}

// foldSet is FiniteSetsExt's FoldSet(op, base, set).
func foldSet(c *compiler, args []ast.Expr, en cenv, pos token.Pos) cx {
	slots, op := c.operatorClosure(args[0], en, 2, pos)
	base, set := c.expr(args[1], en), c.expr(args[2], en)
	return cx{fn: func(k *ctx) (value.Value, error) {
		b, err := base.fn(k)
		if err != nil {
			return nil, err
		}
		xs, err := evalElems(k, set)
		if err != nil {
			return nil, err
		}
		return foldOver(k, slots, op, b, xs, true)
	}, dep: deps(op, base, set) | depEnv, pos: pos}
}

// foldFunction is Functions' FoldFunction(op, base, f) (and, onSet,
// FoldFunctionOnSet(op, base, f, D)); SequencesExt's FoldSeq is
// FoldFunction.
func foldFunction(onSet bool) func(c *compiler, args []ast.Expr, en cenv, pos token.Pos) cx {
	return func(c *compiler, args []ast.Expr, en cenv, pos token.Pos) cx {
		slots, op := c.operatorClosure(args[0], en, 2, pos)
		base, fun := c.expr(args[1], en), c.expr(args[2], en)
		var dom cx
		if onSet {
			dom = c.expr(args[3], en)
		}
		return cx{fn: func(k *ctx) (value.Value, error) {
			b, err := base.fn(k)
			if err != nil {
				return nil, err
			}
			fv, err := fun.fn(k)
			if err != nil {
				return nil, err
			}
			f, ok := fv.(*value.FcnV)
			if !ok {
				return nil, errorf(pos, "The third argument of FoldFunction should be a function, but instead it is:\n%s", fv)
			}
			var xs []value.Value
			if onSet {
				ds, err := evalElems(k, dom)
				if err != nil {
					return nil, err
				}
				for _, d := range ds {
					v, err := apply(f, d, pos)
					if err != nil {
						return nil, err
					}
					xs = append(xs, v)
				}
			} else {
				xs = f.Elems() // in the order of the domain
			}
			return foldOver(k, slots, op, b, xs, true)
		}, dep: deps(op, base, fun, dom) | depEnv, pos: pos}
	}
}

// foldSeq is SequencesExt's FoldLeft(op, base, s) (left) and
// FoldRight(op, s, base); with indices, FoldLeftDomain and
// FoldRightDomain.
func foldSeq(left, indices bool) func(c *compiler, args []ast.Expr, en cenv, pos token.Pos) cx {
	name := map[[2]bool]string{{true, false}: "FoldLeft", {false, false}: "FoldRight", {true, true}: "FoldLeftDomain", {false, true}: "FoldRightDomain"}[[2]bool{left, indices}]
	return func(c *compiler, args []ast.Expr, en cenv, pos token.Pos) cx {
		slots, op := c.operatorClosure(args[0], en, 2, pos)
		base, seq := c.expr(args[1], en), c.expr(args[2], en)
		if !left {
			seq, base = base, seq
		}
		return cx{fn: func(k *ctx) (value.Value, error) {
			s, err := evalSeq(k, seq, name, pos)
			if err != nil {
				return nil, err
			}
			b, err := base.fn(k)
			if err != nil {
				return nil, err
			}
			n := s.Len()
			xs := make([]value.Value, n)
			for i := range n {
				j := i
				if !left {
					j = n - 1 - i // FoldRight starts from the end
				}
				if indices {
					xs[i] = value.Int(int64(j + 1))
				} else {
					xs[i] = s.At(j)
				}
			}
			return foldOver(k, slots, op, b, xs, !left)
		}, dep: deps(op, base, seq) | depEnv, pos: pos}
	}
}

// mapThenFoldSet is Folds' MapThenFoldSet(op, base, f, choose, S), as its
// definition means it.
func mapThenFoldSet(c *compiler, args []ast.Expr, en cenv, pos token.Pos) cx {
	opSlots, op := c.operatorClosure(args[0], en, 2, pos)
	fSlots, f := c.operatorClosure(args[2], en, 1, pos)
	chSlots, choose := c.operatorClosure(args[3], en, 1, pos)
	base, set := c.expr(args[1], en), c.expr(args[4], en)
	return cx{fn: func(k *ctx) (value.Value, error) {
		b, err := base.fn(k)
		if err != nil {
			return nil, err
		}
		s, err := evalSet(k, set)
		if err != nil {
			return nil, err
		}
		e, err := s.Enum()
		if err != nil {
			return nil, wrap(pos, err)
		}
		rest := e.Elems()
		// The chosen elements, mapped by f, in the order chosen.
		var mapped []value.Value
		oldF, oldCh := saveSlots(k, fSlots), saveSlots(k, chSlots)
		defer restoreSlots(k, fSlots, oldF)
		defer restoreSlots(k, chSlots, oldCh)
		for len(rest) > 0 {
			k.env[chSlots[0]] = value.NewSet(append([]value.Value(nil), rest...))
			x, err := choose.fn(k)
			if err != nil {
				return nil, err
			}
			i := -1
			for j, y := range rest {
				if value.Equal(x, y) {
					i = j
					break
				}
			}
			if i < 0 {
				return nil, errorf(pos, "MapThenFoldSet: choose returned %s, which is not in the set %s.", x, value.NewSet(rest))
			}
			rest = append(append([]value.Value(nil), rest[:i]...), rest[i+1:]...)
			k.env[fSlots[0]] = x
			fx, err := f.fn(k)
			if err != nil {
				return nil, err
			}
			mapped = append(mapped, fx)
		}
		// op(f(c1), op(f(c2), ... op(f(cn), base))): fold from the last.
		for i, j := 0, len(mapped)-1; i < j; i, j = i+1, j-1 {
			mapped[i], mapped[j] = mapped[j], mapped[i]
		}
		return foldOver(k, opSlots, op, b, mapped, true)
	}, dep: deps(op, f, choose, base, set) | depEnv, pos: pos}
}
