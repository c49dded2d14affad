---- MODULE KAssertNB ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x < 1 /\ x' = IF Assert(3, "m") THEN 1 ELSE 2
====
