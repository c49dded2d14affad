---- MODULE SubInitEx70 ----
EXTENDS Naturals, Integers, FiniteSets
VARIABLE x
Init == x = 0 /\ \E s \in SUBSET (1..70) : s = {}
Next == UNCHANGED x
====
