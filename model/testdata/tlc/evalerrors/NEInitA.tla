---- MODULE NEInitA ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0 /\ \A y \in Nat : y >= 0
Next == x' = x
====
