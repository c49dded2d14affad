---- MODULE UNat3 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = Cardinality(UNION {{1}, Nat})
Next == x' = x
====
