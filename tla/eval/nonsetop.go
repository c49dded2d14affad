package eval

import (
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TLC evaluates S \cup T, S \cap T and S \ T without requiring both
// operands to be sets (Tool's OPCODE_cup, OPCODE_cap, OPCODE_setdiff): an
// enumerated set or an interval (TLC's Reducible values) computes the
// result with its own method, asking the other operand's member() of each
// of its elements; otherwise TLC keeps the operation lazy (SetCupValue,
// SetCapValue, SetDiffValue) and fails only where the value is enumerated,
// printed or asked about a member (TLC rev cc6b616: 1 \in ({1} \cup 2) is
// TRUE; {} \cup 2 is 2; {1} \cap 2 fails in {1}'s cap, naming its node;
// 1 \ {2} and {2} \cup 1 are lazy). nonSetOp is that, for a or b not a set.
func nonSetOp(op token.Kind, a, b value.Value) (value.Value, error) {
	sa, aSet := a.(value.SetValue)
	sb, bSet := b.(value.SetValue)
	ra, rb := aSet && reducible(sa), bSet && reducible(sb)
	switch op {
	case token.CUP:
		switch {
		case ra && isEmptySet(sa):
			return b, nil
		case ra:
			return &value.CupV{A: sa, B: value.SetOperand(b)}, nil
		case rb && isEmptySet(sb):
			return a, nil
		case rb:
			return &value.CupV{A: sb, B: value.SetOperand(a)}, nil
		}
		return &value.CupV{A: value.SetOperand(a), B: value.SetOperand(b)}, nil
	case token.CAP:
		switch {
		case ra:
			return reduceBy(sa, value.SetOperand(b), true)
		case rb:
			return reduceBy(sb, value.SetOperand(a), true)
		}
		return &value.CapV{A: value.SetOperand(a), B: value.SetOperand(b)}, nil
	}
	if ra {
		return reduceBy(sa, value.SetOperand(b), false)
	}
	return &value.DiffV{A: value.SetOperand(a), B: value.SetOperand(b)}, nil
}

// reducible reports whether s is one of TLC's Reducible sets, which
// compute \cup, \cap and \ with their own methods: an enumerated set or
// an interval.
func reducible(s value.SetValue) bool {
	switch s.(type) {
	case *value.SetV, *value.IntervalV, *value.MixedSetV:
		return true
	}
	return false
}

// reduceBy is s \cap o (keep) or s \ o, s reducible, o's member() asked
// of each element of s in turn: its error is raised inside s's method,
// which names s's node.
func reduceBy(s, o value.SetValue, keep bool) (value.Value, error) {
	if isMixed(s) {
		op := token.CAP
		if !keep {
			op = token.SETMINUS
		}
		return mixedSetOp(op, s, o)
	}
	e, err := s.Enum()
	if err != nil {
		return nil, err
	}
	v, err := filterSet(e, o, keep)
	if err != nil {
		return nil, &value.MethodError{V: s, Err: err}
	}
	return v, nil
}

// lazySetOp reports whether v is a lazy S \cup T, S \cap T or S \ T that
// cannot be enumerated (an operand infinite or not a set): TLC builds it
// in its replay, where a failing method names its node, so it is not
// folded into a constant that no replay builds (1 \in (1 \cup {2}):
// "TLC was unable to fingerprint." naming the \cup).
func lazySetOp(v value.Value) bool {
	switch x := v.(type) {
	case *value.CupV:
		if x.Union != nil {
			return unionHasNonSet(x.Union)
		}
	case *value.CapV, *value.DiffV:
	default:
		return false
	}
	_, err := v.(value.SetValue).Size()
	return err != nil
}

// unionHasNonSet reports whether a member of a lazy UNION is not a set.
func unionHasNonSet(members []value.Value) bool {
	for _, m := range members {
		if _, ok := m.(value.SetValue); !ok {
			return true
		}
	}
	return false
}
