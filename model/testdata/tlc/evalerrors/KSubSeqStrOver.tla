---- MODULE KSubSeqStrOver ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x < 1 /\ x' = SubSeq("abc", 1, 5)
====
