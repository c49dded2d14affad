---- MODULE LRcdNat ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0 /\ 1 \in [a : Nat]
Next == x' = x
====
