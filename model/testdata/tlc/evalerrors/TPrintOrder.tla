---- MODULE TPrintOrder ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
C1 == PrintT("one")
Init == x = 0 /\ PrintT("init")
C2 == PrintT("two")
Next == x' = x /\ C2
C3 == Print("three", 3)
====
