---- MODULE NQCup ----
EXTENDS Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0 /\ \E y \in Nat \cup {-1} : TRUE
Next == x' = x
====
