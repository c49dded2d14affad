---- MODULE NQRcdSet ----
EXTENDS Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0 /\ \E y \in [a : Nat] : TRUE
Next == x' = x
====
