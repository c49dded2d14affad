package value

import (
	"fmt"
	"strings"
)

// NonSetV is an operand of a lazy set constructor (Seq(3), [a : 3],
// [1..2 -> 3], 3 \X {1}) that is not a set. TLC builds those values
// without looking at their operands (SetOfRcdsValue, SetOfFcnsValue,
// ...) and fails only when a member is checked against the operand, with
// the operand's own class's words ("Attempted to check if the value:\n1\nis
// an element of the integer 3"), or not at all when no element reaches it
// (<<1>> \in [1..2 -> 3] is FALSE by its domain: TLC rev cc6b616). V is
// the operand.
type NonSetV struct{ V Value }

func (*NonSetV) Kind() Kind                 { return KindSet }
func (s *NonSetV) Hash() uint64             { return lazyHash(s) }
func (s *NonSetV) String() string           { return s.V.String() }
func (s *NonSetV) write(b *strings.Builder) { b.WriteString(s.V.String()) }

// Member is TLC's member method of the operand's class (IntValue,
// StringValue, TupleValue, RecordValue, FcnRcdValue).
func (s *NonSetV) Member(x Value) (bool, error) { return false, MemberOfNonSet(x, s.V) }

// Enum and Size fail as a set was expected.
func (s *NonSetV) Enum() (*SetV, error) { return nil, s.notSet() }
func (s *NonSetV) Size() (int64, error) { return 0, s.notSet() }

func (s *NonSetV) notSet() error {
	return fmt.Errorf("A set was expected, but the value is %s", s.V)
}

// MemberOfNonSet is TLC's error for x \in v where v is not a set, in the
// words of v's class (TLC rev cc6b616: InInt, InStr, MTup, MRec, MFcn).
func MemberOfNonSet(x, v Value) error {
	switch v := v.(type) {
	case IntV:
		return fmt.Errorf("Attempted to check if the value:\n%s\nis an element of the integer %s", x, v)
	case *StrV:
		return fmt.Errorf("Attempted to check if the value:\n%s\nis an element of the string %s", x, v)
	case *FcnV:
		switch {
		case v.IsTuple():
			return fmt.Errorf("Attempted to check set membership in a tuple value.")
		case v.IsRecord():
			return fmt.Errorf("Attempted to check if element:\n%s\nis in the record:\n%s", x, v)
		}
		return fmt.Errorf("Attempted to check if the value:\n%s\nis an element of the function %s", x, v)
	}
	return fmt.Errorf("A set was expected, but the value is %s", v)
}

// SetOperand is v as the operand of a lazy set constructor: v itself when
// it is a set, else v wrapped (NonSetV).
func SetOperand(v Value) SetValue {
	if s, ok := v.(SetValue); ok {
		return s
	}
	return &NonSetV{V: v}
}
