---- MODULE UNat1 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0 /\ 1 \in UNION {{1}, Nat}
Next == x' = x
====
