---- MODULE LRecSeqNext ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x' = [a |-> Seq({1})]
====
