---- MODULE TPrintUnused ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
C == PrintT("unused")
Init == x = 0
Next == x' = x
====
