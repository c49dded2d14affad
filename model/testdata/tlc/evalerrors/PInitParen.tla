---- MODULE PInitParen ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0 /\ (x = 0 /\ x < "a")
Next == x' = x
====
