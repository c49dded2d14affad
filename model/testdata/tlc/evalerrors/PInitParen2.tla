---- MODULE PInitParen2 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == (x = 0 /\ (TRUE /\ x[1] = 2))
Next == x' = x
====
