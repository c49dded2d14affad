package eval

import (
	"github.com/wspcycle/wspcycle/tla/value"
)

// TLC passes each argument of an operator as a LazyValue (Tool's
// getOpContext), evaluated, under the argument's node, the first time the
// body reads the parameter: an application of a RECURSIVE operator whose
// body never reads a parameter does not count that argument at all, and
// one that reads it counts it once. The bitwise operators of the
// Community Modules show it: in And(x, y, n+1, m \div 2) the arguments x,
// y and n+1 count only in the applications past m = 0, m \div 2 in all
// (CovRecLazy). wspcycle binds a value parameter to its argument's value
// at the application (recursive.go); under coverage the application
// evaluates its arguments muted and keeps them, compiled and counting, in
// its frame, and the first read of a parameter evaluates that argument
// again, counted, where it was written: the caller's frame current, and,
// when the caller is an enclosing application of the same operator, the
// caller's values back in the body's slots (an argument n+1 reads the
// caller's n, itself such a parameter, which counts the caller's argument
// in turn when not yet read).

// covRecLazyArgs evaluates the arguments of an application of r, muted
// when they are kept (lazy) for their first read.
func covRecLazyArgs(k *ctx, args []cx, lazy bool) ([]value.Value, []error) {
	if !lazy || k.covMute != 0 {
		return evalArgs(k, args)
	}
	k.covMute++
	vs, errs := evalArgs(k, args)
	k.covMute--
	return vs, errs
}

// covRecLazyFrame is what the frame of an application of r (args its
// value arguments, by slot; callerEnv, callerErrs the caller's values of
// the body's slots when the application is nested in another) keeps for
// covRecLazyRead: a fresh copy of args, cleared as each is read.
func covRecLazyFrame(r *recOp, args []cx) []cx {
	lazy := make([]cx, len(r.slots))
	j := 0
	for i, s := range r.slots {
		if s >= 0 {
			lazy[i] = args[j]
			j++
		}
	}
	return lazy
}

// covRecLazyRead wraps x, a read of the value parameter p, to count p's
// argument in the current application at the first read.
func covRecLazyRead(x cx, p *covRecParam) cx {
	fn := x.fn
	x.fn = func(k *ctx) (value.Value, error) {
		if k.covMute == 0 && k.covRec != nil {
			if f := k.covRec[p.id]; f != nil && p.i < len(f.lazy) && f.lazy[p.i].fn != nil {
				a := f.lazy[p.i]
				f.lazy[p.i] = cx{}
				covRecLazyEval(k, p, f, a)
			}
		}
		return fn(k)
	}
	return x
}

// covRecLazyEval evaluates the argument a of the application whose frame
// is f, counted, where it was written (its value is already bound).
func covRecLazyEval(k *ctx, p *covRecParam, f *covRecFrame, a cx) {
	r := p.r
	var mine []value.Value
	var mineErrs []error
	if f.env != nil {
		mine = append(mine, k.env[r.lo:r.hi]...)
		copy(k.env[r.lo:r.hi], f.env)
		if k.argErrs != nil {
			mineErrs = append(mineErrs, k.argErrs[r.lo:r.hi]...)
			if f.envErrs != nil {
				copy(k.argErrs[r.lo:r.hi], f.envErrs)
			} else {
				clear(k.argErrs[r.lo:r.hi])
			}
		}
	}
	k.covRec[p.id] = f.outer
	_, _ = a.fn(k) // the value and its error were had at the application
	k.covRec[p.id] = f
	if mine != nil {
		copy(k.env[r.lo:r.hi], mine)
		if mineErrs != nil {
			copy(k.argErrs[r.lo:r.hi], mineErrs)
		}
	}
}
