---- MODULE MVMixVarMem ----
EXTENDS Naturals, FiniteSets, TLC
CONSTANT m
VARIABLE x
Init == x = m
Next == x' = x
Inv == x \in {1, "a"}
====
