---- MODULE ZSubSubInit ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = SUBSET SUBSET {1}
Next == x' = x
====
