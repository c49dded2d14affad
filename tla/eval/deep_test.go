package eval

import (
	"runtime/debug"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/wspcycle/wspcycle/tla/value"
)

// Issue 13, item 1: Init == x = 0 /\ TRUE /\ ... with 150,000 conjuncts
// overflowed the default 1 GB stack in (*compiler).action. Here the chain
// is 10 times longer (1,500,000 conjuncts, 12 MB, within the 16 MiB source
// limit) and the stack is cut to 16 MB: without the loop over the chain's
// left spine the test dies with "goroutine stack exceeds 16777216-byte
// limit". The last conjunct fixes y, so the initial state proves that the
// whole chain was compiled, in order.
func TestLongConjunctionInInit(t *testing.T) {
	const conjuncts = 1_500_000
	src := "---- MODULE Long ----\nVARIABLES x, y\nInit == x = 0" +
		strings.Repeat(` /\ TRUE`, conjuncts-2) + " /\\ y = x\nNext == UNCHANGED <<x, y>>\n====\n"
	fsys := fstest.MapFS{"Long.tla": {Data: []byte(src)}, "Long.cfg": {Data: []byte("INIT Init\nNEXT Next\n")}}
	defer debug.SetMaxStack(debug.SetMaxStack(16 << 20))
	sp, err := Load(fsys, "Long.tla", "Long.cfg")
	if err != nil {
		t.Fatal(err)
	}
	var states []value.State
	if err := sp.Init(func(s value.State) error { states = append(states, append(value.State(nil), s...)); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(states) != 1 || !value.Equal(states[0][0], value.Int(0)) || !value.Equal(states[0][1], value.Int(0)) {
		t.Fatalf("initial states %v, want one: x = 0, y = 0", states)
	}
}

// Issue 13, item 1: Init == x = 0+0+... with 1,000,000 terms passed sema
// (its walk loops) but overflowed the default 1 GB stack in the compiler,
// which recursed down the chain's left spine; a chain that does not fold
// (x+x+...) recursed again when evaluated, through the nested closures.
// chain (chain.go) compiles and evaluates a long spine in a loop. Each
// case runs with the stack cut to 16 MB, 1/64 of the default, so a
// recursion that broke at 1,000,000 terms breaks here at about 16,000: a
// case of 200,000 or more terms proves the walk is not a recursion, with a
// margin of more than 10. The sum is 1,000,000 terms as in the issue; the
// first variable is read at run time (it is being assigned in Init), so
// the chains are evaluated, not folded at compile time, and the expected
// value proves every link was applied once, in order.
func TestLongSumInInit(t *testing.T) {
	cases := []struct {
		name, init string
		want       value.Value
	}{
		{"constant sum", "x = 1 /\\ y = 0" + strings.Repeat("+1", 999_999), value.Int(999_999)},
		{"sum", "x = 1 /\\ y = x" + strings.Repeat("+x", 999_999), value.Int(1_000_000)},
		{"difference", "x = 1 /\\ y = 200000" + strings.Repeat("-x", 200_000), value.Int(0)},
		{"mixed", "x = 2 /\\ y = 0" + strings.Repeat("+x*x-x", 100_000), value.Int(200_000)},
		{"union", "x = 1 /\\ y = Cardinality({x}" + strings.Repeat(" \\cup {x}", 200_000) + ")", value.Int(1)},
		// \o with <<>>: a longer sequence each time would make it quadratic.
		{"concatenation", "x = 1 /\\ y = Len(<<x>>" + strings.Repeat(" \\o <<>>", 200_000) + " \\o <<x>>)", value.Int(2)},
		{"conjunction value", "x = 1 /\\ y = IF (x = 1" + strings.Repeat(" /\\ x = 1", 200_000) + ") THEN 1 ELSE 0", value.Int(1)},
		{"disjunction value", "x = 1 /\\ y = IF (x = 0" + strings.Repeat(" \\/ x = 0", 200_000) + ") THEN 1 ELSE 0", value.Int(0)},
	}
	defer debug.SetMaxStack(debug.SetMaxStack(16 << 20))
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			src := "---- MODULE Sum ----\nEXTENDS Naturals, Sequences, FiniteSets\nVARIABLES x, y\nInit == " + tc.init +
				"\nNext == UNCHANGED <<x, y>>\n====\n"
			fsys := fstest.MapFS{"Sum.tla": {Data: []byte(src)}, "Sum.cfg": {Data: []byte("INIT Init\nNEXT Next\n")}}
			sp, err := Load(fsys, "Sum.tla", "Sum.cfg")
			if err != nil {
				t.Fatal(err)
			}
			var states []value.State
			if err := sp.Init(func(s value.State) error { states = append(states, append(value.State(nil), s...)); return nil }); err != nil {
				t.Fatal(err)
			}
			if len(states) != 1 || !value.Equal(states[0][1], tc.want) {
				t.Fatalf("initial states %v, want one with y = %v", states, tc.want)
			}
		})
	}
}
