---- MODULE SubChoose70 ----
EXTENDS Naturals, Integers, FiniteSets
VARIABLE x
Init == x = CHOOSE s \in SUBSET (1..70) : TRUE
Next == UNCHANGED x
====
