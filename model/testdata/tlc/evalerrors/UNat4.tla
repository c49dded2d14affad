---- MODULE UNat4 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = Cardinality(UNION {Nat, {1}})
Next == x' = x
====
