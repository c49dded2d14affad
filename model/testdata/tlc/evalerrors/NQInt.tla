---- MODULE NQInt ----
EXTENDS Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0 /\ \A y \in Int : y # "a"
Next == x' = x
====
