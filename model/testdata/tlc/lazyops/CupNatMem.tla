---- MODULE CupNatMem ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
VARIABLE x
Init == x = 0
Next == x' = x
Inv == "a" \in ({2} \cup Nat)
====
