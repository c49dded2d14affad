package store

import (
	"errors"
	"math"
	"testing"

	"github.com/wspcycle/wspcycle/tla/value"
	"pgregory.net/rapid"
)

// genValue draws values of every kind the encoding covers, nested, with
// records and other non-tuple domains, large integers and empty strings.
func genValue(depth int) *rapid.Generator[value.Value] {
	return rapid.Custom(func(t *rapid.T) value.Value {
		max := 7
		if depth <= 0 {
			max = 4
		}
		switch rapid.IntRange(0, max).Draw(t, "kind") {
		case 0:
			return value.Bool(rapid.Bool().Draw(t, "b"))
		case 1:
			return value.Int(rapid.OneOf(rapid.Int64Range(-300, 20000), rapid.SampledFrom([]int64{math.MinInt64, math.MaxInt64})).Draw(t, "i"))
		case 2:
			return value.Alphabetical.Str(rapid.SampledFrom([]string{"", "a", "idle", "é\x00x"}).Draw(t, "s"))
		case 3:
			return value.Alphabetical.Model(rapid.SampledFrom([]string{"m1", "m2", "NoSock"}).Draw(t, "m"))
		case 4:
			lo := rapid.Int64Range(-5, 5).Draw(t, "lo")
			return &value.IntervalV{Lo: lo, Hi: lo + rapid.Int64Range(-1, 5).Draw(t, "len")}
		case 5:
			n := rapid.IntRange(0, 4).Draw(t, "n")
			elems := make([]value.Value, n)
			for i := range elems {
				elems[i] = genValue(depth-1).Draw(t, "e")
			}
			return value.Tuple(elems...)
		case 6:
			n := rapid.IntRange(0, 4).Draw(t, "n")
			keys := make([]value.Value, n)
			vals := make([]value.Value, n)
			for i := range keys {
				if rapid.Bool().Draw(t, "strkey") {
					keys[i] = value.Alphabetical.Str(rapid.SampledFrom([]string{"st", "seq", "fd", "x"}).Draw(t, "k"))
				} else {
					keys[i] = value.Int(rapid.Int64Range(0, 4).Draw(t, "k"))
				}
				vals[i] = genValue(depth-1).Draw(t, "v")
			}
			if _, err := value.NewSetChecked(keys); err != nil {
				return value.EmptyTuple // keys of mixed kinds: not a TLA+ domain
			}
			return value.FcnFromPairs(keys, vals)
		default:
			n := rapid.IntRange(0, 4).Draw(t, "n")
			elems := make([]value.Value, n)
			for i := range elems {
				elems[i] = genValue(depth-1).Draw(t, "e")
			}
			return value.Set(elems...)
		}
	})
}

func genState() *rapid.Generator[value.State] {
	return rapid.Custom(func(t *rapid.T) value.State {
		n := rapid.IntRange(0, 5).Draw(t, "vars")
		s := make(value.State, n)
		for i := range s {
			if rapid.IntRange(0, 9).Draw(t, "undef") > 0 {
				s[i] = genValue(2).Draw(t, "v")
			}
		}
		return s
	})
}

// TestStateRoundTrip: decoding an encoding gives an equal state, with the
// same fingerprint and the same printed form, and consumes exactly the
// bytes written, also when several states are written back to back.
func TestStateRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a, b := genState().Draw(t, "a"), genState().Draw(t, "b")
		buf, err := AppendState(nil, a)
		if err != nil {
			t.Fatal(err)
		}
		na := len(buf)
		if buf, err = AppendState(buf, b); err != nil {
			t.Fatal(err)
		}
		for k, want := range []value.State{a, b} {
			got, n, err := DecodeState(buf, value.Alphabetical)
			if err != nil {
				t.Fatalf("decode %v: %v", want, err)
			}
			if k == 0 && n != na {
				t.Fatalf("decode read %d bytes, %d written", n, na)
			}
			if !got.Equal(want) || got.Fingerprint() != want.Fingerprint() {
				t.Fatalf("round trip of %v gave %v", want, got)
			}
			for i := range want {
				if (want[i] == nil) != (got[i] == nil) || want[i] != nil && want[i].String() != got[i].String() {
					t.Fatalf("variable %d: %v became %v", i, want[i], got[i])
				}
			}
			buf = buf[n:]
		}
		if len(buf) != 0 {
			t.Fatalf("%d bytes left over", len(buf))
		}
	})
}

// TestDecodeTruncated: every strict prefix of an encoding is an error,
// never a panic or a wrong state.
func TestDecodeTruncated(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := genState().Draw(t, "s")
		buf, _ := AppendState(nil, s)
		cut := rapid.IntRange(0, len(buf)-1).Draw(t, "cut")
		if _, _, err := DecodeState(buf[:cut], value.Alphabetical); err == nil {
			t.Fatalf("a prefix of %d of %d bytes decoded", cut, len(buf))
		}
	})
}

func TestEncodeUnsupported(t *testing.T) {
	_, err := AppendState(nil, value.State{value.Nat})
	if !errors.Is(err, ErrUnsupported) {
		t.Fatalf("Nat in a state: err = %v, want ErrUnsupported", err)
	}
}
