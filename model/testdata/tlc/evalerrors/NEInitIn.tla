---- MODULE NEInitIn ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x \in Nat
Next == x' = x
====
