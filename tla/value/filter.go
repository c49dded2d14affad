package value

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// FilterV is {x \in Base : P} over a Base that cannot be enumerated (Nat,
// Int, Seq(S), ...), kept lazy as TLC keeps it: x \in FilterV is
// x \in Base /\ P(x), and enumerating it is enumerating Base (an error).
// Pred evaluates P for one element; it is called under a lock, since the
// evaluation context it closes over is its own and one at a time.
//
// Over a function set, a record set or SUBSET S, which TLC's SetPredValue
// also keeps lazy whatever their size, Walk visits Base's elements one at
// a time: membership never enumerates Base (a filter of billions of
// functions answers x \in F at once), and enumerating the filter walks
// Base without building it, keeping only the elements P holds of, as
// TLC's SetPredValue.toSetEnum streams its base's enumerator. The result
// is kept (TLC's converted SetPredValue).
type FilterV struct {
	Base SetValue
	Pred func(Value) (bool, error)
	// Walk, when not nil, calls f with Base's elements in turn until f
	// returns false or an error.
	Walk func(f func(Value) (bool, error)) error
	Text string // how it prints: {x \in Nat : ...}
	// PredAt names the predicate's node ("line 4, col 35 to line 4,
	// col 39 of module M"), for Member's error; "" when not known.
	PredAt string
	mu     sync.Mutex
	done   *SetV // Walk's result, once made
	perr   error // the last error Pred returned while walking
}

func (*FilterV) Kind() Kind     { return KindSet }
func (s *FilterV) Hash() uint64 { return lazyHash(s) }

// String is the filter's elements when it walks its base (TLC's toString
// enumerates a SetPredValue), its text otherwise or when that fails.
func (s *FilterV) String() string {
	if e := s.Expanded(); e != nil {
		return e.String()
	}
	return s.Text
}

func (s *FilterV) write(b *strings.Builder) {
	if e := s.Expanded(); e != nil {
		e.write(b)
		return
	}
	b.WriteString(s.Text)
}

// Member is x \in Base /\ P(x).
func (s *FilterV) Member(x Value) (bool, error) {
	in, err := s.Base.Member(x)
	if err != nil && s.PredAt != "" && !TooLarge(err) {
		// SetPredValue.member catches its base's failure and fails in
		// its own words (TLC rev cc6b616: "a" \in {y \in Nat : y > 1}).
		return false, fmt.Errorf("Cannot decide if element:\n%s\n is element of:\n%s\nand satisfies the predicate %s", x, s.Base, s.PredAt)
	}
	if err != nil || !in {
		return false, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.Pred(x)
}

// Enum filters Base's enumeration (an error when Base is infinite).
func (s *FilterV) Enum() (*SetV, error) {
	if s.Walk != nil {
		return s.walk()
	}
	e, err := s.Base.Enum()
	if err != nil {
		if _, ok := err.(*MemoryError); ok {
			return nil, err
		}
		if vs, ok, werr := WalkUnsorted(s.Base); ok {
			// A lazy union whose elements TLC cannot sort: its
			// SetPredValue walks it, and sorting what it kept is the
			// error, if any (CHOOSE y \in {z \in U : TRUE} : TRUE).
			if werr != nil {
				return nil, werr
			}
			out, err := s.keep(vs)
			if err != nil {
				return nil, err
			}
			return NewSetChecked(out)
		}
		if _, nested := s.Base.(*FilterV); nested {
			// The inner SetPredValue fails first, naming its own base
			// (TLC rev cc6b616: Graphs' SimplePath over Path, a filter
			// of Seq(S), names Seq(S); golden FilterNested).
			return nil, err
		}
		// TLC's SetPredValue: the filter's base cannot be enumerated.
		return nil, fmt.Errorf("Attempted to enumerate { x \\in S : p(x) } when S:\n%s\nis not enumerable", s.Base)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Value
	for _, x := range e.elems {
		ok, err := s.Pred(x)
		if err != nil {
			return nil, err
		}
		if ok {
			out = append(out, x)
		}
	}
	return SetFromSorted(out), nil
}

func (s *FilterV) Size() (int64, error) {
	e, err := s.Enum()
	if err != nil {
		return 0, err
	}
	return int64(e.Len()), nil
}

// walk is Enum of a filter with a Walk: Base's elements visited one at a
// time, those P holds of kept, sorted once at the end.
func (s *FilterV) walk() (*SetV, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.done != nil {
		return s.done, nil
	}
	var out []Value
	err := s.Walk(func(x Value) (bool, error) {
		ok, err := s.Pred(x)
		if err != nil {
			s.perr = err
			return false, err
		}
		if ok {
			out = append(out, x)
			// TLC's SetPredValue gathers the kept elements in a ValueVec,
			// which -maxSetSize bounds as it bounds any set TLC builds.
			if err := CheckBuilt(len(out)); err != nil {
				return false, err
			}
		}
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	sort.Slice(out, func(i, j int) bool { return Compare(out[i], out[j]) < 0 })
	s.done = SetFromSorted(out)
	return s.done, nil
}

// PredFailed reports whether err is the error the predicate raised while
// the filter was enumerated (as opposed to its base's own error): TLC
// raises it inside the method that enumerates the filter, and a Java
// method such as Cardinality's wraps it.
func (s *FilterV) PredFailed(err error) bool {
	if err == nil || s.Walk == nil {
		return false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.perr != nil && s.perr == err
}

// Expanded is the filter's elements when it walks its base and they can
// be enumerated, as TLC prints a SetPredValue (its toString enumerates
// it); nil otherwise.
func (s *FilterV) Expanded() *SetV {
	if s.Walk == nil {
		return nil
	}
	e, err := s.walk()
	if err != nil {
		return nil
	}
	return e
}
