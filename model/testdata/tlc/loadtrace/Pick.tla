---- MODULE Pick ----
\* Model values in the trace pick one of several initial states and successors.
EXTENDS Naturals
CONSTANT S
VARIABLES p, n
Init == p \in S /\ n = 0
Next == n < 2 /\ n' = n + 1 /\ p' \in S \ {p}
Inv == n < 2
====
