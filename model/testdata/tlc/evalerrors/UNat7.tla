---- MODULE UNat7 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x \in UNION {{1}, Nat}
Next == x' = x
====
