package eval

import (
	"fmt"
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
	conjuncts := 1_500_000
	if raceEnabled {
		// The race detector's shadow memory took this test to 6.4 GB of
		// resident memory (and the kernel's OOM killer on a shared
		// machine); 300,000 conjuncts still overflow a recursion here.
		conjuncts = 300_000
	}
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
// value proves every link was applied once, in order. Under the race
// detector the two sums have 200,000 terms, like the other cases.
func TestLongSumInInit(t *testing.T) {
	terms := 1_000_000
	if raceEnabled {
		terms = 200_000
	}
	cases := []struct {
		name, init string
		want       value.Value
	}{
		{"constant sum", "x = 1 /\\ y = 0" + strings.Repeat("+1", terms-1), value.Int(int64(terms - 1))},
		{"sum", "x = 1 /\\ y = x" + strings.Repeat("+x", terms-1), value.Int(int64(terms))},
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

// Issue 13, item 1, the nesting that is not a chain: the parser bounds the
// nesting of one expression (parser.MaxDepth) and the compiler the
// expansion of definitions (maxInline), but an expression whose
// definitions each nest 950 parentheses deep around the one before nests
// as deep as their product: 120 of them nest 114,000 levels, past
// maxNest, and must get a positioned error; 100
// of them, 95,000 levels, still compile and evaluate.
func TestNestingThroughDefinitions(t *testing.T) {
	for _, tc := range []struct {
		defs int
		ok   bool
	}{{120, false}, {100, true}} {
		var b strings.Builder
		b.WriteString("---- MODULE Nest ----\nEXTENDS Naturals\nVARIABLE x\nD0 == x + 1\n")
		for i := 1; i < tc.defs; i++ {
			fmt.Fprintf(&b, "D%d == %sD%d%s\n", i, strings.Repeat("(", 950), i-1, strings.Repeat(")", 950))
		}
		fmt.Fprintf(&b, "Init == x = 0\nNext == x' = D%d\n====\n", tc.defs-1)
		fsys := fstest.MapFS{"Nest.tla": {Data: []byte(b.String())}, "Nest.cfg": {Data: []byte("INIT Init\nNEXT Next\n")}}
		sp, err := Load(fsys, "Nest.tla", "Nest.cfg")
		if !tc.ok {
			if err == nil || !strings.Contains(err.Error(), "Nest.tla:") || !strings.Contains(err.Error(), "nested more than 100000 levels") {
				t.Fatalf("%d definitions: %v, want a positioned error: nested more than 100000 levels", tc.defs, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%d definitions: %v", tc.defs, err)
		}
		var next []value.State
		err = sp.Next(value.State{value.Int(0)}, func(st Step) error { next = append(next, st.State.Clone()); return nil })
		if err != nil || len(next) != 1 || !value.Equal(next[0][0], value.Int(1)) {
			t.Fatalf("%d definitions: successors %v, %v; want one, x = 1", tc.defs, next, err)
		}
	}
}
