---- MODULE LSeqSeq ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0 /\ <<<<1>>>> \in Seq(Seq(3))
Next == x' = x
====
