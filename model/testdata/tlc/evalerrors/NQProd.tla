---- MODULE NQProd ----
EXTENDS Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0 /\ \E y \in Nat \X {1} : TRUE
Next == x' = x
====
