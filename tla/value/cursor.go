package value

// Lazy enumeration. A quantifier or CHOOSE over SUBSET S visits the
// elements one at a time in the set's canonical order (the order of Enum,
// TLC's order: QuantOrder goldens) and may stop at the first that decides
// it, as TLC's enumerators do: TLC answers \E s \in SUBSET (1..22) : TRUE
// at once, where building the set would be refused past MaxEnum. Only S is
// enumerated whole. TLC builds [D -> R] whole even there (CHOOSE f \in
// [1..21 -> {1, 2}] : ... is its "Attempted to construct a set with too
// many elements"), so function, record and tuple sets are enumerated by
// Enum, as before.

// Elements is a set prepared for lazy enumeration: Cursor starts a new
// pass over its elements, as often as needed (an odometer's inner binder
// is enumerated anew on each step of the outer ones).
type Elements struct {
	set   SetValue
	kind  int
	elems []Value // kindList: the elements; kindSubset: the base's
	iv    *IntervalV
}

const (
	kindList = iota
	kindInterval
	kindSubset
)

// Prepare readies s for lazy enumeration: the sets s is built from are
// enumerated (an infinite or too large one is Enum's error), s itself is
// not. A set without a lazy enumeration is enumerated by Enum.
func Prepare(s SetValue) (*Elements, error) {
	switch s.(type) {
	case *SubsetV:
		// Enum's error but for the size: an infinite part is refused
		// with the message Enum gives.
		if _, err := s.Size(); err != nil {
			if _, big := err.(tooLargeError); !big {
				return nil, err
			}
		}
	}
	switch s := s.(type) {
	case *SetV:
		return &Elements{set: s, kind: kindList, elems: s.elems}, nil
	case *IntervalV:
		if _, err := s.EnumLen(); err != nil {
			return nil, err
		}
		return &Elements{set: s, kind: kindInterval, iv: s}, nil
	case *SubsetV:
		base, err := s.Base.Enum()
		if err != nil {
			return nil, err
		}
		return &Elements{set: s, kind: kindSubset, elems: base.elems}, nil
	}
	all, err := s.Enum()
	if err != nil {
		return nil, err
	}
	return &Elements{set: s, kind: kindList, elems: all.elems}, nil
}

// Cursor starts a pass over the elements, in the order of Enum.
func (e *Elements) Cursor() *Cursor {
	return &Cursor{e: e}
}

// Cursor is one pass over an Elements.
type Cursor struct {
	e     *Elements
	i     int64 // kindList, kindInterval: the next element's index
	k     int   // kindSubset: the size of the subsets being visited
	idx   []int // kindSubset: the chosen base indices
	begun bool
	done  bool
}

// Next is the next element, ok false at the end.
func (c *Cursor) Next() (v Value, ok bool) {
	if c.done {
		return nil, false
	}
	e := c.e
	switch e.kind {
	case kindList:
		if c.i >= int64(len(e.elems)) {
			c.done = true
			return nil, false
		}
		v = e.elems[c.i]
		c.i++
		return v, true
	case kindInterval:
		if e.iv.Lo+c.i > e.iv.Hi || e.iv.Lo+c.i < e.iv.Lo {
			c.done = true
			return nil, false
		}
		v = Int(e.iv.Lo + c.i)
		c.i++
		return v, true
	}
	return c.nextSubset()
}

// nextSubset visits the subsets by size, those of one size in the
// lexicographic order of their sorted elements: the canonical order of
// sets (smaller first, then element by element).
func (c *Cursor) nextSubset() (Value, bool) {
	n := len(c.e.elems)
	if !c.begun {
		c.begun = true
	} else if !c.advanceSubset(n) {
		c.done = true
		return nil, false
	}
	out := make([]Value, c.k)
	for i, j := range c.idx {
		out[i] = c.e.elems[j]
	}
	return SetFromSorted(out), true
}

// advanceSubset steps idx to the next combination of c.k of n indices,
// or to the first of c.k+1 after the last; false after the last of n.
func (c *Cursor) advanceSubset(n int) bool {
	k := c.k
	i := k - 1
	for i >= 0 && c.idx[i] == n-k+i {
		i--
	}
	if i >= 0 {
		c.idx[i]++
		for j := i + 1; j < k; j++ {
			c.idx[j] = c.idx[j-1] + 1
		}
		return true
	}
	if k == n {
		return false
	}
	c.k++
	c.idx = c.idx[:0]
	for j := range c.k {
		c.idx = append(c.idx, j)
	}
	return true
}
