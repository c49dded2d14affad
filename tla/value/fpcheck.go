package value

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// TLC keeps some sets unevaluated (SUBSET S, [S -> T], Seq(S), Nat, a
// filter, S \cup T with an infinite operand, ...) and meets an error in
// one only when it fingerprints a state that holds it: it then enumerates
// the set (normalises it), and a set it cannot enumerate is an error of
// the run (TLC rev cc6b616: "TLC has found a state in which the value of
// a variable contains Nat", "Attempted to enumerate a set of the form
// [D -> R],but the domain D: ..."). Hash cannot fail (a lazy set that
// cannot be enumerated hashes its printed form), so a checker asks
// State.CheckFingerprint after State.Fingerprint.

// unhashable is set once lazyHash has met a set it cannot enumerate: until
// then no state can hold one (hashing a state hashes, or has hashed and
// cached, every value in it), and CheckFingerprint costs nothing.
var unhashable atomic.Bool

// FingerprintError is TLC's error for a state holding a set it cannot
// enumerate. Src is the expression that built the set (an ast.Expr) when
// TLC's value knows its node (SubsetValue, SetOfFcnsValue, SetOfRcdsValue,
// SetOfTuplesValue, SetCupValue: TLC prints "TLC was unable to
// fingerprint." naming it), nil when it does not (Nat, Seq(S), a filter).
type FingerprintError struct {
	Msg string
	Src any
	// InitCrash: in an initial state TLC's value has no node (its
	// replay, which gives it one, runs only for successors) and the
	// error is a RuntimeException TLC does not catch: "TLC threw an
	// unexpected exception", exit 255, no trace nor counts (TLC rev
	// cc6b616: VarMix, UnionNat). A successor names the node (2147).
	InitCrash bool
	// Unsortable: the set is one TLC cannot sort (MixedSetV), which its
	// simulator meets normalising an initial state (deepNormalize), where
	// a lazy set (UNION {Nat}) passes.
	Unsortable bool
	// Inner are the nodes of values inside the set whose own methods
	// failed (MixedSetV.Inner), which TLC names after Src, innermost
	// first.
	Inner []any
}

func (e *FingerprintError) Error() string { return e.Msg }

// CheckFingerprint is TLC's error fingerprinting s, the first variable in
// order holding a set TLC cannot enumerate; nil when s can be
// fingerprinted. Call it after s.Fingerprint().
func (s State) CheckFingerprint() error {
	if !unhashable.Load() {
		return nil
	}
	for _, v := range s {
		if err := CheckFingerprint(v); err != nil {
			return err
		}
	}
	return nil
}

// CheckFingerprint is TLC's error fingerprinting v (State.CheckFingerprint).
func CheckFingerprint(v Value) error {
	switch x := v.(type) {
	case nil:
		return nil
	case *FcnV:
		if x.dom != nil {
			if err := CheckFingerprint(x.dom); err != nil {
				return err
			}
		}
		for _, e := range x.vals {
			if err := CheckFingerprint(e); err != nil {
				return withSource(x, err)
			}
		}
		return nil
	case *SetV:
		for _, e := range x.elems {
			if err := CheckFingerprint(e); err != nil {
				return err
			}
		}
		return nil
	case *IntervalV:
		return nil
	case *LazyFcnV:
		// TLC makes it a function of pairs to fingerprint it.
		// TLC's FcnLambdaValue knows no node: the error is the
		// evaluation's, or the tuple's or record's holding it
		// (NoteSource).
		// A domain TLC cannot sort (a lazy union of values of
		// different kinds) is an exception TLC does not catch in an
		// initial state (TLC rev cc6b616: x = [y \in UNION {{<<1,
		// 1>>}, 1..2} |-> 0] in Init; golden unsorted/UnsFcnDom).
		return &FingerprintError{Msg: x.Err, InitCrash: unsortedSet(x.Dom)}
	case *BadSetV:
		return x.Fp
	case *MixedSetV:
		// TLC sorts the set to fingerprint it, and fails naming its node.
		return &FingerprintError{Msg: x.err.Error(), Src: x.Src, InitCrash: true, Unsortable: true, Inner: x.Inner}
	case SetValue:
		if !enumerable(x) {
			var src any
			if q, ok := x.(*SeqSetV); ok {
				src = q.Src
			}
			return &FingerprintError{Msg: "TLC has found a state in which the value of a variable contains " + x.String(), Src: src}
		}
		e, err := tlcEnum(x)
		if err != nil {
			return err
		}
		return CheckFingerprint(e)
	}
	return nil
}

// TLCEnumerable reports whether TLC's value for s is Enumerable (Nat,
// Int, STRING, Seq(S) are not).
func TLCEnumerable(s SetValue) bool { return enumerable(s) }

// enumerable reports whether TLC's value for s is Enumerable: Nat, Int,
// STRING, Seq(S) and Any are not, and fingerprinting one is TLC's
// "contains" error.
func enumerable(s SetValue) bool {
	switch s.(type) {
	case NatV, IntSetV, StringSetV, *SeqSetV, AnyV, *NonSetV:
		return false
	}
	return true
}

// TLCEnumError is TLC's message when it cannot enumerate s, a set built
// from other sets ([D -> R], [a : S], S \X T, SUBSET S, S \cup T), in
// the words of s's own class about the operand it cannot enumerate; ""
// when s enumerates or its words are not those.
func TLCEnumError(s SetValue) string {
	switch s.(type) {
	case *FcnSetV, *RcdSetV, *ProductV, *SubsetV, *CupV:
	default:
		return ""
	}
	_, err := tlcEnum(s)
	fe, ok := err.(*FingerprintError)
	if !ok || fe.Src == nil {
		return ""
	}
	return fe.Msg
}

// tlcEnum enumerates s, an Enumerable set, with TLC's error when it
// cannot: the message of the set's own class about the operand it cannot
// enumerate, with the set's node when TLC's value knows it.
func tlcEnum(s SetValue) (*SetV, error) {
	fail := func(src any, format string, args ...any) (*SetV, error) {
		return nil, &FingerprintError{Msg: fmt.Sprintf(format, args...), Src: src}
	}
	// inner enumerates an operand: a non-enumerable one is the caller's
	// error (bad), an enumerable one that fails its own.
	inner := func(o SetValue, bad func() (*SetV, error)) (*SetV, error) {
		if !enumerable(o) {
			return bad()
		}
		e, err := tlcEnum(o)
		if err != nil {
			return nil, inSet(s, err)
		}
		return e, nil
	}
	switch x := s.(type) {
	case *SetV:
		return x, nil
	case *MixedSetV:
		// TLC sorts it, and fails naming its node (CheckFingerprint).
		return nil, CheckFingerprint(x)
	case *FcnSetV:
		if _, err := inner(x.Dom, func() (*SetV, error) {
			return fail(x.Src, "Attempted to enumerate a set of the form [D -> R],but the domain D:\n%s\ncannot be enumerated.", x.Dom)
		}); err != nil {
			return nil, err
		}
		if _, err := inner(x.Rng, func() (*SetV, error) {
			return fail(x.Src, "Attempted to enumerate a set of the form [D -> R],but the range R:\n%s\ncannot be enumerated.", x.Rng)
		}); err != nil {
			return nil, err
		}
	case *RcdSetV:
		for i, o := range x.Sets {
			if _, err := inner(o, func() (*SetV, error) {
				return fail(x.Src, "Attempted to enumerate a set of the form [l1 : v1, ..., ln : vn],\nbut can't enumerate the value of the `%s' field:\n%s", x.Keys[i].(*StrV).s, o)
			}); err != nil {
				return nil, err
			}
		}
	case *ProductV:
		for i, o := range x.Sets {
			if _, err := inner(o, func() (*SetV, error) {
				return fail(x.Src, "Attempted to enumerate a set of the form s1 \\X s2 ... \\X sn,\nbut can't enumerate s%d:\n%s", i, o) // 0-based (TLC rev cc6b616: ZProdInit)
			}); err != nil {
				return nil, err
			}
		}
	case *SubsetV:
		if _, err := inner(x.Base, func() (*SetV, error) {
			what := "set"
			switch x.Base.(type) {
			case NatV, IntSetV:
				what = "overridden value" // TLC rev cc6b616: LSubNatInit
			}
			return fail(x.Src, "Attempted to compute the number of elements in the %s %s.", what, x.Base)
		}); err != nil {
			return nil, err
		}
	case *CupV:
		if x.Union != nil && (!enumerable(x.A) || !enumerable(x.B) || unionHasNonSet(x.Union)) {
			// TLC's UnionValue, which knows no node before its replay:
			// in an initial state TLC's crash (UnionNat).
			return nil, &FingerprintError{Msg: "Attempted to enumerate UNION(s), but some element of s is nonenumerable.", Src: x.Src, InitCrash: true}
		}
		if !enumerable(x.A) || !enumerable(x.B) {
			return fail(x.Src, "Attempted to enumerate S \\cup T when S:\n%s\nand T:\n%s\nare not both enumerable", x.A, x.B)
		}
		for _, o := range []SetValue{x.A, x.B} {
			if _, err := tlcEnum(o); err != nil {
				return nil, err
			}
		}
		if _, err := x.Enum(); TooLarge(err) {
			// A union too large to build, kept lazy (eval's setOpAs):
			// TLC's ValueVec refuses it when the state is
			// fingerprinted. A SetCupValue names its node; a
			// UnionValue knows none before its replay, and in an
			// initial state TLC crashes (TLC rev cc6b616, -maxSetSize
			// 10: XCupSub, XUnion, NextUnion in setbound).
			return nil, &FingerprintError{Msg: err.Error(), Src: x.Src, InitCrash: x.Union != nil}
		}
	case *DiffV:
		// TLC's SetDiffValue enumerates S, naming its node (TLC rev
		// cc6b616: y' = Nat \ {x}, golden lazyprint/VNatDiff).
		if !enumerable(x.A) {
			return fail(x.Src, "Attempted to enumerate S \\ T when S:\n%s\nis not enumerable.", x.A)
		}
	case *CapV:
		if !enumerable(x.A) && !enumerable(x.B) {
			return fail(x.Src, "Attempted to enumerate S \\cap T when neither S:\n%s\nnor T:\n%s\nis enumerable", x.A, x.B)
		}
	case *FilterV:
		if !enumerable(x.Base) {
			return fail(nil, "Attempted to enumerate { x \\in S : p(x) } when S:\n%s\nis not enumerable", x.Base)
		}
		if _, err := tlcEnum(x.Base); err != nil {
			return nil, err
		}
	}
	e, err := s.Enum()
	if err != nil {
		if _, ok := err.(*MemoryError); ok {
			return nil, err
		}
		if src, ok := lazySrc(s); ok && TooLarge(err) {
			// [D -> R], [a : S] or S \X T too large to build: TLC's
			// value builds itself to be fingerprinted and its
			// ValueVec refuses, an exception TLC does not catch in an
			// initial state, its node named in a successor (TLC rev
			// cc6b616, -maxSetSize 5: x = [1..2 -> 1..4]; golden
			// setbound/Below10FcnOver).
			return nil, &FingerprintError{Msg: err.Error(), Src: src, InitCrash: true}
		}
		return nil, &FingerprintError{Msg: err.Error()}
	}
	return e, nil
}

// inSet is err, raised enumerating an operand of s that is a set TLC
// cannot sort, named by s's node before the operand's: TLC's lazy set
// (SubsetValue, SetOfFcnsValue, ...) catches the operand's
// FingerprintException and puts its own node at its head (getNewHead;
// TLC rev cc6b616: x' = SUBSET {1, "a"} names the SUBSET, then {1, "a"}).
// Other errors are returned as they are.
func inSet(s SetValue, err error) error {
	fe, ok := err.(*FingerprintError)
	if !ok || !fe.Unsortable || fe.Src == nil {
		return err
	}
	src, _ := lazySrc(s)
	if x, ok := s.(*SubsetV); ok {
		src = x.Src
	}
	if src == nil {
		return err
	}
	out := *fe
	out.Src, out.Inner = src, append([]any{fe.Src}, fe.Inner...)
	return &out
}

// lazySrc is the node of a function, record or tuple set; ok false for
// any other set.
func lazySrc(s SetValue) (any, bool) {
	switch x := s.(type) {
	case *FcnSetV:
		return x.Src, true
	case *RcdSetV:
		return x.Src, true
	case *ProductV:
		return x.Src, true
	}
	return nil, false
}

// TLC's tuples and records know the node that built them: a state holding
// <<1, Nat>> or [a |-> Seq(S)] fails to fingerprint naming the tuple's or
// the record's node (TLC rev cc6b616: LTupNatInit, LRecSeqNext). Only the
// rare tuple or record one of whose elements is such a set is remembered,
// and no more than maxSources of them.
var (
	sources  sync.Map // *FcnV -> its node
	nSources atomic.Int64
)

const maxSources = 1 << 10

// NoteSource remembers src as the node that built f, a tuple or a record,
// when an element of f is a set TLC cannot fingerprint and that names no
// node of its own (Nat, Seq(S), a filter of Nat): a type switch per
// element, nothing enumerated.
func NoteSource(f Value, src any) {
	fv, ok := f.(*FcnV)
	if !ok {
		return
	}
	for _, e := range fv.vals {
		switch e.(type) {
		case NatV, IntSetV, StringSetV, *SeqSetV, AnyV, *FilterV, *BadSetV, *MixedSetV, *LazyFcnV:
			// Sets that fail at once, with no node of their own; a
			// lazy set that may enumerate (SUBSET S) names its own.
			if nSources.Add(1) <= maxSources {
				sources.Store(fv, src)
			}
			return
		}
		if unsortableOperand(e) {
			// A lazy set of a set TLC cannot sort: its error names the
			// tuple's node first (inSet).
			if nSources.Add(1) <= maxSources {
				sources.Store(fv, src)
			}
			return
		}
	}
}

// unsortableOperand reports whether v is a lazy set built on a set TLC
// cannot sort (SUBSET {1, "a"}): a type switch per operand.
func unsortableOperand(v Value) bool {
	var ops []SetValue
	switch x := v.(type) {
	case *SubsetV:
		ops = []SetValue{x.Base}
	case *FcnSetV:
		ops = []SetValue{x.Dom, x.Rng}
	case *RcdSetV:
		ops = x.Sets
	case *ProductV:
		ops = x.Sets
	}
	for _, o := range ops {
		if _, ok := o.(*MixedSetV); ok {
			return true
		}
	}
	return false
}

// withSource is err, met fingerprinting an element of f, naming f's node
// when TLC's value names none deeper.
func withSource(f *FcnV, err error) error {
	fe, ok := err.(*FingerprintError)
	if ok && fe.Unsortable && fe.Src != nil && nSources.Load() > 0 {
		// A set TLC cannot sort inside a tuple or record that knows
		// its node: TLC names that node, then the set's (TupMixNext).
		if src, ok := sources.Load(f); ok {
			out := *fe
			out.Src, out.Inner = src, append([]any{fe.Src}, fe.Inner...)
			return &out
		}
		return err
	}
	if !ok || fe.Src != nil || nSources.Load() == 0 {
		return err
	}
	if src, ok := sources.Load(f); ok {
		return &FingerprintError{Msg: fe.Msg, Src: src}
	}
	return err
}
