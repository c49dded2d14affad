---- MODULE NestVarMem ----
EXTENDS Naturals, FiniteSets, TLC
CONSTANT m
VARIABLE x
Init == x = {1}
Next == x' = x
Inv == x \in {{1}, {"a"}}
====
