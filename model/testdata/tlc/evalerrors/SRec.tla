---- MODULE SRec ----
EXTENDS Naturals, Sequences
VARIABLE x
Init == x \in SUBSET [a |-> 1]
Next == x' = x
====
