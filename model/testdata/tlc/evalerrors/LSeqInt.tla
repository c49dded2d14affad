---- MODULE LSeqInt ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0 /\ 1 \in Seq(3)
Next == x' = x
====
