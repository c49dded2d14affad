---- MODULE KStrInNat ----
EXTENDS Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0 /\ "a" \in Nat
Next == x' = x
====
