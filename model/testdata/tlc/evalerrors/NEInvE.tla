---- MODULE NEInvE ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x' = x
Inv == \E y \in Nat : y = x
====
