---- MODULE SubsetMixInit ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = SUBSET {1, "a"}
Next == UNCHANGED x
====
