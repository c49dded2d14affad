---- MODULE TupIdx ----
EXTENDS Naturals, Sequences
VARIABLE x
Init == x = 0
Next == x' = 1 /\ (<<1,2>>[3] = 0)
====
