---- MODULE SubEq70 ----
EXTENDS Naturals, Integers, FiniteSets
VARIABLE x
Init == x = (SUBSET (1..70) = SUBSET (1..70)) /\ x = TRUE
Next == UNCHANGED x
====
