---- MODULE NQSubset ----
EXTENDS Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0 /\ \E y \in SUBSET Nat : TRUE
Next == x' = x
====
