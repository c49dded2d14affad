---- MODULE FcnSetMixInit ----
EXTENDS Naturals, FiniteSets, TLC, Sequences
CONSTANT m
VARIABLE x
Init == x \in [{1} -> {1, "a"}]
Next == x' = x
Inv == TRUE
====
