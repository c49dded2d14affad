---- MODULE ZSeqNextOK ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x' = Seq({1})
====
