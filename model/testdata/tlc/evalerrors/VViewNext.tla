---- MODULE VViewNext ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x' = x + 1 /\ x < 3
V == IF x = 1 THEN x[1] ELSE x
====
