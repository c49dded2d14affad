---- MODULE MemSubsetMV ----
\* A model value in SUBSET {1}: TLC's SubsetValue.member fails on it; the
\* constant set, enumerated once, must still answer as SUBSET does.
EXTENDS Naturals
CONSTANT m
VARIABLE x
Init == x = m
Next == UNCHANGED x
S == SUBSET {1}
Inv == x \notin S
====
