---- MODULE SubVal4 ----
EXTENDS Naturals, Integers, FiniteSets
VARIABLE x
Init == x = SUBSET (1..4)
Next == UNCHANGED x
====
