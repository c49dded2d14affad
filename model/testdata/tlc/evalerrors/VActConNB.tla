---- MODULE VActConNB ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x' = x + 1 /\ x < 3
C == x'
====
