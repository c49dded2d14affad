---- MODULE MVMixVarNot ----
EXTENDS Naturals, FiniteSets, TLC
CONSTANT m
VARIABLE x
Init == x = m
Next == x' = x
Inv == x \notin {x + 0, "a"}
====
