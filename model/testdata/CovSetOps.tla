---- MODULE CovSetOps ----
\* TLC's S \ T and S \cap T keep S's CostModel (SetEnumValue.diff, .cap)
\* and S \cup T with S a non-empty enumerated set enumerates T, costing
\* on whichever node T's value keeps: f[2] \ {k} is f[2]'s filter of
\* Init's (2 a step), the filter {m \in 1..4 : m > k} its own (TLC
\* filters an enumerated set at once).
EXTENDS Naturals
VARIABLES f, g, k
Init == /\ f = [n \in 1..2 |-> {m \in 1..3 : m > n}]
        /\ g = [n \in 1..2 |-> {n}]
        /\ k = 0
Next == \/ /\ k < 3
           /\ k' = k + 1
           /\ f' = [f EXCEPT ![1] = @ \ {k}]
           /\ g' = [g EXCEPT ![2] = @ \cup (f[2] \cap {3, k})]
           /\ \E x \in {k} \cup {m \in 1..4 : m > k} : x >= 0
        \/ k = 3 /\ UNCHANGED <<f, g, k>>
Inv == \A n \in 1..2 : \A x \in f[n] : \A y \in g[n] : x + y > 0
====
