package eval

import "github.com/wspcycle/wspcycle/tla/value"

// In an implied action [][A]_v of a PROPERTY, TLC evaluates A's
// SubstInNode with Tool.eval: one LazyValue per substitution and
// evaluation, which keeps the value of its last evaluation with the
// states it was evaluated in (LazyValue.getValue, TLC rev cc6b616), and
// gives it again only to a read whose states are "subsets" of those
// (TLCState.isSubset: the same values, or a cached Empty). The reads are
// of three kinds: an unprimed read (s, t); a primed one (t, null), which
// Tool.evalAppl evaluates each time without the cache; the unprimed side
// of UNCHANGED or of [A]_v's v (s, Empty). The last misses after an
// unprimed read (t is no subset of Empty) and caches its own value, which
// an unprimed read is given again (Empty is a subset of any state).

// The kinds of read.
const (
	covTagNone = iota
	covTagU
	covTagP
	covTagE
)

// covReadTag is the kind of a read compiled now, primed (p 1) or not.
func (c *compiler) covReadTag(p int) int64 {
	switch {
	case p == 1:
		return covTagP
	case c.covUnchCur:
		return covTagE
	}
	return covTagU
}

// covTaggedHit reports whether a read of kind tag is given the value
// cached by a read of kind cached.
func covTaggedHit(tag, cached int64) bool {
	return tag != covTagP && (tag == cached || tag == covTagU && cached == covTagE)
}

// covTaggedRead is the read x of kind tag of the substitution sn, counted
// when TLC's LazyValue evaluates it.
func covTaggedRead(x cx, is *covInstSubst, sn *covSubstNode, tag int64) cx {
	fn := x.fn
	x.fn = func(k *ctx) (value.Value, error) {
		if k.covMute == 0 {
			ep := is.epoch.Load()
			cur := sn.tag.Load()
			if cur>>2 == ep && covTaggedHit(tag, cur&3) {
				return evalMuted(k, fn)
			}
			if tag != covTagP {
				sn.tag.Store(ep<<2 | tag)
				sn.gen.Add(1) // a new value cached
			}
		}
		return fn(k)
	}
	x.into = nil
	return x
}

// covFcnReadTagged is covFcnReadWrap for a tagged read: the cached value
// is the one of the cache's generation.
func covFcnReadTagged(x cx, sf *covSubstFcn, is *covInstSubst, sn *covSubstNode, use covFcnUse, tag int64) cx {
	return covFcnReadNoting(x, use, func(_ *ctx, v value.Value) *covFcnRead {
		// A primed read's value is not the cached one: its own.
		return &covFcnRead{sf: sf, f: v, key: -sn.gen.Load(), cached: tag != covTagP}
	})
}
