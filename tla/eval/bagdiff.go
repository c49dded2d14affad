package eval

import (
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// bagDiff compiles B1 (-) B2 as TLC's Java BagDiff computes it (TLC rev
// cc6b616), so that it fails where and as that method fails: an operand
// that is not a function is refused by name ("The first argument of (-)
// should be a bag, but instead it is:"); then, for each element of B1 in
// turn, its count is cast to an integer, the element is looked up in B2
// with Java's equals, and the count found there is cast too. A failed
// cast is Java's ClassCastException inside the method's frame (hunt5's
// F14: (1 :> 3) (-) (1 :> "a")). The result keeps the elements left with
// a positive count.
func bagDiff(pos token.Pos, x, y cx) cx {
	return cx{fn: func(k *ctx) (value.Value, error) {
		v1, err := x.fn(k)
		if err != nil {
			return nil, err
		}
		v2, err := y.fn(k)
		if err != nil {
			return nil, err
		}
		var bs [2]*value.FcnV
		for i, v := range []value.Value{v1, v2} {
			f, ok := v.(*value.FcnV)
			if !ok {
				if _, lazy := v.(*value.LazyFcnV); lazy {
					return nil, notA([2]cx{x, y}[i].pos, "A function", v)
				}
				return nil, errorf(pos, "The %s argument of (-) should be a bag, but instead it is:\n%s", [2]string{"first", "second"}[i], v)
			}
			bs[i] = f
		}
		b1, b2 := bs[0], bs[1]
		// b1's elements in the order it prints in, which the result
		// keeps (TLC's BagDiff keeps b1's order and its mark).
		var keys, vals []value.Value
		b2k := newJavaKeys(b2)
		for ii := 0; ii < b1.Len(); ii++ {
			i := b1.PrintPos(ii)
			n1, ok := value.AsInt(b1.At(i))
			if !ok {
				return nil, javaFailed(pos, sigBagDiff, javaCast(b1.At(i), "IntValue"))
			}
			j, err := b2k.index(b1.Key(i))
			if err != nil {
				return nil, javaFailed(pos, sigBagDiff, err)
			}
			if j >= 0 {
				n2, ok := value.AsInt(b2.At(j))
				if !ok {
					return nil, javaFailed(pos, sigBagDiff, javaCast(b2.At(j), "IntValue"))
				}
				n1 -= n2
			}
			if n1 > 0 {
				keys, vals = append(keys, b1.Key(i)), append(vals, value.Int(n1))
			}
		}
		return value.FcnOverSet(value.FcnFromOrdered(keys, vals)), nil
	}, dep: deps(x, y), pos: pos}
}
