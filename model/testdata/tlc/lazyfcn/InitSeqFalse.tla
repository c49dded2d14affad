---- MODULE InitSeqFalse ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = [y \in Seq({1}) |-> 1] /\ FALSE
Next == UNCHANGED x
Inv == TRUE
====
