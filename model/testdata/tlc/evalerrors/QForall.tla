---- MODULE QForall ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = 1 /\ \A i \in 1..2 : x[i] = 0
====
