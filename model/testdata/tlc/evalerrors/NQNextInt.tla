---- MODULE NQNextInt ----
EXTENDS Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x' = x /\ \A y \in Int : y # "a"
====
