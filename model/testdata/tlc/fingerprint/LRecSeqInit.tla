---- MODULE LRecSeqInit ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = [a |-> Seq({1})]
Next == x' = x
====
