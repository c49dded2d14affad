---- MODULE SubsetOpen ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x \in SUBSET {1
Next == x' = x
====
