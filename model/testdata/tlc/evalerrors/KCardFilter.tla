---- MODULE KCardFilter ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x < 1 /\ x' = Cardinality({n \in Nat : n < 3})
====
