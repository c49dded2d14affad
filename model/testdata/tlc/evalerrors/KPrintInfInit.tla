---- MODULE KPrintInfInit ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0 /\ PrintT({n \in Nat : n > 2}) /\ PrintT([Nat -> {1}]) /\ PrintT(SUBSET Nat) /\ PrintT(Nat \X {1})
Next == x' = x
====
