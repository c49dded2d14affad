package value

import "strings"

// AnyV is TLC's Any (module TLC): the set of which every value is an
// element. It cannot be enumerated or counted.
type AnyV struct{}

// AnySet is Any.
var AnySet SetValue = AnyV{}

func (AnyV) Kind() Kind                 { return KindSet }
func (s AnyV) Hash() uint64             { return lazyHash(s) }
func (AnyV) String() string             { return "ANY" } // as TLC prints it
func (s AnyV) write(b *strings.Builder) { b.WriteString(s.String()) }

// Member is TRUE for every value.
func (AnyV) Member(Value) (bool, error) { return true, nil }
func (s AnyV) Enum() (*SetV, error)     { return nil, infinite(s) }
func (s AnyV) Size() (int64, error)     { return 0, infinite(s) }
