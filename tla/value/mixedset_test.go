package value

import (
	"errors"
	"testing"
)

// TestMixedSetAsWritten: a set TLC cannot sort is kept as written; \in
// searches it as TLC's ValueVec.search does on a set not normalised (each
// element's equals, in order), and every operation that sorts it fails
// with the sort's error, raised in the set's method (TLC rev cc6b616:
// MVMix, IntInMix, Int2InMix, VarMix).
func TestMixedSetAsWritten(t *testing.T) {
	var st *Strings
	m := st.Model("m")
	s, ok := NewSetTLC([]Value{Int(1), st.Str("a")}, "node").(*MixedSetV)
	if !ok {
		t.Fatal("{1, \"a\"} was sorted")
	}
	for _, c := range []struct {
		x    Value
		in   bool
		want string // the error, "" for none
	}{
		{m, false, ""},
		{Int(1), true, ""},
		{Int(2), false, "Attempted to check equality of string \"a\" with non-string:\n2"},
		{st.Str("a"), false, "Attempted to check equality of integer 1 with non-integer:\n\"a\""},
	} {
		in, err := s.Member(c.x)
		var me *MethodError
		switch {
		case c.want == "" && (err != nil || in != c.in):
			t.Errorf("%s \\in %s: %v, %v; want %v", c.x, s, in, err, c.in)
		case c.want != "" && (err == nil || err.Error() != c.want || !errors.As(err, &me) || me.V != Value(s)):
			t.Errorf("%s \\in %s: error %v, want %q raised by the set", c.x, s, err, c.want)
		}
	}
	const sortErr = "Attempted to compare string \"a\" with non-string:\n1"
	if _, err := s.Enum(); err == nil || err.Error() != sortErr {
		t.Errorf("Enum: %v, want %q", err, sortErr)
	}
	if _, err := s.Size(); err == nil || err.Error() != sortErr {
		t.Errorf("Size: %v, want %q", err, sortErr)
	}
	if _, err := EqualChecked(s, s); err == nil {
		t.Error("{1, \"a\"} = {1, \"a\"} compared without error")
	}
	_ = State{s}.Fingerprint()
	var fe *FingerprintError
	if err := (State{s}).CheckFingerprint(); !errors.As(err, &fe) || fe.Msg != sortErr || fe.Src != "node" || !fe.InitCrash || !fe.Unsortable {
		t.Errorf("CheckFingerprint: %#v", err)
	}
	if _, ok := NewSetTLC([]Value{Int(2), Int(1)}, nil).(*SetV); !ok {
		t.Error("{2, 1} was not sorted")
	}
}
