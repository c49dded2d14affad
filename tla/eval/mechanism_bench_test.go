package eval

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/wspcycle/wspcycle/tla/value"
)

// Benchmarks of the evaluation mechanisms behind three tlaplus/Examples
// models that used to time out (Huang, dag-consensus' TLCSailfish1,
// ewd998's EWD998ChanID), each on a small spec of its own: every one
// evaluates the invariant Inv in the state x = 1.

func benchInvariant(b *testing.B, tla string) {
	b.Helper()
	fsys := fstest.MapFS{
		"M.tla": {Data: []byte(tla)},
		"M.cfg": {Data: []byte("INIT Init\nNEXT Next\nINVARIANT Inv\n")},
	}
	sp, err := Load(fsys, "M.tla", "M.cfg")
	if err != nil {
		b.Fatal(err)
	}
	s := value.State{value.Int(1)}
	inv := sp.Invariants[0]
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if ok, err := inv.Eval(s); !ok || err != nil {
			b.Fatal(ok, err)
		}
	}
}

const benchHead = "---- MODULE M ----\nEXTENDS Naturals, FiniteSets\nVARIABLE x\nInit == x = 1\nNext == x' = x\n"

// BenchmarkArgsByNeed: Max's set argument, used under two binders, is
// evaluated once per application (byneed.go), not once per use.
func BenchmarkArgsByNeed(b *testing.B) {
	benchInvariant(b, benchHead+`
Max(S) == CHOOSE m \in S : \A y \in S : y <= m
Inv == Max({x + i : i \in 1..30}) = x + 30
====`)
}

// BenchmarkRecursiveConstant: a constant definition applying a RECURSIVE
// operator is evaluated once (once.go), not at every use.
func BenchmarkRecursiveConstant(b *testing.B) {
	benchInvariant(b, benchHead+`
RECURSIVE Depth(_)
Depth(n) == IF n = 0 THEN 0 ELSE 1 + Depth(n - 1)
K == CHOOSE k \in 1..200 : Depth(k) = 150
Inv == x + K > 0
====`)
}

// BenchmarkRecursiveConstantNested: the same definition, first compiled
// inside the body of the recursive function g, is still evaluated once
// (pending.go: it uses no definition left incomplete around it).
func BenchmarkRecursiveConstantNested(b *testing.B) {
	benchInvariant(b, benchHead+`
RECURSIVE Depth(_)
Depth(n) == IF n = 0 THEN 0 ELSE 1 + Depth(n - 1)
K == CHOOSE k \in 1..200 : Depth(k) = 150
g[n \in 0..3] == IF n = 0 THEN K ELSE g[n - 1] + x
Inv == g[3] > 0
====`)
}

// BenchmarkRecursiveLet: a LET definition applying a RECURSIVE operator
// is memoised like any other (depRec is pure).
func BenchmarkRecursiveLet(b *testing.B) {
	benchInvariant(b, benchHead+`
RECURSIVE Reach(_, _)
Reach(S, n) == IF n = 0 THEN S ELSE Reach(S \cup {s + 1 : s \in S}, n - 1)
Inv == LET r == Reach({x}, 20) IN Cardinality(r) + Cardinality(r) + Cardinality(r) = 63
====`)
}

// BenchmarkRecursiveFunctionSlots: a nested recursive function
// application saves its own slots, not the environment of the whole spec
// (here 300 other quantifiers in the invariant's LET).
func BenchmarkRecursiveFunctionSlots(b *testing.B) {
	var others []string
	for i := range 300 {
		others = append(others, fmt.Sprintf("(\\E y%d \\in {x} : y%d = x)", i, i))
	}
	benchInvariant(b, benchHead+`
f[n \in 0..60] == IF n = 0 THEN x ELSE f[n - 1] + 1
Inv == `+strings.Join(others, " /\\ ")+` /\ f[60] = x + 60
====`)
}

// BenchmarkIntervalQuantifier: \E over an interval walks it without
// building it (Huang's GCD through Divisors).
func BenchmarkIntervalQuantifier(b *testing.B) {
	benchInvariant(b, benchHead+`
Divisors(q) == {d \in 1..q : \E e \in 1..q : q = d * e}
Inv == Cardinality(Divisors(x + 59)) = 12
====`)
}
