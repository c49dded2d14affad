---- MODULE KInFilterNat ----
EXTENDS Integers, TLC, Sequences, FiniteSets
VARIABLE x
Init == x = ("a" \in {y \in Nat : y > 1})
Next == x' = x
====
