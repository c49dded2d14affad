package eval

import (
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/tla/value"
)

// TestTLCRunOperators: TLC's run-dependent operators in constant
// expressions (as in an ASSUME), with TLC's answers (TLC ran on each as
// Init == x = 0 /\ PrintT(e)).
func TestTLCRunOperators(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{`TLCGet("level")`, "0"}, // level 0 in ASSUMEs and Init
		{`TLCSet(1, 5) /\ TLCGet(1) = 5`, "TRUE"},
		{`IF TLCSet(2, <<1>>) /\ TLCSet(2, Append(TLCGet(2), 2)) THEN TLCGet(2) ELSE 0`, "<<1, 2>>"},
		{`TLCSet("exit", FALSE)`, "TRUE"},
		{`RandomElement(1..3) \in 1..3`, "TRUE"},
		{`RandomElement({"a"})`, `"a"`},
		{`JavaTime > 0`, "TRUE"},
		{`1 \in Any /\ "a" \in Any /\ {} \in Any`, "TRUE"},
		{`Any`, "ANY"},
		// An unset Java property: TLC answers the key itself.
		{`TLCGet("-Dfoo.bar")`, `"-Dfoo.bar"`},
		{`TLCGet("-Dtlc2.tool.impl.Tool.cdot")`, `"true"`},
		{`TLCGet("config").mode`, `"bfs"`},
		{`TLCGet("config").worker`, "1"},
		{`DOMAIN TLCGet("stats")`, `{"diameter", "distinct", "duration", "generated", "initial", "queue", "worker"}`},
	} {
		v, err := evalExpr(t, tc.src, nil)
		if err != nil {
			t.Errorf("%s: %v", tc.src, err)
			continue
		}
		if v.String() != tc.want {
			t.Errorf("%s = %s, want %s", tc.src, v, tc.want)
		}
	}
}

// TestTLCRunErrors quotes TLC's messages (after its "Attempted to apply
// the operator overridden by the Java method ..." preamble).
func TestTLCRunErrors(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		// TLC: "TLCGet(7) was undefined."
		{`TLCGet(7)`, "TLCGet(7) was undefined."},
		// TLC: "TLCGet(foo) was undefined."
		{`TLCGet("foo")`, "TLCGet(foo) was undefined."},
		// TLC: "The argument of TLCGet should be a nonnegative integer, but instead it is:\n-1"
		{`TLCGet(-1)`, "The argument of TLCGet should be a nonnegative integer, but instead it is:\n-1"},
		// TLC: "The first argument of TLCSet should be a nonnegative integer, but instead it is:\n-1"
		{`TLCSet(-1, 2)`, "The first argument of TLCSet should be a nonnegative integer, but instead it is:\n-1"},
		{`TLCSet("foo", 2)`, "The first argument of TLCSet should be a nonnegative integer, but instead it is:\n\"foo\""},
		// TLC fails with a Java exception ("Index 0 out of bounds for length 0").
		{`RandomElement({})`, "Index 0 out of bounds for length 0"},
		{`RandomElement(Nat)`, "Applying RandomElement to the following value,\nwhich is not a finite set:\nNat"},
		{`Cardinality(Any)`, "Attempted to compute cardinality of the value\nANY"}, // as TLC words Cardinality(Nat) (WCardInf)
		// What wspcycle cannot do is unsupported, not ignored.
		{`TLCSet("exit", TRUE)`, "unsupported"},
		{`TLCGet("spec")`, "unsupported"},
	} {
		_, err := evalExpr(t, tc.src, nil)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want %q", tc.src, err, tc.want)
		}
	}
}

// TestTLCGetLevelNeedsSearch: without a breadth-first checker reporting
// the level (a simulation, say), TLCGet("level") in an action is an
// unsupported error, not a wrong 0; once the checker set it, it is the
// expanded state's level.
func TestTLCGetLevelNeedsSearch(t *testing.T) {
	sp, err := LoadFiles("testdata/lang/TLCLevel.tla", "testdata/lang/TLCLevel.cfg")
	if err != nil {
		t.Fatal(err)
	}
	var init value.State
	if err := sp.Init(func(s value.State) error { init = s; return nil }); err != nil {
		t.Fatal(err)
	}
	err = sp.Next(init, func(Step) error { return nil })
	if err == nil || !strings.Contains(err.Error(), `unsupported: TLCGet("level") outside the breadth-first model checker`) {
		t.Fatalf("Next without a search: %v", err)
	}
	sp.Run.SetLevel(1)
	var got []string
	if err := sp.Next(init, func(st Step) error { got = append(got, st.State[1].String()); return nil }); err != nil {
		t.Fatal(err)
	}
	if strings.Join(got, ",") != "1" {
		t.Errorf("y' = TLCGet(\"level\") from an initial state: %v, want 1", got)
	}
}
