package value

import "strings"

// BadSetV is a set constructor TLC keeps unevaluated although an operand is
// not a set (SUBSET 3, [1..2 -> 3], {y \in 3 : TRUE}, Seq(3), {1} \cup 3)
// when it is assigned to a variable: TLC builds its lazy value without
// looking at the operands and fails only when it fingerprints the state
// (TLC rev cc6b616: ZSubInit, ZFcnSetInit, ZPredInit). Text is how TLC
// prints it, Fp the error fingerprinting it, Err the error any other use
// of it raises (the one the constructor raises where TLC evaluates it at
// once).
type BadSetV struct {
	Text string
	Fp   *FingerprintError
	Err  error
}

func (*BadSetV) Kind() Kind                 { return KindSet }
func (s *BadSetV) Hash() uint64             { return lazyHash(s) }
func (s *BadSetV) String() string           { return s.Text }
func (s *BadSetV) write(b *strings.Builder) { b.WriteString(s.Text) }

// Member, Enum and Size fail as the constructor does.
func (s *BadSetV) Member(Value) (bool, error) { return false, s.Err }
func (s *BadSetV) Enum() (*SetV, error)       { return nil, s.Err }
func (s *BadSetV) Size() (int64, error)       { return 0, s.Err }
