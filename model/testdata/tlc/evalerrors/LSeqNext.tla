---- MODULE LSeqNext ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x \in Seq(3) /\ x' = x
====
