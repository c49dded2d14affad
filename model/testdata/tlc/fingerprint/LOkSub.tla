---- MODULE LOkSub ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = SUBSET {1,2}
Next == x' = x \cup {}
====
