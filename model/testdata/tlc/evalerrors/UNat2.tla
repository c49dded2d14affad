---- MODULE UNat2 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0 /\ 1 \in UNION {Nat, {1}}
Next == x' = x
====
