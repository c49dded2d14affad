package eval

import (
	"errors"
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// The standard module Bags, built in. A bag is a function from its
// elements to their (positive) numbers of copies, as the module defines
// it; EmptyBag is the function with an empty domain (<< >>). The infix
// operators (+), (-) and \sqsubseteq (bagInfix) and the higher-order
// BagOfAll (bagOfAll) compute what the module's definitions say, as TLC
// does (its Java overrides keep the module's meaning). Every bag built is
// TLC's FcnRcdValue over an enumerated domain (value.FcnOverSet): DOMAIN
// of SetToBag({1, 2}) is {1, 2}, not 1..2.

var bagArity = map[string]int{
	"IsABag": 1, "BagToSet": 1, "SetToBag": 1, "BagIn": 2, "CopiesIn": 2,
	"BagCardinality": 1, "BagUnion": 1, "SubBag": 1,
}

// bagOp compiles an operator of Bags applied to compiled arguments.
func bagOp(name string, args []cx, pos token.Pos) cx {
	d := deps(args...)
	bag := func(k *ctx, x cx) (*value.FcnV, error) {
		f, err := evalFcn(k, x)
		if err != nil {
			if v, ok := notAt(err, x); ok && (name == "BagToSet" || name == "BagCardinality") {
				// TLC's words (2176; TLC rev cc6b616: E01, E36).
				return nil, errorf(pos, "Applying %s to the following value,\nwhich is not a function with a finite domain:\n%s", name, v)
			}
			return nil, err
		}
		return f, nil
	}
	copies := func(b *value.FcnV, e value.Value) (int64, error) { return bagCopies(pos, name, b, e) }
	fn := func(f func(k *ctx) (value.Value, error)) cx { return cx{fn: f, dep: d, pos: pos} }
	switch name {
	case "BagToSet":
		return fn(func(k *ctx) (value.Value, error) {
			b, err := bag(k, args[0])
			if err != nil {
				return nil, err
			}
			return b.Domain(), nil
		})
	case "SetToBag":
		return fn(func(k *ctx) (value.Value, error) {
			elems, err := evalElems(k, args[0])
			var me *value.MethodError
			if err != nil && errors.As(err, &me) {
				// A set TLC cannot sort, normalised inside the Java
				// method (TLC rev cc6b616: hunt4's SetToBagMixed).
				return nil, javaFailed(pos, sigSetToBag, me)
			}
			if err != nil {
				return nil, err
			}
			ones := make([]value.Value, len(elems))
			for i := range ones {
				ones[i] = value.Int(1)
			}
			return value.FcnOverSet(value.FcnFromPairs(elems, ones)), nil
		})
	case "IsABag":
		return fn(func(k *ctx) (value.Value, error) {
			v, err := args[0].fn(k)
			if err != nil {
				return nil, err
			}
			b, ok := v.(*value.FcnV)
			return value.Bool(ok && isABag(b)), nil
		})
	case "BagIn", "CopiesIn":
		in := name == "BagIn"
		sig := sigCopiesIn
		if in {
			sig = sigBagIn
		}
		return fn(func(k *ctx) (value.Value, error) {
			e, err := args[0].fn(k)
			if err != nil {
				return nil, err
			}
			b, err := bag(k, args[1])
			if err != nil {
				return nil, err
			}
			// TLC's Java BagIn and CopiesIn: a linear search of e in
			// the domain (failing on a key e cannot be compared
			// with), then the count found must be an integer (TLC rev
			// cc6b616: hunt4's BagInMixed, CopiesNonInt).
			i, err := javaIndexOf(e, b)
			if err != nil {
				return nil, javaFailed(pos, sig, err)
			}
			if i < 0 {
				if in {
					return value.False, nil
				}
				return value.Int(0), nil
			}
			n, ok := value.AsInt(b.At(i))
			if !ok {
				return nil, errorf(pos, "The second argument of %s should be a bag, but instead it is:\n%s", name, b)
			}
			if in {
				return value.Bool(n > 0), nil
			}
			return value.Int(n), nil
		})
	case "BagCardinality":
		return fn(func(k *ctx) (value.Value, error) {
			b, err := bag(k, args[0])
			if err != nil {
				return nil, err
			}
			var sum int64
			for i := 0; i < b.Len(); i++ {
				n, ok := value.AsInt(b.At(i))
				if !ok || n <= 0 {
					// TLC's Java BagCardinality refuses a count
					// that is not a positive integer (TLC rev
					// cc6b616: hunt4's BagCardNonBag).
					return nil, errorf(pos, "Applying BagCardinality to the following value,\nwhich is not a bag:\n%s", b)
				}
				sum += n
			}
			return intResult(sum, pos, "BagCardinality(%s)", b)
		})
	case "BagUnion":
		return fn(func(k *ctx) (value.Value, error) {
			s, err := evalSet(k, args[0])
			if v, ok := notAt(err, args[0]); ok {
				// TLC's words (2176; hunt5: BagUnion(5)).
				return nil, errorf(pos, "Applying BagUnion to the following value,\nwhich is not a finite enumerable set:\n%s", v)
			}
			if err != nil {
				return nil, err
			}
			bags, err := setElems(s, args[0].pos)
			var me *value.MethodError
			if err != nil && errors.As(err, &me) {
				// A set TLC cannot sort (value.MixedSetV): its Java
				// method enumerates it and catches the error (TLC rev
				// cc6b616: BagUnion({<<1>>, [a |-> 1]})).
				out := errorf(pos, "Attempted to apply the operator overridden by the Java method\npublic static tlc2.value.impl.Value tlc2.module.Bags.BagUnion(tlc2.value.impl.Value),\nbut it produced the following error:\n%s", me.Error())
				out.Cause = javaCaught{}
				return nil, out
			}
			if err != nil {
				return nil, err
			}
			// TLC's Java BagUnion (rev cc6b616): no bag or one is the
			// answer as it is; otherwise each must be a function, and
			// the counts are summed as bagAcc.addCount does.
			switch len(bags) {
			case 0:
				return value.EmptyTuple, nil
			case 1:
				return bags[0], nil
			}
			var acc bagAcc
			for _, bv := range bags {
				b, ok := bv.(*value.FcnV)
				if !ok {
					return nil, errorf(pos, "Attempted to apply BagUnion to the following set, whose\nelement is not a bag:\n%s", s)
				}
				for i := 0; i < b.Len(); i++ {
					p := b.PrintPos(i)
					if err := acc.addCount(b.Key(p), b.At(p)); err != nil {
						return nil, javaFailed(pos, sigBagUnion, err)
					}
				}
			}
			return acc.bag(), nil
		})
	case "SubBag":
		return fn(func(k *ctx) (value.Value, error) {
			b, err := bag(k, args[0])
			if err != nil {
				return nil, err
			}
			// Every bag c with c[e] in 1..b[e] on a subset of b's domain.
			out := []value.Value{value.EmptyTuple}
			for i := 0; i < b.Len(); i++ {
				e := b.Key(i)
				n, err := copies(b, e)
				if err != nil {
					return nil, err
				}
				var next []value.Value
				for _, c := range out {
					next = append(next, c)
					cf := c.(*value.FcnV)
					for m := int64(1); m <= n; m++ {
						keys := append(append([]value.Value(nil), fcnKeys(cf)...), e)
						vals := append(append([]value.Value(nil), cf.Elems()...), value.Int(m))
						next = append(next, value.FcnOverSet(value.FcnFromPairs(keys, vals)))
					}
					if int64(len(next)) > value.MaxEnum() {
						return nil, errorf(pos, "SubBag(%s) has more than %d elements.", b, value.MaxEnum())
					}
				}
				out = next
			}
			s, err := value.NewSetChecked(out)
			return s, wrap(pos, err)
		})
	}
	return cx{fn: func(*ctx) (value.Value, error) { return nil, errorf(pos, "unknown operator %s", name) }, dep: depSide}
}

// bagOperands evaluates both operands of (+) or \sqsubseteq, as TLC
// evaluates the arguments of a Java method before calling it, and
// refuses one that is not a function as the method does (TLC rev
// cc6b616): SqSubseteq in its own words; BagCup hands IsABag the null
// that toFcnRcd gave for it, a NullPointerException (the first operand
// is asked whether it is a bag before the second is converted). A lazy
// function keeps evalFcn's error.
func bagOperands(k *ctx, op token.Kind, pos token.Pos, x, y cx) (b1, b2 *value.FcnV, err error) {
	v1, err := x.fn(k)
	if err != nil {
		return nil, nil, err
	}
	v2, err := y.fn(k)
	if err != nil {
		return nil, nil, err
	}
	conv := func(v value.Value, c cx) (*value.FcnV, error) {
		if f, ok := v.(*value.FcnV); ok {
			return f, nil
		}
		if _, lazy := v.(*value.LazyFcnV); lazy {
			return nil, notA(c.pos, "A function", v) // as evalFcn
		}
		if op == token.OPLUS {
			return nil, javaFailed(pos, sigBagCup, errors.New(`Cannot invoke "tlc2.value.impl.Value.toFcnRcd()" because "b" is null`))
		}
		return nil, errorf(pos, "Applying \\sqsubseteq to the following value,\nwhich is not a function with a finite domain:\n%s", v)
	}
	if b1, err = conv(v1, x); err != nil {
		return nil, nil, err
	}
	if op == token.OPLUS && !isABag(b1) {
		return b1, nil, nil // refused by the caller, as the first operand
	}
	if b2, err = conv(v2, y); err != nil {
		return nil, nil, err
	}
	return b1, b2, nil
}

// isABag reports whether every value of b is a positive integer.
func isABag(b *value.FcnV) bool {
	for i := 0; i < b.Len(); i++ {
		if n, ok := value.AsInt(b.At(i)); !ok || n <= 0 {
			return false
		}
	}
	return true
}

func fcnKeys(f *value.FcnV) []value.Value {
	keys := make([]value.Value, f.Len())
	for i := range keys {
		keys[i] = f.Key(i)
	}
	return keys
}

// bagInfix compiles B1 (+) B2, B1 (-) B2 and B1 \sqsubseteq B2 of Bags
// (sema lets them through only where Bags is visible and the spec does not
// define the symbol itself). As the module defines them: (+) adds the
// copies on the union of the domains, (-) subtracts and keeps the elements
// left with a positive number of copies, \sqsubseteq holds when every
// element of B1 has at most as many copies in B2.
func bagInfix(op token.Kind, pos token.Pos, x, y cx) cx {
	name := op.String()
	count := func(b *value.FcnV, e value.Value) (int64, error) { return bagCopies(pos, name, b, e) }
	// counts is e's copies in b1, then in b2 (each may fail, in that order).
	counts := func(b1, b2 *value.FcnV, e value.Value) (n1, n2 int64, err error) {
		if n1, err = count(b1, e); err != nil {
			return 0, 0, err
		}
		n2, err = count(b2, e)
		return n1, n2, err
	}
	if op == token.OMINUS {
		return bagDiff(pos, x, y)
	}
	return cx{fn: func(k *ctx) (value.Value, error) {
		b1, b2, err := bagOperands(k, op, pos, x, y)
		if err != nil {
			return nil, err
		}
		if op == token.OPLUS {
			// TLC's Java BagCup asks IsABag of each operand, then looks
			// the second's elements up in the first (TLC rev cc6b616:
			// hunt4's BagCupNonBag).
			for i, b := range []*value.FcnV{b1, b2} {
				if !isABag(b) {
					return nil, errorf(pos, "The %s argument of (+) should be a bag, but instead it is:\n%s", [2]string{"first", "second"}[i], b)
				}
			}
			if err := javaCombineCheck(b1, b2); err != nil {
				return nil, javaFailed(pos, sigBagCup, err)
			}
		} else if err := javaCombineCheck(b2, b1); err != nil {
			// SqSubseteq looks each element of the first up in the
			// second (hunt4's SqSubMixed).
			return nil, javaFailed(pos, sigSqSubseteq, err)
		}
		switch op {
		case token.SQSUBSETEQ:
			for i := 0; i < b1.Len(); i++ {
				e := b1.Key(i)
				n1, err := count(b1, e)
				if err != nil {
					return nil, err
				}
				if _, in := b2.Apply(e); !in {
					return value.False, nil
				}
				n2, err := count(b2, e)
				if err != nil {
					return nil, err
				}
				if n1 > n2 {
					return value.False, nil
				}
			}
			return value.True, nil
		case token.OPLUS:
			// TLC's BagCup: b1's elements, then b2's not in b1, each in
			// the order its bag prints in, which the result keeps.
			var keys, vals []value.Value
			for i := 0; i < b1.Len(); i++ {
				e := b1.Key(b1.PrintPos(i))
				n1, n2, err := counts(b1, b2, e)
				if err != nil {
					return nil, err
				}
				keys, vals = append(keys, e), append(vals, value.Int(n1+n2))
			}
			for i := 0; i < b2.Len(); i++ {
				e := b2.Key(b2.PrintPos(i))
				if _, in := b1.Apply(e); in {
					continue
				}
				n2, err := count(b2, e)
				if err != nil {
					return nil, err
				}
				keys, vals = append(keys, e), append(vals, value.Int(n2))
			}
			return value.FcnOverSet(value.FcnFromOrdered(keys, vals)), nil
		}
		panic("unreachable")
	}, dep: deps(x, y), pos: pos}
}

// bagOfAll compiles BagOfAll(F, B): the bag of the F(e), each with the
// copies of all the elements of B that F maps to it, as Bags defines it.
func (c *compiler) bagOfAll(e *ast.OpApp, en cenv) cx {
	pos := e.Pos()
	slots, body := c.operatorClosure(e.Args[0], en, 1, pos)
	b := c.expr(e.Args[1], en)
	lit, isLit := c.literalOpArg(e.Args[0], en)
	return cx{fn: func(k *ctx) (value.Value, error) {
		if isLit {
			// TLC evaluates the arguments, then its Java method
			// checks the operator before the bag.
			if _, err := b.fn(k); err != nil {
				return nil, err
			}
			return nil, errorf(pos, "The first argument of BagOfAll should be an operator, but instead it is:\n%s", lit)
		}
		f, err := evalFcn(k, b)
		if err != nil {
			return nil, err
		}
		var acc bagAcc
		for i := 0; i < f.Len(); i++ {
			p := f.PrintPos(i) // the order TLC's BagOfAll walks f in
			k.env[slots[0]] = f.Key(p)
			y, err := body.fn(k)
			if err != nil {
				return nil, err
			}
			if err := acc.addCount(y, f.At(p)); err != nil {
				return nil, javaFailed(pos, sigBagOfAll, err)
			}
		}
		return acc.bag(), nil
	}, dep: b.dep | body.dep | depEnv, pos: pos}
}

// bagAcc sums copies of elements into a bag (BagUnion, BagOfAll): the
// elements in the order first met, each with the sum of its copies; the
// bag keeps that order for printing, as TLC's unnormalized result does.
type bagAcc struct {
	keys, vals []value.Value
	index      map[uint64][]int // element hash -> positions in keys
	kinds      keyKinds         // of the elements met so far
}

// add adds n copies of e. TLC's Java BagUnion and BagOfAll look e up
// among the elements met so far with Java's equals, in order, which fails
// on two values TLC cannot compare (hunt4's BagOfAllMixed): the error of
// the first such pair, unless all are of one scalar kind or one shape
// (then none, and e is looked up by hash).
func (a *bagAcc) add(e value.Value, n int64) error {
	return a.addCount(e, value.Int(n))
}

// addCount adds e with count v as TLC's Java BagUnion and BagOfAll do:
// an element met before has its two counts cast to integers (the earlier
// first; Java's ClassCastException when one is not) and summed; a new
// one keeps v as it is, an integer or not (hunt5: BagUnion({1 :> "a",
// 2 :> 1}) is <<"a", 1>> in TLC).
func (a *bagAcc) addCount(e, v value.Value) error {
	j, err := a.find(e)
	if err != nil {
		return err
	}
	if j < 0 {
		a.index[e.Hash()] = append(a.index[e.Hash()], len(a.keys))
		a.keys, a.vals = append(a.keys, e), append(a.vals, v)
		return nil
	}
	m, ok := value.AsInt(a.vals[j])
	if !ok {
		return javaCast(a.vals[j], "IntValue")
	}
	n, ok := value.AsInt(v)
	if !ok {
		return javaCast(v, "IntValue")
	}
	a.vals[j] = value.Int(m + n)
	return nil
}

// find is the position of e among the elements met so far, -1 when it is
// not there, looked up with Java's equals in order unless e and all of
// them are of one scalar kind or one shape.
func (a *bagAcc) find(e value.Value) (int, error) {
	if a.index == nil {
		a.index = map[uint64][]int{}
		a.kinds = newKeyKinds()
	}
	if !a.kinds.add(e) {
		for j, k := range a.keys {
			eq, err := value.EqualChecked(e, k)
			if err != nil {
				return -1, err
			}
			if eq {
				return j, nil
			}
		}
		return -1, nil
	}
	for _, j := range a.index[e.Hash()] {
		if value.Equal(a.keys[j], e) {
			return j, nil
		}
	}
	return -1, nil
}

// bag is the bag summed, a function over an enumerated set as TLC's.
func (a *bagAcc) bag() value.Value {
	return value.FcnOverSet(value.FcnFromOrdered(a.keys, a.vals))
}

// bagCopies is the number of copies of e in bag b (0 when e is not in it),
// or TLC's error for a bag whose value at e is not a number, naming the
// operator applied (name) at pos.
func bagCopies(pos token.Pos, name string, b *value.FcnV, e value.Value) (int64, error) {
	v, ok := b.Apply(e)
	if !ok {
		return 0, nil
	}
	n, ok := value.AsInt(v)
	if !ok {
		return 0, errorf(pos, "Attempted to apply %s to a function that is not a bag (a value %s is not a number).", name, v)
	}
	return n, nil
}
