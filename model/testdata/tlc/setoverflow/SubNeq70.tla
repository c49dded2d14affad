---- MODULE SubNeq70 ----
EXTENDS Naturals, Integers, FiniteSets
VARIABLE x
Init == x = (SUBSET (1..70) = SUBSET (1..71)) /\ x = FALSE
Next == UNCHANGED x
====
