---- MODULE SetToSeqNotSet ----
EXTENDS Naturals, TLC, SequencesExt
VARIABLE x
Init == x = 0 /\ SetToSeq(3) = 1
Next == UNCHANGED x
====
