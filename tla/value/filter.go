package value

import (
	"fmt"
	"strings"
	"sync"
)

// FilterV is {x \in Base : P} over a Base that cannot be enumerated (Nat,
// Int, Seq(S), ...), kept lazy as TLC keeps it: x \in FilterV is
// x \in Base /\ P(x), and enumerating it is enumerating Base (an error).
// Pred evaluates P for one element; it is called under a lock, since the
// evaluation context it closes over is its own and one at a time.
type FilterV struct {
	Base SetValue
	Pred func(Value) (bool, error)
	Text string // how it prints: {x \in Nat : ...}
	mu   sync.Mutex
}

func (*FilterV) Kind() Kind                 { return KindSet }
func (s *FilterV) Hash() uint64             { return lazyHash(s) }
func (s *FilterV) String() string           { return s.Text }
func (s *FilterV) write(b *strings.Builder) { b.WriteString(s.Text) }

// Member is x \in Base /\ P(x).
func (s *FilterV) Member(x Value) (bool, error) {
	in, err := s.Base.Member(x)
	if err != nil || !in {
		return false, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.Pred(x)
}

// Enum filters Base's enumeration (an error when Base is infinite).
func (s *FilterV) Enum() (*SetV, error) {
	e, err := s.Base.Enum()
	if err != nil {
		if _, ok := err.(*MemoryError); ok {
			return nil, err
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
