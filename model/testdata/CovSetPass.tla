---- MODULE CovSetPass ----
\* S \cup T with S empty is T's value, which keeps its node: g[1]'s
\* @ \cup (f[1] \ {k}) passes f[1]'s filter of Init on to Inv's
\* enumerations of g[1] in the next state. {k} \cup d enumerates the
\* action's LET d, a filter of an enumerated set, at each evaluation,
\* costing on d's filter under that use.
EXTENDS Naturals
VARIABLES f, g, k
Init == /\ f = [n \in 1..2 |-> {m \in 1..3 : m > n}]
        /\ g = [n \in 1..2 |-> {}]
        /\ k = 0
Next == \/ /\ k < 3
           /\ k' = k + 1
           /\ LET d == {m \in f[2] : m # k}
              IN /\ g' = [g EXCEPT ![1] = @ \cup (f[1] \ {k}),
                                   ![2] = {k} \cup d]
                 /\ f' = f
        \/ k = 3 /\ UNCHANGED <<f, g, k>>
Inv == \A n \in 1..2 : g[n] \subseteq 0..3
====
