package parser

import (
	"fmt"
	"strings"
	"testing"
)

// benchSpec generates a module of about lines lines that uses most of the
// syntax: junction lists, quantifiers, EXCEPT, records, sets, CASE, LET.
func benchSpec(lines int) []byte {
	var b strings.Builder
	b.WriteString("---- MODULE Bench ----\nEXTENDS Naturals, Sequences, FiniteSets, TLC\nCONSTANTS Procs, N\nVARIABLES st, q, cnt\nvars == <<st, q, cnt>>\n")
	for i := 0; b.Len() == 0 || strings.Count(b.String(), "\n") < lines-1; i++ {
		fmt.Fprintf(&b, `\* action %d
Act%d(p) == /\ st[p] = "idle"
           /\ cnt < N
           /\ st' = [st EXCEPT ![p] = IF cnt %% 2 = 0 THEN "busy" ELSE "idle"]
           /\ q' = Append(q, [from |-> p, seq |-> cnt + %d])
           /\ cnt' = cnt + 1
Check%d == \A p \in Procs : \E r \in {x \in Procs : st[x] # "done"} : CASE st[p] = "idle" -> TRUE
                                                                   [] OTHER -> Len(q) <= N
Sum%d == LET S[D \in SUBSET Procs] == IF D = {} THEN 0 ELSE LET d == CHOOSE e \in D : TRUE IN 1 + S[D \ {d}]
        IN S[Procs] + Cardinality({<<a, b>> : a \in Procs, b \in 1..N})
`, i, i, i, i, i)
	}
	b.WriteString("====\n")
	return []byte(b.String())
}

func BenchmarkParse(b *testing.B) {
	src := benchSpec(2000)
	if _, err := ParseFile("Bench.tla", src); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := ParseFile("Bench.tla", src); err != nil {
			b.Fatal(err)
		}
	}
}

func TestBenchSpecParses(t *testing.T) {
	src := benchSpec(2000)
	m, err := ParseFile("Bench.tla", src)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(src), "\n"); n < 2000 || n > 2020 {
		t.Errorf("generated %d lines", n)
	}
	if len(m.Units) < 500 {
		t.Errorf("only %d units", len(m.Units))
	}
}
