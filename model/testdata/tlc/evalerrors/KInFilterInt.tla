---- MODULE KInFilterInt ----
EXTENDS Integers, TLC, FiniteSets, Sequences
VARIABLE x
Init == x = 0
Next == x' = 1 /\ ("a" \in {y \in Int : y > 1})
====
