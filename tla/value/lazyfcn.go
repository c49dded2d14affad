package value

import (
	"strings"
	"sync"
)

// LazyFcnV is [x \in D |-> e] over a domain D that cannot be enumerated
// (Nat, Int, Seq(S), SUBSET Nat, [Nat -> S], ...), kept lazy as TLC keeps
// its FcnLambdaValue: applying it checks the argument is in D and
// evaluates e there, DOMAIN is D, EXCEPT is remembered and applied at the
// keys it names. What needs all its pairs (comparing it, fingerprinting a
// state holding it, membership in a set of functions) is TLC's error
// making it a function of pairs, Err.
//
// Body evaluates e at one argument (a tuple of the binders' values for a
// function of several arguments); it is called under a lock, since the
// evaluation context it closes over is its own and one at a time.
type LazyFcnV struct {
	Dom  SetValue
	Body func(Value) (Value, error)
	// Text is how TLC prints it: [y \in Nat |-> <expression ...>].
	Text string
	// Err is TLC's error enumerating the domain (toFcnRcd).
	Err string
	// Src is the expression that built it.
	Src  any
	over []lazyOver // EXCEPT'd keys, in order: the last one wins
	mu   *sync.Mutex
}

// lazyOver is one key EXCEPT'd in a LazyFcnV.
type lazyOver struct{ key, val Value }

// NewLazyFcn is a LazyFcnV; it marks values as possibly unhashable, so
// that a state holding it is checked (State.CheckFingerprint).
func NewLazyFcn(dom SetValue, body func(Value) (Value, error), text, err string, src any) *LazyFcnV {
	unhashable.Store(true)
	return &LazyFcnV{Dom: dom, Body: body, Text: text, Err: err, Src: src, mu: new(sync.Mutex)}
}

func (*LazyFcnV) Kind() Kind                 { return KindFcn }
func (f *LazyFcnV) Hash() uint64             { return hashString(tagSet, f.Text) }
func (f *LazyFcnV) String() string           { return f.Text }
func (f *LazyFcnV) write(b *strings.Builder) { b.WriteString(f.Text) }

// Domain is DOMAIN f, the set as written.
func (f *LazyFcnV) Domain() SetValue { return f.Dom }

// Apply is f[x]: in is false when x is not in the domain (EXCEPT'd keys
// are in it).
func (f *LazyFcnV) Apply(x Value) (v Value, in bool, err error) {
	for i := len(f.over) - 1; i >= 0; i-- {
		if Equal(f.over[i].key, x) {
			return f.over[i].val, true, nil
		}
	}
	if in, err = f.Dom.Member(x); err != nil || !in {
		return nil, in, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	v, err = f.Body(x)
	return v, err == nil, err
}

// With is f with x mapped to v (EXCEPT ![x] = v, x in the domain).
func (f *LazyFcnV) With(x, v Value) *LazyFcnV {
	g := *f
	g.over = append(append([]lazyOver(nil), f.over...), lazyOver{x, v})
	return &g
}

// lazyFcnError is the error of comparing a or b when one is a LazyFcnV:
// TLC makes it a function of pairs first (a's, then b's).
func lazyFcnError(a, b Value) error {
	if f, ok := a.(*LazyFcnV); ok {
		return &lazyFcnErr{f}
	}
	if f, ok := b.(*LazyFcnV); ok {
		return &lazyFcnErr{f}
	}
	return nil
}

// lazyFcnErr is a LazyFcnV's Err, raised in its method.
type lazyFcnErr struct{ f *LazyFcnV }

func (e *lazyFcnErr) Error() string { return e.f.Err }

// compareLazyFcn orders a lazy function after every function of pairs,
// and two lazy ones by their text: Compare must be total, though TLC
// cannot compare them (EqualChecked, compareChecked).
func compareLazyFcn(a, b Value, aPairs, bPairs bool) int {
	switch {
	case aPairs:
		return -1
	case bPairs:
		return 1
	}
	return strings.Compare(a.String(), b.String())
}
