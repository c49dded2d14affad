---- MODULE LSeqInit ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = Seq({1})
Next == x' = x
====
