---- MODULE ZSeqInit ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = Seq(3)
Next == x' = x
====
